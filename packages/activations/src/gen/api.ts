// Generated from packages/activations/src/registry.ts by scripts/gen (pnpm gen) — do not edit.

import type { Tensor } from '@tensorflow/tfjs-core';
import type { layers } from '@tensorflow/tfjs-layers';
import { elementwiseOp, gatedOp } from '@layerkit/core';
import { gatedLayer, type GatedActivationLayer, type GatedLayerClass } from '../gated-layer.js';
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import { activationLayer, type ActivationLayer, type ActivationLayerClass, type LearnOption } from '../layers.js';
import { requireActivationString } from '../names.js';
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
import { relu as reluSpec } from '../specs/relu.js';
import { leakyRelu as leakyReluSpec } from '../specs/leaky-relu.js';
import { sigmoid as sigmoidSpec } from '../specs/sigmoid.js';
import { tanh as tanhSpec } from '../specs/tanh.js';
import { hardSigmoid as hardSigmoidSpec } from '../specs/hard-sigmoid.js';
import { hardTanh as hardTanhSpec } from '../specs/hard-tanh.js';
import { logSigmoid as logSigmoidSpec } from '../specs/log-sigmoid.js';
import { softShrink as softShrinkSpec } from '../specs/soft-shrink.js';
import { shiftedRelu as shiftedReluSpec } from '../specs/shifted-relu.js';
import { hardShrink as hardShrinkSpec } from '../specs/hard-shrink.js';
import { reluSquared as reluSquaredSpec } from '../specs/relu-squared.js';
import { smelu as smeluSpec } from '../specs/smelu.js';
import { helu as heluSpec } from '../specs/helu.js';
import { elliott as elliottSpec } from '../specs/elliott.js';
import { lisht as lishtSpec } from '../specs/lisht.js';
import { squareplus as squareplusSpec } from '../specs/squareplus.js';
import { channelImportanceTransform as channelImportanceTransformSpec } from '../specs/channel-importance-transform.js';
import { prelu as preluSpec } from '../specs/prelu.js';
import { lipswish as lipswishSpec } from '../specs/lipswish.js';
import { crrelu as crreluSpec } from '../specs/crrelu.js';
import { sau as sauSpec } from '../specs/sau.js';
import { pdelu as pdeluSpec } from '../specs/pdelu.js';
import { srs as srsSpec } from '../specs/srs.js';
import { apa as apaSpec } from '../specs/apa.js';
import { expandedGating as expandedGatingSpec } from '../specs/expanded-gating.js';
import { rational as rationalSpec } from '../specs/rational.js';
import { glu as gluSpec } from '../specs/glu.js';

type LayerActivation = NonNullable<Parameters<typeof layers.dense>[0]['activation']>;

/** Options of the gated ops (the variant is in the op's name). */
export interface GatedOpOptions {
  /** Axis cut into halves; default -1. */
  readonly axis?: number;
}

/** Every activation string layerkit registers (`activation: 'silu'` in any tfjs layer). */
export type ActivationName = 'gelu' | 'geluTanh' | 'geluNew' | 'gelu_new' | 'quickGelu' | 'gelu_tanh' | 'quick_gelu' | 'Addons>gelu' | 'swish' | 'silu' | 'mish' | 'Addons>mish' | 'hardSwish' | 'hardSilu' | 'hardswish' | 'hard_silu' | 'hard_swish' | 'softplus' | 'elu' | 'celu' | 'selu' | 'golu' | 'snake' | 'Addons>snake' | 'leakyRelu' | 'leaky_relu' | 'hardsigmoid' | 'hardTanh' | 'hardtanh' | 'hard_tanh' | 'logSigmoid' | 'log_sigmoid' | 'softShrink' | 'softshrink' | 'soft_shrink' | 'Addons>softshrink' | 'shiftedRelu' | 'hardShrink' | 'hardshrink' | 'hard_shrink' | 'Addons>hardshrink' | 'reluSquared' | 'smelu' | 'sparsePlus' | 'sparse_plus' | 'helu' | 'elliott' | 'lisht' | 'Addons>lisht' | 'squareplus' | 'channelImportanceTransform' | 'lipswish' | 'crrelu' | 'sau' | 'pdelu' | 'srs' | 'aglu' | 'apa' | 'atlu' | 'rational';

/**
 * A layerkit activation string typed for tfjs-layers' `activation` option:
 * `tf.layers.dense({ units: 64, activation: activation('silu') })`. tfjs-layers types that
 * option as a closed union of its own names (a type alias, which no module augmentation can
 * widen), so a bare `'silu'` fails to type-check although it runs; tfjs's own names
 * ('gelu', 'swish', 'mish' …) type-check as they are. A string is registered with its op or
 * layer (in a browser bundle, only those the app imports) or by '@layerkit/activations/register';
 * an unregistered one throws here, not as tfjs's "Unknown activation" later.
 */
export function activation(name: ActivationName): LayerActivation {
  requireActivationString('activation', name);
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
export const gelu: ActivationOp<GeluOptions> = /* @__PURE__ */ withLayerForm('gelu', /* @__PURE__ */ elementwiseOp<GeluOptions>(geluSpec), (options) => new Gelu(options));

/** The gelu layer (Gaussian Error Linear Units (GELUs)). */
export const Gelu: ActivationLayerClass<GeluOptions> = /* @__PURE__ */ activationLayer({ spec: geluSpec, learn: "none" });
export type Gelu = ActivationLayer;

export interface SwishOptions {
  /** Slope of the sigmoid gate; 1 gives SiLU, 0 gives x/2, large values approach ReLU. Default 1. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly beta?: number | Tensor;
}

/**
 * x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.
 *
 * swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1
 *
 * Catalog id `activations.swish`. Example: `tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})`
 */
export const swish: ActivationOp<SwishOptions> = /* @__PURE__ */ withLayerForm('swish', /* @__PURE__ */ elementwiseOp<SwishOptions>(swishSpec), (options) => new Swish({ ...options, learn: 'none' }));

/**
 * x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.
 *
 * swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1
 *
 * Catalog id `activations.swish`. Example: `tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})`
 */
export const silu: ActivationOp<SwishOptions> = /* @__PURE__ */ withLayerForm('silu', /* @__PURE__ */ elementwiseOp<SwishOptions>(swishSpec), (options) => new Swish({ ...options, learn: 'none' }));

/** The swish layer (Searching for Activation Functions). */
export const Swish: ActivationLayerClass<SwishOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: swishSpec, learn: "scalar" });
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
export const mish: ActivationOp<MishOptions> = /* @__PURE__ */ withLayerForm('mish', /* @__PURE__ */ elementwiseOp<MishOptions>(mishSpec), (options) => new Mish(options));

