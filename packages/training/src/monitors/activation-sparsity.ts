// Activation sparsity and dead units (the statistics of "ReLU² Wins" and "Sparsing Law"). Units
// are the last axis of an activation tensor; every other axis counts tokens (examples, positions).
// (1) sparsity: the fraction of entries with |a| <= threshold (0: the exact zeros of ReLU);
// (2) dead rate: the fraction of units inactive on every token; deadFraction > 0 counts units
// active on fewer than that fraction of tokens instead (Sparsing Law's 0.1%);
// (3) CETT (cumulative errors of tail truncation) for an FFN with output y = a·W_down: neuron j's
// contribution on a token is n_j = |a_j|·‖W_down[j, :]‖ (tfjs kernels are [in, out], so neuron j is
// row j); for a threshold t, CETT(t) = mean over tokens of ‖Σ_{n_j <= t} a_j·W_down[j, :]‖/‖y‖.
// `cettThreshold` finds the largest of 65536 evenly spaced candidates between min n and the 0.99
// quantile of n whose CETT stays within the target (binary search: CETT grows with t), as the
// Sparsing Law code does; a neuron is inactive on a token when n_j < t.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkNumber, checkOptionNames, describe } from '../options.js';

export interface SparsityOptions {
  /** |a| <= threshold counts as inactive. Default 0. */
  threshold?: number;
  /** A unit is dead when active on fewer than this fraction of tokens; 0 (default): on none. */
  deadFraction?: number;
}

export interface SparsityStatistics {
  /** Fraction of inactive entries. */
  readonly sparsity: number;
  /** Fraction of dead units. */
  readonly deadRate: number;
  /** Per unit, the fraction of tokens on which it is active. */
  readonly activeFractions: number[];
}

function activations2d(where: string, activations: tf.Tensor): tf.Tensor2D {
  if (!(activations instanceof tf.Tensor) || activations.rank < 1) {
    throw new Error(`${where}: expected an activation tensor [..., units], got ${activations instanceof tf.Tensor ? 'a scalar' : describe(activations)}`);
  }
  return tf.reshape(activations, [-1, activations.shape[activations.rank - 1]!]) as tf.Tensor2D;
}

/** Sparsity and dead-unit rate of one activation tensor. */
export function activationSparsity(activations: tf.Tensor, options: SparsityOptions = {}): SparsityStatistics {
  const where = 'activationSparsity';
  checkOptionNames(where, options, ['threshold', 'deadFraction']);
  const threshold = checkNumber(where, 'threshold', options.threshold, 0, { min: 0 });
  const deadFraction = checkNumber(where, 'deadFraction', options.deadFraction, 0, { min: 0, max: 1 });
  const [sparsity, fractions] = tf.tidy((): tf.Tensor[] => {
    const active = tf.cast(tf.greater(tf.abs(activations2d(where, activations)), threshold), 'float32');
    return [tf.sub(1, tf.mean(active)), tf.mean(active, 0)];
  });
  const activeFractions = Array.from(fractions!.dataSync());
  const inactive = sparsity!.dataSync()[0]!;
  tf.dispose([sparsity!, fractions!]);
  const dead = activeFractions.filter((fraction) => (deadFraction === 0 ? fraction === 0 : fraction < deadFraction)).length;
  return { sparsity: inactive, deadRate: activeFractions.length === 0 ? 0 : dead / activeFractions.length, activeFractions };
}

/** CETT(t) of activations a [tokens, dff] (any leading axes) through W_down [dff, dmodel]. */
export function cett(activations: tf.Tensor, downKernel: tf.Tensor, threshold: number): number {
  const where = 'cett';
  const value = tf.tidy(() => cettTensor(where, activations2d(where, activations), downKernel, threshold));
  const result = value.dataSync()[0]!;
  value.dispose();
  return result;
}

function checkKernel(where: string, activations: tf.Tensor2D, downKernel: tf.Tensor): void {
  if (!(downKernel instanceof tf.Tensor) || downKernel.rank !== 2 || downKernel.shape[0] !== activations.shape[1]) {
    throw new Error(`${where}: expected the down-projection kernel [${activations.shape[1]}, dmodel] (tfjs Dense kernels are [in, out]), got ${downKernel instanceof tf.Tensor ? `shape [${downKernel.shape}]` : describe(downKernel)}`);
  }
}

