import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import {
  describe, planView, rejectUnknownOptions, requireFloatTensor, runReduction, runReductionWithStatistics, type ReductionCall, type ReductionSpec, type ViewOptions,
} from '@layerkit/core';
import { crmsNormSpec } from './specs/crms-norm.js';
import { dynamicTanhSpec } from './specs/dynamic-tanh.js';
import { evoNormB0Spec } from './specs/evonorm-b0.js';
import { evoNormS0Spec } from './specs/evonorm-s0.js';
import { filterResponseNormSpec } from './specs/filter-response-norm.js';
import { layerScaleSpec } from './specs/layer-scale.js';
import { scaleNormSpec } from './specs/scale-norm.js';
import { unitNormSpec } from './specs/unit-norm.js';
import { l1NormSpec } from './specs/l1-norm.js';
import { layerNormSpec } from './specs/layer-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';
import { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';
import { batchNormInferenceSpec, batchNormSpec } from './specs/batch-norm.js';
import { regionNormBatchSpec, regionNormSpec } from './specs/region-norm.js';
import { normActivation } from './norm-act.js';
import { registerNormsWasmModule } from './wasm-module-loader.js';

// The wasm kernels of every op here: loaded on demand by the wasm backend.
registerNormsWasmModule();

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
  /** An activation applied to the output in the same kernel ('silu', 'gelu' …; see norm-act.ts). Default none. */
  readonly activation?: string | null;
}

export interface LayerNormOptions {
  /** Added to the variance under the root. Default 1e-5 (PyTorch). */
  readonly epsilon?: number;
  /** Axis or axes to normalize over. Default -1. */
  readonly axis?: number | readonly number[];
  /** An activation applied to the output in the same kernel ('gelu', 'relu' …). Default none. */
  readonly activation?: string | null;
}

/**
 * RMSNorm: y = x / sqrt(mean(x²) + ε) · γ over the given axes, one statistic per row; no
 * re-centring, no running statistics. Gradients flow to x and gamma.
 */
export function rmsNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, options: RmsNormOptions = {}): Tensor {
  const { partial, activation, ...rest } = options;
  return runNormTidy('rmsNorm', rmsNormSpec, activation, x, { weights: { gamma }, options: partial == null ? rest : { ...rest, partial } });
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
  const { activation, ...rest } = options;
  return runNormTidy('layerNorm', layerNormSpec, activation, x, { weights: { gamma, beta }, options: rest });
}

export interface GroupNormOptions {
  /** Number of channel groups; must divide the channels (−1: one per channel). */
  readonly groups: number;
  /** Added to the variance under the root. Default 1e-3 (Keras 3). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** An activation applied to the output in the same kernel ('silu' …). Default none. */
  readonly activation?: string | null;
}

/**
 * GroupNorm over x = [batch, ...spatial, channels]: statistics per example and group of
 * channels; gamma and beta have one value per channel. Gradients flow to x, gamma and beta.
 */
export function groupNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: GroupNormOptions = { groups: 32 }): Tensor {
  const { activation, ...rest } = options;
  return runNormTidy('groupNorm', groupNormSpec, activation, x, { weights: { gamma, beta }, options: rest });
}

export interface InstanceNormOptions {
  /** Added to the variance under the root. Default 1e-3 (TF-Addons). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
}

/** InstanceNorm over x = [batch, ...spatial, channels]: statistics per example and channel. */
export function instanceNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: InstanceNormOptions = {}): Tensor {
  return runReductionTidy(instanceNormSpec, x, { weights: { gamma, beta }, options: { ...options } });
}

/** A boolean option as the spec's 'on' | 'off' variant, with a clear error for anything else. */
function switchOf(op: string, name: string, value: unknown, fallback: boolean): 'on' | 'off' {
  if (value === undefined) return fallback ? 'on' : 'off';
  if (typeof value !== 'boolean') {
    throw new Error(`${op}: expected option '${name}' to be true or false, got ${describe(value)} — pass ${name}: ${fallback}`);
  }
  return value ? 'on' : 'off';
}

