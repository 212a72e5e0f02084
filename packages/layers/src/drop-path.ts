// DropPath, stochastic depth on residual branches (Zoph et al., "Learning Transferable
// Architectures for Scalable Image Recognition", NASNet's ScheduledDropPath; timm's DropPath),
// and TF-Addons' StochasticDepth layer, which has different semantics and keeps them:
// one Bernoulli draw for the whole batch on [shortcut, residual], no rescaling in training,
// shortcut + survivalProbability·residual at inference.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkBoolean, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface DropPathOptions extends LayerArgs {
  /** Probability of dropping a sample's branch in training. Settable between batches. Default 0. */
  rate?: number;
  /** Divide kept samples by 1 − rate, so the expectation is the input. Default true. */
  scaleByKeep?: boolean;
  /** Seed of the draws (advanced on every call). Default none. */
  seed?: number | null;
}

export interface DropPathRateOptions {
  /** The final (largest) drop probability. */
  rate: number;
  /** 0-based index of the cell or block. */
  cell: number;
  /** Number of cells or blocks. */
  cells: number;
  /** Training step now; with totalSteps, the rate ramps up linearly over training (NASNet). */
  step?: number;
  totalSteps?: number;
}

/**
 * NASNet's ScheduledDropPath rate of cell c of N at step t: rate·((c + 1)/N)·min(1, t/totalSteps);
 * without totalSteps, no time ramp: rate·(c + 1)/N.
 */
export function dropPathRate(options: DropPathRateOptions): number {
  const where = 'dropPathRate';
  const rate = checkNumber(where, 'rate', options.rate, undefined, { min: 0, max: 1, maxExclusive: true });
  const cells = checkNumber(where, 'cells', options.cells, undefined, { min: 1, integer: true });
  const cell = checkNumber(where, 'cell', options.cell, undefined, { min: 0, max: cells - 1, integer: true });
  const depth = rate * ((cell + 1) / cells);
  if (options.totalSteps == null) return depth;
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: 1 });
  const step = checkNumber(where, 'step', options.step, 0, { min: 0 });
  return depth * Math.min(1, step / totalSteps);
}

/** The depth-linear rule (timm, DeiT): block b of B gets rate·b/(B − 1), the first block 0. */
export function linearDropPathRates(rate: number, blocks: number): number[] {
  checkNumber('linearDropPathRates', 'rate', rate, undefined, { min: 0, max: 1, maxExclusive: true });
  checkNumber('linearDropPathRates', 'blocks', blocks, undefined, { min: 1, integer: true });
  return Array.from({ length: blocks }, (_, b) => (blocks === 1 ? 0 : (rate * b) / (blocks - 1)));
}

/** Per-sample drop of the input in training: x·keep/(1 − rate), keep ~ Bernoulli(1 − rate) per sample. */
export class DropPath extends tfl.layers.Layer {
  static className = 'DropPath';
  private rateValue: number;
  readonly scaleByKeep: boolean;
  readonly seed: number | null;
  private calls = 0;

  constructor(options: DropPathOptions = {}) {
    const where = 'DropPath';
    super(layerArgs(where, options, ['rate', 'scaleByKeep', 'seed']));
    this.rateValue = checkNumber(where, 'rate', options.rate, 0, { min: 0, max: 1, maxExclusive: true });
    this.scaleByKeep = checkBoolean(where, 'scaleByKeep', options.scaleByKeep, true);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    this.supportsMasking = true;
  }

  /** The drop probability of the next training call; a scheduler sets it. */
  get rate(): number {
    return this.rateValue;
  }