function cettTensor(where: string, activations: tf.Tensor2D, downKernel: tf.Tensor, threshold: number | tf.Scalar): tf.Scalar {
  checkKernel(where, activations, downKernel);
  const contributions = tf.mul(tf.abs(activations), tf.norm(downKernel, 'euclidean', 1));
  const dropped = tf.mul(activations, tf.cast(tf.lessEqual(contributions, threshold), 'float32'));
  const output = tf.norm(tf.matMul(activations, downKernel as tf.Tensor2D), 'euclidean', 1);
  const error = tf.norm(tf.matMul(dropped, downKernel as tf.Tensor2D), 'euclidean', 1);
  return tf.mean(tf.div(error, tf.maximum(output, 1e-30))) as tf.Scalar;
}

export interface CettThreshold {
  /** The chosen threshold t (neurons with n_j < t are inactive). */
  readonly threshold: number;
  /** CETT at t. */
  readonly cett: number;
  /** Fraction of (token, neuron) pairs with n_j < t. */
  readonly sparsity: number;
}

/** The largest candidate threshold whose CETT is <= target. */
export function cettThreshold(activations: tf.Tensor, downKernel: tf.Tensor, target: number, candidates = 65536): CettThreshold {
  const where = 'cettThreshold';
  checkNumber(where, 'target', target, undefined, { min: 0, max: 1 });
  checkNumber(where, 'candidates', candidates, undefined, { min: 2, integer: true });
  const rows = tf.tidy(() => activations2d(where, activations));
  try {
    checkKernel(where, rows, downKernel);
    const contributions = tf.tidy(() => tf.mul(tf.abs(rows), tf.norm(downKernel, 'euclidean', 1)));
    const sorted = Float64Array.from(contributions.dataSync()).sort();
    contributions.dispose();
    // torch.quantile's linear interpolation.
    const position = 0.99 * (sorted.length - 1);
    const below = Math.floor(position);
    const high = sorted[below]! + (position - below) * ((sorted[Math.min(below + 1, sorted.length - 1)] ?? sorted[below]!) - sorted[below]!);
    const low = sorted[0]!;
    const candidate = (index: number) => low + ((high - low) * index) / (candidates - 1);
    const at = (t: number) => {
      const value = tf.tidy(() => cettTensor(where, rows, downKernel, t));
      const result = value.dataSync()[0]!;
      value.dispose();
      return result;
    };
    // Largest index with CETT <= target; index 0 is taken when none qualifies.
    let lower = 0;
    let upper = candidates - 1;
    if (at(candidate(upper)) <= target) lower = upper;
    else {
      while (upper - lower > 1) {
        const middle = (lower + upper) >> 1;
        if (at(candidate(middle)) <= target) lower = middle;
        else upper = middle;
      }
    }
    const threshold = candidate(lower);
    let inactive = 0;
    for (const value of sorted) if (value < threshold) inactive += 1;
    return { threshold, cett: at(threshold), sparsity: inactive / sorted.length };
  } finally {
    rows.dispose();
  }
}

export interface ActivationSparsityMonitorOptions extends SparsityOptions {
  /** Evaluation inputs, run through the model after every measured epoch. Required. */
  x?: tf.Tensor | tf.Tensor[];
  /** Layer names to measure; default every layer with a ReLU-like activation (and activation layers). */
  layers?: string[];
  /** Measure every `every` epochs. Default 1. */
  every?: number;
  /** Write 'sparsity/<layer>' and 'dead/<layer>' into the epoch logs. Default true. */
  log?: boolean;
}

export const ACTIVATION_SPARSITY_MONITOR_OPTION_NAMES = ['x', 'layers', 'every', 'log', 'threshold', 'deadFraction'] as const;

const ACTIVATION_LAYERS = new Set(['ReLU', 'Activation', 'LeakyReLU', 'ELU', 'ThresholdedReLU', 'PReLU', 'Softmax']);

export class ActivationSparsityMonitor extends tfl.Callback {
  readonly x: tf.Tensor | tf.Tensor[];
  readonly layerNames: string[] | null;
  readonly every: number;
  readonly log: boolean;
  readonly threshold: number;
  readonly deadFraction: number;
  /** Per layer, the statistics of every measured epoch. */
  readonly history: Record<string, Array<{ sparsity: number; deadRate: number }>> = {};

  constructor(options: ActivationSparsityMonitorOptions) {
    super();
    const where = 'ActivationSparsityMonitor';
    checkOptionNames(where, options, ACTIVATION_SPARSITY_MONITOR_OPTION_NAMES);
    if (!(options.x instanceof tf.Tensor) && !(Array.isArray(options.x) && options.x.every((input) => input instanceof tf.Tensor))) {
      throw new Error(`${where}: expected x, the evaluation inputs (a tensor or an array of tensors), got ${describe(options.x)}`);
    }
    this.x = options.x;
    this.layerNames = options.layers ?? null;
    this.every = checkNumber(where, 'every', options.every, 1, { min: 1, integer: true });
    this.log = checkBoolean(where, 'log', options.log, true);
    this.threshold = checkNumber(where, 'threshold', options.threshold, 0, { min: 0 });
    this.deadFraction = checkNumber(where, 'deadFraction', options.deadFraction, 0, { min: 0, max: 1 });
  }