/**
 * A scalar weight (DyT's α, ScaleNorm's g) as the per-feature weight the kernels read: a number
 * or a one-value tensor is broadcast over the normalized features (its gradient is then the sum
 * of theirs, through tfjs's broadcast gradient); a per-feature tensor passes as it is.
 * Call inside tf.tidy.
 */
function featureWeight(spec: ReductionSpec, x: Tensor, value: Tensor | TensorLike | number | null | undefined, options: ViewOptions, name: string): Tensor | null {
  if (value == null) return null;
  const tensor = requireFloatTensor(spec.name, value, name);
  if (tensor.size !== 1) return tensor;
  const { weightShape } = planView(spec.name, spec.view, x, options);
  return tf.broadcastTo(tf.reshape(tensor, weightShape.map(() => 1)), [...weightShape]);
}

export interface FilterResponseNormOptions {
  /** Added to the mean square under the root (as |ε|). Default 1e-6 (paper, TF-Addons; timm 1e-5). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** Apply the TLU, max(y, τ). Default true; false gives FRN alone (TF-Addons' layer). */
  readonly tlu?: boolean;
  /** A learned part of ε, one value: ε + |learnedEpsilon| under the root (TF-Addons learned_epsilon). */
  readonly learnedEpsilon?: Tensor | TensorLike | number | null;
}

/**
 * FRN + TLU over x = [batch, ...spatial, channels]: x / √(mean_spatial(x²) + |ε|) · γ + β per
 * example and channel, then max(·, τ). Batch-independent; gradients flow to x, γ, β, τ and a
 * learned ε.
 */
export function filterResponseNorm(
  x: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  tau?: Tensor | TensorLike | null,
  options: FilterResponseNormOptions = {},
): Tensor {
  const op = filterResponseNormSpec.name;
  const { tlu, learnedEpsilon, ...rest } = options;
  rejectUnknownOptions(op, rest, ['epsilon', 'axis']);
  const variants = { tlu: switchOf(op, 'tlu', tlu, true), learnedEpsilon: learnedEpsilon == null ? 'off' : 'on' };
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    const learned = featureWeight(filterResponseNormSpec, input, learnedEpsilon, rest, 'learnedEpsilon');
    return runReduction(filterResponseNormSpec, input, { weights: { gamma, beta, tau, learnedEpsilon: learned }, options: { ...rest, ...variants } });
  });
}

export interface EvoNormS0Options {
  /**
   * Number of channel groups, lowered by one until it divides the channels, as the TF reference
   * does (48 channels with 32 groups → 24; timm asserts instead). Default 32.
   */
  readonly groups?: number;
  /** Added to the group variance under the root. Default 1e-5 (TF reference, timm). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** false: y = γ·x + β, no statistics (the reference's nonlinearity=False). Default true. */
  readonly nonlinearity?: boolean;
}

/** The groups EvoNorm uses for a channel count: the largest g ≤ groups that divides it. */
export function evoNormGroups(groups: number, channels: number): number {
  if (!Number.isInteger(groups) || groups < 1) {
    throw new Error(`evoNormS0: expected groups to be a positive integer, got ${String(groups)} — pass e.g. groups: 32`);
  }
  let resolved = Math.min(groups, Math.max(channels, 1));
  while (channels % resolved !== 0) resolved -= 1;
  return resolved;
}

/**
 * EvoNorm-S0 over x = [batch, ...spatial, channels]: x·σ(v·x) / √(var_group + ε) · γ + β with
 * the biased variance of each example's group of channels. Batch-independent; gradients flow to
 * x, γ, β and v.
 */