  set rate(value: number) {
    this.rateValue = checkNumber(`DropPath '${this.name}'`, 'rate', value, undefined, { min: 0, max: 1, maxExclusive: true });
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    const x = Array.isArray(inputs) ? inputs[0]! : inputs;
    // Inference and rate 0: the input itself, with no rescaling.
    if (kwargs.training !== true || this.rateValue === 0) return tf.clone(x);
    if (x.rank < 1) throw new Error(`DropPath '${this.name}': expected an input with a batch axis, got a scalar — pass [batch, ...] values`);
    const keepProbability = 1 - this.rateValue;
    return tf.tidy(() => {
      const shape = [x.shape[0]!, ...x.shape.slice(1).map(() => 1)];
      const draws = tf.randomUniform(shape, 0, 1, 'float32', this.seed == null ? undefined : this.seed + this.calls++);
      const keep = tf.cast(tf.less(draws, keepProbability), 'float32');
      const kept = tf.mul(x, keep);
      return this.scaleByKeep ? tf.div(kept, keepProbability) : kept;
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rate: this.rateValue, scaleByKeep: this.scaleByKeep, seed: this.seed };
  }
}

export interface StochasticDepthOptions extends LayerArgs {
  /** Probability of keeping the residual branch in training. Default 0.5 (TF-Addons). */
  survivalProbability?: number;
  /** Seed of the draws (advanced on every call). Default none. */
  seed?: number | null;
}

/**
 * TF-Addons' StochasticDepth on [shortcut, residual]: training: shortcut + b·residual with one
 * b ~ Bernoulli(survivalProbability) for the whole batch; inference: shortcut + p·residual.
 */
export class StochasticDepth extends tfl.layers.Layer {
  static className = 'StochasticDepth';
  readonly survivalProbability: number;
  readonly seed: number | null;
  private calls = 0;

  constructor(options: StochasticDepthOptions = {}) {
    const where = 'StochasticDepth';
    super(layerArgs(where, options, ['survivalProbability', 'seed']));
    this.survivalProbability = checkNumber(where, 'survivalProbability', options.survivalProbability, 0.5, { min: 0, max: 1 });
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  private pair(inputs: unknown): [unknown, unknown] {
    if (!Array.isArray(inputs) || inputs.length !== 2) {
      const got = Array.isArray(inputs) ? `a list of ${inputs.length}` : inputs instanceof tf.Tensor ? `one tensor of shape ${shapeText(inputs.shape)}` : `one input (${describe(inputs)})`;
      throw new Error(`StochasticDepth '${this.name}': expected two inputs [shortcut, residual], got ${got} — call it on [shortcut, residual]`);
    }
    return [inputs[0], inputs[1]];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    const [shortcut, residual] = this.pair(inputs) as [tf.Tensor, tf.Tensor];
    return tf.tidy(() => {
      if (kwargs.training !== true) return tf.add(shortcut, tf.mul(residual, this.survivalProbability));
      const draw = tf.randomUniform([], 0, 1, 'float32', this.seed == null ? undefined : this.seed + this.calls++);
      return tf.add(shortcut, tf.mul(residual, tf.cast(tf.less(draw, this.survivalProbability), 'float32')));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    if (!Array.isArray(inputShape[0])) {
      throw new Error(`StochasticDepth '${this.name}': expected two inputs [shortcut, residual], got one input of shape ${shapeText((inputShape as tfl.Shape))} — call it on [shortcut, residual]`);
    }
    const [shortcut, residual] = this.pair(inputShape) as [tfl.Shape, tfl.Shape];
    if (shortcut.length !== residual.length || shortcut.some((size, i) => size != null && residual[i] != null && size !== residual[i])) {
      throw new Error(`StochasticDepth '${this.name}': expected shortcut and residual of one shape, got ${shapeText(shortcut)} and ${shapeText(residual)} — project the shortcut to the residual's shape`);
    }
    return shortcut;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), survivalProbability: this.survivalProbability, seed: this.seed };
  }
}

/** Sets each DropPath's rate before every batch of model.fit from NASNet's schedule (cell i of the list). */
export class DropPathScheduler extends tfl.Callback {
  step = 0;
  constructor(readonly layers: readonly DropPath[], readonly options: { rate: number; totalSteps?: number }) {
    super();
    if (!Array.isArray(layers) || layers.length === 0 || !layers.every((layer) => layer instanceof DropPath)) {
      throw new Error('DropPathScheduler: expected a non-empty list of DropPath layers, in depth order — pass model.layers.filter((l) => l instanceof DropPath)');
    }
    dropPathRate({ rate: options.rate, cell: 0, cells: layers.length, step: 0, totalSteps: options.totalSteps });
  }

  override async onBatchBegin(): Promise<void> {
    this.layers.forEach((layer, cell) => {
      layer.rate = dropPathRate({ rate: this.options.rate, cell, cells: this.layers.length, step: this.step, totalSteps: this.options.totalSteps });
    });
  }

  override async onBatchEnd(): Promise<void> {
    this.step += 1;
  }
}
