// Regression losses: Huber / smooth-L1, pinball (quantile), and regression-as-classification
// ("Stop Regressing: Training Value Functions via Classification for Scalable Deep RL").
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, checkSameShape, defineLoss, formatShape, reduce, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { logSoftmax, mean, normalCdf, type Matrix } from '../math64.js';

export interface HuberOptions extends ReductionOptions {
  readonly delta?: number;
}

function huberElements(yTrue: tf.Tensor, yPred: tf.Tensor, delta: number): tf.Tensor {
  return tf.tidy(() => {
    const error = tf.abs(tf.sub(yPred, yTrue));
    // min(|e|, delta) splits the two branches without a where(): quadratic part + linear rest.
    const quadratic = tf.minimum(error, delta);
    return tf.add(tf.mul(0.5, tf.square(quadratic)), tf.mul(delta, tf.sub(error, quadratic)));
  });
}

export const huberLoss = defineLoss<HuberOptions>('huberLoss', (yTrue, yPred, options) => {
  const name = 'huberLoss';
  checkSameShape(name, yTrue, yPred);
  const delta = options.delta ?? 1;
  checkOption(name, 'delta', delta, (value) => value > 0, '> 0');
  return tf.tidy(() => reduce(name, tf.mean(huberElements(yTrue, yPred, delta), -1), options));
});

/** Huber divided by delta (PyTorch SmoothL1Loss with beta = delta). */
export const smoothL1Loss = defineLoss<HuberOptions>('smoothL1Loss', (yTrue, yPred, options) => {
  const name = 'smoothL1Loss';
  checkSameShape(name, yTrue, yPred);
  const delta = options.delta ?? 1;
  checkOption(name, 'delta', delta, (value) => value > 0, '> 0');
  return tf.tidy(() => reduce(name, tf.div(tf.mean(huberElements(yTrue, yPred, delta), -1), delta), options));
});

export interface PinballOptions extends ReductionOptions {
  /** One quantile level, or one per column of yPred (yTrue [batch, 1] is broadcast). */
  readonly tau?: number | readonly number[];
}

export const pinballLoss = defineLoss<PinballOptions>('pinballLoss', (yTrue, yPred, options) => {
  const name = 'pinballLoss';
  checkFloat(name, yTrue, 'yTrue');
  checkFloat(name, yPred, 'yPred');
  const tau = options.tau ?? 0.5;
  const levels = typeof tau === 'number' ? [tau] : [...tau];
  for (const level of levels) checkOption(name, 'tau', level, (value) => value >= 0 && value <= 1, 'in [0, 1]');
  const columns = yPred.shape[yPred.rank - 1]!;
  if (levels.length > 1 && levels.length !== columns) {
    throw new Error(`${name}: expected one tau per yPred column (${columns}), got ${levels.length} levels`);
  }
  const broadcastable = tf.util.arraysEqual(yTrue.shape, yPred.shape)
    || (yTrue.rank === yPred.rank && yTrue.shape[yTrue.rank - 1] === 1 && tf.util.arraysEqual(yTrue.shape.slice(0, -1), yPred.shape.slice(0, -1)));
  if (!broadcastable) {
    throw new Error(`${name}: expected yTrue of shape ${formatShape(yPred.shape)} or with a last dimension of 1, got ${formatShape(yTrue.shape)}`);
  }
  return tf.tidy(() => {
    const residual = tf.sub(yTrue, yPred);
    const level = levels.length === 1 ? tf.scalar(levels[0]!) : tf.tensor1d(levels);
    const elements = tf.maximum(tf.mul(level, residual), tf.mul(tf.sub(level, 1), residual));
    return reduce(name, tf.mean(elements, -1), options);
  });
});

export interface HistogramOptions extends ReductionOptions {
  readonly vMin: number;
  readonly vMax: number;
  readonly numBins?: number;
  /** sigma = sigmaRatio * bin width (HL-Gauss). Default 0.75. */
  readonly sigmaRatio?: number;
}

function histogramGeometry(name: string, options: HistogramOptions) {
  if (options === undefined || typeof options.vMin !== 'number' || typeof options.vMax !== 'number' || !(options.vMax > options.vMin)) {
    throw new Error(`${name}: expected options {vMin, vMax} with vMax > vMin, got ${JSON.stringify(options ?? null)} — the support has no default`);
  }
  const numBins = options.numBins ?? 51;
  checkOption(name, 'numBins', numBins, (value) => Number.isInteger(value) && value >= 2, 'an integer >= 2');
  const width = (options.vMax - options.vMin) / numBins;
  const edges = Array.from({ length: numBins + 1 }, (_, index) => options.vMin + index * width);
  const centres = Array.from({ length: numBins }, (_, index) => options.vMin + (index + 0.5) * width);
  return { numBins, width, edges, centres, sigma: (options.sigmaRatio ?? 0.75) * width };
}