export function evoNormS0(
  x: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  v?: Tensor | TensorLike | null,
  options: EvoNormS0Options = {},
): Tensor {
  const op = evoNormS0Spec.name;
  const { groups = 32, nonlinearity, ...rest } = options;
  rejectUnknownOptions(op, rest, ['epsilon', 'axis']);
  const variant = switchOf(op, 'nonlinearity', nonlinearity, true);
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    const channelAxis = rest.axis ?? -1;
    const channels = input.shape[channelAxis < 0 ? channelAxis + input.rank : channelAxis] ?? 1;
    return runReduction(evoNormS0Spec, input, {
      weights: { gamma, beta, v },
      options: { ...rest, groups: evoNormGroups(groups, channels), nonlinearity: variant },
    });
  });
}

export interface ScaleNormOptions {
  /** Lower bound of the norm: g·x / max(‖x‖, ε). Default 1e-5 (authors' code). */
  readonly epsilon?: number;
  /** Axis or axes to normalize over. Default -1. */
  readonly axis?: number | readonly number[];
}

/**
 * ScaleNorm: g · x / max(‖x‖₂, ε) over the given axes. g is a scalar (a number or a one-value
 * tensor; a per-feature tensor is accepted too), √d when not given. Gradients flow to x and g.
 */
export function scaleNorm(x: Tensor | TensorLike, g?: Tensor | TensorLike | number | null, options: ScaleNormOptions = {}): Tensor {
  return tf.tidy(() => {
    const input = requireFloatTensor(scaleNormSpec.name, x);
    const radius = g ?? Math.sqrt(planView(scaleNormSpec.name, 'rows', input, options).weightSize);
    return runReduction(scaleNormSpec, input, { weights: { g: featureWeight(scaleNormSpec, input, radius, options, 'g') }, options: { ...options } });
  });
}

export interface UnitNormOptions {
  /** Axis or axes to normalize over. Default -1 (Keras UnitNormalization). */
  readonly axis?: number | readonly number[];
  /** Lower bound of the norm. Default 1e-12 (Keras 3). */
  readonly epsilon?: number;
  /** The radius s: a number, a one-value tensor or a per-feature tensor. Default 1. */
  readonly scale?: Tensor | TensorLike | number | null;
}

/** UnitNorm: s · x / max(‖x‖₂, ε) over the given axes (Keras UnitNormalization for s = 1). */
export function unitNorm(x: Tensor | TensorLike, options: UnitNormOptions = {}): Tensor {
  const { scale, ...rest } = options;
  return tf.tidy(() => {
    const input = requireFloatTensor(unitNormSpec.name, x);
    return runReduction(unitNormSpec, input, { weights: { scale: featureWeight(unitNormSpec, input, scale, rest, 'scale') }, options: { ...rest } });
  });
}

export interface CrmsNormOptions {
  /** Added under the root. Default 1e-5 (reference; use the replaced LayerNorm's ε). */
  readonly epsilon?: number;
  /** Axis or axes holding the d − 1 kept coordinates. Default -1. */
  readonly axis?: number | readonly number[];
}

/**
 * CRMSNorm of compressed zero-mean vectors (the last of d coordinates dropped): x̃ / √((Σx̃² +
 * (Σx̃)²)/d + ε) · γ + β. Gradients flow to x̃, γ and β.
 */
export function crmsNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: CrmsNormOptions = {}): Tensor {
  return runReductionTidy(crmsNormSpec, x, { weights: { gamma, beta }, options: { ...options } });
}

export interface DynamicTanhOptions {
  /** Axis or axes the per-feature γ and β cover. Default -1 (channels last). */
  readonly axis?: number | readonly number[];
}

/**
 * DyT: γ · tanh(α · x) + β, α a scalar (a number or one-value tensor; a per-feature tensor is
 * accepted too; default 0.5). No statistics. Gradients flow to x, α, γ and β.
 */
export function dynamicTanh(
  x: Tensor | TensorLike,
  alpha?: Tensor | TensorLike | number | null,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  options: DynamicTanhOptions = {},
): Tensor {
  return tf.tidy(() => {
    const input = requireFloatTensor(dynamicTanhSpec.name, x);
    return runReduction(dynamicTanhSpec, input, { weights: { alpha: featureWeight(dynamicTanhSpec, input, alpha, options, 'alpha'), gamma, beta }, options: { ...options } });
  });
}

