import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { runReduction } from '@layerkit/core';
import { layerNormSpec } from './specs/layer-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';
import { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';

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

/**
 * RMSNorm: y = x / sqrt(mean(x²) + ε) · γ over the given axes, one statistic per row; no
 * re-centring, no running statistics. Gradients flow to x and gamma.
 */
export function rmsNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, options: RmsNormOptions = {}): Tensor {
  const { partial, ...rest } = options;
  return runReduction(rmsNormSpec, x, { weights: { gamma }, options: partial == null ? rest : { ...rest, partial } });
}

/**
 * LayerNorm: y = (x − mean)/sqrt(var + ε) · γ + β over the given axes, one mean and variance
 * per row, computed in one fused kernel. Gradients flow to x, gamma and beta.
 */
export function layerNorm(
  x: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  options: LayerNormOptions = {},
): Tensor {
  return runReduction(layerNormSpec, x, { weights: { gamma, beta }, options: { ...options } });
}

export interface GroupNormOptions {
  /** Number of channel groups; must divide the channels (−1: one per channel). */
  readonly groups: number;
  /** Added to the variance under the root. Default 1e-3 (Keras 3). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
}

/**
 * GroupNorm over x = [batch, ...spatial, channels]: statistics per example and group of
 * channels; gamma and beta have one value per channel. Gradients flow to x, gamma and beta.
 */
export function groupNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: GroupNormOptions = { groups: 32 }): Tensor {
  return runReduction(groupNormSpec, x, { weights: { gamma, beta }, options: { ...options } });
}

export interface InstanceNormOptions {
  /** Added to the variance under the root. Default 1e-3 (TF-Addons). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
}

/** InstanceNorm over x = [batch, ...spatial, channels]: statistics per example and channel. */
export function instanceNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: InstanceNormOptions = {}): Tensor {
  return runReduction(instanceNormSpec, x, { weights: { gamma, beta }, options: { ...options } });
}
