/**
 * Activation capture (merge.activation-capture): multi-output sub-models that expose the features
 * at named merge points, and per-unit statistics streamed over calibration batches without keeping
 * the activations. Batches are combined with Chan's parallel formula in float64 (exact to rounding,
 * stable for large means). Used by ZipIt!, activation matching and REPAIR-style re-normalisation.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** A model with one output per named layer (its output features), sharing the original weights. */
export function activationCapture(model: tfl.LayersModel, layers: readonly string[]): tfl.LayersModel {
  if (layers.length === 0) throw new Error('activationCapture: expected at least one layer name, got none — name the merge points');
  const outputs = layers.map((name) => {
    const layer = model.layers.find((candidate) => candidate.name === name);
    if (!layer) {
      throw new Error(`activationCapture: expected a layer named '${name}', got none (layers: ${model.layers.map((candidate) => candidate.name).join(', ')}) — fix the name`);
    }
    return layer.output as tfl.SymbolicTensor;
  });
  return tfl.model({ inputs: model.inputs, outputs });
}

/** Streamed per-unit statistics of one feature tensor, flattened over every axis but the last. */
export interface FeatureStatistics {
  readonly count: number;
  readonly units: number;
  readonly mean: Float64Array;
  /** Population variance (divide by count). */
  readonly variance: Float64Array;
  /** Row-major [units, units] population covariance, when requested. */
  readonly covariance: Float64Array | null;
}

/** Accumulates per-unit mean, variance and (optionally) covariance over batches of features. */
export class StreamingStatistics {
  count = 0;
  readonly mean: Float64Array;
  /** Sum of squared deviations (diagonal) or co-deviations (full matrix). */
  private readonly comoment: Float64Array;

  constructor(readonly units: number, readonly withCovariance = false) {
    this.mean = new Float64Array(units);
    this.comoment = new Float64Array(withCovariance ? units * units : units);
  }

  /** Adds `rows` samples of `units` values each (row-major). */
  add(values: ArrayLike<number>): void {
    const units = this.units;
    const rows = values.length / units;
    if (!Number.isInteger(rows)) throw new Error(`StreamingStatistics: expected a multiple of ${units} values, got ${values.length} — pass whole samples`);
    if (rows === 0) return;
    const batchMean = new Float64Array(units);
    for (let row = 0; row < rows; row++) for (let unit = 0; unit < units; unit++) batchMean[unit] += values[row * units + unit]!;
    for (let unit = 0; unit < units; unit++) batchMean[unit] /= rows;
    const batchComoment = new Float64Array(this.comoment.length);
    const deviation = new Float64Array(units);
    for (let row = 0; row < rows; row++) {
      for (let unit = 0; unit < units; unit++) deviation[unit] = values[row * units + unit]! - batchMean[unit]!;
      if (this.withCovariance) {
        for (let i = 0; i < units; i++) for (let j = 0; j < units; j++) batchComoment[i * units + j] += deviation[i]! * deviation[j]!;
      } else {
        for (let unit = 0; unit < units; unit++) batchComoment[unit] += deviation[unit]! ** 2;
      }
    }
    // Chan et al.: combine two partial (count, mean, comoment) triples.
    const total = this.count + rows;
    const delta = batchMean.map((value, unit) => value - this.mean[unit]!);
    const factor = (this.count * rows) / total;
    if (this.withCovariance) {
      for (let i = 0; i < units; i++) for (let j = 0; j < units; j++) this.comoment[i * units + j] += batchComoment[i * units + j]! + factor * delta[i]! * delta[j]!;
    } else {
      for (let unit = 0; unit < units; unit++) this.comoment[unit] += batchComoment[unit]! + factor * delta[unit]! ** 2;
    }
    for (let unit = 0; unit < units; unit++) this.mean[unit] += (delta[unit]! * rows) / total;
    this.count = total;
  }

  result(): FeatureStatistics {
    const units = this.units;
    const variance = new Float64Array(units);
    for (let unit = 0; unit < units; unit++) variance[unit] = this.comoment[this.withCovariance ? unit * units + unit : unit]! / this.count;
    return {
      count: this.count, units, mean: Float64Array.from(this.mean), variance,
      covariance: this.withCovariance ? this.comoment.map((value) => value / this.count) : null,
    };
  }
}

/** Pearson correlation matrix from a covariance (constant units correlate 0, themselves 1 otherwise). */
export function correlationFromCovariance(statistics: FeatureStatistics): Float64Array {
  if (!statistics.covariance) throw new Error('correlationFromCovariance: expected statistics with a covariance, got none — capture with covariance: true');
  const units = statistics.units;
  const result = new Float64Array(units * units);
  for (let i = 0; i < units; i++) {
    for (let j = 0; j < units; j++) {
      const scale = Math.sqrt(statistics.variance[i]! * statistics.variance[j]!);
      result[i * units + j] = scale > 1e-12 ? statistics.covariance[i * units + j]! / scale : 0;
    }
  }
  return result;
}

export interface CaptureStatisticsOptions {
  readonly model: tfl.LayersModel;
  /** Layer names whose outputs are the merge points. */
  readonly layers: readonly string[];
  /** Calibration batches (each a model input). */
  readonly data: readonly (tf.Tensor | tf.Tensor[])[];
  /** Use at most this many batches (default 8, the catalog's default). */
  readonly batches?: number;
  /** Also accumulate full covariance matrices (units² memory per layer). */
  readonly covariance?: boolean;
}

/** Streams the calibration batches through the model and returns per-layer statistics, keyed by layer name. */
export function captureStatistics(options: CaptureStatisticsOptions): Map<string, FeatureStatistics> {
  const batches = options.batches ?? 8;
  if (!Number.isInteger(batches) || batches < 1) throw new Error(`captureStatistics: expected batches to be a positive integer, got ${batches} — use the default 8`);
  const probe = activationCapture(options.model, options.layers);
  const accumulators: StreamingStatistics[] = [];
  for (const batch of options.data.slice(0, batches)) {
    const outputs = tf.tidy(() => {
      const predicted = probe.predict(batch) as tf.Tensor | tf.Tensor[];
      return Array.isArray(predicted) ? predicted : [predicted];
    });
    outputs.forEach((features, index) => {
      const units = features.shape[features.shape.length - 1]!;
      accumulators[index] ??= new StreamingStatistics(units, options.covariance ?? false);
      accumulators[index]!.add(features.dataSync());
      features.dispose();
    });
  }
  if (accumulators.length === 0) throw new Error('captureStatistics: expected at least one calibration batch, got none — pass data');
  return new Map(options.layers.map((name, index) => [name, accumulators[index]!.result()]));
}
