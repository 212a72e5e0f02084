import * as tf from '@tensorflow/tfjs-core';
import { engine, getBackend, getKernel, type NamedTensorMap, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import { describe, NORM_KERNELS, requireFloatTensor } from '@layerkit/core';
import { planAxes, type AxisPlan } from './normalize-axes.js';

export interface RmsNormOptions {
  /** Added to the mean square under the root. Default 1e-6 (Keras RMSNormalization, timm). */
  readonly epsilon?: number;
  /** Axis or axes to normalize over. Default -1. */
  readonly axis?: number | readonly number[];
  /**
   * Partial RMSNorm: estimate the mean square from the first ⌊p·n⌋ features only (at least 1),
   * p in (0, 1]. Default: all features.
   */
  readonly partial?: number | null;
}

export interface LayerNormOptions {
  /** Added to the variance under the root. Default 1e-5 (PyTorch). */
  readonly epsilon?: number;
  /** Axis or axes to normalize over. Default -1. */
  readonly axis?: number | readonly number[];
}

function checkEpsilon(op: string, epsilon: unknown): number {
  if (typeof epsilon !== 'number' || !(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new Error(`${op}: expected epsilon to be a finite number >= 0, got ${describe(epsilon)} — pass a small positive number such as 1e-6`);
  }
  return epsilon;
}

function paramTensor(op: string, name: string, value: Tensor | TensorLike | null | undefined, plan: AxisPlan, fill: number): Tensor {
  if (value == null) return tf.fill([plan.width], fill);
  const tensor = requireFloatTensor(op, value, name);
  if (tensor.size !== plan.width || (tensor.rank !== 1 && tensor.shape.join() !== plan.paramShape.join())) {
    throw new Error(
      `${op}: expected '${name}' of shape [${plan.paramShape.join(', ')}] (the normalized axes), got [${tensor.shape.join(', ')}] — `
      + `create it with the size of the normalized dimensions`,
    );
  }
  return tf.reshape(tensor, [plan.width]);
}

/** Whether the active backend has the fused kernel; otherwise the op composes tfjs ops. */
const fused = (kernelName: string) => getKernel(kernelName, getBackend()) != null;

export function partialCount(op: string, width: number, partial: number | null | undefined): number {
  if (partial == null) return width;
  if (typeof partial !== 'number' || !(partial > 0 && partial <= 1)) {
    throw new Error(`${op}: expected partial in (0, 1], got ${describe(partial)} — pass e.g. 0.0625, or leave it unset for full RMSNorm`);
  }
  return Math.max(1, Math.floor(width * partial));
}

/** The composite forms, used where no fused kernel is registered and as the tests' oracle. */
export function rmsNormRows(rows: Tensor, gamma: Tensor, epsilon: number, k: number): Tensor {
  return tf.tidy(() => {
    const head = k === rows.shape[1] ? rows : tf.slice(rows, [0, 0], [-1, k]);
    const inverse = tf.rsqrt(tf.add(tf.mean(tf.square(head), -1, true), epsilon));
    return tf.mul(tf.mul(rows, inverse), gamma);
  });
}

export function layerNormRows(rows: Tensor, gamma: Tensor, beta: Tensor, epsilon: number): Tensor {
  return tf.tidy(() => {
    const { mean, variance } = tf.moments(rows, -1, true);
    return tf.add(tf.mul(tf.mul(tf.sub(rows, mean), tf.rsqrt(tf.add(variance, epsilon))), gamma), beta);
  });
}

/**
 * RMSNorm: y = x / sqrt(mean(x²) + ε) · γ over the given axes, one statistic per row; no
 * re-centring, no running statistics. Gradients flow to x and gamma.
 */
export function rmsNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, options: RmsNormOptions = {}): Tensor {
  const op = 'rmsNorm';
  const input = requireFloatTensor(op, x);
  const epsilon = checkEpsilon(op, options.epsilon ?? 1e-6);
  return tf.tidy(() => {
    const plan = planAxes(op, input, options.axis ?? -1);
    const k = partialCount(op, plan.width, options.partial);
    const scale = paramTensor(op, 'gamma', gamma, plan, 1);
    const rows = plan.toRows(input);
    const out = fused(NORM_KERNELS.rmsNorm)
      ? engine().runKernel(NORM_KERNELS.rmsNorm, { x: rows, gamma: scale } as unknown as NamedTensorMap, { epsilon, k }) as Tensor
      : rmsNormRows(rows, scale, epsilon, k);
    return plan.fromRows(out);
  });
}

/**
 * LayerNorm: y = (x − mean)/sqrt(var + ε) · γ + β over the given axes, one mean and variance
 * per row, computed in one fused two-pass kernel. Gradients flow to x, gamma and beta.
 */
export function layerNorm(
  x: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  options: LayerNormOptions = {},
): Tensor {
  const op = 'layerNorm';
  const input = requireFloatTensor(op, x);
  const epsilon = checkEpsilon(op, options.epsilon ?? 1e-5);
  return tf.tidy(() => {
    const plan = planAxes(op, input, options.axis ?? -1);
    const scale = paramTensor(op, 'gamma', gamma, plan, 1);
    const shift = paramTensor(op, 'beta', beta, plan, 0);
    const rows = plan.toRows(input);
    const out = fused(NORM_KERNELS.layerNorm)
      ? engine().runKernel(NORM_KERNELS.layerNorm, { x: rows, gamma: scale, beta: shift } as unknown as NamedTensorMap, { epsilon }) as Tensor
      : layerNormRows(rows, scale, shift, epsilon);
    return plan.fromRows(out);
  });
}