export interface LayerScaleOptions {
  /** Axis or axes gamma covers. Default -1 (channels last). */
  readonly axis?: number | readonly number[];
}

/** LayerScale: γ · x per channel, for a residual branch x + layerScale(F(x), γ). */
export function layerScale(x: Tensor | TensorLike, gamma: Tensor | TensorLike, options: LayerScaleOptions = {}): Tensor {
  if (gamma == null) throw new Error("layerScale: expected 'gamma', the per-channel scale, got nothing — pass a tensor of one value per channel");
  return runReductionTidy(layerScaleSpec, x, { weights: { gamma }, options: { ...options } });
}

/** runReduction inside tf.tidy, so an array x converted to a tensor is freed too. */
function runReductionTidy(spec: ReductionSpec, x: Tensor | TensorLike, call: ReductionCall): Tensor {
  return tf.tidy(() => runReduction(spec, x, call));
}

/** A norm with an optional fused activation (norm-act.ts), inside tf.tidy. */
function runNormTidy(op: string, spec: ReductionSpec, activation: string | null | undefined, x: Tensor | TensorLike, call: ReductionCall): Tensor {
  const { spec: run, after } = normActivation(op, spec, activation);
  return tf.tidy(() => {
    const y = runReduction(run, x, call);
    return after ? after(y) : y;
  });
}

export interface BatchNormOptions {
  /** Added to the variance under the root. Default 1e-3 (Keras 3, tfjs). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** An activation applied to the output in the same kernel ('relu', 'silu' …). Default none. */
  readonly activation?: string | null;
}

/**
 * BatchNorm with batch statistics (training): per channel over the batch and spatial axes.
 * Returns the output and the batch mean and (biased) variance, one value per channel, from
 * the same kernel; gradients flow to x, gamma and beta through the output.
 */
export function batchNormTraining(
  x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: BatchNormOptions = {},
): { output: Tensor; mean: Tensor; variance: Tensor } {
  const { activation, ...rest } = options;
  const { spec, after } = normActivation('batchNormTraining', batchNormSpec, activation);
  const { output, statistics } = runReductionWithStatistics(spec, x, { weights: { gamma, beta }, options: rest });
  if (!after) return { output, mean: statistics.mean, variance: statistics.variance };
  const activated = after(output);
  output.dispose();
  return { output: activated, mean: statistics.mean, variance: statistics.variance };
}

/** BatchNorm with batch statistics (training): the normalized output only. */
export function batchNorm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: BatchNormOptions = {}): Tensor {
  const { activation, ...rest } = options;
  return runNormTidy('batchNorm', batchNormSpec, activation, x, { weights: { gamma, beta }, options: rest });
}

/** BatchNorm with given (moving) statistics (inference): one elementwise kernel. */
export function batchNormInference(
  x: Tensor | TensorLike, movingMean: Tensor | TensorLike, movingVariance: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: BatchNormOptions = {},
): Tensor {
  const { activation, ...rest } = options;
  return runNormTidy('batchNormInference', batchNormInferenceSpec, activation, x, { weights: { gamma, beta, movingMean, movingVariance }, options: rest });
}