/** The mish layer (Mish: A Self Regularized Non-Monotonic Activation Function). */
export const Mish: ActivationLayerClass<MishOptions> = /* @__PURE__ */ activationLayer({ spec: mishSpec, learn: "none" });
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
export const hardSwish: ActivationOp<HardSwishOptions> = /* @__PURE__ */ withLayerForm('hardSwish', /* @__PURE__ */ elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardSilu: ActivationOp<HardSwishOptions> = /* @__PURE__ */ withLayerForm('hardSilu', /* @__PURE__ */ elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/**
 * Piecewise-quadratic swish from MobileNetV3: cheap on every device.
 *
 * hardSwish(x) = x·relu6(x + 3)/6
 *
 * Catalog id `activations.hard-swish`. Example: `tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})`
 */
export const hardswish: ActivationOp<HardSwishOptions> = /* @__PURE__ */ withLayerForm('hardswish', /* @__PURE__ */ elementwiseOp<HardSwishOptions>(hardSwishSpec), (options) => new HardSwish(options));

/** The hardSwish layer (Searching for MobileNetV3). */
export const HardSwish: ActivationLayerClass<HardSwishOptions> = /* @__PURE__ */ activationLayer({ spec: hardSwishSpec, learn: "none" });
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
export const softplus: ActivationOp<SoftplusOptions> = /* @__PURE__ */ withLayerForm('softplus', /* @__PURE__ */ elementwiseOp<SoftplusOptions>(softplusSpec), (options) => new Softplus(options));

/** The softplus layer (Incorporating Second-Order Functional Knowledge for Better Option Pricing). */
export const Softplus: ActivationLayerClass<SoftplusOptions> = /* @__PURE__ */ activationLayer({ spec: softplusSpec, learn: "none" });
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
export const elu: ActivationOp<EluOptions> = /* @__PURE__ */ withLayerForm('elu', /* @__PURE__ */ elementwiseOp<EluOptions>(eluSpec), (options) => new Elu(options));

/** The elu layer (Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)). */
export const Elu: ActivationLayerClass<EluOptions> = /* @__PURE__ */ activationLayer({ spec: eluSpec, learn: "none" });
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
export const celu: ActivationOp<CeluOptions> = /* @__PURE__ */ withLayerForm('celu', /* @__PURE__ */ elementwiseOp<CeluOptions>(celuSpec), (options) => new Celu(options));

/** The celu layer (Continuously Differentiable Exponential Linear Units). */
export const Celu: ActivationLayerClass<CeluOptions> = /* @__PURE__ */ activationLayer({ spec: celuSpec, learn: "none" });
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
export const selu: ActivationOp<SeluOptions> = /* @__PURE__ */ withLayerForm('selu', /* @__PURE__ */ elementwiseOp<SeluOptions>(seluSpec), (options) => new Selu(options));

/** The selu layer (Self-Normalizing Neural Networks). */
export const Selu: ActivationLayerClass<SeluOptions> = /* @__PURE__ */ activationLayer({ spec: seluSpec, learn: "none" });
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
export const golu: ActivationOp<GoluOptions> = /* @__PURE__ */ withLayerForm('golu', /* @__PURE__ */ elementwiseOp<GoluOptions>(goluSpec), (options) => new Golu(options));

/** The golu layer (Gompertz Linear Units: Leveraging Asymmetry for Enhanced Learning Dynamics). */
export const Golu: ActivationLayerClass<GoluOptions> = /* @__PURE__ */ activationLayer({ spec: goluSpec, learn: "none" });
export type Golu = ActivationLayer;

export interface SnakeOptions {
  /** Frequency a of the periodic part (the catalog calls it frequency); learned per channel by the layer. Default 1. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
}

/**
 * Periodic inductive bias: x plus a squared sine, monotone, with a learnable frequency.
 *
 * snake(x) = x + sin²(a·x)/a
 *
 * Catalog id `activations.snake`. Example: `new Snake({learn: 'channel'})`
 */
export const snake: ActivationOp<SnakeOptions> = /* @__PURE__ */ withLayerForm('snake', /* @__PURE__ */ elementwiseOp<SnakeOptions>(snakeSpec), (options) => new Snake({ ...options, learn: 'none' }));

/** The snake layer (Neural Networks Fail to Learn Periodic Functions and How to Fix It). */
export const Snake: ActivationLayerClass<SnakeOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: snakeSpec, learn: "channel" });
export type Snake = ActivationLayer;

export interface ReluOptions {
  /** Slope below the threshold: negativeSlope·(x − threshold). Default 0. */
  readonly negativeSlope?: number | null;
  /** The output saturates here (6 gives relu6); unset, there is no upper clamp. Default unset. */
  readonly maxValue?: number | null;
  /** x passes through only above this value. Default 0. */
  readonly threshold?: number | null;
}

/**
 * Rectified linear unit with Keras 3's negativeSlope, maxValue and threshold.
 *
 * relu(x) = min(x, maxValue) for x > threshold, negativeSlope·(x − threshold) otherwise; defaults: max(x, 0)
 *
 * Catalog id `activations.relu`. Example: `relu(x, {maxValue: 6}); new Relu({negativeSlope: 0.1, threshold: 1})`
 */
export const relu: ActivationOp<ReluOptions> = /* @__PURE__ */ withLayerForm('relu', /* @__PURE__ */ elementwiseOp<ReluOptions>(reluSpec), (options) => new Relu(options));

/** The relu layer (Deep Learning using Rectified Linear Units (ReLU)). */
export const Relu: ActivationLayerClass<ReluOptions> = /* @__PURE__ */ activationLayer({ spec: reluSpec, learn: "none" });
export type Relu = ActivationLayer;

export interface LeakyReluOptions {
  /** Slope for x < 0 (Keras 3's negative_slope). The op and the activation strings use 0.2 (Keras 3's leaky_relu); the LeakyRelu layer defaults to 0.3, as tfjs's and Keras's LeakyReLU layers. Default 0.2. */
  readonly alpha?: number;
}

/**
 * Leaky ReLU as an activation string that survives model.save and tf.loadLayersModel.
 *
 * leakyRelu(x) = x for x >= 0, alpha·x otherwise
 *
 * Catalog id `activations.leaky-relu`. Example: `tf.layers.dense({units: 64, activation: activation('leakyRelu')})`
 */
export const leakyRelu: ActivationOp<LeakyReluOptions> = /* @__PURE__ */ withLayerForm('leakyRelu', /* @__PURE__ */ elementwiseOp<LeakyReluOptions>(leakyReluSpec), (options) => new LeakyRelu({ alpha: 0.2, ...options }));

/** The leakyRelu layer (Rectifier Nonlinearities Improve Neural Network Acoustic Models). */
export const LeakyRelu: ActivationLayerClass<LeakyReluOptions> = /* @__PURE__ */ activationLayer({ spec: leakyReluSpec, learn: "none" });
export type LeakyRelu = ActivationLayer;

export interface SigmoidOptions {

}

/**
 * Logistic sigmoid, 1/(1 + e^−x); the gradient reads the saved output.
 *
 * sigmoid(x) = 1/(1 + exp(−x)); sigmoid′ = y·(1 − y)
 *
 * Catalog id `activations.sigmoid`. Example: `new Sigmoid()`
 */
export const sigmoid: ActivationOp<SigmoidOptions> = /* @__PURE__ */ withLayerForm('sigmoid', /* @__PURE__ */ elementwiseOp<SigmoidOptions>(sigmoidSpec), (options) => new Sigmoid(options));

/** The sigmoid layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const Sigmoid: ActivationLayerClass<SigmoidOptions> = /* @__PURE__ */ activationLayer({ spec: sigmoidSpec, learn: "none" });
export type Sigmoid = ActivationLayer;

export interface TanhOptions {

}

/**
 * Hyperbolic tangent; the gradient reads the saved output.
 *
 * tanh(x); tanh′ = 1 − y²
 *
 * Catalog id `activations.tanh`. Example: `new Tanh()`
 */
export const tanh: ActivationOp<TanhOptions> = /* @__PURE__ */ withLayerForm('tanh', /* @__PURE__ */ elementwiseOp<TanhOptions>(tanhSpec), (options) => new Tanh(options));

/** The tanh layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const Tanh: ActivationLayerClass<TanhOptions> = /* @__PURE__ */ activationLayer({ spec: tanhSpec, learn: "none" });
export type Tanh = ActivationLayer;

export interface HardSigmoidOptions {

}

/**
 * Hard sigmoid of Keras 3, PyTorch, timm and MobileNetV3: relu6(x + 3)/6.
 *
 * hardSigmoid(x) = relu6(x + 3)/6 = clip(x/6 + 0.5, 0, 1)
 *
 * Catalog id `activations.hard-sigmoid`. Example: `tf.layers.dense({units: 64, activation: activation('hardsigmoid')})`
 */
export const hardSigmoid: ActivationOp<HardSigmoidOptions> = /* @__PURE__ */ withLayerForm('hardSigmoid', /* @__PURE__ */ elementwiseOp<HardSigmoidOptions>(hardSigmoidSpec), (options) => new HardSigmoid(options));

/** The hardSigmoid layer (Searching for MobileNetV3). */
export const HardSigmoid: ActivationLayerClass<HardSigmoidOptions> = /* @__PURE__ */ activationLayer({ spec: hardSigmoidSpec, learn: "none" });
export type HardSigmoid = ActivationLayer;

export interface HardTanhOptions {
  /** Lower clamp (PyTorch's min_val). Default -1. */
  readonly minVal?: number;
  /** Upper clamp (PyTorch's max_val); must exceed minVal. Default 1. */
  readonly maxVal?: number;
}

/**
 * Clamps x to [minVal, maxVal] (PyTorch's Hardtanh, Keras 3's hard_tanh).
 *
 * hardTanh(x) = min(max(x, minVal), maxVal)
 *
 * Catalog id `activations.hard-tanh`. Example: `hardTanh(x, {minVal: 0, maxVal: 6})`
 */
export const hardTanh: ActivationOp<HardTanhOptions> = /* @__PURE__ */ withLayerForm('hardTanh', /* @__PURE__ */ elementwiseOp<HardTanhOptions>(hardTanhSpec), (options) => new HardTanh(options));

/**
 * Clamps x to [minVal, maxVal] (PyTorch's Hardtanh, Keras 3's hard_tanh).
 *
 * hardTanh(x) = min(max(x, minVal), maxVal)
 *
 * Catalog id `activations.hard-tanh`. Example: `hardTanh(x, {minVal: 0, maxVal: 6})`
 */
export const hardtanh: ActivationOp<HardTanhOptions> = /* @__PURE__ */ withLayerForm('hardtanh', /* @__PURE__ */ elementwiseOp<HardTanhOptions>(hardTanhSpec), (options) => new HardTanh(options));

/** The hardTanh layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const HardTanh: ActivationLayerClass<HardTanhOptions> = /* @__PURE__ */ activationLayer({ spec: hardTanhSpec, learn: "none" });
export type HardTanh = ActivationLayer;

export interface LogSigmoidOptions {

}

/**
 * log(sigmoid(x)) in one stable kernel.
 *
 * logSigmoid(x) = −softplus(−x) = min(x, 0) − log1p(exp(−|x|)); logSigmoid′ = sigmoid(−x)
 *
 * Catalog id `activations.log-sigmoid`. Example: `tf.layers.dense({units: 64, activation: activation('logSigmoid')})`
 */
export const logSigmoid: ActivationOp<LogSigmoidOptions> = /* @__PURE__ */ withLayerForm('logSigmoid', /* @__PURE__ */ elementwiseOp<LogSigmoidOptions>(logSigmoidSpec), (options) => new LogSigmoid(options));

/** The logSigmoid layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const LogSigmoid: ActivationLayerClass<LogSigmoidOptions> = /* @__PURE__ */ activationLayer({ spec: logSigmoidSpec, learn: "none" });
export type LogSigmoid = ActivationLayer;

export interface SoftShrinkOptions {
  /** Half-width τ of the dead zone (Keras 3, PyTorch lambd). Default 0.5. */
  readonly threshold?: number;
  /** Magnitude clip m of the sparsity-inducing paper: |f(x)| <= m. Unset, no clip. Default unset. */
  readonly clip?: number | null;
}

/**
 * Soft threshold: shrinks x towards 0 by τ, exactly 0 inside [−τ, τ]; optionally clipped in magnitude.
 *
 * softShrink(x) = sign(x)·min(max(|x| − τ, 0), m); m = ∞ (no clip) gives x − τ, 0, x + τ
 *
 * Catalog id `activations.soft-shrink`. Example: `softShrink(x, {threshold: 1, clip: 1})`
 */
export const softShrink: ActivationOp<SoftShrinkOptions> = /* @__PURE__ */ withLayerForm('softShrink', /* @__PURE__ */ elementwiseOp<SoftShrinkOptions>(softShrinkSpec), (options) => new SoftShrink(options));

/**
 * Soft threshold: shrinks x towards 0 by τ, exactly 0 inside [−τ, τ]; optionally clipped in magnitude.
 *
 * softShrink(x) = sign(x)·min(max(|x| − τ, 0), m); m = ∞ (no clip) gives x − τ, 0, x + τ
 *
 * Catalog id `activations.soft-shrink`. Example: `softShrink(x, {threshold: 1, clip: 1})`
 */
export const softshrink: ActivationOp<SoftShrinkOptions> = /* @__PURE__ */ withLayerForm('softshrink', /* @__PURE__ */ elementwiseOp<SoftShrinkOptions>(softShrinkSpec), (options) => new SoftShrink(options));

/** The softShrink layer (Deep Neural Network Initialization with Sparsity Inducing Activations). */
export const SoftShrink: ActivationLayerClass<SoftShrinkOptions> = /* @__PURE__ */ activationLayer({ spec: softShrinkSpec, learn: "none" });
export type SoftShrink = ActivationLayer;

export interface ShiftedReluOptions {
  /** Shift τ: outputs are exactly 0 for x <= τ. Default 0. */
  readonly tau?: number;
  /** Magnitude clip m of the sparsity-inducing paper: outputs <= m. Unset, no clip. Default unset. */
  readonly clip?: number | null;
}

/**
 * ReLU shifted right by τ, optionally clipped at m: a sparsity-inducing activation.
 *
 * shiftedRelu(x) = min(max(0, x − τ), m); τ = 0 and m = ∞ give relu
 *
 * Catalog id `activations.shifted-relu`. Example: `shiftedRelu(x, {tau: 1, clip: 1})`
 */
export const shiftedRelu: ActivationOp<ShiftedReluOptions> = /* @__PURE__ */ withLayerForm('shiftedRelu', /* @__PURE__ */ elementwiseOp<ShiftedReluOptions>(shiftedReluSpec), (options) => new ShiftedRelu(options));

/** The shiftedRelu layer (Deep Neural Network Initialization with Sparsity Inducing Activations). */
export const ShiftedRelu: ActivationLayerClass<ShiftedReluOptions> = /* @__PURE__ */ activationLayer({ spec: shiftedReluSpec, learn: "none" });
export type ShiftedRelu = ActivationLayer;

export interface HardShrinkOptions {
  /** Half-width of the dead zone (Keras 3, PyTorch lambd). Default 0.5. */
  readonly threshold?: number;
}

/**
 * Zeroes x inside [−threshold, threshold], passes it through outside.
 *
 * hardShrink(x) = x for |x| > threshold, 0 otherwise
 *
 * Catalog id `activations.hard-shrink`. Example: `tf.layers.dense({units: 64, activation: activation('hardShrink')})`
 */
export const hardShrink: ActivationOp<HardShrinkOptions> = /* @__PURE__ */ withLayerForm('hardShrink', /* @__PURE__ */ elementwiseOp<HardShrinkOptions>(hardShrinkSpec), (options) => new HardShrink(options));

/**
 * Zeroes x inside [−threshold, threshold], passes it through outside.
 *
 * hardShrink(x) = x for |x| > threshold, 0 otherwise
 *
 * Catalog id `activations.hard-shrink`. Example: `tf.layers.dense({units: 64, activation: activation('hardShrink')})`
 */
export const hardshrink: ActivationOp<HardShrinkOptions> = /* @__PURE__ */ withLayerForm('hardshrink', /* @__PURE__ */ elementwiseOp<HardShrinkOptions>(hardShrinkSpec), (options) => new HardShrink(options));

/** The hardShrink layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const HardShrink: ActivationLayerClass<HardShrinkOptions> = /* @__PURE__ */ activationLayer({ spec: hardShrinkSpec, learn: "none" });
export type HardShrink = ActivationLayer;

export interface ReluSquaredOptions {

}

/**
 * Squared ReLU: as sparse as relu, with a continuous derivative.
 *
 * reluSquared(x) = max(0, x)²; reluSquared′ = 2·max(0, x)
 *
 * Catalog id `activations.relu-squared`. Example: `tf.layers.dense({units: 256, activation: activation('reluSquared')})`
 */
export const reluSquared: ActivationOp<ReluSquaredOptions> = /* @__PURE__ */ withLayerForm('reluSquared', /* @__PURE__ */ elementwiseOp<ReluSquaredOptions>(reluSquaredSpec), (options) => new ReluSquared(options));

/** The reluSquared layer (ReLU^2 Wins: Discovering Efficient Activation Functions for Sparse LLMs). */
export const ReluSquared: ActivationLayerClass<ReluSquaredOptions> = /* @__PURE__ */ activationLayer({ spec: reluSquaredSpec, learn: "none" });
export type ReluSquared = ActivationLayer;

export interface SmeluOptions {
  /** Half-width of the quadratic piece; beta = 1 is Keras 3's sparse_plus. Default 1. */
  readonly beta?: number;
}

/**
 * Smooth ReLU: a quadratic bridge of width 2β between 0 and x.
 *
 * smelu(x) = 0 for x <= −β; (x + β)²/(4β) for |x| < β; x for x >= β
 *
 * Catalog id `activations.smelu`. Example: `tf.layers.dense({units: 64, activation: activation('sparsePlus')}); smelu(x, {beta: 2})`
 */
export const smelu: ActivationOp<SmeluOptions> = /* @__PURE__ */ withLayerForm('smelu', /* @__PURE__ */ elementwiseOp<SmeluOptions>(smeluSpec), (options) => new Smelu(options));

/** The smelu layer (Smooth activations and reproducibility in deep networks). */
export const Smelu: ActivationLayerClass<SmeluOptions> = /* @__PURE__ */ activationLayer({ spec: smeluSpec, learn: "none" });
export type Smelu = ActivationLayer;

export interface HeluOptions {
  /** The backward gate opens at x > −alpha (relu's at x > 0). Default 0.05. */
  readonly alpha?: number;
}

/**
 * Hysteresis ReLU: relu forward, a backward gate that also lets gradients through just below 0.
 *
 * helu(x) = max(x, 0); backward dx = dy·1[x > −alpha]
 *
 * Catalog id `activations.helu`. Example: `new Helu({alpha: 0.05})`
 */
export const helu: ActivationOp<HeluOptions> = /* @__PURE__ */ withLayerForm('helu', /* @__PURE__ */ elementwiseOp<HeluOptions>(heluSpec), (options) => new Helu(options));

/** The helu layer (Hysteresis Activation Function for Efficient Inference). */
export const Helu: ActivationLayerClass<HeluOptions> = /* @__PURE__ */ activationLayer({ spec: heluSpec, learn: "none" });
export type Helu = ActivationLayer;

export interface ElliottOptions {

}

/**
 * Elliott's fast sigmoid: a rational squashing to (0, 1) with no exponential.
 *
 * elliott(x) = 0.5·x/(1 + |x|) + 0.5; elliott′ = 0.5/(1 + |x|)²
 *
 * Catalog id `activations.elliott`. Example: `tf.layers.dense({units: 64, activation: activation('elliott')})`
 */
export const elliott: ActivationOp<ElliottOptions> = /* @__PURE__ */ withLayerForm('elliott', /* @__PURE__ */ elementwiseOp<ElliottOptions>(elliottSpec), (options) => new Elliott(options));

/** The elliott layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const Elliott: ActivationLayerClass<ElliottOptions> = /* @__PURE__ */ activationLayer({ spec: elliottSpec, learn: "none" });
export type Elliott = ActivationLayer;

export interface LishtOptions {

}

/**
 * Linearly scaled hyperbolic tangent: even, non-negative, unbounded.
 *
 * lisht(x) = x·tanh(x); lisht′ = tanh(x) + x·(1 − tanh²(x))
 *
 * Catalog id `activations.lisht`. Example: `tf.layers.dense({units: 64, activation: activation('lisht')})`
 */
export const lisht: ActivationOp<LishtOptions> = /* @__PURE__ */ withLayerForm('lisht', /* @__PURE__ */ elementwiseOp<LishtOptions>(lishtSpec), (options) => new Lisht(options));

/** The lisht layer (LiSHT: Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function for Neural Networks). */
export const Lisht: ActivationLayerClass<LishtOptions> = /* @__PURE__ */ activationLayer({ spec: lishtSpec, learn: "none" });
export type Lisht = ActivationLayer;

export interface SquareplusOptions {
  /** Curvature at 0: squareplus(0) = √b/2; b → 0 approaches relu. Default 4. */
  readonly b?: number;
}

/**
 * Softplus-like smooth relu from one square root, no exponential.
 *
 * squareplus(x) = (x + √(x² + b))/2; squareplus′ = (1 + x/√(x² + b))/2
 *
 * Catalog id `activations.squareplus`. Example: `tf.layers.dense({units: 64, activation: activation('squareplus')})`
 */
export const squareplus: ActivationOp<SquareplusOptions> = /* @__PURE__ */ withLayerForm('squareplus', /* @__PURE__ */ elementwiseOp<SquareplusOptions>(squareplusSpec), (options) => new Squareplus(options));

/** The squareplus layer (Squareplus: A Softplus-Like Algebraic Rectifier). */
export const Squareplus: ActivationLayerClass<SquareplusOptions> = /* @__PURE__ */ activationLayer({ spec: squareplusSpec, learn: "none" });
export type Squareplus = ActivationLayer;

export interface ChannelImportanceTransformOptions {
  /** Exponent of the transform φ_k(x) = 1/ln(1/x + 1)^k; larger k evens out channel magnitudes more. Default 1.3. */
  readonly k?: number;
  /** Added to |x| inside φ (and subtracted back as φ(ε)): keeps the slope at 0 finite. 0 gives the bare φ. Default 0.00001. */
  readonly epsilon?: number;
}

/**
 * A training-free map of (pooled) features that lifts small channel values and compresses large ones, applied at test time before L2 normalisation.
 *
 * f(x) = sign(x)·(φ_k(|x| + ε) − φ_k(ε)), φ_k(t) = 1/ln(1/t + 1)^k
 *
 * Catalog id `activations.channel-importance-transform`. Example: `channelImportanceTransform(features, {k: 1.3})`
 */
export const channelImportanceTransform: ActivationOp<ChannelImportanceTransformOptions> = /* @__PURE__ */ withLayerForm('channelImportanceTransform', /* @__PURE__ */ elementwiseOp<ChannelImportanceTransformOptions>(channelImportanceTransformSpec), (options) => new ChannelImportanceTransform(options));

/** The channelImportanceTransform layer (Channel Importance Matters in Few-Shot Image Classification). */
export const ChannelImportanceTransform: ActivationLayerClass<ChannelImportanceTransformOptions> = /* @__PURE__ */ activationLayer({ spec: channelImportanceTransformSpec, learn: "none" });
export type ChannelImportanceTransform = ActivationLayer;

export interface PreluOptions {
  /** Slope for x <= 0 (the paper's initial 0.25); learned per element of the non-batch shape by the Prelu layer, shared over sharedAxes. Default 0.25. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
}

/**
 * Parametric ReLU: a learned slope for negative inputs, one per channel (or per element) of the layer.
 *
 * prelu(x) = x for x > 0, alpha·x otherwise; d/dalpha = min(0, x)
 *
 * Catalog id `activations.prelu`. Example: `new Prelu({sharedAxes: [1, 2]}); prelu(x, {alpha: tf.fill([64], 0.25)})`
 */
export const prelu: ActivationOp<PreluOptions> = /* @__PURE__ */ withLayerForm('prelu', /* @__PURE__ */ elementwiseOp<PreluOptions>(preluSpec), (options) => new Prelu({ ...options, learn: 'none' }));

/** The prelu layer (Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification). */
export const Prelu: ActivationLayerClass<PreluOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: preluSpec, learn: "element" });
export type Prelu = ActivationLayer;

