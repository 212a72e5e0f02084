// The norm layers: one short definition each, made into a class by normLayer() (layer-factory.ts).
// Papers and limits are in each spec's docs (src/specs/); every layer but BatchNorm behaves the
// same in training and inference (no running statistics).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { applyActivation, checkActivation } from './norm-act.js';
import { groupScaling, powerNorm } from './power-norm.js';
import { normLayer, type BaseLayerOptions, type NormLayerAlias, type NormLayerDefinition, type NormLayerWeight, type WeightOptions } from './layer-factory.js';
import {
  batchNormInference, batchNormTraining, crmsNorm, dynamicTanh, evoNormB0, evoNormBatchVariance, evoNormGroups, evoNormS0, filterResponseNorm, grn, groupNorm, instanceNorm, l1Norm, layerNorm, layerScale, regionNorm, rmsNorm, scaleNorm, unitNorm,
} from './ops.js';

type Axis = number | number[];
const ones = () => tfl.initializers.ones();
const zeros = () => tfl.initializers.zeros();
const constant = (value: number) => tfl.initializers.constant({ value });

/**
 * Per-feature gamma (with scale) and beta (with center), Keras's names and defaults, then any
 * further weights: an argument rather than a spread at the call, which bundlers cannot drop.
 */
const affineWeights = <Own extends { scale?: boolean; center?: boolean }>(...further: NormLayerWeight<Own>[]): NormLayerWeight<Own>[] => [
  { name: 'gamma', size: 'features', when: (o: Own) => o.scale !== false, initial: ones },
  { name: 'beta', size: 'features', when: (o: Own) => o.center !== false, initial: zeros },
  ...further,
];

function channelsOf(layer: string, features: readonly number[], groups: number): void {
  const channels = features[0];
  if (groups === -1) return;
  if (!Number.isInteger(groups) || groups < 1 || channels % groups !== 0) {
    throw new Error(`${layer}: expected groups to divide the ${channels} channels (or -1 for one per channel), got ${groups} — choose groups that divide ${channels}`);
  }
}

// ---------------------------------------------------------------------------------------------

interface RMSNormOwn {
  /** Axis or axes normalized over. Default -1. */
  readonly axis?: Axis;
  /** Added to the mean square under the root. Default 1e-6 (Keras RMSNormalization, timm). */
  readonly epsilon?: number;
  /** Learn a per-feature gain gamma. Default true. */
  readonly scale?: boolean;
  /** Learn a per-feature bias beta too. Default false: RMSNorm is not re-centring. */
  readonly center?: boolean;
  /** Partial RMSNorm fraction p in (0, 1]; null for full RMSNorm. */
  readonly partial?: number | null;
}
export type RMSNormOptions = RMSNormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/** RMSNorm layer: y = x / √(mean(x²) + ε) · γ (+ β with center). */
const rmsNormDefinition: NormLayerDefinition<RMSNormOwn> = {
  className: 'RMSNorm',
  defaults: { axis: -1, epsilon: 1e-6, scale: true, center: false, partial: null },
  weights: /* @__PURE__ */ affineWeights<RMSNormOwn>(),
  check: (options, input, features) => {
    const axes = (typeof options.axis === 'number' ? [options.axis] : options.axis as number[]).map((a) => (a < 0 ? a + input.length : a));
    if (options.center && !axes.every((a) => a >= input.length - features.length)) {
      throw new Error(`RMSNorm: center: true needs the normalized axes to be the last ones, got axis ${JSON.stringify(options.axis)} for input shape [${input.join(', ')}] — normalize the trailing axes or drop center`);
    }
  },
  apply: (x, { gamma, beta }, options) => {
    const { axis, epsilon, partial } = options;
    const activation = activationOf(options);
    // With a bias the activation comes after it, so it cannot be fused into the norm's kernel.
    const out = rmsNorm(x, gamma ?? null, { epsilon, axis, partial, activation: beta ? null : activation });
    // The bias covers the normalized axes, which check() made sure are trailing: it broadcasts.
    return beta ? activate(tf.add(out, beta), activation) : out;
  },};
export const RMSNorm = /* @__PURE__ */ normLayer<RMSNormOwn, RMSNormOptions>(rmsNormDefinition);

interface LayerNormOwn {
  /** Axis or axes normalized over. Default -1. */
  readonly axis?: Axis;
  /** Added to the variance under the root. Default 1e-5 (PyTorch; Keras and tfjs use 1e-3). */
  readonly epsilon?: number;
  /** Learn a per-feature gain gamma. Default true. */
  readonly scale?: boolean;
  /** Learn a per-feature offset beta. Default true. */
  readonly center?: boolean;
}
export type LayerNormOptions = LayerNormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/** LayerNorm layer: y = (x − mean)/√(var + ε) · γ + β, one fused kernel. */
const layerNormDefinition: NormLayerDefinition<LayerNormOwn> = {
  className: 'LayerNorm',
  defaults: { axis: -1, epsilon: 1e-5, scale: true, center: true },
  weights: /* @__PURE__ */ affineWeights<LayerNormOwn>(),
  apply: (x, { gamma, beta }, options) => layerNorm(x, gamma ?? null, beta ?? null, { epsilon: options.epsilon, axis: options.axis, activation: activationOf(options) }),};