/** HL-Gauss target: the N(y, sigma^2) mass in each bin, renormalised over the support. */
export function hlGaussTarget(values: tf.Tensor, options: HistogramOptions): tf.Tensor {
  const { edges, sigma } = histogramGeometry('hlGaussTarget', options);
  return tf.tidy(() => {
    const column = tf.reshape(values, [-1, 1]);
    const cdf = tf.mul(0.5, tf.add(1, tf.erf(tf.div(tf.sub(tf.tensor2d([edges]), column), sigma * Math.SQRT2))));
    const bins = edges.length - 1;
    const mass = tf.sub(tf.slice(cdf, [0, 1], [-1, bins]), tf.slice(cdf, [0, 0], [-1, bins]));
    return tf.div(mass, tf.sum(mass, -1, true));
  });
}

/** Two-hot target: the mass split linearly between the two nearest bin centres. */
export function twoHotTarget(values: tf.Tensor, options: HistogramOptions): tf.Tensor {
  const { centres, width } = histogramGeometry('twoHotTarget', options);
  return tf.tidy(() => {
    const column = tf.clipByValue(tf.reshape(values, [-1, 1]), centres[0]!, centres[centres.length - 1]!);
    // relu(1 - |y - c_i|/w) is the triangular interpolation weight: nonzero on the two neighbours only.
    return tf.relu(tf.sub(1, tf.div(tf.abs(tf.sub(column, tf.tensor2d([centres]))), width)));
  });
}

/** Expected value of the predicted histogram: sum_i softmax(logits)_i * centre_i. */
export function decodeHistogram(logits: tf.Tensor, options: HistogramOptions): tf.Tensor {
  const { centres } = histogramGeometry('decodeHistogram', options);
  return tf.tidy(() => tf.sum(tf.mul(tf.softmax(logits), tf.tensor1d(centres)), -1));
}

function histogramLoss(name: string, target: (values: tf.Tensor, options: HistogramOptions) => tf.Tensor) {
  return (yTrue: tf.Tensor, yPred: tf.Tensor, options: HistogramOptions) => {
    checkFloat(name, yTrue, 'yTrue');
    checkFloat(name, yPred, 'yPred');
    const { numBins } = histogramGeometry(name, options);
    if (yPred.rank !== 2 || yPred.shape[1] !== numBins || yTrue.size !== yPred.shape[0]) {
      throw new Error(`${name}: expected yPred logits [batch, ${numBins}] and yTrue values [batch, 1], got yTrue ${formatShape(yTrue.shape)} and yPred ${formatShape(yPred.shape)}`);
    }
    return tf.tidy(() => reduce(name, tf.neg(tf.sum(tf.mul(target(yTrue, options), tf.logSoftmax(yPred)), -1)), options));
  };
}

export const hlGaussLoss = defineLoss<HistogramOptions>('hlGaussLoss', histogramLoss('hlGaussLoss', hlGaussTarget));
export const twoHotLoss = defineLoss<HistogramOptions>('twoHotLoss', histogramLoss('twoHotLoss', twoHotTarget));

// ---- float64 references ----

function huberReference(yTrue: Matrix, yPred: Matrix, delta: number, divide = false): number {
  return mean(yTrue.map((row, i) => mean(row.map((value, j) => {
    const error = Math.abs(yPred[i]![j]! - value);
    const loss = error <= delta ? 0.5 * error * error : delta * (error - 0.5 * delta);
    return divide ? loss / delta : loss;
  }))));
}

function pinballReference(yTrue: Matrix, yPred: Matrix, levels: readonly number[]): number {
  return mean(yPred.map((row, i) => mean(row.map((prediction, j) => {
    const level = levels.length === 1 ? levels[0]! : levels[j]!;
    const residual = (yTrue[i]!.length === 1 ? yTrue[i]![0]! : yTrue[i]![j]!) - prediction;
    return Math.max(level * residual, (level - 1) * residual);
  }))));
}

export function hlGaussTargetReference(value: number, options: HistogramOptions): number[] {
  const numBins = options.numBins ?? 51;
  const width = (options.vMax - options.vMin) / numBins;
  const sigma = (options.sigmaRatio ?? 0.75) * width;
  const cdf = Array.from({ length: numBins + 1 }, (_, index) => normalCdf((options.vMin + index * width - value) / sigma));
  const total = cdf[numBins]! - cdf[0]!;
  return Array.from({ length: numBins }, (_, index) => (cdf[index + 1]! - cdf[index]!) / total);
}