export interface LipswishOptions {
  /** Unconstrained parameter of the gate slope beta = softplus(betaRaw); the default gives beta = 1. Default 0.5413248546. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly betaRaw?: number | Tensor;
}

/**
 * Swish scaled by 1/1.1 so that its slope stays below 1 for every beta > 0: a 1-Lipschitz activation for invertible residual networks.
 *
 * lipswish(x) = x·σ(β·x)/1.1, β = softplus(betaRaw)
 *
 * Catalog id `activations.lipswish`. Example: `new Lipswish(); tf.layers.dense({units: 64, activation: activation('lipswish')})`
 */
export const lipswish: ActivationOp<LipswishOptions> = /* @__PURE__ */ withLayerForm('lipswish', /* @__PURE__ */ elementwiseOp<LipswishOptions>(lipswishSpec), (options) => new Lipswish({ ...options, learn: 'none' }));

/** The lipswish layer (Residual Flows for Invertible Generative Modeling). */
export const Lipswish: ActivationLayerClass<LipswishOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: lipswishSpec, learn: "scalar" });
export type Lipswish = ActivationLayer;

export interface CrreluOptions {
  /** Weight of the correction x·exp(−x²/2); learned as one scalar per layer; 0 gives relu. Default 0.01. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly eps?: number | Tensor;
}

/**
 * ReLU plus a learned odd correction eps·x·exp(−x²/2) that lets negative inputs through near 0.
 *
 * crrelu(x) = relu(x) + eps·x·exp(−x²/2); d/deps = x·exp(−x²/2)
 *
 * Catalog id `activations.crrelu`. Example: `new Crrelu(); tf.layers.dense({units: 64, activation: activation('crrelu')})`
 */
export const crrelu: ActivationOp<CrreluOptions> = /* @__PURE__ */ withLayerForm('crrelu', /* @__PURE__ */ elementwiseOp<CrreluOptions>(crreluSpec), (options) => new Crrelu({ ...options, learn: 'none' }));

/** The crrelu layer (A Method on Searching Better Activation Functions). */
export const Crrelu: ActivationLayerClass<CrreluOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: crreluSpec, learn: "scalar" });
export type Crrelu = ActivationLayer;