export const LayerNorm = /* @__PURE__ */ normLayer<LayerNormOwn, LayerNormOptions>(layerNormDefinition);

// ---------------------------------------------------------------------------------------------

interface GroupNormOwn {
  /** Number of channel groups; must divide the channels (−1: one per channel). Default 32 (Keras 3). */
  readonly groups?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** Added to the variance under the root. Default 1e-3 (Keras 3, TF-Addons; PyTorch 1e-5). */
  readonly epsilon?: number;
  /** Learn a per-channel offset beta. Default true. */
  readonly center?: boolean;
  /** Learn a per-channel gain gamma. Default true. */
  readonly scale?: boolean;
}
export type GroupNormOptions = GroupNormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/**
 * GroupNorm layer. Loads Keras 3 'GroupNormalization' and TF-Addons
 * 'Addons>GroupNormalization' models (same config keys and weight names).
 */
const groupNormDefinition: NormLayerDefinition<GroupNormOwn> = {
  className: 'GroupNorm',
  defaults: { groups: 32, axis: -1, epsilon: 1e-3, center: true, scale: true },
  weights: /* @__PURE__ */ affineWeights<GroupNormOwn>(),
  check: (options, _input, features) => channelsOf('GroupNorm', features, options.groups as number),
  apply: (x, { gamma, beta }, options) => groupNorm(x, gamma ?? null, beta ?? null, {
    groups: options.groups as number, axis: options.axis, epsilon: options.epsilon, activation: activationOf(options),
  }),};
export const GroupNorm = /* @__PURE__ */ normLayer<GroupNormOwn, GroupNormOptions>(groupNormDefinition, [{ className: 'GroupNormalization' }, { className: 'Addons>GroupNormalization' }]);

interface InstanceNormOwn {
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** Added to the variance under the root. Default 1e-3 (TF-Addons; PyTorch 1e-5). */
  readonly epsilon?: number;
  /** Learn a per-channel offset beta. Default true. */
  readonly center?: boolean;
  /** Learn a per-channel gain gamma. Default true. */
  readonly scale?: boolean;
}
export type InstanceNormOptions = InstanceNormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/**
 * TF-Addons' InstanceNormalization is its GroupNormalization with groups forced to −1, and
 * writes groups: -1 into its config: the alias takes that key, and only that value.
 */
const addonsInstanceNorm = (className: string): NormLayerAlias<InstanceNormOwn & { groups?: number }> => ({
  className,
  defaults: { axis: -1, epsilon: 1e-3, center: true, scale: true, groups: -1 },
  check: (options) => {
    if (options.groups !== -1) {
      throw new Error(`${className}: expected groups: -1 (one group per channel, as TF-Addons writes it), got ${String(options.groups)} — load a GroupNormalization layer for other group counts`);
    }
  },
});

/** InstanceNorm layer. Loads TF-Addons 'Addons>InstanceNormalization' (and 'InstanceNormalization') models. */
export const InstanceNorm = /* @__PURE__ */ normLayer<InstanceNormOwn, InstanceNormOptions>({
  className: 'InstanceNorm',
  defaults: { axis: -1, epsilon: 1e-3, center: true, scale: true },
  weights: /* @__PURE__ */ affineWeights<InstanceNormOwn>(),
  apply: (x, { gamma, beta }, { axis, epsilon }) => instanceNorm(x, gamma ?? null, beta ?? null, { axis, epsilon }),
}, [/* @__PURE__ */ addonsInstanceNorm('InstanceNormalization'), /* @__PURE__ */ addonsInstanceNorm('Addons>InstanceNormalization')]);

// ---------------------------------------------------------------------------------------------

interface FilterResponseNormOwn {
  /** Added to the mean square under the root. Default 1e-6 (paper, TF-Addons; timm 1e-5). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last). */
  readonly axis?: number;
  /** Apply the TLU max(y, τ) with a learned per-channel τ. Default true (the paper's FRN + TLU). */
  readonly tlu?: boolean;
  /** Learn a part of ε too: ε + |ε_learned|, ε_learned initialised to 1e-4 (TF-Addons). Default false. */
  readonly learnedEpsilon?: boolean;
}
export type FilterResponseNormOptions = FilterResponseNormOwn & WeightOptions<'gamma' | 'beta' | 'tau' | 'learnedEpsilon'> & BaseLayerOptions;

const learnedEpsilonWeight = {
  name: 'learned_epsilon', size: 'scalar', when: (o: { learnedEpsilon?: boolean }) => o.learnedEpsilon === true, initial: () => constant(1e-4),
} as const;

