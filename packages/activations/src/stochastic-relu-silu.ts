// Stochastic activations ("Stochastic activations", Lomeli et al. 2025): in training a Bernoulli(p)
// draw picks relu (probability p) or silu for the whole tensor, or for each element, and the
// gradient is the picked function's; at inference relu, silu, or keep sampling. Known limits: the
// paper's p and sampling granularity were not readable (p = 0.5 and per-tensor are placeholders);
// relu and silu are layerkit's fused ops, the per-element choice a tfjs select between them.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { elementwiseOp, rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { splitLayerOptions } from './layer-options.js';
import { claimSerializationName, markOwner } from './names.js';
import { checkBoolean, checkChoice, checkNumber, checkSeed } from './option-checks.js';
import { RandomStream } from './random-stream.js';
import { relu as reluSpec } from './specs/relu.js';
import { swish as swishSpec } from './specs/swish.js';
import { registerWasmKernels } from './wasm-kernels.js';

export type Granularity = 'tensor' | 'element';
export type InferenceMode = 'relu' | 'silu' | 'stochastic';

export interface StochasticReluSiluOptions {
  /** Probability of relu (silu otherwise), in [0, 1]. Default 0.5. */
  readonly p?: number;
  /** 'tensor': one draw per call; 'element': one draw per element. Default 'tensor'. */
  readonly granularity?: Granularity;
  /** Outside training: 'relu' (sparse, deterministic), 'silu', or 'stochastic' (keep sampling). Default 'relu'. */
  readonly inferenceMode?: InferenceMode;
  /** true: sample; false: follow inferenceMode. Default false. */
  readonly training?: boolean;
  /** Seeds the draws: the same seed gives the same choice. Default none (a fresh draw each call). */
  readonly seed?: number | null;
}

/** The options of the StochasticReluSilu layer: the op's, less `training` (tfjs passes it to each call). */
export type StochasticReluSiluLayerOptions = Omit<StochasticReluSiluOptions, 'training'> & LayerArgs;

const GRANULARITIES: readonly Granularity[] = ['tensor', 'element'];
const INFERENCE_MODES: readonly InferenceMode[] = ['relu', 'silu', 'stochastic'];
const OWN = ['p', 'granularity', 'inferenceMode', 'seed'] as const;

const reluOp = /* @__PURE__ */ elementwiseOp(reluSpec);
const siluOp = /* @__PURE__ */ elementwiseOp(swishSpec);
/** The draws of calls without a seed. */
const unseeded = new RandomStream();

interface Resolved { readonly p: number; readonly granularity: Granularity; readonly inferenceMode: InferenceMode }

function resolve(op: string, options: Partial<Record<(typeof OWN)[number], unknown>>): Resolved {
  const p = checkNumber(op, 'p', options.p ?? 0.5, 0.5);
  if (p < 0 || p > 1) throw new Error(`${op}: expected option 'p' in [0, 1] (the probability of relu), got ${p} — use e.g. p: 0.5`);
  const granularity = checkChoice(op, 'granularity', options.granularity ?? 'tensor', GRANULARITIES, "use 'tensor' (one draw per call) or 'element'");
  const inferenceMode = checkChoice(op, 'inferenceMode', options.inferenceMode ?? 'relu', INFERENCE_MODES, "use 'relu', 'silu' or 'stochastic'");
  return { p, granularity, inferenceMode };
}

/** relu or silu by Bernoulli(p) draws from `stream`: one for the tensor, or one per element. */
function sample(x: Tensor, { p, granularity }: Resolved, stream: RandomStream): Tensor {
  // p = 1 and p = 0 are the functions themselves: no draw, no float32 rounding of a uniform to 1.
  if (p >= 1) return reluOp(x);
  if (p <= 0) return siluOp(x);
  if (granularity === 'tensor') return stream.next() < p ? reluOp(x) : siluOp(x);
  const seed = stream.nextSeed();
  return tf.tidy(() => tf.where(tf.less(tf.randomUniform(x.shape, 0, 1, 'float32', seed), p), reluOp(x), siluOp(x)));
}

function compute(x: Tensor, resolved: Resolved, training: boolean, stream: () => RandomStream): Tensor {
  if (training || resolved.inferenceMode === 'stochastic') return sample(x, resolved, stream());
  return resolved.inferenceMode === 'relu' ? reluOp(x) : siluOp(x);
}

/**
 * stochasticReluSilu(x, {p, granularity, inferenceMode, training, seed}): in training relu with
 * probability p, else silu (x·σ(x)); the gradient is the chosen function's (relu: 1 for x > 0,
 * 0 at 0; silu: σ + x·σ·(1 − σ)). Outside training, inferenceMode decides.
 */
export function stochasticReluSilu(x: Tensor | TensorLike, options: StochasticReluSiluOptions = {}): Tensor {
  const op = 'stochasticReluSilu';
  rejectUnknownOptions(op, options ?? {}, [...OWN, 'training']);
  const resolved = resolve(op, options);
  const training = checkBoolean(op, 'training', options.training ?? false);
  const seed = checkSeed(op, options.seed);
  return compute(requireFloatTensor(op, x), resolved, training, () => (seed == null ? unseeded : new RandomStream(seed)));
}

/**
 * The stochastic ReLU/SiLU layer: samples while training (model.fit passes training: true),
 * follows inferenceMode otherwise. With a seed, a fresh layer makes the same choices, call after call.
 */
export class StochasticReluSilu extends tfl.layers.Layer {
  static className = 'StochasticReluSilu';
  readonly p: number;
  readonly granularity: Granularity;
  readonly inferenceMode: InferenceMode;
  readonly seed: number | null;
  private readonly stream: RandomStream;

  constructor(options: StochasticReluSiluLayerOptions = {}) {
    const { own, base } = splitLayerOptions('StochasticReluSilu', options, OWN, rejectUnknownOptions);
    super(base as LayerArgs);
    ({ p: this.p, granularity: this.granularity, inferenceMode: this.inferenceMode } = resolve('StochasticReluSilu', own));
    this.seed = checkSeed('StochasticReluSilu', own.seed);
    this.stream = new RandomStream(this.seed);
    this.supportsMasking = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    return compute(x, this, kwargs.training === true, () => this.stream);
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), p: this.p, granularity: this.granularity, inferenceMode: this.inferenceMode, seed: this.seed };
  }
}

claimSerializationName('StochasticReluSilu', 'activations.stochastic-relu-silu layer');
markOwner(StochasticReluSilu, 'activations.stochastic-relu-silu layer');
serialization.registerClass(StochasticReluSilu, 'layerkit');
// relu's and silu's fused kernels' wasm module (a loader).
registerWasmKernels();

/** The stochastic ReLU/SiLU catalog entry: what to import, the main export first. */
export const STOCHASTIC_RELU_SILU = {
  id: 'activations.stochastic-relu-silu', kind: 'op', layer: 'StochasticReluSilu', exports: ['stochasticReluSilu', 'StochasticReluSilu'],
} as const;
