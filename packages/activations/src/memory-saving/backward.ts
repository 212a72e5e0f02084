/**
 * A memory-saving backward: the forward of a base activation exactly, and a gradient that reads
 * only a saved low-bit code of x — dx = dy·levels[code(x)] — so x is not kept for the gradient.
 * The codes are packed into int32 words (see codes.ts) and saved through tf.customGrad.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { GradSaveFunc, Tensor, Tensor1D, TensorLike } from '@tensorflow/tfjs-core';
import { requireFloatTensor } from '@layerkit/core';
import { packCodes, payloadBits, unpackCodes } from './codes.js';

/** A piecewise-constant backward: which level each x takes, and the levels. */
export interface StepBackward {
  /** The op's name, for errors. */
  readonly name: string;
  /** The base activation, exactly. */
  readonly forward: (x: Tensor) => Tensor;
  /** int32 codes in [0, levels.length), shaped as x. */
  readonly code: (x: Tensor) => Tensor;
  /** dx/dy for each code. */
  readonly levels: readonly number[];
  /** Bits per code: levels.length <= 2^bits. */
  readonly bits: number;
}

/** int32 count of the borders that x exceeds (strictly): borders increasing. */
export function countExceeded(x: Tensor, borders: readonly number[]): Tensor {
  // A running sum, each comparison freed at once: 15 borders (4 bits) never hold 15 masks at a time.
  let total = tf.tidy(() => tf.cast(tf.greater(x, borders[0]), 'int32'));
  for (const border of borders.slice(1)) {
    const next = tf.tidy(() => tf.add(total, tf.cast(tf.greater(x, border), 'int32')));
    total.dispose();
    total = next;
  }
  return total;
}

/** 1 where low < x < high, else 0 (int32): the derivative mask of clamping activations. */
export function band(x: Tensor, low: number, high: number): Tensor {
  return tf.tidy(() => tf.cast(tf.logicalAnd(tf.greater(x, low), tf.less(x, high)), 'int32'));
}

/**
 * The op of a step backward. Outside a gradient computation (inference, `model.predict`) it is
 * the base op alone: no codes are made, since nothing would read them.
 */
export function stepBackwardOp(step: StepBackward): (x: Tensor | TensorLike) => Tensor {
  const withCodes = tf.customGrad(((x: Tensor, save: GradSaveFunc) => {
    const payload = payloadBits();
    const { shape, size } = x;
    save([packCodes(step.code(x), step.bits, payload)]);
    return {
      value: step.forward(x),
      gradFunc: (dy: Tensor, saved: Tensor[]) => tf.tidy(() => {
        const codes = unpackCodes(saved[0] as Tensor1D, step.bits, size, payload);
        return tf.mul(dy, tf.reshape(tf.gather(tf.tensor1d([...step.levels], 'float32'), codes), shape));
      }),
    };
  }) as never) as (x: Tensor) => Tensor;
  return (input) => {
    const x = requireFloatTensor(step.name, input);
    return tf.engine().state.gradientDepth > 0 ? withCodes(x) : step.forward(x);
  };
}
