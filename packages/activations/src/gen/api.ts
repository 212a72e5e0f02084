// Generated from packages/activations/src/registry.ts by scripts/gen (pnpm gen) — do not edit.

import type { layers } from '@tensorflow/tfjs-layers';
import { elementwiseOp, gatedOp } from '@layerkit/core';
import { GATED_LAYERS, type GatedActivationLayer, type GatedLayerClass } from '../gated-layer.js';
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import { activationLayer, type ActivationLayer, type ActivationLayerClass, type LearnOption } from '../layers.js';
import { gelu as geluSpec } from '../specs/gelu.js';
import { swish as swishSpec } from '../specs/swish.js';
import { mish as mishSpec } from '../specs/mish.js';
import { hardSwish as hardSwishSpec } from '../specs/hard-swish.js';
import { softplus as softplusSpec } from '../specs/softplus.js';
import { elu as eluSpec } from '../specs/elu.js';
import { celu as celuSpec } from '../specs/celu.js';
import { selu as seluSpec } from '../specs/selu.js';
import { golu as goluSpec } from '../specs/golu.js';
import { snake as snakeSpec } from '../specs/snake.js';
import { glu as gluSpec } from '../specs/glu.js';

type LayerActivation = NonNullable<Parameters<typeof layers.dense>[0]['activation']>;

/** Options of the gated ops (the variant is in the op's name). */
export interface GatedOpOptions {
  /** Axis cut into halves; default -1. */
  readonly axis?: number;
}

/** Every activation string layerkit registers (`activation: 'silu'` in any tfjs layer). */
export type ActivationName = 'gelu' | 'geluTanh' | 'geluNew' | 'gelu_new' | 'quickGelu' | 'swish' | 'silu' | 'mish' | 'hardSwish' | 'hardSilu' | 'hardswish' | 'hard_silu' | 'hard_swish' | 'softplus' | 'elu' | 'celu' | 'selu' | 'golu' | 'snake';

/**
 * A layerkit activation string typed for tfjs-layers' `activation` option:
 * `tf.layers.dense({ units: 64, activation: activation('silu') })`. tfjs-layers types that
 * option as a closed union of its own names (a type alias, which no module augmentation can
 * widen), so a bare `'silu'` fails to type-check although it runs; tfjs's own names
 * ('gelu', 'swish', 'mish' …) type-check as they are.
 */
export function activation(name: ActivationName): LayerActivation {
  return name as unknown as LayerActivation;
}

export interface GeluOptions {
  /** 'none' is the exact erf form; 'tanh' the tanh approximation (tfjs 'gelu_new', Keras approximate: true); 'sigmoid' is quickGelu, x·sigmoid(1.702x). Default 'none'. */
  readonly approximate?: 'none' | 'tanh' | 'sigmoid';
}

/**
 * Gaussian error linear unit: x weighted by the standard normal CDF.
 *
 * gelu(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)); approximate 'tanh': 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))); 'sigmoid': x·σ(1.702·x)
 *
 * Catalog id `activations.gelu`. Example: `tf.layers.dense({units: 64, activation: 'gelu'})`
 */
export const gelu: ActivationOp<GeluOptions> = withLayerForm('gelu', elementwiseOp<GeluOptions>(geluSpec), (options) => new Gelu(options));

/** The gelu layer (Gaussian Error Linear Units (GELUs)). */
export const Gelu: ActivationLayerClass<GeluOptions> = activationLayer({ spec: geluSpec, learn: "none" });
export type Gelu = ActivationLayer;

export interface SwishOptions {
  /** Slope of the sigmoid gate; 1 gives SiLU, 0 gives x/2, large values approach ReLU. Default 1. */
  readonly beta?: number;
}

/**
 * x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.
 *
 * swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1
 *
 * Catalog id `activations.swish`. Example: `tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})`
 */
export const swish: ActivationOp<SwishOptions> = withLayerForm('swish', elementwiseOp<SwishOptions>(swishSpec), (options) => new Swish({ ...options, learn: 'none' }));

/**
 * x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.
 *
 * swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1
 *
 * Catalog id `activations.swish`. Example: `tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})`
 */
export const silu: ActivationOp<SwishOptions> = withLayerForm('silu', elementwiseOp<SwishOptions>(swishSpec), (options) => new Swish({ ...options, learn: 'none' }));

