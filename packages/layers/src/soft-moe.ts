// Dense mixture of experts with soft gating (Eigen et al., "Learning Factored Representations in
// a Deep Mixture of Experts"): g(x) = softmax((x·W_g + b_g)/temperature) over E experts, each
// expert a two-layer MLP, y = Σ_i g_i(x)·f_i(x). With topK only the K largest gate logits keep
// weight (softmax over those, the rest exactly 0), and in training a Switch-style load-balancing
// loss w·E·Σ_i f_i·P_i (f_i the fraction of tokens whose top-1 expert is i, P_i the mean gate
// probability) joins the model's loss. Limits: every expert is evaluated (dense compute, sparse
// weights); the authors' early-training balance constraint is not built (its details are unsure).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { softmax } from '@layerkit/activations';
import { activationFunction } from './activation.js';
import {
  checkBoolean, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export interface SoftMoEOptions extends LayerArgs {
  /** Number of experts E. Default 4. */
  numExperts?: number;
  /** Hidden width of each expert's MLP. Required. */
  expertUnits: number;
  /** Output width. Default: the input's feature size. */
  units?: number | null;
  /** Activation of the experts' hidden layer. Default 'relu'. */
  activation?: string;
  /** Keep only the K largest gate logits per token. Default none (dense gating). */
  topK?: number | null;
  /** Divides the gate logits. Default 1. */
  temperature?: number;
  /** Weight w of the load-balancing loss added in training; 0 turns it off. Default 0.01. */
  loadBalanceWeight?: number;
  /** Biases in the experts. Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['numExperts', 'expertUnits', 'units', 'activation', 'topK', 'temperature', 'loadBalanceWeight', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;

/** The gate weights [tokens, E] from logits: softmax over all, or over the K largest only. */
export function moeGates(logits: tf.Tensor, topK: number | null = null): tf.Tensor {
  return tf.tidy(() => {
    const experts = logits.shape[logits.rank - 1]!;
    if (topK == null || topK >= experts) return softmax(logits);
    // K rounds of argMax (first index on ties) instead of tf.topk, which has no registered
    // gradient: the mask needs none, but backpropagation walks every op on the path.
    let remaining = logits;
    let kept = tf.zerosLike(logits);
    for (let round = 0; round < topK; round++) {
      const pick = tf.cast(tf.oneHot(tf.argMax(remaining, -1), experts), 'float32');
      kept = tf.add(kept, pick);
      remaining = tf.where(tf.cast(pick, 'bool'), tf.fill(remaining.shape, -Infinity), remaining);
    }
    return softmax(logits, { mask: kept });
  });
}

/** Switch's load-balancing loss E·Σ_i f_i·P_i for gates [tokens, E] (1 for perfectly uniform routing). */
export function loadBalancingLoss(gates: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const experts = gates.shape[gates.rank - 1]!;
    const rows = tf.reshape(gates, [-1, experts]);
    // f_i counts hard top-1 assignments: no gradient, as in Switch.
    const fraction = tf.mean(tf.oneHot(tf.argMax(rows, -1), experts), 0);
    const probability = tf.mean(rows, 0);
    return tf.mul(tf.sum(tf.mul(fraction, probability)), experts) as tf.Scalar;
  });
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

export class SoftMoE extends tfl.layers.Layer {
  static className = 'SoftMoE';
  readonly numExperts: number;
  readonly expertUnits: number;
  readonly unitsOption: number | null;
  readonly activation: string;
  readonly topK: number | null;
  readonly temperature: number;
  readonly loadBalanceWeight: number;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private readonly parameters = new Map<string, Variable>();
  private auxiliary: tf.Scalar | null = null;

  constructor(options: SoftMoEOptions, where = 'SoftMoE', extra: readonly string[] = [], defaults: { useBias: boolean; loadBalanceWeight: number } = { useBias: true, loadBalanceWeight: 0.01 }) {
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with expertUnits, got ${describe(options)} — pass {numExperts: 4, expertUnits: 64}`);
    super(layerArgs(where, options, [...OWN_OPTIONS, ...extra]));
    this.numExperts = checkNumber(where, 'numExperts', options.numExperts, 4, { min: 1, integer: true });
    this.expertUnits = checkNumber(where, 'expertUnits', options.expertUnits, undefined, { min: 1, integer: true });
    this.unitsOption = options.units == null ? null : checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    const activation = activationFunction(where, 'activation', options.activation ?? 'relu');
    this.activation = activation.name;
    this.activate = activation.apply;
    this.topK = options.topK == null ? null : checkNumber(where, 'topK', options.topK, undefined, { min: 1, max: this.numExperts, integer: true });
    this.temperature = checkNumber(where, 'temperature', options.temperature, 1, { min: 0, minExclusive: true });
    this.loadBalanceWeight = checkNumber(where, 'loadBalanceWeight', options.loadBalanceWeight, defaults.loadBalanceWeight, { min: 0 });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, defaults.useBias);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
    // The load-balancing loss of the last training call joins model.fit's loss, as regularizers do.
    this.addLoss(() => (this.auxiliary ? tf.mul(this.auxiliary, this.loadBalanceWeight) : tf.scalar(0)) as tf.Scalar);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const features = shape[shape.length - 1];
    if (shape.length < 2 || features == null) {
      throw new Error(`SoftMoE '${this.name}': expected an input [batch, ..., features] with a known feature size, got ${shapeText(shape)} — give the input a fixed last dimension`);
    }
    const units = this.unitsOption ?? features;
    const E = this.numExperts;
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, true));
    };
    add('gate/kernel', [features, E], this.kernelInitializer);
    add('gate/bias', [E], this.biasInitializer);
    add('experts/kernel_1', [E, features, this.expertUnits], this.kernelInitializer);
    if (this.useBias) add('experts/bias_1', [E, 1, this.expertUnits], this.biasInitializer);
    add('experts/kernel_2', [E, this.expertUnits, units], this.kernelInitializer);
    if (this.useBias) add('experts/bias_2', [E, 1, units], this.biasInitializer);
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  /** Gate weights [tokens, E] from the logits (already divided by the temperature). */
  protected gateWeights(logits: tf.Tensor, _training: boolean): tf.Tensor {
    return moeGates(logits, this.topK);
  }

  /** The gate weights [..., E] the layer gives x (for inspection and tests). */
  gates(x: tf.Tensor, training = false): tf.Tensor {
    return tf.tidy(() => {
      const features = this.read('gate/kernel').shape[0]!;
      const logits = tf.div(tf.add(tf.matMul(tf.reshape(x, [-1, features]), this.read('gate/kernel')), this.read('gate/bias')), this.temperature);
      return tf.reshape(this.gateWeights(logits, training), [...x.shape.slice(0, -1), this.numExperts]);
    });
  }

  /** Switch's load-balancing loss E·Σ f_i·P_i of the last training call, before the weight; null before one. */
  get lastLoadBalancingLoss(): number | null {
    return this.auxiliary ? this.auxiliary.dataSync()[0]! : null;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    const features = this.read('gate/kernel').shape[0]!;
    if (x.shape[x.rank - 1] !== features) {
      throw new Error(`SoftMoE '${this.name}': expected ${features} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
    }
    const training = kwargs.training === true && this.loadBalanceWeight > 0;
    let auxiliary: tf.Scalar | null = null;
    const output = tf.tidy(() => {
      const rows = tf.reshape(x, [-1, features]);
      const gates = tf.reshape(this.gates(rows, kwargs.training === true), [-1, this.numExperts]);
      if (training) auxiliary = tf.keep(loadBalancingLoss(gates));
      // Every expert on every token: [E, tokens, units].
      const stacked = tf.tile(tf.expandDims(rows, 0), [this.numExperts, 1, 1]);
      const withBias = (value: tf.Tensor, name: string) => (this.useBias ? tf.add(value, this.read(name)) : value);
      const hidden = this.activate(withBias(tf.matMul(stacked, this.read('experts/kernel_1')), 'experts/bias_1'));
      const outs = withBias(tf.matMul(hidden, this.read('experts/kernel_2')), 'experts/bias_2');
      const mixed = tf.sum(tf.mul(outs, tf.expandDims(tf.transpose(gates), -1)), 0);
      return tf.reshape(mixed, [...x.shape.slice(0, -1), mixed.shape[1]!]);
    });
    if (training) {
      this.auxiliary?.dispose();
      this.auxiliary = auxiliary;
    }
    return output;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.unitsOption ?? shape[shape.length - 1]!];
  }

  // Annotated: an inferred type would print tfjs-layers' internal module path into the declarations.
  override dispose(): ReturnType<tfl.layers.Layer['dispose']> {
    this.auxiliary?.dispose();
    this.auxiliary = null;
    return super.dispose();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      numExperts: this.numExperts,
      expertUnits: this.expertUnits,
      units: this.unitsOption,
      activation: this.activation,
      topK: this.topK,
      temperature: this.temperature,
      loadBalanceWeight: this.loadBalanceWeight,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}