export interface SauOptions {
  /** Slope of the smoothed leaky ReLU for x → −∞; learned as one scalar per layer. Default 0.15. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
  /** Width of the Gaussian the leaky ReLU is smoothed with (the paper's 1/n, n = 20000); fixed. Default 0.00005. */
  readonly sigma?: number;
}

/**
 * Smooth activation from approximate identities: the leaky ReLU convolved with a narrow Gaussian, with a learned slope.
 *
 * sau(x) = alpha·x + (1 − alpha)·(x·Φ(x/σ) + σ·φ(x/σ)); d/dx = alpha + (1 − alpha)·Φ(x/σ)
 *
 * Catalog id `activations.sau`. Example: `new Sau(); sau(x, {alpha: 0.25, sigma: 0.5})`
 */
export const sau: ActivationOp<SauOptions> = /* @__PURE__ */ withLayerForm('sau', /* @__PURE__ */ elementwiseOp<SauOptions>(sauSpec), (options) => new Sau({ ...options, learn: 'none' }));

/** The sau layer (SAU: Smooth activation function using convolution with approximate identities). */
export const Sau: ActivationLayerClass<SauOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: sauSpec, learn: "scalar" });
export type Sau = ActivationLayer;

export interface PdeluOptions {
  /** Scale of the negative part (its limit is −alpha); learned per channel by the layer. Default 1. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
  /** Deformation of the exponential: (1 + (1 − t)·x)^(1/(1 − t)); t → 1 tends to ELU. Fixed; below 1. Default 0.9. */
  readonly t?: number;
}

