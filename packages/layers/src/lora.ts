// LoRA for Dense layers (Hu et al., "LoRA: Low-Rank Adaptation of Large Language Models"; the
// catalog's elastic-rank source, "Low-Rank Adapters Meet Neural Architecture Search for LLM
// Compression"): y = act(x·W + (alpha/rank)·(x·A)·B + b) with W frozen, A random and B = 0 at
// init, so a fresh adapter computes exactly what the Dense layer did. merge() folds the update
// into W and unmerge() takes it out again. Weight names are Keras 3's (Dense.enable_lora):
// kernel, bias, lora_kernel_a, lora_kernel_b. Elastic rank (LoNAS): in training each call uses
// the first r' columns of A and rows of B, r' drawn from elasticRanks, so every truncation learns
// to work alone; outside training (and in merge) the adapter uses activeRank. Limits: elastic rank
// on LoRADense only (not LoRAConv2D); the scale stays alpha/rank for every r'.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import {
  checkBoolean, featureSize, firstShape, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs, unitsOutputShape,
} from './options.js';

export interface LoRADenseOptions extends LayerArgs {
  /** Output width. Required. */
  units: number;
  /** Activation string tfjs knows. Default 'linear'. */
  activation?: string;
  /** Default true. */
  useBias?: boolean;
  /** Rank r of the update A·B. Default 8. */
  rank?: number;
  /** The update is scaled by alpha/rank. Default 16. */
  alpha?: number;
  /** Dropout on the adapter's input, in training only. Default 0. */
  dropout?: number;
  /** Whether A·B is already folded into the kernel (what merge() sets; saved with the model). Default false. */
  merged?: boolean;
  /** Default 'glorotUniform' (only used when the layer does not come from fromDense). */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
  /** Initializer of A. Default 'heUniform' (Keras 3). */
  loraAInitializer?: InitializerIdentifier;
  /** Seed of the adapter dropout and of the elastic rank draws (advanced on every call). Default none. */
  seed?: number | null;
  /**
   * Elastic rank: each training call draws r' from elasticRanks and uses the first r' columns of A
   * and rows of B (the scale stays alpha/rank, so a smaller rank is a truncation of the full
   * adapter). Default false.
   */
  elastic?: boolean;
  /** The ranks an elastic adapter draws from, uniformly. Default every rank 1 … rank. */
  elasticRanks?: readonly number[] | null;
  /** The rank used outside training and by merge(): a sub-adapter picked after training. Default rank. */
  activeRank?: number | null;
}

const OWN_OPTIONS = [
  'units', 'activation', 'useBias', 'rank', 'alpha', 'dropout', 'merged', 'kernelInitializer', 'biasInitializer', 'loraAInitializer', 'seed',
  'elastic', 'elasticRanks', 'activeRank',
] as const;

/** A number in [0, 1) from an integer seed (mulberry32's mix): the elastic draws are reproducible with a seed. */
function uniformFromSeed(seed: number): number {
  let value = (seed + 0x6d2b79f5) >>> 0;
  value = Math.imul(value ^ (value >>> 15), value | 1);
  value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}
type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

/** A Dense layer with a low-rank adapter: the kernel is frozen, A and B (and the bias) train. */
export class LoRADense extends tfl.layers.Layer {
  static className = 'LoRADense';
  readonly units: number;
  readonly activation: string;
  readonly useBias: boolean;
  readonly rank: number;
  readonly alpha: number;
  readonly dropoutRate: number;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  readonly loraAInitializer: Initializer;
  readonly seed: number | null;
  readonly elastic: boolean;
  readonly elasticRanks: readonly number[];
  private activeRankValue: number;
  private lastRankValue: number | null = null;
  private mergedValue: boolean;
  private calls = 0;
  private readonly apply_: (x: tf.Tensor) => tf.Tensor;
  private kernel: Variable | null = null;
  private bias: Variable | null = null;
  private loraA: Variable | null = null;
  private loraB: Variable | null = null;
  /** The Dense layer's kernel and bias that fromDense hands to build(). */
  private base: tf.Tensor[] | null = null;

