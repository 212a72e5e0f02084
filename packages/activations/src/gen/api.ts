// Generated from packages/activations/src/registry.ts by scripts/gen (pnpm gen) — do not edit.

import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import type { layers } from '@tensorflow/tfjs-layers';
import { elementwiseOp, gatedOp } from '@layerkit/core';
import { GATED_LAYERS } from '../gated-layer.js';
import { activationLayer } from '../layers.js';
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

/** Every activation string layerkit registers (`activation: 'silu'` in any tfjs layer). */
export type ActivationName = 'gelu' | 'geluTanh' | 'geluNew' | 'gelu_new' | 'quickGelu' | 'swish' | 'silu' | 'mish' | 'hardSwish' | 'hardSilu' | 'hardswish' | 'hard_silu' | 'hard_swish' | 'softplus' | 'elu' | 'celu' | 'selu' | 'golu' | 'snake';

/**
 * A layerkit activation string typed for tfjs-layers' `activation` option, whose TypeScript
 * union only lists tfjs's own names: `tf.layers.dense({ units: 64, activation: activation('silu') })`.
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
export const gelu: (x: Tensor | TensorLike, options?: GeluOptions) => Tensor = elementwiseOp<GeluOptions>(geluSpec);

/** The gelu layer (Gaussian Error Linear Units (GELUs)). */
export const Gelu = activationLayer({ spec: geluSpec, learn: "none" });

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
export const swish: (x: Tensor | TensorLike, options?: SwishOptions) => Tensor = elementwiseOp<SwishOptions>(swishSpec);

/**
 * x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.
 *
 * swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1
 *
 * Catalog id `activations.swish`. Example: `tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})`
 */
export const silu: (x: Tensor | TensorLike, options?: SwishOptions) => Tensor = elementwiseOp<SwishOptions>(swishSpec);

/** The swish layer (Searching for Activation Functions). */
export const Swish = activationLayer({ spec: swishSpec, learn: "scalar" });

export interface MishOptions {

}

/**
 * Self-regularized non-monotonic activation, x·tanh(softplus(x)).
 *
 * mish(x) = x * tanh(softplus(x))
 *
 * Catalog id `activations.mish`. Example: `tf.layers.dense({units: 64, activation: 'mish'})`
 */
export const mish: (x: Tensor | TensorLike, options?: MishOptions) => Tensor = elementwiseOp<MishOptions>(mishSpec);

/** The mish layer (Mish: A Self Regularized Non-Monotonic Activation Function). */
export const Mish = activationLayer({ spec: mishSpec, learn: "none" });

export interface HardSwishOptions {

}

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardSwish: (x: Tensor | TensorLike, options?: HardSwishOptions) => Tensor = elementwiseOp<HardSwishOptions>(hardSwishSpec);

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardSilu: (x: Tensor | TensorLike, options?: HardSwishOptions) => Tensor = elementwiseOp<HardSwishOptions>(hardSwishSpec);

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardswish: (x: Tensor | TensorLike, options?: HardSwishOptions) => Tensor = elementwiseOp<HardSwishOptions>(hardSwishSpec);

/** The hardSwish layer (Searching for MobileNetV3). */
export const HardSwish = activationLayer({ spec: hardSwishSpec, learn: "none" });

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
export const softplus: (x: Tensor | TensorLike, options?: SoftplusOptions) => Tensor = elementwiseOp<SoftplusOptions>(softplusSpec);

/** The softplus layer (Incorporating Second-Order Functional Knowledge for Better Option Pricing). */
export const Softplus = activationLayer({ spec: softplusSpec, learn: "none" });

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
export const elu: (x: Tensor | TensorLike, options?: EluOptions) => Tensor = elementwiseOp<EluOptions>(eluSpec);

/** The elu layer (Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)). */
export const Elu = activationLayer({ spec: eluSpec, learn: "none" });

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
export const celu: (x: Tensor | TensorLike, options?: CeluOptions) => Tensor = elementwiseOp<CeluOptions>(celuSpec);

/** The celu layer (Continuously Differentiable Exponential Linear Units). */
export const Celu = activationLayer({ spec: celuSpec, learn: "none" });

export interface SeluOptions {

}

/**
 * Scaled ELU whose fixed point keeps activations at mean 0, variance 1 (with LeCun-normal weights).
 *
 * selu(x) = λ·x for x > 0, λ·α·(exp(x) − 1) otherwise; λ = 1.0507009873554805, α = 1.6732632423543772
 *
 * Catalog id `activations.selu`. Example: `tf.layers.dense({units: 64, activation: 'selu', kernelInitializer: 'leCunNormal'})`
 */
export const selu: (x: Tensor | TensorLike, options?: SeluOptions) => Tensor = elementwiseOp<SeluOptions>(seluSpec);

/** The selu layer (Self-Normalizing Neural Networks). */
export const Selu = activationLayer({ spec: seluSpec, learn: "none" });

export interface GoluOptions {

}

/**
 * Gompertz linear unit: x gated by the Gompertz function, asymmetric around 0.
 *
 * golu(x) = x·exp(−exp(−x))
 *
 * Catalog id `activations.golu`. Example: `tf.layers.dense({units: 64, activation: 'golu'})`
 */
export const golu: (x: Tensor | TensorLike, options?: GoluOptions) => Tensor = elementwiseOp<GoluOptions>(goluSpec);

/** The golu layer (Gompertz Linear Units: Leveraging Asymmetry for Enhanced Learning Dynamics). */
export const Golu = activationLayer({ spec: goluSpec, learn: "none" });

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
export const snake: (x: Tensor | TensorLike, options?: SnakeOptions) => Tensor = elementwiseOp<SnakeOptions>(snakeSpec);

/** The snake layer (Neural Networks Fail to Learn Periodic Functions and How to Fix It). */
export const Snake = activationLayer({ spec: snakeSpec, learn: "channel" });

/**
 * glu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const glu: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'glu');

/**
 * gtu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const gtu: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'gtu');

/**
 * reglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const reglu: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'reglu');

/**
 * geglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const geglu: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'geglu');

/**
 * swiglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const swiglu: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'swiglu');

/**
 * bilinear: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const bilinear: (x: Tensor | TensorLike, options?: { axis?: number }) => Tensor = gatedOp(gluSpec, 'bilinear');

/** The glu family as a layer (option `variant`). */
export const GatedLinearUnit = GATED_LAYERS['glu'];