export interface GumbelMoEOptions extends SoftMoEOptions {
  /** Gumbel-softmax samples averaged at inference. Default 10. */
  inferenceSamples?: number;
  /** Seed of the Gumbel noise: training advances it per call; inference reuses it (deterministic). Default 0. */
  seed?: number;
}

/**
 * Gumbel-gated mixture of experts (GG-MoE, tabular): in training one Gumbel-softmax sample
 * g = softmax((logits + G)/τ), G_i ~ Gumbel(0, 1) per token; at inference the mean of
 * inferenceSamples such samples (seeded, so deterministic), not the plain softmax. Experts are
 * bias-free and there is no load-balancing loss by default. Limits: one hidden layer per expert
 * (the paper stacks nBlocks); the piecewise-linear feature embeddings in front are the model's.
 */
export class GumbelMoE extends SoftMoE {
  static override className = 'GumbelMoE';
  readonly inferenceSamples: number;
  readonly seed: number;
  private calls = 0;

  constructor(options: GumbelMoEOptions) {
    super(options, 'GumbelMoE', ['inferenceSamples', 'seed'], { useBias: false, loadBalanceWeight: 0 });
    if (this.topK != null) throw new Error(`GumbelMoE: expected no topK (every expert is weighted by the Gumbel-softmax sample), got ${this.topK} — use SoftMoE for top-k routing`);
    this.inferenceSamples = checkNumber('GumbelMoE', 'inferenceSamples', options.inferenceSamples, 10, { min: 1, integer: true });
    this.seed = checkNumber('GumbelMoE', 'seed', options.seed, 0, { integer: true });
  }

  /** Gumbel(0, 1) noise of the logits' shape from a seed. */
  private gumbel(shape: number[], seed: number): tf.Tensor {
    const uniform = tf.randomUniform(shape, 1e-7, 1 - 1e-7, 'float32', seed);
    return tf.neg(tf.log(tf.neg(tf.log(uniform))));
  }

  protected override gateWeights(logits: tf.Tensor, training: boolean): tf.Tensor {
    // The logits come divided by τ: (logits + G)/τ = logits/τ + G/τ.
    const sample = (seed: number) => softmax(tf.add(logits, tf.div(this.gumbel(logits.shape, seed), this.temperature)));
    if (training) return sample(this.seed + 1 + this.calls++);
    let total = sample(this.seed * 7919 + 0);
    for (let s = 1; s < this.inferenceSamples; s++) total = tf.add(total, sample(this.seed * 7919 + s));
    return tf.div(total, this.inferenceSamples);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), inferenceSamples: this.inferenceSamples, seed: this.seed };
  }
}
