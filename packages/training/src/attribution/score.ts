// What the attribution methods differentiate: one score per example, from a model (or any function
// of a batch) and a target class. Examples are independent in inference mode, so the gradient of
// the summed scores with respect to the batch holds every example's own input gradient.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '../options.js';

/** A model, or any function from a batch to its outputs ([n], [n, 1] or [n, classes]). */
export type Scorable = tfl.LayersModel | ((x: tf.Tensor) => tf.Tensor);

export interface TargetOptions {
  /** The class whose score is explained: one index for every example, or one per example. Needed when the output has several columns. */
  target?: number | number[];
}

/** The inputs as a float32 tensor, with a clear error otherwise. */
export function floatInput(where: string, x: tf.Tensor | tf.TensorLike): tf.Tensor {
  const input = x instanceof tf.Tensor ? x : tf.tensor(x as tf.TensorLike);
  if (input.dtype !== 'float32') {
    throw new Error(`${where}: expected a float32 tensor of inputs, got ${input.dtype} — cast first with tf.cast(x, 'float32')`);
  }
  if (input.rank < 1) throw new Error(`${where}: expected a batch of inputs (rank >= 1, examples along axis 0), got a scalar — add a batch axis with x.expandDims(0)`);
  return input;
}

/** The per-example score function [n, …] → [n] of `model` for `target`. */
export function scoreFunction(where: string, model: Scorable, target: number | number[] | undefined): (x: tf.Tensor) => tf.Tensor {
  let forward: (x: tf.Tensor) => tf.Tensor;
  if (model instanceof tfl.LayersModel) forward = (x) => model.apply(x, { training: false }) as tf.Tensor;
  else if (typeof model === 'function') forward = model;
  else throw new Error(`${where}: expected a tf.LayersModel or a function of a batch, got ${describe(model)}`);
  return (x) => {
    const output = forward(x);
    if (Array.isArray(output) || !(output instanceof tf.Tensor)) {
      throw new Error(`${where}: expected the model to return one tensor, got ${Array.isArray(output) ? `${output.length} outputs` : describe(output)} — wrap it in a function returning the output to explain`);
    }
    const rows = x.shape[0]!;
    if (output.rank === 1 || (output.rank === 2 && output.shape[1] === 1 && target == null)) return tf.reshape(output, [rows]);
    if (output.rank !== 2) throw new Error(`${where}: expected outputs of shape [n] or [n, classes], got [${output.shape}] — return one score per example`);
    if (target == null) {
      throw new Error(`${where}: the model has ${output.shape[1]} outputs per example — pass target: the class index to explain (one number, or one per example)`);
    }
    const indices = typeof target === 'number' ? new Array(rows).fill(target) : target;
    if (!Array.isArray(indices) || indices.length !== rows || indices.some((index) => !Number.isInteger(index) || index < 0 || index >= output.shape[1]!)) {
      throw new Error(`${where}: expected target to be a class index in [0, ${output.shape[1]}) or ${rows} of them, got ${describe(target)}`);
    }
    return tf.sum(tf.mul(output, tf.oneHot(tf.tensor1d(indices, 'int32'), output.shape[1]!)), 1);
  };
}

/** ∂score_i/∂x_i for every example i. */
export function inputGradients(score: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor): tf.Tensor {
  return tf.grad((input: tf.Tensor) => tf.sum(score(input)))(x);
}