/**
 * Parametric deformable ELU: the exponential of ELU replaced by a deformed exponential of fixed shape t, with a learned scale.
 *
 * pdelu(x) = x for x > 0, alpha·([1 + (1 − t)·x]₊^(1/(1 − t)) − 1) otherwise (t = 0.9: alpha·((1 + 0.1x)^10 − 1))
 *
 * Catalog id `activations.pdelu`. Example: `new Pdelu(); pdelu(x, {alpha: 0.5})`
 */
export const pdelu: ActivationOp<PdeluOptions> = /* @__PURE__ */ withLayerForm('pdelu', /* @__PURE__ */ elementwiseOp<PdeluOptions>(pdeluSpec), (options) => new Pdelu({ ...options, learn: 'none' }));

/** The pdelu layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const Pdelu: ActivationLayerClass<PdeluOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: pdeluSpec, learn: "channel" });
export type Pdelu = ActivationLayer;

export interface SrsOptions {
  /** Limit of srs for x → +∞; learned as one scalar per layer. Default 2. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
  /** Scale of the exponential; the minimum alpha·beta/(beta − alpha·e) is at x = −beta. Keep beta < e·alpha (no pole). Default 3. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly beta?: number | Tensor;
  /** 'paper': x/(x/alpha + exp(−x/beta)); 'survey': the benchmark survey's stabilised x/(0.01 + x/(|alpha| + 0.01) + exp(−x/(|beta| + 0.01))). Default 'paper'. */
  readonly mode?: 'paper' | 'survey';
}