/**
 * TF-Addons' FilterResponseNormalization: FRN without TLU, its axis option the spatial axes
 * [1, 2] (NHWC rank 4 only), gamma and beta of shape [1, 1, 1, C], and learned_epsilon made
 * first. Its TLU is a separate elementwise layer ('Addons>TLU', a τ per position) not loaded here.
 */
const addonsFilterResponseNorm = (className: string): NormLayerAlias<{ epsilon?: number; axis?: number[]; learnedEpsilon?: boolean }> => ({
  className,
  defaults: { epsilon: 1e-6, axis: [1, 2], learnedEpsilon: false },
  weights: [
    learnedEpsilonWeight,
    { name: 'gamma', size: 'features', initial: ones, shape: (features) => [1, 1, 1, ...features] },
    { name: 'beta', size: 'features', initial: zeros, shape: (features) => [1, 1, 1, ...features] },
  ],
  featureAxes: () => -1,
  check: (options, input) => {
    if (input.length !== 4 || JSON.stringify(options.axis) !== '[1,2]') {
      throw new Error(`${className}: expected NHWC input of rank 4 and axis [1, 2] (as TF-Addons requires), got input shape [${input.join(', ')}] and axis ${JSON.stringify(options.axis)} — use FilterResponseNorm for other layouts`);
    }
  },
  apply: (x, weights, options) => filterResponseNorm(x, tf.reshape(weights.gamma, [-1]), tf.reshape(weights.beta, [-1]), null, {
    epsilon: options.epsilon, tlu: false, learnedEpsilon: weights.learned_epsilon ?? null,
  }),
});

/** FRN + TLU layer. Loads TF-Addons 'Addons>FilterResponseNormalization' models (FRN alone). */
export const FilterResponseNorm = /* @__PURE__ */ normLayer<FilterResponseNormOwn, FilterResponseNormOptions>({
  className: 'FilterResponseNorm',
  defaults: { epsilon: 1e-6, axis: -1, tlu: true, learnedEpsilon: false },
  weights: [
    { name: 'gamma', size: 'features', initial: ones },
    { name: 'beta', size: 'features', initial: zeros },
    { name: 'tau', size: 'features', when: (o) => o.tlu !== false, initial: zeros },
    learnedEpsilonWeight,
  ],
  apply: (x, { gamma, beta, tau, learned_epsilon: learned }, { epsilon, axis, tlu }) =>
    filterResponseNorm(x, gamma, beta, tau ?? null, { epsilon, axis, tlu, learnedEpsilon: learned ?? null }),
}, [/* @__PURE__ */ addonsFilterResponseNorm('FilterResponseNormalization'), /* @__PURE__ */ addonsFilterResponseNorm('Addons>FilterResponseNormalization')]);

