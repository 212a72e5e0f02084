// Temperature scaling ("On Calibration of Modern Neural Networks", Guo et al.): one scalar T > 0,
// fitted to minimise the NLL of softmax(z/T) on held-out logits, divides the logits at inference.
// Accuracy never changes (argmax is invariant to T). The fit runs in float64 on the host: the NLL
// is convex in β = 1/T (log Σ exp(βz) − βz_y), so a golden-section search over log β finds the
// minimum to ~1e-12 relative in β. ECE is the usual equal-width binned |accuracy − confidence|.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, describe, type LayerArgs } from '../options.js';

function rowsOf(where: string, logits: tf.Tensor | number[][]): number[][] {
  const rows = logits instanceof tf.Tensor ? (logits.rank === 2 ? (logits.arraySync() as number[][]) : null) : logits;
  if (!Array.isArray(rows) || rows.length === 0 || rows.some((row) => !Array.isArray(row) || row.length < 2 || row.length !== rows[0]!.length)) {
    throw new Error(`${where}: expected logits [examples, classes] with at least 2 classes, got ${logits instanceof tf.Tensor ? `shape [${logits.shape}]` : describe(logits)}`);
  }
  return rows;
}

function labelsOf(where: string, labels: tf.Tensor | number[], count: number, classes: number): number[] {
  let list: number[];
  if (labels instanceof tf.Tensor) {
    if (labels.rank === 2) {
      const indices = tf.argMax(labels, 1);
      list = Array.from(indices.dataSync());
      indices.dispose();
    } else list = Array.from(labels.dataSync());
  } else list = labels;
  if (!Array.isArray(list) || list.length !== count || list.some((label) => !Number.isInteger(label) || label < 0 || label >= classes)) {
    throw new Error(`${where}: expected ${count} class labels in [0, ${classes}) (indices or one-hot rows), got ${labels instanceof tf.Tensor ? `shape [${labels.shape}]` : describe(labels)}`);
  }
  return list;
}

/** Mean NLL of softmax(β·z) at labels y, in float64. */
function negativeLogLikelihood(rows: number[][], labels: number[], beta: number): number {
  let total = 0;
  rows.forEach((row, index) => {
    let top = -Infinity;
    for (const value of row) top = Math.max(top, beta * value);
    let sum = 0;
    for (const value of row) sum += Math.exp(beta * value - top);
    total += top + Math.log(sum) - beta * row[labels[index]!]!;
  });
  return total / rows.length;
}

function softmaxRows(rows: number[][], beta: number): number[][] {
  return rows.map((row) => {
    const top = Math.max(...row.map((value) => beta * value));
    const exps = row.map((value) => Math.exp(beta * value - top));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((value) => value / sum);
  });
}

/** Expected calibration error of probabilities (rows sum to 1) with `bins` equal-width confidence bins. */
export function expectedCalibrationError(probabilities: tf.Tensor | number[][], labels: tf.Tensor | number[], bins = 15): number {
  const where = 'expectedCalibrationError';
  checkNumber(where, 'bins', bins, undefined, { min: 1, integer: true });
  const rows = rowsOf(where, probabilities);
  const truth = labelsOf(where, labels, rows.length, rows[0]!.length);
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  rows.forEach((row, index) => {
    let best = 0;
    for (let c = 1; c < row.length; c++) if (row[c]! > row[best]!) best = c;
    const top = row[best]!;
    // Bins (i/B, (i+1)/B]; a confidence of 0 joins the first.
    const bin = Math.min(bins - 1, Math.max(0, Math.ceil(top * bins) - 1));
    count[bin] += 1;
    confidence[bin] += top;
    if (best === truth[index]) correct[bin] += 1;
  });
  return count.reduce((sum, n, bin) => (n === 0 ? sum : sum + Math.abs(correct[bin]! - confidence[bin]!) / rows.length), 0);
}

export interface FitTemperatureOptions {
  /** Golden-section iterations. Default 200. */
  iterations?: number;
  /** Bins of the reported ECE. Default 15. */
  bins?: number;
}

export interface TemperatureFit {
  readonly temperature: number;
  readonly nllBefore: number;
  readonly nllAfter: number;
  readonly eceBefore: number;
  readonly eceAfter: number;
}

/** Fits T on validation logits and labels (class indices or one-hot rows). */
export function fitTemperature(logits: tf.Tensor | number[][], labels: tf.Tensor | number[], options: FitTemperatureOptions = {}): TemperatureFit {
  const where = 'fitTemperature';
  checkOptionNames(where, options, ['iterations', 'bins']);
  const iterations = checkNumber(where, 'iterations', options.iterations, 200, { min: 1, integer: true });
  const bins = checkNumber(where, 'bins', options.bins, 15, { min: 1, integer: true });
  const rows = rowsOf(where, logits);
  const truth = labelsOf(where, labels, rows.length, rows[0]!.length);
  // Golden section over u = log β ∈ [log 1e-4, log 1e4].
  const ratio = (Math.sqrt(5) - 1) / 2;
  let low = Math.log(1e-4);
  let high = Math.log(1e4);
  const loss = (u: number) => negativeLogLikelihood(rows, truth, Math.exp(u));
  let left = high - ratio * (high - low);
  let right = low + ratio * (high - low);
  let leftValue = loss(left);
  let rightValue = loss(right);
  for (let step = 0; step < iterations && high - low > 1e-12; step++) {
    if (leftValue <= rightValue) {
      high = right;
      right = left;
      rightValue = leftValue;
      left = high - ratio * (high - low);
      leftValue = loss(left);
    } else {
      low = left;
      left = right;
      leftValue = rightValue;
      right = low + ratio * (high - low);
      rightValue = loss(right);
    }
  }
  const beta = Math.exp((low + high) / 2);
  return {
    temperature: 1 / beta,
    nllBefore: negativeLogLikelihood(rows, truth, 1),
    nllAfter: negativeLogLikelihood(rows, truth, beta),
    eceBefore: expectedCalibrationError(softmaxRows(rows, 1), truth, bins),
    eceAfter: expectedCalibrationError(softmaxRows(rows, beta), truth, bins),
  };
}

export interface TemperatureOptions extends LayerArgs {
  /** T, trainable. Default 1. */
  temperature?: number;
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;

/** y = x/T with a trainable scalar T (the fitted temperature); saves and loads with the model. */
export class Temperature extends tfl.layers.Layer {
  static className = 'Temperature';
  readonly initialTemperature: number;
  private temperatureWeight: tfl.LayerVariable | null = null;

  constructor(options: TemperatureOptions = {}) {
    super(options);
    checkOptionNames('Temperature', options, ['temperature', ...LAYER_ARGS]);
    this.initialTemperature = checkNumber('Temperature', 'temperature', options.temperature, 1, { min: 0, minExclusive: true });
  }

  override build(): void {
    this.temperatureWeight = this.addWeight('temperature', [], 'float32', tfl.initializers.constant({ value: this.initialTemperature }));
    this.built = true;
  }

  /** The current T. */
  get temperature(): number {
    return this.temperatureWeight == null ? this.initialTemperature : this.temperatureWeight.read().dataSync()[0]!;
  }

  set temperature(value: number) {
    const checked = checkNumber('Temperature', 'temperature', value, undefined, { min: 0, minExclusive: true });
    if (this.temperatureWeight == null) throw new Error('Temperature: the layer is not built yet — apply it to an input (or build the model) first');
    this.temperatureWeight.write(tf.scalar(checked));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    return tf.div(input, this.temperatureWeight!.read());
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), temperature: this.initialTemperature };
  }
}