/**
 * Soft-root-sign: a smooth, bounded, non-monotone activation with learned range alpha and scale beta.
 *
 * srs(x) = x/(x/alpha + exp(−x/beta)); → alpha as x → +∞, → 0 from below as x → −∞
 *
 * Catalog id `activations.srs`. Example: `new Srs(); srs(x, {mode: 'survey', alpha: 10, beta: 10})`
 */
export const srs: ActivationOp<SrsOptions> = /* @__PURE__ */ withLayerForm('srs', /* @__PURE__ */ elementwiseOp<SrsOptions>(srsSpec), (options) => new Srs({ ...options, learn: 'none' }));

/** The srs layer (Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark). */
export const Srs: ActivationLayerClass<SrsOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: srsSpec, learn: "scalar" });
export type Srs = ActivationLayer;

export interface ApaOptions {
  /** Slope of the gate; the layer draws it from uniform(0, 1) unless given. Default 1. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly kappa?: number | Tensor;
  /** Asymmetry of the gate (1: sigmoid, → 0: Gumbel), clamped at 1e-4; the layer draws it from uniform(0, 1) unless given. Default 1. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly lambda?: number | Tensor;
  /** 'aglu': x·APA(x), the gated unit (kappa = lambda = 1 is SiLU); 'apa': the gate APA(x) alone (kappa = lambda = 1 is the sigmoid). Default 'aglu'. */
  readonly mode?: 'aglu' | 'apa';
}