export interface RegionNormOptions {
  /**
   * 1 (or true) on the hole, 0 on the valid pixels: x's shape, or x's shape with one channel or
   * none (broadcast over the channels). A rank-4 mask of another spatial size is resized to x's
   * with nearest-neighbour sampling, as the authors' code does. Default: no mask, one region.
   */
  readonly mask?: Tensor | TensorLike | null;
  /**
   * 'instance': statistics per example and channel (batch-independent; default). 'batch': pooled
   * over the batch and spatial positions, as the released code does in training and inference.
   */
  readonly style?: 'instance' | 'batch';
  /** Added to each region's variance under the root. Default 1e-5. */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data (mask then of x's shape). */
  readonly axis?: number;
  /** Per-channel affine of each region, y·(1 + γ) + β; zeros when not given. */
  readonly gammaHole?: Tensor | TensorLike | null;
  readonly betaHole?: Tensor | TensorLike | null;
  readonly gammaValid?: Tensor | TensorLike | null;
  readonly betaValid?: Tensor | TensorLike | null;
}

/** The mask as x's shape (0/1 floats): broadcast over the channels, resized to x's spatial size. Call inside tf.tidy. */
function regionMask(op: string, x: Tensor, given: Tensor | TensorLike): Tensor {
  let mask = tf.cast(given instanceof tf.Tensor ? given : tf.tensor(given as TensorLike), 'float32');
  if (mask.rank === x.rank - 1 && mask.shape.every((size, i) => size === x.shape[i])) mask = tf.expandDims(mask, -1);
  if (mask.rank === 4 && x.rank === 4 && mask.shape[0] === x.shape[0] && (mask.shape[1] !== x.shape[1] || mask.shape[2] !== x.shape[2])) {
    mask = tf.image.resizeNearestNeighbor(mask as tf.Tensor4D, [x.shape[1]!, x.shape[2]!]);
  }
  const fits = mask.rank === x.rank && mask.shape.every((size, i) => size === x.shape[i] || (i === x.rank - 1 && size === 1));
  if (!fits) {
    throw new Error(`${op}: expected 'mask' of shape [${x.shape.join(', ')}] (or with 1 channel, or none), got [${mask.shape.join(', ')}] — pass one value per pixel, 1 on the hole`);
  }
  return tf.broadcastTo(mask, x.shape);
}

/**
 * Region Normalization (RN-B) of x = [batch, ...spatial, channels]: the hole (mask 1) and the
 * valid pixels (mask 0) of each channel normalized separately, each with its own affine
 * y·(1 + γ_R) + β_R. Gradients flow to x and the four weights, none to the mask.
 */
export function regionNorm(x: Tensor | TensorLike, options: RegionNormOptions = {}): Tensor {
  const { mask, style = 'instance', gammaHole, betaHole, gammaValid, betaValid, ...rest } = options;
  if (style !== 'instance' && style !== 'batch') {
    throw new Error(`regionNorm: expected style 'instance' or 'batch', got ${describe(style)} — use style: 'instance'`);
  }
  const spec = style === 'batch' ? regionNormBatchSpec : regionNormSpec;
  return tf.tidy(() => {
    const input = requireFloatTensor('regionNorm', x);
    return runReduction(spec, input, {
      inputs: mask == null ? {} : { mask: regionMask('regionNorm', input, mask) },
      weights: { gammaHole, betaHole, gammaValid, betaValid },
      options: rest,
    });
  });
}

export interface EvoNormB0Options {
  /**
   * s²_B, one value per channel: the moving variance in inference. Default: the batch's biased
   * variance over every axis but the channels (training), with its gradient.
   */
  readonly variance?: Tensor | TensorLike | null;
  /** Added under both roots. Default 1e-5 (TF reference; timm uses 1e-3). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** false: y = γ·x + β, no statistics (the reference's nonlinearity=False). Default true. */
  readonly nonlinearity?: boolean;
}

/**
 * EvoNorm-B0 over x = [batch, ...spatial, channels]: x / max(√(s²_B + ε), v·x + √(s²_I + ε))·γ + β.
 * Gradients flow to x (also through the batch variance when it is computed here), γ, β and v.
 */
export function evoNormB0(
  x: Tensor | TensorLike,
  gamma?: Tensor | TensorLike | null,
  beta?: Tensor | TensorLike | null,
  v?: Tensor | TensorLike | null,
  options: EvoNormB0Options = {},
): Tensor {
  const op = evoNormB0Spec.name;
  const { variance, nonlinearity, ...rest } = options;
  rejectUnknownOptions(op, rest, ['epsilon', 'axis']);
  const variant = switchOf(op, 'nonlinearity', nonlinearity, true);
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    let batchVariance: Tensor | TensorLike | null = variance ?? null;
    if (batchVariance == null && variant === 'on') batchVariance = evoNormBatchVariance(input, rest.axis ?? -1);
    return runReduction(evoNormB0Spec, input, { weights: { gamma, beta, v, batchVariance }, options: { ...rest, nonlinearity: variant } });
  });
}