/** The swish layer (Searching for Activation Functions). */
export const Swish: ActivationLayerClass<SwishOptions & LearnOption> = activationLayer({ spec: swishSpec, learn: "scalar" });
export type Swish = ActivationLayer;

export interface MishOptions {

}

/**
 * Self-regularized non-monotonic activation, x·tanh(softplus(x)).
 *
 * mish(x) = x * tanh(softplus(x))
 *
 * Catalog id `activations.mish`. Example: `tf.layers.dense({units: 64, activation: 'mish'})`
 */
export const mish: ActivationOp<MishOptions> = withLayerForm('mish', elementwiseOp<MishOptions>(mishSpec), (options) => new Mish(options));

/** The mish layer (Mish: A Self Regularized Non-Monotonic Activation Function). */
export const Mish: ActivationLayerClass<MishOptions> = activationLayer({ spec: mishSpec, learn: "none" });
export type Mish = ActivationLayer;

export interface HardSwishOptions {

}

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardSwish: ActivationOp<HardSwishOptions> = withLayerForm('hardSwish', elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardSilu: ActivationOp<HardSwishOptions> = withLayerForm('hardSilu', elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardswish: ActivationOp<HardSwishOptions> = withLayerForm('hardswish', elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/** The hardSwish layer (Searching for MobileNetV3). */
export const HardSwish: ActivationLayerClass<HardSwishOptions> = activationLayer({ spec: hardSwishSpec, learn: "none" });
export type HardSwish = ActivationLayer;

export interface SoftplusOptions {
  /** Sharpness: softplus(βx)/β approaches relu as β grows. Default 1. */
  readonly beta?: number;
  /** Above β·x > threshold the function returns x (PyTorch semantics). Default 20. */
  readonly threshold?: number;
}

/**
 * Smooth relu, log(1 + e^(βx))/β, with PyTorch's beta and threshold.
 *
 * softplus(x) = log1p(exp(β·x))/β, or x where β·x > threshold
 *
 * Catalog id `activations.softplus`. Example: `softplus(x, {beta: 2})`
 */
export const softplus: ActivationOp<SoftplusOptions> = withLayerForm('softplus', elementwiseOp<SoftplusOptions>(softplusSpec), (options) => new Softplus(options));

/** The softplus layer (Incorporating Second-Order Functional Knowledge for Better Option Pricing). */
export const Softplus: ActivationLayerClass<SoftplusOptions> = activationLayer({ spec: softplusSpec, learn: "none" });
export type Softplus = ActivationLayer;

export interface EluOptions {
  /** Value approached as x → −∞ is −alpha. Default 1. */
  readonly alpha?: number;
}

/**
 * Exponential linear unit with any alpha (tfjs's ELU layer throws for alpha ≠ 1).
 *
 * elu(x) = x for x > 0, alpha·(exp(x) − 1) otherwise
 *
 * Catalog id `activations.elu`. Example: `new Elu({alpha: 0.5})`
 */
export const elu: ActivationOp<EluOptions> = withLayerForm('elu', elementwiseOp<EluOptions>(eluSpec), (options) => new Elu(options));

/** The elu layer (Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)). */
export const Elu: ActivationLayerClass<EluOptions> = activationLayer({ spec: eluSpec, learn: "none" });
export type Elu = ActivationLayer;

export interface CeluOptions {
  /** Scale of the negative part; the derivative is continuous at 0 for every alpha. Default 1. */
  readonly alpha?: number;
}

/**
 * Continuously differentiable ELU.
 *
 * celu(x) = max(0, x) + min(0, alpha·(exp(x/alpha) − 1))
 *
 * Catalog id `activations.celu`. Example: `celu(x, {alpha: 0.5})`
 */
export const celu: ActivationOp<CeluOptions> = withLayerForm('celu', elementwiseOp<CeluOptions>(celuSpec), (options) => new Celu(options));

/** The celu layer (Continuously Differentiable Exponential Linear Units). */
export const Celu: ActivationLayerClass<CeluOptions> = activationLayer({ spec: celuSpec, learn: "none" });
export type Celu = ActivationLayer;

export interface SeluOptions {

}

/**
 * Scaled ELU whose fixed point keeps activations at mean 0, variance 1 (with LeCun-normal weights).
 *
 * selu(x) = λ·x for x > 0, λ·α·(exp(x) − 1) otherwise; λ = 1.0507009873554805, α = 1.6732632423543772
 *
 * Catalog id `activations.selu`. Example: `tf.layers.dense({units: 64, activation: 'selu', kernelInitializer: 'leCunNormal'})`
 */
export const selu: ActivationOp<SeluOptions> = withLayerForm('selu', elementwiseOp<SeluOptions>(seluSpec), (options) => new Selu(options));

/** The selu layer (Self-Normalizing Neural Networks). */
export const Selu: ActivationLayerClass<SeluOptions> = activationLayer({ spec: seluSpec, learn: "none" });
export type Selu = ActivationLayer;

export interface GoluOptions {

}

/**
 * Gompertz linear unit: x gated by the Gompertz function, asymmetric around 0.
 *
 * golu(x) = x·exp(−exp(−x))
 *
 * Catalog id `activations.golu`. Example: `tf.layers.dense({units: 64, activation: 'golu'})`
 */
export const golu: ActivationOp<GoluOptions> = withLayerForm('golu', elementwiseOp<GoluOptions>(goluSpec), (options) => new Golu(options));

/** The golu layer (Gompertz Linear Units: Leveraging Asymmetry for Enhanced Learning Dynamics). */
export const Golu: ActivationLayerClass<GoluOptions> = activationLayer({ spec: goluSpec, learn: "none" });
export type Golu = ActivationLayer;

export interface SnakeOptions {
  /** Frequency a of the periodic part (the catalog calls it frequency); learned per channel by the layer. Default 1. */
  readonly alpha?: number;
}

/**
 * Periodic inductive bias: x plus a squared sine, monotone, with a learnable frequency.
 *
 * snake(x) = x + sin²(a·x)/a
 *
 * Catalog id `activations.snake`. Example: `new Snake({learn: 'channel'})`
 */
export const snake: ActivationOp<SnakeOptions> = withLayerForm('snake', elementwiseOp<SnakeOptions>(snakeSpec), (options) => new Snake({ ...options, learn: 'none' }));

/** The snake layer (Neural Networks Fail to Learn Periodic Functions and How to Fix It). */
export const Snake: ActivationLayerClass<SnakeOptions & LearnOption> = activationLayer({ spec: snakeSpec, learn: "channel" });
export type Snake = ActivationLayer;

/**
 * glu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const glu: ActivationOp<GatedOpOptions> = withLayerForm('glu', gatedOp(gluSpec, 'glu'), (options) => new GatedLinearUnit({ variant: 'glu', axis: options.axis }));

/**
 * gtu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const gtu: ActivationOp<GatedOpOptions> = withLayerForm('gtu', gatedOp(gluSpec, 'gtu'), (options) => new GatedLinearUnit({ variant: 'gtu', axis: options.axis }));

/**
 * reglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const reglu: ActivationOp<GatedOpOptions> = withLayerForm('reglu', gatedOp(gluSpec, 'reglu'), (options) => new GatedLinearUnit({ variant: 'reglu', axis: options.axis }));

/**
 * geglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const geglu: ActivationOp<GatedOpOptions> = withLayerForm('geglu', gatedOp(gluSpec, 'geglu'), (options) => new GatedLinearUnit({ variant: 'geglu', axis: options.axis }));

/**
 * swiglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const swiglu: ActivationOp<GatedOpOptions> = withLayerForm('swiglu', gatedOp(gluSpec, 'swiglu'), (options) => new GatedLinearUnit({ variant: 'swiglu', axis: options.axis }));

/**
 * bilinear: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const bilinear: ActivationOp<GatedOpOptions> = withLayerForm('bilinear', gatedOp(gluSpec, 'bilinear'), (options) => new GatedLinearUnit({ variant: 'bilinear', axis: options.axis }));

/** The glu family as a layer (option `variant`). */
export const GatedLinearUnit: GatedLayerClass<'glu' | 'gtu' | 'reglu' | 'geglu' | 'swiglu' | 'bilinear'> = GATED_LAYERS['glu'];
export type GatedLinearUnit = GatedActivationLayer;
