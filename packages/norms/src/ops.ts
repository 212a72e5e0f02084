import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { runReduction } from '@layerkit/core';
import { layerNormSpec } from './specs/layer-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';

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