  private layers(model: tfl.LayersModel): tfl.layers.Layer[] {
    if (this.layerNames != null) return this.layerNames.map((name) => model.getLayer(name));
    return model.layers.filter((layer) => {
      if (ACTIVATION_LAYERS.has(layer.getClassName())) return layer.getClassName() !== 'Softmax';
      const activation = (layer as unknown as { activation?: { getClassName(): string } | null }).activation;
      return activation != null && ['relu', 'relu6', 'elu', 'selu', 'LeakyReLU'].includes(activation.getClassName());
    });
  }

  /** The statistics of every measured layer on x, now. */
  measure(): Record<string, SparsityStatistics> {
    const model = this.model as tfl.LayersModel;
    const layers = this.layers(model);
    if (layers.length === 0) throw new Error('ActivationSparsityMonitor: found no layer with a ReLU-like activation — pass layers: [names]');
    const probe = tfl.model({ inputs: model.inputs, outputs: layers.map((layer) => layer.output as tfl.SymbolicTensor) });
    const outputs = probe.predict(this.x) as tf.Tensor | tf.Tensor[];
    const list = Array.isArray(outputs) ? outputs : [outputs];
    const result: Record<string, SparsityStatistics> = {};
    try {
      layers.forEach((layer, index) => {
        result[layer.name] = activationSparsity(list[index]!, { threshold: this.threshold, deadFraction: this.deadFraction });
      });
    } finally {
      tf.dispose(list);
    }
    return result;
  }

  override async onEpochEnd(epoch: number, logs?: tfl.Logs): Promise<void> {
    if ((epoch + 1) % this.every !== 0) return;
    for (const [name, statistics] of Object.entries(this.measure())) {
      (this.history[name] ??= []).push({ sparsity: statistics.sparsity, deadRate: statistics.deadRate });
      if (this.log && logs) {
        logs[`sparsity/${name}`] = statistics.sparsity;
        logs[`dead/${name}`] = statistics.deadRate;
      }
    }
  }
}

/** `model.fit(x, y, {callbacks: [activationSparsityMonitor({x: evaluationBatch})]})`. */
export function activationSparsityMonitor(options: ActivationSparsityMonitorOptions): ActivationSparsityMonitor {
  return new ActivationSparsityMonitor(options);
}

export interface CettForPerplexityOptions {
  /** The loss of the sparsified model for a CETT target c (the caller thresholds each FFN with cettThreshold and evaluates). Required. */
  evaluate?: (cett: number) => number;
  /** The dense model's loss. Required. */
  denseLoss?: number;
  /** Allowed perplexity increase: exp(loss_sparse − loss_dense) < 1 + p. Default 0.01. */
  p?: number;
  /** Bisection tolerance on c. Default 1e-6. */
  tolerance?: number;
}

/**
 * PPL-p% (Sparsing Law): the largest CETT target c in [0, 1] whose sparsified model keeps
 * exp(loss_sparse − loss_dense) < 1 + p, by bisection (the loss grows with c).
 */
export function cettForPerplexity(options: CettForPerplexityOptions): { cett: number; evaluations: number } {
  const where = 'cettForPerplexity';
  checkOptionNames(where, options, ['evaluate', 'denseLoss', 'p', 'tolerance']);
  if (typeof options?.evaluate !== 'function') throw new Error(`${where}: expected evaluate, a function from a CETT target to the sparsified model's loss, got ${describe(options?.evaluate)}`);
  const denseLoss = checkNumber(where, 'denseLoss', options.denseLoss, undefined);
  const p = checkNumber(where, 'p', options.p, 0.01, { min: 0, minExclusive: true });
  const tolerance = checkNumber(where, 'tolerance', options.tolerance, 1e-6, { min: 0, minExclusive: true });
  let evaluations = 0;
  const acceptable = (c: number) => {
    evaluations += 1;
    return Math.exp(options.evaluate!(c) - denseLoss) < 1 + p;
  };
  let low = 0;
  let high = 1;
  if (acceptable(high)) return { cett: 1, evaluations };
  while (high - low > tolerance) {
    const middle = (low + high) / 2;
    if (acceptable(middle)) low = middle;
    else high = middle;
  }
  return { cett: low, evaluations };
}
