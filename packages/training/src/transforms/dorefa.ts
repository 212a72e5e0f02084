// DoReFa quantisers ("DoReFa-Net: Training Low Bitwidth Convolutional Neural Networks with Low
// Bitwidth Gradients", Zhou et al.; the forms of the authors' tensorpack code).
// quantize_k(r) = round((2^k − 1)·r)/(2^k − 1) for r ∈ [0, 1], with a straight-through gradient.
// Weights: k = 1 gives sign(w)·E|w| (the mean taken without a gradient, as the authors' code);
// k > 1 gives 2·quantize_k(tanh(w)/(2·max|tanh(w)|) + ½) − 1. Activations: quantize_k(clip(x, 0, 1)).
// Gradients: with m = max|g|, g_q = 2m·[quantize_k(clip(g/(2m) + ½ + N, 0, 1)) − ½],
// N ~ U(−½, ½)/(2^k − 1), an unbiased stochastic rounding. The paper quantises the errors that flow
// back through the network (`quantizeGradient`, an identity whose backward quantises, m per
// example); `dorefaGradients` applies the same rule to the parameter gradients in the transform
// chain (m per tensor).
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformOutput } from './transform.js';

function checkBits(where: string, name: string, bits: unknown, fallback: number): number {
  return checkNumber(where, name, bits, fallback, { min: 1, max: 32, integer: true });
}

function floatTensor(where: string, x: tf.Tensor | tf.TensorLike): tf.Tensor {
  const input = x instanceof tf.Tensor ? x : tf.tensor(x as tf.TensorLike);
  if (input.dtype !== 'float32') throw new Error(`${where}: expected a float32 tensor, got ${input.dtype} — cast first with tf.cast(x, 'float32')`);
  return input;
}

/** y = f(x) forward with the gradient of the identity. */
function straightThrough(x: tf.Tensor, forward: (x: tf.Tensor) => tf.Tensor): tf.Tensor {
  const op = tf.customGrad(((input: tf.Tensor) => ({ value: forward(input), gradFunc: (dy: tf.Tensor) => dy })) as never);
  return (op as (x: tf.Tensor) => tf.Tensor)(x);
}

/** round((2^k − 1)·r)/(2^k − 1), no gradient handling. */
function roundToGrid(r: tf.Tensor, bits: number): tf.Tensor {
  const levels = 2 ** bits - 1;
  return tf.div(tf.round(tf.mul(r, levels)), levels);
}

/** quantize_k with a straight-through gradient (inputs expected in [0, 1]). */
export function quantizeK(x: tf.Tensor | tf.TensorLike, bits: number): tf.Tensor {
  const where = 'quantizeK';
  const k = checkBits(where, 'bits', bits, undefined as never);
  const input = floatTensor(where, x);
  if (k === 32) return tf.clone(input);
  return straightThrough(input, (value) => roundToGrid(value, k));
}

/** DoReFa weight quantiser (k = 1: sign(w)·E|w|). */
export function dorefaWeights(w: tf.Tensor | tf.TensorLike, bits = 1): tf.Tensor {
  const where = 'dorefaWeights';
  const k = checkBits(where, 'bits', bits, 1);
  const input = floatTensor(where, w);
  if (k === 32) return tf.clone(input);
  if (k === 1) {
    // sign(w)·E|w| forward (sign(0) = 1, as tf.where(w >= 0, 1, −1)); the gradient is the identity.
    return straightThrough(input, (value) => tf.tidy(() => tf.mul(tf.sub(tf.mul(tf.cast(tf.greaterEqual(value, 0), 'float32'), 2), 1), tf.mean(tf.abs(value)))));
  }
  return tf.tidy(() => {
    const squashed = tf.tanh(input);
    const normalised = tf.add(tf.div(squashed, tf.mul(2, tf.max(tf.abs(squashed)))), 0.5);
    return tf.sub(tf.mul(2, quantizeK(normalised, k)), 1);
  });
}