interface EvoNormS0Own {
  /** Channel groups, lowered until they divide the channels (TF reference). Default 32. */
  readonly groups?: number;
  /** Added to the group variance under the root. Default 1e-5 (TF reference, timm). */
  readonly epsilon?: number;
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** false: y = γ·x + β (the reference's nonlinearity=False, no v). Default true. */
  readonly nonlinearity?: boolean;
  /** Initialise gamma to 0 (the reference's init_zero, for the last norm of a residual block). Default false. */
  readonly initZero?: boolean;
}
export type EvoNormS0Options = EvoNormS0Own & WeightOptions<'gamma' | 'beta' | 'v'> & BaseLayerOptions;

/** EvoNorm-S0 layer: x·σ(v·x)/√(var_group + ε)·γ + β. */
export const EvoNormS0 = /* @__PURE__ */ normLayer<EvoNormS0Own, EvoNormS0Options>({
  className: 'EvoNormS0',
  defaults: { groups: 32, epsilon: 1e-5, axis: -1, nonlinearity: true, initZero: false },
  weights: [
    { name: 'gamma', size: 'features', initial: (o) => (o.initZero ? zeros() : ones()) },
    { name: 'beta', size: 'features', initial: zeros },
    { name: 'v', size: 'features', when: (o) => o.nonlinearity !== false, initial: ones },
  ],
  check: (options, _input, features) => { evoNormGroups(options.groups as number, features[0]); },
  apply: (x, { gamma, beta, v }, { groups, epsilon, axis, nonlinearity }) => evoNormS0(x, gamma, beta, v ?? null, { groups, epsilon, axis, nonlinearity }),
});

// ---------------------------------------------------------------------------------------------

interface ScaleNormOwn {
  /** Lower bound of the norm. Default 1e-5 (authors' code). */
  readonly epsilon?: number;
  /** Axis or axes normalized over. Default -1. */
  readonly axis?: Axis;
}
export type ScaleNormOptions = ScaleNormOwn & WeightOptions<'g'> & BaseLayerOptions;

/** ScaleNorm layer: g·x/max(‖x‖, ε), g one learned scalar initialised to √d. */
export const ScaleNorm = /* @__PURE__ */ normLayer<ScaleNormOwn, ScaleNormOptions>({
  className: 'ScaleNorm',
  defaults: { epsilon: 1e-5, axis: -1 },
  weights: [{ name: 'g', size: 'scalar', initial: (_options, features) => constant(Math.sqrt(features)) }],
  apply: (x, { g }, { epsilon, axis }) => scaleNorm(x, g, { epsilon, axis }),
});

interface UnitNormOwn {
  /** Axis or axes normalized over. Default -1 (Keras UnitNormalization). */
  readonly axis?: Axis;
  /** Lower bound of the norm. Default 1e-12 (Keras 3). */
  readonly epsilon?: number;
  /** The radius s (the initial value when trainableScale). Default 1 (Keras); √d for feature normalization. */
  readonly scale?: number;
  /** Learn s as one scalar weight 'scale'. Default false. */
  readonly trainableScale?: boolean;
}
export type UnitNormalizationOptions = UnitNormOwn & WeightOptions<'scale'> & BaseLayerOptions;

/**
 * UnitNormalization layer (Keras 3's class name and config; tfjs's own 'UnitNorm' is a weight
 * constraint, left as it is): s·x/max(‖x‖, ε).
 */
export const UnitNormalization = /* @__PURE__ */ normLayer<UnitNormOwn, UnitNormalizationOptions>({
  className: 'UnitNormalization',
  defaults: { axis: -1, epsilon: 1e-12, scale: 1, trainableScale: false },
  weights: [{ name: 'scale', size: 'scalar', when: (o) => o.trainableScale === true, initial: (o) => constant(o.scale as number) }],
  apply: (x, weights, { axis, epsilon, scale }) => unitNorm(x, { axis, epsilon, scale: weights.scale ?? scale }),
});

interface CRMSNormOwn {
  /** Added under the root. Default 1e-5 (reference; use the replaced LayerNorm's ε). */
  readonly epsilon?: number;
  /** Axis or axes holding the d − 1 kept coordinates. Default -1. */
  readonly axis?: Axis;
  /** Learn gamma and beta (the reference folds the affine into the next linear layer instead). Default false. */
  readonly affine?: boolean;
}
export type CRMSNormOptions = CRMSNormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/** CRMSNorm layer, for compressed zero-mean vectors (d − 1 of d coordinates). */
export const CRMSNorm = /* @__PURE__ */ normLayer<CRMSNormOwn, CRMSNormOptions>({
  className: 'CRMSNorm',
  defaults: { epsilon: 1e-5, axis: -1, affine: false },
  weights: [
    { name: 'gamma', size: 'features', when: (o) => o.affine === true, initial: ones },
    { name: 'beta', size: 'features', when: (o) => o.affine === true, initial: zeros },
  ],
  apply: (x, { gamma, beta }, { epsilon, axis }) => crmsNorm(x, gamma ?? null, beta ?? null, { epsilon, axis }),
});

interface DynamicTanhOwn {
  /** Initial α. Default 0.5 (authors' default for non-LLM models). */
  readonly alphaInit?: number;
  /** Axis or axes gamma and beta cover. Default -1 (channels last). */
  readonly axis?: Axis;
  /** Learn beta. Default true; false as in the authors' LLaMA recipe. */
  readonly bias?: boolean;
}
export type DynamicTanhOptions = DynamicTanhOwn & WeightOptions<'alpha' | 'gamma' | 'beta'> & BaseLayerOptions;

/** DyT layer: γ·tanh(α·x) + β, α one learned scalar. Weights alpha, gamma, beta (the authors' order). */
export const DynamicTanh = /* @__PURE__ */ normLayer<DynamicTanhOwn, DynamicTanhOptions>({
  className: 'DynamicTanh',
  defaults: { alphaInit: 0.5, axis: -1, bias: true },
  weights: [
    { name: 'alpha', size: 'scalar', initial: (o) => constant(o.alphaInit as number) },
    { name: 'gamma', size: 'features', initial: ones },
    { name: 'beta', size: 'features', when: (o) => o.bias !== false, initial: zeros },
  ],
  apply: (x, { alpha, gamma, beta }, { axis }) => dynamicTanh(x, alpha, gamma, beta ?? null, { axis }),
});

interface LayerScaleOwn {
  /** Initial gamma. Default 1e-5 (CaiT, timm); 0 for zero-init. */
  readonly initValue?: number;
  /** Axis or axes gamma covers. Default -1 (channels last). */
  readonly axis?: Axis;
}
export type LayerScaleOptions = LayerScaleOwn & WeightOptions<'gamma'> & BaseLayerOptions;

/** LayerScale layer: γ·x per channel, for residual branches x + LayerScale(F(x)). */
export const LayerScale = /* @__PURE__ */ normLayer<LayerScaleOwn, LayerScaleOptions>({
  className: 'LayerScale',
  defaults: { initValue: 1e-5, axis: -1 },
  weights: [{ name: 'gamma', size: 'features', initial: (o) => constant(o.initValue as number) }],
  apply: (x, { gamma }, { axis }) => layerScale(x, gamma, { axis }),
});

// ---------------------------------------------------------------------------------------------

interface BatchNormOwn {
  /** The channel axis. Default -1 (channels last); 1 for channels-first data. */
  readonly axis?: number;
  /** Weight of the old value in the moving averages. Default 0.99 (Keras 3, tfjs; PyTorch's momentum 0.1 is 1 − 0.9). */
  readonly momentum?: number;
  /** Added to the variance under the root. Default 1e-3 (Keras 3, tfjs; PyTorch 1e-5). */
  readonly epsilon?: number;
  /** Learn a per-channel offset beta. Default true. */
  readonly center?: boolean;
  /** Learn a per-channel gain gamma. Default true. */
  readonly scale?: boolean;
}
export type BatchNormOptions = BatchNormOwn & WeightOptions<'gamma' | 'beta' | 'moving_mean' | 'moving_variance'> & BaseLayerOptions;

/**
 * BatchNorm (Ioffe & Szegedy, 2015) with Keras 3's semantics: batch statistics in training
 * (the biased variance normalizes and feeds the moving variance, as in Keras and tfjs; PyTorch
 * feeds its running variance the unbiased one), moving averages in inference. One fused kernel
 * normalizes and returns the batch statistics; inference is one elementwise kernel.
 */
const batchNormDefinition: NormLayerDefinition<BatchNormOwn> = {
  className: 'BatchNorm',
  defaults: { axis: -1, momentum: 0.99, epsilon: 1e-3, center: true, scale: true },
  weights: /* @__PURE__ */ affineWeights<BatchNormOwn>(
    { name: 'moving_mean', size: 'features', initial: zeros, trainable: false },
    { name: 'moving_variance', size: 'features', initial: ones, trainable: false },
  ),
  check: (options) => {
    const momentum = options.momentum as number;
    if (!(momentum >= 0 && momentum <= 1)) throw new Error(`BatchNorm: expected momentum in [0, 1], got ${momentum} — Keras's default is 0.99`);
  },
  apply: (x, { gamma, beta, moving_mean: movingMean, moving_variance: movingVariance }, own, context) => {
    const { axis, epsilon, momentum } = own;
    const options = { axis: axis as number, epsilon: epsilon as number, activation: activationOf(own) };
    if (!context.training) return batchNormInference(x, movingMean, movingVariance, gamma ?? null, beta ?? null, options);
    const { output, mean, variance } = batchNormTraining(x, gamma ?? null, beta ?? null, options);
    const keep = momentum as number;
    context.update('moving_mean', tf.add(tf.mul(movingMean, keep), tf.mul(mean, 1 - keep)));
    context.update('moving_variance', tf.add(tf.mul(movingVariance, keep), tf.mul(variance, 1 - keep)));
    return output;
  },};
export const BatchNorm = /* @__PURE__ */ normLayer<BatchNormOwn, BatchNormOptions>(batchNormDefinition);

// ---------------------------------------------------------------------------------------------

interface RegionNormOwn {
  /**
   * 'basic' (RN-B): the mask is the layer's second input, `layer.apply([x, mask])` (1 = hole);
   * called on x alone, the whole map is one region. 'learned' (RN-L): the mask comes from the
   * features themselves. Default 'basic'.
   */
  readonly mode?: 'basic' | 'learned';
  /** 'instance' (per example, default) or 'batch' (pooled over the batch, the released code). */
  readonly style?: 'instance' | 'batch';
  /** RN-L: pixels with σ(conv([mean_c, max_c])) ≥ threshold form the second region. Default 0.8. */
  readonly threshold?: number;
  /** RN-L: the size of its three square convolutions. Default 7. */
  readonly kernelSize?: number;
  /** Added to each region's variance under the root. Default 1e-5. */
  readonly epsilon?: number;
}
export type RegionNormOptions = RegionNormOwn
  & WeightOptions<'gammaHole' | 'betaHole' | 'gammaValid' | 'betaValid' | 'maskKernel' | 'gammaKernel' | 'gammaBias' | 'betaKernel' | 'betaBias'>
  & BaseLayerOptions;

const basicMode = (o: RegionNormOwn) => o.mode !== 'learned';
const learnedMode = (o: RegionNormOwn) => o.mode === 'learned';
const square = (inputs: number) => (_: readonly number[], o: RegionNormOwn) => [o.kernelSize ?? 7, o.kernelSize ?? 7, inputs, 1];
// PyTorch's Conv2d default (Kaiming-uniform with a = √5): U(±1/√fan_in) on the kernel and the bias.
const convInitial = (inputs: number) => (o: RegionNormOwn) => {
  const bound = 1 / Math.sqrt(inputs * (o.kernelSize ?? 7) ** 2);
  return tfl.initializers.randomUniform({ minval: -bound, maxval: bound });
};

/**
 * Region Normalization layer (RN-B and RN-L). In 'learned' mode the mask is σ(conv7×7([mean over
 * channels, max over channels])) ≥ threshold (no gradient through the threshold), the two
 * regions are normalized without their own affine, and a pixel-wise affine y·(1 + G) + B with
 * G, B = conv7×7 of the soft mask trains the mask convolution.
 */
export const RegionNorm = /* @__PURE__ */ normLayer<RegionNormOwn, RegionNormOptions>({
  className: 'RegionNorm',
  defaults: { mode: 'basic', style: 'instance', threshold: 0.8, kernelSize: 7, epsilon: 1e-5 },
  weights: [
    { name: 'gammaHole', size: 'features', when: basicMode, initial: zeros },
    { name: 'betaHole', size: 'features', when: basicMode, initial: zeros },
    { name: 'gammaValid', size: 'features', when: basicMode, initial: zeros },
    { name: 'betaValid', size: 'features', when: basicMode, initial: zeros },
    { name: 'maskKernel', size: 'features', when: learnedMode, shape: /* @__PURE__ */ square(2), initial: /* @__PURE__ */ convInitial(2) },
    { name: 'gammaKernel', size: 'features', when: learnedMode, shape: /* @__PURE__ */ square(1), initial: /* @__PURE__ */ convInitial(1) },
    { name: 'gammaBias', size: 'scalar', when: learnedMode, initial: /* @__PURE__ */ convInitial(1) },
    { name: 'betaKernel', size: 'features', when: learnedMode, shape: /* @__PURE__ */ square(1), initial: /* @__PURE__ */ convInitial(1) },
    { name: 'betaBias', size: 'scalar', when: learnedMode, initial: /* @__PURE__ */ convInitial(1) },
  ],
  check: (options, input) => {
    if (options.mode !== 'basic' && options.mode !== 'learned') {
      throw new Error(`RegionNorm: expected mode 'basic' or 'learned', got ${JSON.stringify(options.mode)} — use mode: 'basic' with a mask input`);
    }
    if (input.length !== 4) {
      throw new Error(`RegionNorm: expected NHWC feature maps of rank 4, got input shape [${input.join(', ')}] — reshape to [batch, height, width, channels]`);
    }
    const k = options.kernelSize as number;
    if (!Number.isInteger(k) || k < 1 || k % 2 === 0) throw new Error(`RegionNorm: expected kernelSize to be an odd positive integer, got ${String(k)} — use kernelSize: 7`);
  },
  apply: (x, weights, { mode, style, threshold, epsilon }, { others }) => {
    if (mode === 'basic') {
      const { gammaHole, betaHole, gammaValid, betaValid } = weights;
      return regionNorm(x, { mask: others[0] ?? null, style, epsilon, gammaHole, betaHole, gammaValid, betaValid });
    }
    const x4 = x as tf.Tensor4D;
    const pooled = tf.concat([tf.mean(x4, -1, true), tf.max(x4, -1, true)], -1) as tf.Tensor4D;
    const soft = tf.sigmoid(tf.conv2d(pooled, weights.maskKernel as tf.Tensor4D, 1, 'same'));
    const mask = tf.cast(tf.greaterEqual(soft, threshold as number), 'float32');
    const gain = tf.add(tf.conv2d(soft, weights.gammaKernel as tf.Tensor4D, 1, 'same'), weights.gammaBias);
    const shift = tf.add(tf.conv2d(soft, weights.betaKernel as tf.Tensor4D, 1, 'same'), weights.betaBias);
    return tf.add(tf.mul(regionNorm(x, { mask, style, epsilon }), tf.add(1, gain)), shift);
  },
});

// ---------------------------------------------------------------------------------------------

interface EvoNormB0Own {
  /** Added under both roots. Default 1e-5 (TF reference; timm EvoNorm2dB0 uses 1e-3). */
  readonly epsilon?: number;
  /** Weight of the old value in the moving variance. Default 0.9 (TF reference; timm's momentum 0.1). */
  readonly decay?: number;
  /** The channel axis. Default -1 (channels last). */
  readonly axis?: number;
  /** false: y = γ·x + β (the reference's nonlinearity=False, no v, no statistics). Default true. */
  readonly nonlinearity?: boolean;
  /** Initialise gamma to 0 (the reference's init_zero, for the last norm of a residual block). Default false. */
  readonly initZero?: boolean;
}
export type EvoNormB0Options = EvoNormB0Own & WeightOptions<'gamma' | 'beta' | 'v' | 'moving_variance'> & BaseLayerOptions;

/**
 * EvoNorm-B0 layer, replacing a BatchNorm + ReLU pair: the batch variance in training (and a
 * moving average of it, biased, with no n/(n − 1) factor, as the TF reference keeps), the moving
 * variance in inference; the instance variance always from the input.
 */
export const EvoNormB0 = /* @__PURE__ */ normLayer<EvoNormB0Own, EvoNormB0Options>({
  className: 'EvoNormB0',
  defaults: { epsilon: 1e-5, decay: 0.9, axis: -1, nonlinearity: true, initZero: false },
  weights: [
    { name: 'gamma', size: 'features', initial: (o) => (o.initZero ? zeros() : ones()) },
    { name: 'beta', size: 'features', initial: zeros },
    { name: 'v', size: 'features', when: (o) => o.nonlinearity !== false, initial: ones },
    { name: 'moving_variance', size: 'features', when: (o) => o.nonlinearity !== false, initial: ones, trainable: false },
  ],
  apply: (x, { gamma, beta, v, moving_variance: movingVariance }, { epsilon, decay, axis, nonlinearity }, context) => {
    if (nonlinearity === false) return evoNormB0(x, gamma, beta, null, { nonlinearity: false, axis });
    if (!context.training) return evoNormB0(x, gamma, beta, v, { variance: movingVariance, epsilon, axis });
    const variance = evoNormBatchVariance(x, axis as number);
    const keep = decay as number;
    context.update('moving_variance', tf.add(tf.mul(movingVariance, keep), tf.mul(variance, 1 - keep)));
    return evoNormB0(x, gamma, beta, v, { variance, epsilon, axis });
  },
});

// ---------------------------------------------------------------------------------------------

interface L1NormOwn {
  /** Axis or axes normalized over. Default -1. */
  readonly axis?: Axis;
  /** Added to the (scaled) mean absolute deviation. Default 1e-5. */
  readonly epsilon?: number;
  /** Divide by √(π/2)·MAD (output std ≈ 1 for Gaussian inputs). Default false. */
  readonly rescale?: boolean;
  /** Learn a per-feature gain gamma. Default true. */
  readonly scale?: boolean;
  /** Learn a per-feature bias beta. Default true. */
  readonly center?: boolean;
}
export type L1NormOptions = L1NormOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/** L1 normalization layer: (x − μ)/(s·MAD + ε)·γ + β, LayerNorm-style; the same in training and inference. */
export const L1Norm = /* @__PURE__ */ normLayer<L1NormOwn, L1NormOptions>({
  className: 'L1Norm',
  defaults: { axis: -1, epsilon: 1e-5, rescale: false, scale: true, center: true },
  weights: /* @__PURE__ */ affineWeights<L1NormOwn>(),
  apply: (x, { gamma, beta }, { axis, epsilon, rescale }) => l1Norm(x, gamma ?? null, beta ?? null, { axis, epsilon, rescale }),
});

// ---------------------------------------------------------------------------------------------

interface GRNOwn {
  /** Added to the mean of the channel norms. Default 1e-6 (ConvNeXt V2). */
  readonly epsilon?: number;
}
export type GRNOptions = GRNOwn & WeightOptions<'gamma' | 'beta'> & BaseLayerOptions;

/**
 * Global Response Normalization layer (ConvNeXt V2): γ·(x·N) + β + x with N the spatial L2
 * norm of each channel over the mean of those norms; γ and β start at 0, so a new layer is the
 * identity. Channels last, rank ≥ 3.
 */
export const GRN = /* @__PURE__ */ normLayer<GRNOwn, GRNOptions>({
  className: 'GRN',
  defaults: { epsilon: 1e-6 },
  weights: [
    { name: 'gamma', size: 'features', initial: zeros },
    { name: 'beta', size: 'features', initial: zeros },
  ],
  check: (_options, input) => {
    if (input.length < 3) throw new Error(`GRN: expected inputs of rank >= 3 ([batch, ...spatial, channels]), got shape [${input.join(', ')}] — GRN normalizes over spatial positions`);
  },
  apply: (x, { gamma, beta }, { epsilon }) => grn(x, gamma, beta, { epsilon }),
});

// ---------------------------------------------------------------------------------------------

interface PowerNormOwn {
  /** α_f: weight of the old ψ² in its running average. Default 0.9 (MaskPowerNorm). */
  readonly alphaForward?: number;
  /** α_b: how much of G·z the backward removes, (1 − α_b)·G·z. Default 0.9. */
  readonly alphaBackward?: number;
  /** Added to the quadratic means under the root. Default 1e-5. */
  readonly epsilon?: number;
  /** Training calls that divide by the batch's quadratic mean (and feed ψ² its cumulative mean). Default 10000. */
  readonly warmupIters?: number;
  /** Contiguous channel groups of the GroupScaling step (the reference passes the attention heads). Default 1. */
  readonly groupNum?: number;
  /** 'batch': the backward divides by the batch's √(σ²_B + ε), as the released code; 'running': by √(ψ² + ε). */
  readonly backwardScale?: 'batch' | 'running';
}
export type PowerNormOptions = PowerNormOwn & WeightOptions<'gamma' | 'beta' | 'running_phi' | 'ema_gz' | 'iterations'> & BaseLayerOptions;

/**
 * PowerNorm layer for tokens [..., C] (transformers): called on x, or on [x, padMask] with
 * padMask true on padding tokens ([batch, time], left out of the batch statistic). Its state —
 * ψ², G and the count of training calls — is saved with the model.
 */
export const PowerNorm = /* @__PURE__ */ normLayer<PowerNormOwn, PowerNormOptions>({
  className: 'PowerNorm',
  defaults: { alphaForward: 0.9, alphaBackward: 0.9, epsilon: 1e-5, warmupIters: 10000, groupNum: 1, backwardScale: 'batch' },
  weights: [
    { name: 'gamma', size: 'features', initial: ones },
    { name: 'beta', size: 'features', initial: zeros },
    { name: 'running_phi', size: 'features', initial: ones, trainable: false },
    { name: 'ema_gz', size: 'features', initial: zeros, trainable: false },
    { name: 'iterations', size: 'scalar', initial: zeros, trainable: false },
  ],
  check: (options, _input, features) => {
    if (options.backwardScale !== 'batch' && options.backwardScale !== 'running') {
      throw new Error(`PowerNorm: expected backwardScale 'batch' or 'running', got ${JSON.stringify(options.backwardScale)} — use backwardScale: 'batch'`);
    }
    groupScaling(tf.zeros([1, features[0]]), options.groupNum as number).dispose();
  },
  apply: (x, weights, options, context) => {
    const iteration = weights.iterations.dataSync()[0];
    if (context.training) context.update('iterations', tf.add(weights.iterations, 1));
    return powerNorm(x, weights.gamma, weights.beta, { runningPhi: weights.running_phi, emaGz: weights.ema_gz, iteration }, {
      ...(options as Required<PowerNormOwn>),
      training: context.training,
      padMask: context.others[0] ?? null,
      update: (name, value) => context.update(name === 'runningPhi' ? 'running_phi' : 'ema_gz', value),
    });
  },
});

// ---------------------------------------------------------------------------------------------
// NormAct (catalog norms.norm-act): the four norm layers with an activation in the same kernel.

interface ActOwn {
  /** Any activation string an imported package registered ('relu', 'silu', 'gelu' …); 'linear' for none. Default 'relu'. */
  readonly activation?: string;
}

/** The fused activation of a NormAct layer; the plain norm layers have no such option. */
const activationOf = (options: object): string | null => (options as ActOwn).activation ?? null;
const activate = (y: tf.Tensor, activation: string | null) => applyActivation('RMSNormAct', y, activation);

function withActivationOption<Own>(definition: NormLayerDefinition<Own>, className: string): NormLayerDefinition<Own & ActOwn> {
  return {
    ...definition,
    className,
    defaults: { ...definition.defaults, activation: 'relu' } as NormLayerDefinition<Own & ActOwn>['defaults'],
    check: (options, input, features) => {
      definition.check?.(options, input, features);
      checkActivation(className, options.activation);
    },
  } as NormLayerDefinition<Own & ActOwn>;
}

export type BatchNormActOptions = BatchNormOptions & ActOwn;
export type GroupNormActOptions = GroupNormOptions & ActOwn;
export type LayerNormActOptions = LayerNormOptions & ActOwn;
export type RMSNormActOptions = RMSNormOptions & ActOwn;

/** BatchNorm then an activation (default ReLU) in one kernel, in training and inference; timm's BatchNormAct2d. */
export const BatchNormAct = /* @__PURE__ */ normLayer<BatchNormOwn & ActOwn, BatchNormActOptions>(/* @__PURE__ */ withActivationOption(batchNormDefinition, 'BatchNormAct'));
/** GroupNorm then an activation in one kernel; timm's GroupNormAct. */
export const GroupNormAct = /* @__PURE__ */ normLayer<GroupNormOwn & ActOwn, GroupNormActOptions>(/* @__PURE__ */ withActivationOption(groupNormDefinition, 'GroupNormAct'));
/** LayerNorm then an activation in one kernel; timm's LayerNormAct. */
export const LayerNormAct = /* @__PURE__ */ normLayer<LayerNormOwn & ActOwn, LayerNormActOptions>(/* @__PURE__ */ withActivationOption(layerNormDefinition, 'LayerNormAct'));
/** RMSNorm then an activation in one kernel (after the bias, as a second kernel, with center: true). */
export const RMSNormAct = /* @__PURE__ */ normLayer<RMSNormOwn & ActOwn, RMSNormActOptions>(/* @__PURE__ */ withActivationOption(rmsNormDefinition, 'RMSNormAct'));
