// The LR range test ("Super-Convergence", Smith & Topin; the probe of "Maximal Initial Learning
// Rates in Deep ReLU Networks"): from the model's current weights, train for `steps` batches while
// the learning rate grows exponentially from minLr to maxLr, record the loss of every batch, stop
// once the (optionally smoothed) loss exceeds divergeFactor × its best, and restore the weights
// and the optimizer's state afterwards. losses[k] is the loss of batch k before its update, so the
// update that made the loss diverge is the previous one: divergenceLr = learningRates[k − 1].
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkNumber, checkOptionNames, describe } from '../options.js';
import { getLearningRate, setLearningRate } from '../optimizers/hyper-parameters.js';

export interface LrRangeTestOptions {
  /** First learning rate. Default 1e-7. */
  minLr?: number;
  /** Last learning rate. Default 10. */
  maxLr?: number;
  /** Batches (learning rates) in the sweep. Default 100. */
  steps?: number;
  /** Rows per batch; batches cycle through x. Default 32. */
  batchSize?: number;
  /** β of the bias-corrected moving average of the loss (fastai: 0.98); 0 uses the raw loss. Default 0.98. */
  smoothing?: number;
  /** Divergence: smoothed loss > divergeFactor × best smoothed loss. Default 4. */
  divergeFactor?: number;
  /** Stop the sweep at divergence. Default true. */
  stopOnDivergence?: boolean;
}

export const LR_RANGE_TEST_OPTION_NAMES = ['minLr', 'maxLr', 'steps', 'batchSize', 'smoothing', 'divergeFactor', 'stopOnDivergence'] as const;

export interface LrRangeTestResult {
  readonly learningRates: number[];
  /** Raw loss of each batch. */
  readonly losses: number[];
  readonly smoothedLosses: number[];
  /** The learning rate of the update after which the loss diverged; null when it never did. */
  readonly divergenceLr: number | null;
  /** The learning rate at the lowest smoothed loss. */
  readonly minimumLr: number;
  /** minimumLr/10 (fastai's rule of thumb); one-cycle's maxLr is usually picked just below divergenceLr. */
  readonly suggestedLr: number;
}

const sliceRows = (inputs: tf.Tensor | tf.Tensor[], start: number, size: number) =>
  Array.isArray(inputs) ? inputs.map((input) => tf.slice(input, start, size)) : tf.slice(inputs, start, size);

/** Runs the sweep on a compiled model and restores its weights and optimizer state. */
export async function lrRangeTest(model: tfl.LayersModel, x: tf.Tensor | tf.Tensor[], y: tf.Tensor | tf.Tensor[], options: LrRangeTestOptions = {}): Promise<LrRangeTestResult> {
  const where = 'lrRangeTest';
  checkOptionNames(where, options, LR_RANGE_TEST_OPTION_NAMES);
  if (!(model instanceof tfl.LayersModel)) throw new Error(`${where}: expected a compiled tf.LayersModel, got ${describe(model)}`);
  const optimizer = (model as { optimizer?: tf.Optimizer }).optimizer;
  if (optimizer == null) throw new Error(`${where}: the model has no optimizer — compile it first (the sweep drives its learning rate)`);
  const minLr = checkNumber(where, 'minLr', options.minLr, 1e-7, { min: 0, minExclusive: true });
  const maxLr = checkNumber(where, 'maxLr', options.maxLr, 10, { min: minLr, minExclusive: true });
  const steps = checkNumber(where, 'steps', options.steps, 100, { min: 2, integer: true });
  const batchSize = checkNumber(where, 'batchSize', options.batchSize, 32, { min: 1, integer: true });
  const beta = checkNumber(where, 'smoothing', options.smoothing, 0.98, { min: 0, max: 1, maxExclusive: true });
  const divergeFactor = checkNumber(where, 'divergeFactor', options.divergeFactor, 4, { min: 1 });
  const stopOnDivergence = checkBoolean(where, 'stopOnDivergence', options.stopOnDivergence, true);
  const rows = (Array.isArray(x) ? x[0]! : x).shape[0]!;
  const savedWeights = model.getWeights().map((weight) => tf.clone(weight));
  const savedOptimizer = (await optimizer.getWeights()).map(({ name, tensor }) => ({ name, tensor: tf.clone(tensor) }));
  const savedLearningRate = getLearningRate(optimizer);
  const learningRates: number[] = [];
  const losses: number[] = [];
  const smoothedLosses: number[] = [];
  let divergenceLr: number | null = null;
  let average = 0;
  let best = Infinity;
  try {
    for (let step = 0; step < steps; step++) {
      const learningRate = minLr * (maxLr / minLr) ** (step / (steps - 1));
      setLearningRate(optimizer, learningRate);
      const start = (step * batchSize) % rows;
      const size = Math.min(batchSize, rows - start);
      const xs = sliceRows(x, start, size);
      const ys = sliceRows(y, start, size);
      let result: number | number[];
      try {
        result = await model.trainOnBatch(xs, ys);
      } finally {
        tf.dispose([xs, ys].flat());
      }
      const loss = Array.isArray(result) ? result[0]! : result;
      average = beta * average + (1 - beta) * loss;
      const smoothed = beta === 0 ? loss : average / (1 - beta ** (step + 1));
      learningRates.push(learningRate);
      losses.push(loss);
      smoothedLosses.push(smoothed);
      if (step > 0 && (!Number.isFinite(smoothed) || smoothed > divergeFactor * best) && divergenceLr == null) {
        divergenceLr = learningRates[step - 1]!;
        if (stopOnDivergence) break;
      }
      if (smoothed < best) best = smoothed;
    }
  } finally {
    model.setWeights(savedWeights);
    await optimizer.setWeights(savedOptimizer);
    setLearningRate(optimizer, savedLearningRate);
    tf.dispose([...savedWeights, ...savedOptimizer.map(({ tensor }) => tensor)]);
  }
  let minimumIndex = 0;
  smoothedLosses.forEach((value, index) => {
    if (value < smoothedLosses[minimumIndex]!) minimumIndex = index;
  });
  const minimumLr = learningRates[minimumIndex]!;
  return { learningRates, losses, smoothedLosses, divergenceLr, minimumLr, suggestedLr: minimumLr / 10 };
}