  constructor(options: LoRADenseOptions) {
    const where = 'LoRADense';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units, got ${describe(options)} — pass {units: 64, rank: 8}, or use LoRADense.fromDense(dense)`);
    super(layerArgs(where, options, OWN_OPTIONS));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    const activation = activationFunction(where, 'activation', options.activation ?? 'linear');
    this.activation = activation.name;
    this.apply_ = activation.apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.rank = checkNumber(where, 'rank', options.rank, 8, { min: 1, integer: true });
    this.alpha = checkNumber(where, 'alpha', options.alpha, 16, { min: 0 });
    this.dropoutRate = checkNumber(where, 'dropout', options.dropout, 0, { min: 0, max: 1, maxExclusive: true });
    this.mergedValue = checkBoolean(where, 'merged', options.merged, false);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
    this.loraAInitializer = initializerFrom(where, 'loraAInitializer', options.loraAInitializer, 'heUniform');
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    this.elastic = checkBoolean(where, 'elastic', options.elastic, false);
    this.elasticRanks = this.checkRanks(options.elasticRanks);
    this.activeRankValue = this.checkRank('activeRank', options.activeRank ?? this.rank);
  }

  private checkRank(name: string, value: unknown): number {
    if (!(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= this.rank)) {
      throw new Error(`LoRADense: expected ${name} to be an integer from 1 to rank (${this.rank}), got ${describe(value)} — pick a rank the adapter has`);
    }
    return value as number;
  }

  private checkRanks(value: unknown): readonly number[] {
    if (value == null) return Array.from({ length: this.rank }, (_, i) => i + 1);
    if (!Array.isArray(value) || value.length === 0) {
      throw new Error(`LoRADense: expected elasticRanks to be a non-empty list of ranks, got ${describe(value)} — pass for example elasticRanks: [${this.rank}, ${Math.max(1, Math.ceil(this.rank / 2))}]`);
    }
    return [...new Set(value.map((rank) => this.checkRank('elasticRanks entries', rank)))].sort((a, b) => a - b);
  }
  /**
   * A LoRA layer computing what `dense` computes (B = 0), with dense's kernel, bias, units,
   * activation and useBias. `dense` must be built (called once, or part of a built model).
   */
  static fromDense(dense: tfl.layers.Layer, options: Omit<LoRADenseOptions, 'units' | 'activation' | 'useBias'> = {}): LoRADense {
    const where = 'LoRADense.fromDense';
    if (!(dense instanceof tfl.layers.Layer) || dense.getClassName() !== 'Dense') {
      throw new Error(`${where}: expected a tf.layers.dense layer, got ${dense instanceof tfl.layers.Layer ? dense.getClassName() : describe(dense)} — wrap Dense layers only`);
    }
    if (!dense.built) throw new Error(`${where}: expected a built Dense layer, got '${dense.name}' unbuilt — call it once or build its model first`);
    const config = dense.getConfig();
    if (typeof config.activation !== 'string') throw new Error(`${where}: expected a Dense layer with a named activation, got ${describe(config.activation)} — use an activation string`);
    const layer = new LoRADense({ ...options, units: config.units as number, activation: config.activation, useBias: config.useBias as boolean });
    layer.base = dense.getWeights().map((w) => tf.clone(w));
    return layer;
  }

  /** alpha/rank (for every active rank: a smaller rank truncates the update). */
  get scale(): number {
    return this.alpha / this.rank;
  }

  /** The rank used outside training and by merge() and delta(). */
  get activeRank(): number {
    return this.activeRankValue;
  }

  set activeRank(value: number) {
    if (this.mergedValue) throw new Error(`LoRADense '${this.name}': changing activeRank of a merged layer would leave the old update in the kernel — call unmerge() first`);
    this.activeRankValue = this.checkRank('activeRank', value);
  }

  /** The rank the last call used (drawn in elastic training); null before a call. */
  get lastRank(): number | null {
    return this.lastRankValue;
  }

  /** A's first r columns and B's first r rows. */
  private factors(rank: number): [tf.Tensor2D, tf.Tensor2D] {
    const A = this.loraA!.read() as tf.Tensor2D;
    const B = this.loraB!.read() as tf.Tensor2D;
    if (rank === this.rank) return [A, B];
    return [tf.slice(A, [0, 0], [A.shape[0], rank]), tf.slice(B, [0, 0], [rank, B.shape[1]])];
  }

  /** The rank of this call: a draw from elasticRanks in elastic training, activeRank otherwise. */
  private callRank(training: boolean): number {
    if (!(training && this.elastic)) return this.activeRankValue;
    const uniform = this.seed == null ? Math.random() : uniformFromSeed(this.seed * 7919 + this.calls);
    return this.elasticRanks[Math.min(this.elasticRanks.length - 1, Math.floor(uniform * this.elasticRanks.length))]!;
  }

  /** Whether A·B is folded into the kernel. */
  get merged(): boolean {
    return this.mergedValue;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = featureSize(this, inputShape);
    this.kernel = this.addWeight('kernel', [features, this.units], 'float32', this.kernelInitializer, undefined, false);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', this.biasInitializer, undefined, true);
    this.loraA = this.addWeight('lora_kernel_a', [features, this.rank], 'float32', this.loraAInitializer, undefined, true);
    this.loraB = this.addWeight('lora_kernel_b', [this.rank, this.units], 'float32', tfl.initializers.zeros(), undefined, true);
    this.built = true;
    if (this.base) {
      const [kernel, bias] = this.base;
      if (kernel!.shape[0] !== features) {
        throw new Error(`LoRADense '${this.name}': expected inputs with ${kernel!.shape[0]} features (the Dense layer's), got ${shapeText(firstShape(inputShape))} — call it where the Dense layer was`);
      }
      this.kernel.write(kernel!);
      if (bias && this.bias) this.bias.write(bias);
      tf.dispose(this.base);
      this.base = null;
    }
  }

  /** (alpha/rank)·A·B over the first activeRank components, the update merge() adds to the kernel. */
  delta(): tf.Tensor2D {
    this.requireBuilt('delta');
    return tf.tidy(() => tf.mul(tf.matMul(...this.factors(this.activeRankValue)), this.scale)) as tf.Tensor2D;
  }

  private requireBuilt(method: string): void {
    if (!this.built) throw new Error(`LoRADense '${this.name}': ${method}() needs the layer built — call it once (or build its model) first`);
  }

  /** Folds (alpha/rank)·A·B into the kernel; the layer then computes act(x·W' + b). */
  merge(): void {
    this.requireBuilt('merge');
    if (this.mergedValue) throw new Error(`LoRADense '${this.name}': merge() on a merged layer would add the update twice — call unmerge() first`);
    const delta = this.delta();
    const updated = tf.tidy(() => tf.add(this.kernel!.read(), delta));
    // write() points the variable at the new values; the tensor handles themselves are ours to free.
    this.kernel!.write(updated);
    tf.dispose([updated, delta]);
    this.mergedValue = true;
  }

  /** Takes (alpha/rank)·A·B out of the kernel again. */
  unmerge(): void {
    this.requireBuilt('unmerge');
    if (!this.mergedValue) throw new Error(`LoRADense '${this.name}': unmerge() on a layer that is not merged would subtract the update — call merge() first`);
    const delta = this.delta();
    const updated = tf.tidy(() => tf.sub(this.kernel!.read(), delta));
    // write() points the variable at the new values; the tensor handles themselves are ours to free.
    this.kernel!.write(updated);
    tf.dispose([updated, delta]);
    this.mergedValue = false;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const features = this.kernel!.shape[0]!;
      if (x.shape[x.rank - 1] !== features) {
        throw new Error(`LoRADense '${this.name}': expected ${features} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const rows = tf.reshape(x, [-1, features]);
      let out = tf.matMul(rows, this.kernel!.read());
      if (!this.mergedValue) {
        const training = kwargs.training === true;
        const rank = this.callRank(training);
        this.lastRankValue = rank;
        const adapterInput = training && this.dropoutRate > 0
          ? tf.dropout(rows, this.dropoutRate, undefined, this.seed == null ? undefined : this.seed + this.calls)
          : rows;
        if (training && (this.dropoutRate > 0 || this.elastic)) this.calls++;
        const [A, B] = this.factors(rank);
        // (x·A)·B: rank-r products, never the [features, units] update.
        out = tf.add(out, tf.mul(tf.matMul(tf.matMul(adapterInput, A), B), this.scale));
      }
      if (this.bias) out = tf.add(out, this.bias.read());
      return tf.reshape(this.apply_(out), [...x.shape.slice(0, -1), this.units]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return unitsOutputShape(inputShape, this.units);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      activation: this.activation,
      useBias: this.useBias,
      rank: this.rank,
      alpha: this.alpha,
      dropout: this.dropoutRate,
      merged: this.mergedValue,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      loraAInitializer: serializeInitializer(this.loraAInitializer),
      seed: this.seed,
      elastic: this.elastic,
      elasticRanks: [...this.elasticRanks],
      activeRank: this.activeRankValue,
    };
  }
}