/** The biased variance of x over every axis but the channel axis, one value per channel. */
export function evoNormBatchVariance(x: Tensor, axis: number): Tensor {
  const channel = axis < 0 ? axis + x.rank : axis;
  return tf.moments(x, x.shape.map((_, i) => i).filter((i) => i !== channel)).variance;
}

export interface L1NormOptions {
  /** Added to the (scaled) mean absolute deviation. Default 1e-5. */
  readonly epsilon?: number;
  /** Axis or axes to normalize over. Default -1. */
  readonly axis?: number | readonly number[];
  /** Divide by √(π/2)·MAD, so Gaussian inputs come out with standard deviation ≈ 1. Default false. */
  readonly rescale?: boolean;
}

/**
 * L1 normalization: (x − mean) / (s·MAD + ε) · γ + β over the given axes, MAD the mean absolute
 * deviation. Gradients flow to x (through the mean and the MAD too), gamma and beta.
 */
export function l1Norm(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: L1NormOptions = {}): Tensor {
  const { rescale, ...rest } = options;
  rejectUnknownOptions(l1NormSpec.name, rest, ['epsilon', 'axis']);
  return runReductionTidy(l1NormSpec, x, { weights: { gamma, beta }, options: { ...rest, rescale: switchOf(l1NormSpec.name, 'rescale', rescale, false) } });
}

export interface GrnOptions {
  /** Added to the mean of the channel norms. Default 1e-6 (ConvNeXt V2). */
  readonly epsilon?: number;
}

/**
 * Global Response Normalization (ConvNeXt V2) over x = [batch, ...spatial, channels]:
 * G_c = ‖x_c‖₂ over the spatial positions, N_c = G_c / (mean over channels of G + ε),
 * y = γ·(x·N) + β + x. γ and β (one value per channel) default to 0: the identity.
 *
 * Composed of tfjs ops: the channel mean of per-channel norms is a statistic of statistics
 * across groups, which a single reduction spec does not express. An all-zero channel has
 * norm 0 and gradient 0 there (torch.norm's subgradient), not NaN.
 */
export function grn(x: Tensor | TensorLike, gamma?: Tensor | TensorLike | null, beta?: Tensor | TensorLike | null, options: GrnOptions = {}): Tensor {
  const op = 'grn';
  rejectUnknownOptions(op, options, ['epsilon']);
  const { epsilon = 1e-6 } = options;
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    if (input.rank < 3) {
      throw new Error(`${op}: expected x of rank >= 3 ([batch, ...spatial, channels]), got shape [${input.shape.join(', ')}] — GRN normalizes over spatial positions`);
    }
    const spatial = input.shape.slice(1, -1).map((_, i) => i + 1);
    // √max(Σx², tiny): the maximum sends the gradient of an all-zero channel to the constant.
    const norms = tf.sqrt(tf.maximum(tf.sum(tf.square(input), spatial, true), 1e-30));
    const response = tf.div(norms, tf.add(tf.mean(norms, -1, true), epsilon));
    const channels = input.shape[input.rank - 1];
    const perChannel = (value: Tensor | TensorLike, name: string) => {
      const tensor = requireFloatTensor(op, value, name);
      if (tensor.size !== channels) {
        throw new Error(`${op}: expected '${name}' of ${channels} values (one per channel), got shape [${tensor.shape.join(', ')}] — pass a tensor of shape [${channels}]`);
      }
      return tf.reshape(tensor, [channels]);
    };
    let y = input;
    if (gamma != null) y = tf.add(y, tf.mul(perChannel(gamma, 'gamma'), tf.mul(input, response)));
    if (beta != null) y = tf.add(y, perChannel(beta, 'beta'));
    return y;
  });
}