/**
 * Adaptive parametric activation: a learned asymmetric sigmoid gate APA and the gated unit AGLU = x·APA.
 *
 * APA(x) = (lambda·exp(−kappa·x) + 1)^(−1/lambda); AGLU(x) = x·APA(x); kappa = lambda = 1 gives sigmoid and SiLU
 *
 * Catalog id `activations.apa`. Example: `new Apa(); new Apa({mode: 'apa', learn: 'channel'}); tf.layers.dense({units: 64, activation: activation('aglu')})`
 */
export const apa: ActivationOp<ApaOptions> = /* @__PURE__ */ withLayerForm('apa', /* @__PURE__ */ elementwiseOp<ApaOptions>(apaSpec), (options) => new Apa({ ...options, learn: 'none' }));

/** The apa layer (Adaptive Parametric Activation). */
export const Apa: ActivationLayerClass<ApaOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: apaSpec, learn: "scalar" });
export type Apa = ActivationLayer;

export interface ExpandedGatingOptions {
  /** Expansion of the gate range to [−alpha, 1 + alpha]; learned as one scalar per layer from 0 (the plain ATLU/GELU/SiLU). Default 0. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly alpha?: number | Tensor;
  /** The gate g: 'atan' atan(x)/π + 1/2 (xATLU), 'gelu' Φ(x) (xGELU), 'silu' σ(x) (xSiLU). Default 'atan'. */
  readonly gate?: 'atan' | 'gelu' | 'silu';
}

/**
 * Expanded gating ranges: x times a gate stretched to [−alpha, 1 + alpha] by a learned alpha (xATLU, xGELU, xSiLU).
 *
 * x_g(x) = x·(g(x)·(1 + 2·alpha) − alpha), g = atan(x)/π + 1/2, Φ(x) or σ(x); d/dalpha = x·(2·g(x) − 1)
 *
 * Catalog id `activations.expanded-gating`. Example: `new ExpandedGating({gate: 'gelu'}); tf.layers.dense({units: 64, activation: activation('atlu')})`
 */
