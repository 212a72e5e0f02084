/**
 * Training-time weight averages over a LayersModel: EMA (merge.ema, "Improving Online Continual
 * Learning Performance and Stability with Temporal Ensembles") and SWA (merge.swa). Both keep a
 * float64 shadow of every model variable, trainable weights and BatchNorm moving statistics
 * alike, and swap it into the model for evaluation or saving.
 */
import type { LayersModel } from '@tensorflow/tfjs-layers';
import * as tf from '@tensorflow/tfjs-core';

interface ShadowState {
  readonly names: string[];
  readonly shadows: Float64Array[];
  live: tf.Tensor[] | null;
}

function snapshot(model: LayersModel): Float64Array[] {
  return model.weights.map((weight) => Float64Array.from(weight.read().dataSync()));
}

function checkModel(operation: string, model: LayersModel, state: ShadowState): void {
  const names = model.weights.map((weight) => weight.originalName);
  if (names.length !== state.names.length || names.some((name, index) => name !== state.names[index])) {
    throw new Error(`${operation}: expected the model the average was created for (${state.names.length} weights), got one with ${names.length} other weights — use one average per model`);
  }
}

/** Swaps shadow values into the model (and back): the base of EMA and SWA. */
abstract class ShadowWeights {
  protected readonly model: LayersModel;
  protected readonly state: ShadowState;

  constructor(model: LayersModel) {
    this.model = model;
    this.state = { names: model.weights.map((weight) => weight.originalName), shadows: snapshot(model), live: null };
  }

  /** The averaged values as a weight map (new tensors; dispose them). */
  weights(): tf.NamedTensorMap {
    return Object.fromEntries(this.state.names.map((name, index) => [
      name, tf.tensor(Float32Array.from(this.state.shadows[index]!), this.model.weights[index]!.shape as number[], this.model.weights[index]!.dtype),
    ]));
  }

  /** Puts the averaged weights into the model, keeping the live ones to restore bit-for-bit. */
  swapIn(): void {
    checkModel('swapIn', this.model, this.state);
    if (this.state.live) throw new Error('swapIn: expected live weights in the model, got the average already swapped in — call swapOut first');
    this.state.live = this.model.weights.map((weight) => weight.read().clone());
    const averaged = this.weights();
    this.model.setWeights(this.state.names.map((name) => averaged[name]!));
    for (const tensor of Object.values(averaged)) tensor.dispose();
  }

  swapOut(): void {
    if (!this.state.live) throw new Error('swapOut: expected the average swapped in, got live weights — call swapIn first');
    this.model.setWeights(this.state.live);
    for (const tensor of this.state.live) tensor.dispose();
    this.state.live = null;
  }

  protected current(): Float64Array[] {
    checkModel('update', this.model, this.state);
    if (this.state.live) throw new Error('update: expected live weights in the model, got the average swapped in — call swapOut before training on');
    return snapshot(this.model);
  }
}

export interface WeightEmaOptions {
  /** β after warmup (default 0.99). */
  readonly decay?: number;
  /** Update after every n-th call of step() (default 1). */
  readonly updateEvery?: number;
  /** 'none': β = decay; 'step': β = warmupDecay for the first warmupSteps updates; 'tf': β = min(decay, (1 + t)/(10 + t)). */
  readonly warmup?: 'none' | 'step' | 'tf';
  readonly warmupDecay?: number;
  readonly warmupSteps?: number;
}

/** Exponential moving average of a model's weights: θ_ema ← β·θ_ema + (1 − β)·θ. */
export class WeightEma extends ShadowWeights {
  readonly decay: number;
  readonly updateEvery: number;
  readonly warmup: 'none' | 'step' | 'tf';
  readonly warmupDecay: number;
  readonly warmupSteps: number;
  private steps = 0;
  /** Number of EMA updates so far (t in the decay rules). */
  updates = 0;

  constructor(model: LayersModel, options: WeightEmaOptions = {}) {
    super(model);
    this.decay = options.decay ?? 0.99;
    this.updateEvery = options.updateEvery ?? 1;
    this.warmup = options.warmup ?? 'none';
    this.warmupDecay = options.warmupDecay ?? 0.9;
    this.warmupSteps = options.warmupSteps ?? 0;
    for (const [name, value] of [['decay', this.decay], ['warmupDecay', this.warmupDecay]] as const) {
      if (!(value >= 0 && value <= 1)) throw new Error(`WeightEma: expected ${name} in [0, 1], got ${value} — use a decay like 0.99`);
    }
    if (!Number.isInteger(this.updateEvery) || this.updateEvery < 1) {
      throw new Error(`WeightEma: expected updateEvery to be a positive integer, got ${this.updateEvery} — use 1 to update every step`);
    }
  }

  /** β for update number t (from 1). */
  betaAt(t: number): number {
    if (this.warmup === 'step') return t <= this.warmupSteps ? this.warmupDecay : this.decay;
    if (this.warmup === 'tf') return Math.min(this.decay, (1 + t) / (10 + t));
    return this.decay;
  }

  /** Call after each optimizer step; updates the shadow every `updateEvery` calls. */
  step(): void {
    this.steps++;
    if (this.steps % this.updateEvery !== 0) return;
    const current = this.current();
    this.updates++;
    const beta = this.betaAt(this.updates);
    this.model.weights.forEach((weight, index) => {
      const shadow = this.state.shadows[index]!;
      const live = current[index]!;
      // Integer variables (step counters) are copied, not averaged.
      if (weight.dtype !== 'float32') { shadow.set(live); return; }
      for (let position = 0; position < shadow.length; position++) shadow[position] = beta * shadow[position]! + (1 - beta) * live[position]!;
    });
  }

  /** Arguments for `new tfl.CustomCallback(...)`: updates after every batch. */
  callbackArgs(): { onBatchEnd: () => Promise<void> } {
    return { onBatchEnd: async () => this.step() };
  }
}

/** Stochastic weight averaging: the running mean of snapshots collected from `startEpoch` on, every `frequency` epochs. */
export class WeightAverage extends ShadowWeights {
  readonly startEpoch: number;
  readonly frequency: number;
  /** Snapshots averaged so far. */
  count = 0;

  constructor(model: LayersModel, options: { startEpoch?: number; frequency?: number } = {}) {
    super(model);
    this.startEpoch = options.startEpoch ?? 0;
    this.frequency = options.frequency ?? 1;
    if (!Number.isInteger(this.frequency) || this.frequency < 1) {
      throw new Error(`WeightAverage: expected frequency to be a positive integer, got ${this.frequency} — use 1 for every epoch`);
    }
  }

  /** Adds the model's current weights to the average. */
  collect(): void {
    const current = this.current();
    this.count++;
    current.forEach((live, index) => {
      const shadow = this.state.shadows[index]!;
      if (this.count === 1) { shadow.set(live); return; }
      for (let position = 0; position < shadow.length; position++) shadow[position] = shadow[position]! + (live[position]! - shadow[position]!) / this.count;
    });
  }

  /** Call at the end of each epoch (0-based); collects when the schedule says so. */
  epochEnd(epoch: number): void {
    if (epoch >= this.startEpoch && (epoch - this.startEpoch) % this.frequency === 0) this.collect();
  }

  callbackArgs(): { onEpochEnd: (epoch: number) => Promise<void> } {
    return { onEpochEnd: async (epoch: number) => this.epochEnd(epoch) };
  }
}