function histogramReference(yTrue: Matrix, yPred: Matrix, options: HistogramOptions): number {
  return mean(yPred.map((logits, i) => {
    const target = hlGaussTargetReference(yTrue[i]![0]!, options);
    const logProbabilities = logSoftmax(logits);
    return -target.reduce((total, value, k) => total + value * logProbabilities[k]!, 0);
  }));
}

const HISTOGRAM = { vMin: -1, vMax: 2, numBins: 6 } as const;

export const huberEntry: LossEntry = {
  id: 'losses.huber',
  kind: 'loss',
  names: ['huberLoss', 'smoothL1Loss'],
  summary: 'Huber (quadratic inside delta, linear outside) and smooth-L1 = Huber/delta.',
  cases: [
    {
      label: 'errors on both sides of delta = 1',
      yTrue: [[0, 1, 2], [0.5, -1, 3]], yPred: [[0.3, 2.5, 1.2], [-2, -0.8, 3.4]],
      loss: huberLoss(), reference: (yTrue, yPred) => huberReference(yTrue, yPred, 1),
    },
    {
      label: 'smoothL1 with delta 0.5',
      yTrue: [[0, 1, 2]], yPred: [[0.3, 2.5, 1.6]],
      loss: smoothL1Loss({ delta: 0.5 }), reference: (yTrue, yPred) => huberReference(yTrue, yPred, 0.5, true),
    },
  ],
  badInputs: [
    { label: 'delta 0', run: () => huberLoss(tf.ones([1, 1]), tf.ones([1, 1]), { delta: 0 }), message: /huberLoss: expected delta > 0, got 0/ },
    { label: 'int32 input', run: () => huberLoss(tf.ones([1, 1], 'int32'), tf.ones([1, 1])), message: /huberLoss: expected yTrue to be a float32 tensor, got int32/ },
  ],
};

export const pinballEntry: LossEntry = {
  id: 'losses.pinball',
  kind: 'loss',
  names: ['pinballLoss'],
  summary: 'Pinball (quantile) loss max(tau*u, (tau - 1)*u), u = y - q, for one or several quantile levels.',
  cases: [
    {
      label: 'tau = 0.5 is half the MAE',
      yTrue: [[1], [2], [-1]], yPred: [[0.2], [2.7], [-0.4]], expected: 0.5 * (0.8 + 0.7 + 0.6) / 3,
      loss: pinballLoss({ tau: 0.5 }), reference: (yTrue, yPred) => pinballReference(yTrue, yPred, [0.5]),
    },
    {
      label: 'three quantiles against one target column',
      yTrue: [[1], [-0.5]], yPred: [[0.2, 0.9, 1.6], [-1.2, -0.3, 0.4]],
      loss: pinballLoss({ tau: [0.1, 0.5, 0.9] }), reference: (yTrue, yPred) => pinballReference(yTrue, yPred, [0.1, 0.5, 0.9]),
    },
  ],
  badInputs: [
    { label: 'tau out of range', run: () => pinballLoss(tf.ones([1, 1]), tf.ones([1, 1]), { tau: 1.5 }), message: /pinballLoss: expected tau in \[0, 1\], got 1.5/ },
    { label: 'wrong number of levels', run: () => pinballLoss(tf.ones([1, 1]), tf.ones([1, 3]), { tau: [0.1, 0.9] }), message: /pinballLoss: expected one tau per yPred column \(3\), got 2 levels/ },
  ],
};

export const hlGaussEntry: LossEntry = {
  id: 'losses.hl-gauss',
  kind: 'loss',
  names: ['hlGaussLoss', 'twoHotLoss', 'hlGaussTarget', 'twoHotTarget', 'decodeHistogram'],
  summary: 'Regression as classification: cross-entropy to an HL-Gauss (or two-hot) histogram target.',
  cases: [
    {
      label: 'HL-Gauss, 6 bins on [-1, 2]',
      yTrue: [[0.3], [1.7]], yPred: [[0.1, 0.4, -0.2, 0.3, 0, 0.2], [-0.5, 0.2, 0.1, 0.6, 1.2, 0.8]],
      loss: hlGaussLoss(HISTOGRAM), reference: (yTrue, yPred) => histogramReference(yTrue, yPred, HISTOGRAM),
    },
  ],
  badInputs: [
    { label: 'missing support', run: () => hlGaussLoss(tf.ones([1, 1]), tf.ones([1, 51]), {} as HistogramOptions), message: /hlGaussLoss: expected options \{vMin, vMax\} with vMax > vMin/ },
    { label: 'wrong bin count', run: () => hlGaussLoss(tf.ones([2, 1]), tf.ones([2, 5]), HISTOGRAM), message: /hlGaussLoss: expected yPred logits \[batch, 6\]/ },
  ],
};