export const expandedGating: ActivationOp<ExpandedGatingOptions> = /* @__PURE__ */ withLayerForm('expandedGating', /* @__PURE__ */ elementwiseOp<ExpandedGatingOptions>(expandedGatingSpec), (options) => new ExpandedGating({ ...options, learn: 'none' }));

/** The expandedGating layer (Expanded Gating Ranges Improve Activation Functions). */
export const ExpandedGating: ActivationLayerClass<ExpandedGatingOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: expandedGatingSpec, learn: "scalar" });
export type ExpandedGating = ActivationLayer;

export interface RationalOptions {
  /** Numerator coefficient of x^0. Default 0.029792778657264946. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a0?: number | Tensor;
  /** Numerator coefficient of x^1. Default 0.6183735264987601. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a1?: number | Tensor;
  /** Numerator coefficient of x^2. Default 2.323309062531321. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a2?: number | Tensor;
  /** Numerator coefficient of x^3. Default 3.051936237265109. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a3?: number | Tensor;
  /** Numerator coefficient of x^4. Default 1.4854203263828845. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a4?: number | Tensor;
  /** Numerator coefficient of x^5. Default 0.2510244961111299. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly a5?: number | Tensor;
  /** Denominator coefficient of x^1. Default -1.1419548357285474. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly b1?: number | Tensor;
  /** Denominator coefficient of x^2. Default 4.393159974992486. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly b2?: number | Tensor;
  /** Denominator coefficient of x^3. Default 0.8714712309957245. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly b3?: number | Tensor;
  /** Denominator coefficient of x^4. Default 0.34719662339598834. A tensor broadcasting against x gives one value per element and gets a gradient. */
  readonly b4?: number | Tensor;
  /** Safe denominator: 'a' 1 + Σ|b_k|·|x|^k (the authors' library's version A, their default), 'b' 1 + |Σ b_k·x^k| (version B). Default 'a'. */
  readonly version?: 'a' | 'b';
}

/**
 * Rational (Padé) activation unit: a learned ratio of a degree-5 and a degree-4 polynomial with a denominator that never vanishes.
 *
 * R(x) = (a0 + a1·x + … + a5·x^5)/(1 + |b1|·|x| + … + |b4|·|x|^4) (version 'a'); version 'b': 1 + |b1·x + … + b4·x^4|
 *
 * Catalog id `activations.rational`. Example: `new Rational(); new Rational({version: 'b'}); rational(x, {a1: 1, a2: 0, a3: 0, a4: 0, a5: 0})`
 */
export const rational: ActivationOp<RationalOptions> = /* @__PURE__ */ withLayerForm('rational', /* @__PURE__ */ elementwiseOp<RationalOptions>(rationalSpec), (options) => new Rational({ ...options, learn: 'none' }));

/**
 * Rational (Padé) activation unit: a learned ratio of a degree-5 and a degree-4 polynomial with a denominator that never vanishes.
 *
 * R(x) = (a0 + a1·x + … + a5·x^5)/(1 + |b1|·|x| + … + |b4|·|x|^4) (version 'a'); version 'b': 1 + |b1·x + … + b4·x^4|
 *
 * Catalog id `activations.rational`. Example: `new Rational(); new Rational({version: 'b'}); rational(x, {a1: 1, a2: 0, a3: 0, a4: 0, a5: 0})`
 */
export const pau: ActivationOp<RationalOptions> = /* @__PURE__ */ withLayerForm('pau', /* @__PURE__ */ elementwiseOp<RationalOptions>(rationalSpec), (options) => new Rational({ ...options, learn: 'none' }));

/** The rational layer (Adaptive Rational Activations to Boost Deep Reinforcement Learning). */
export const Rational: ActivationLayerClass<RationalOptions & LearnOption> = /* @__PURE__ */ activationLayer({ spec: rationalSpec, learn: "scalar" });
export type Rational = ActivationLayer;

/**
 * glu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const glu: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('glu', /* @__PURE__ */ gatedOp(gluSpec, 'glu'), (options) => new GatedLinearUnit({ variant: 'glu', axis: options.axis }));

/**
 * gtu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const gtu: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('gtu', /* @__PURE__ */ gatedOp(gluSpec, 'gtu'), (options) => new GatedLinearUnit({ variant: 'gtu', axis: options.axis }));

/**
 * reglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const reglu: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('reglu', /* @__PURE__ */ gatedOp(gluSpec, 'reglu'), (options) => new GatedLinearUnit({ variant: 'reglu', axis: options.axis }));

/**
 * geglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const geglu: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('geglu', /* @__PURE__ */ gatedOp(gluSpec, 'geglu'), (options) => new GatedLinearUnit({ variant: 'geglu', axis: options.axis }));

/**
 * swiglu: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const swiglu: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('swiglu', /* @__PURE__ */ gatedOp(gluSpec, 'swiglu'), (options) => new GatedLinearUnit({ variant: 'swiglu', axis: options.axis }));

/**
 * bilinear: Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.
 *
 * glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b
 *
 * Catalog id `activations.glu`.
 */
export const bilinear: ActivationOp<GatedOpOptions> = /* @__PURE__ */ withLayerForm('bilinear', /* @__PURE__ */ gatedOp(gluSpec, 'bilinear'), (options) => new GatedLinearUnit({ variant: 'bilinear', axis: options.axis }));

/** The glu family as a layer (option `variant`). */
export const GatedLinearUnit: GatedLayerClass<'glu' | 'gtu' | 'reglu' | 'geglu' | 'swiglu' | 'bilinear'> = /* @__PURE__ */ gatedLayer<'glu' | 'gtu' | 'reglu' | 'geglu' | 'swiglu' | 'bilinear'>(gluSpec);
export type GatedLinearUnit = GatedActivationLayer;