/** DoReFa activation quantiser: quantize_k(clip(x, 0, 1)). */
export function dorefaActivations(x: tf.Tensor | tf.TensorLike, bits = 2): tf.Tensor {
  const where = 'dorefaActivations';
  const k = checkBits(where, 'bits', bits, 2);
  const input = floatTensor(where, x);
  return tf.tidy(() => quantizeK(tf.clipByValue(input, 0, 1), k));
}

/** The stochastic gradient quantiser; `maxAxes` are the axes the max |g| is taken over (null: all). */
export function quantizeGradientValues(gradient: tf.Tensor, bits: number, seed?: number, maxAxes: number[] | null = null): tf.Tensor {
  return tf.tidy(() => {
    const levels = 2 ** bits - 1;
    const maximum = tf.maximum(maxAxes == null ? tf.max(tf.abs(gradient)) : tf.max(tf.abs(gradient), maxAxes, true), 1e-30);
    const noise = tf.randomUniform(gradient.shape, -0.5 / levels, 0.5 / levels, 'float32', seed);
    const scaled = tf.clipByValue(tf.add(tf.add(tf.div(gradient, tf.mul(2, maximum)), 0.5), noise), 0, 1);
    return tf.mul(tf.mul(2, maximum), tf.sub(roundToGrid(scaled, bits), 0.5));
  });
}

/** Identity forward; the gradient flowing back is DoReFa-quantised to `bits` (max |g| per example). */
export function quantizeGradient(x: tf.Tensor | tf.TensorLike, bits = 6, seed?: number): tf.Tensor {
  const where = 'quantizeGradient';
  const k = checkBits(where, 'bits', bits, 6);
  const input = floatTensor(where, x);
  const axes = input.rank <= 1 ? null : Array.from({ length: input.rank - 1 }, (_, index) => index + 1);
  const op = tf.customGrad(((value: tf.Tensor) => ({ value: tf.clone(value), gradFunc: (dy: tf.Tensor) => (k === 32 ? dy : quantizeGradientValues(dy, k, seed, axes)) })) as never);
  return (op as (x: tf.Tensor) => tf.Tensor)(input);
}

export interface DorefaGradientsOptions {
  /** Gradient bits k. Default 6. */
  bits?: number;
  /** Seed for repeatable rounding noise. */
  seed?: number | null;
}

/** DoReFa gradient quantisation of every parameter gradient (max |g| per tensor), for the transform chain. */
export class DorefaGradients implements GradientTransform {
  static readonly className = 'DorefaGradients';
  static fromConfig(config: tf.serialization.ConfigDict): DorefaGradients {
    return new DorefaGradients(config as DorefaGradientsOptions);
  }

  readonly className = DorefaGradients.className;
  readonly bits: number;
  readonly seed: number | null;
  private step = 0;

  constructor(options: DorefaGradientsOptions = {}) {
    const where = 'dorefaGradients';
    checkOptionNames(where, options, ['bits', 'seed']);
    this.bits = checkBits(where, 'bits', options.bits, 6);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  apply(gradients: NamedGradient[]): TransformOutput {
    const step = this.step;
    this.step += 1;
    if (this.bits === 32) return { gradients };
    return {
      gradients: gradients.map(({ name, tensor }, index) => ({
        name,
        tensor: tensor == null ? null : quantizeGradientValues(tensor, this.bits, this.seed == null ? undefined : this.seed * 1_000_003 + step * 7919 + index),
      })),
    };
  }

  getConfig(): tf.serialization.ConfigDict {
    return { bits: this.bits, seed: this.seed };
  }

  getWeights(): NamedTensor[] {
    return [{ name: 'step', tensor: tf.scalar(this.step, 'int32') }];
  }

  setWeights(weights: NamedTensor[]): void {
    this.step = weights[0] == null ? 0 : weights[0].tensor.dataSync()[0]!;
  }
}

/** `transformChain({transforms: [dorefaGradients({bits: 6})]})`. */
export function dorefaGradients(options: DorefaGradientsOptions = {}): DorefaGradients {
  return new DorefaGradients(options);
}
