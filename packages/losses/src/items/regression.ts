// Regression losses: Huber / smooth-L1, pinball (quantile), and regression-as-classification
// ("Stop Regressing: Training Value Functions via Classification for Scalable Deep RL").
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, checkOptionNames, checkSameShape, defineLoss, formatShape, reduce, REDUCTION_OPTIONS, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { logSoftmax, mean, normalCdf, type Matrix } from '../math64.js';

export interface HuberOptions extends ReductionOptions {
  readonly delta?: number;
}

const HUBER_OPTIONS: OptionNames<HuberOptions> = { ...REDUCTION_OPTIONS, delta: true };

function huberElements(yTrue: tf.Tensor, yPred: tf.Tensor, delta: number): tf.Tensor {
  return tf.tidy(() => {
    const error = tf.abs(tf.sub(yPred, yTrue));
    // min(|e|, delta) splits the two branches without a where(): quadratic part + linear rest.
    const quadratic = tf.minimum(error, delta);
    return tf.add(tf.mul(0.5, tf.square(quadratic)), tf.mul(delta, tf.sub(error, quadratic)));
  });
}

export const huberLoss = defineLoss<HuberOptions>('huberLoss', { options: HUBER_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'huberLoss';
  checkSameShape(name, yTrue, yPred);
  const delta = options.delta ?? 1;
  checkOption(name, 'delta', delta, (value) => value > 0, '> 0');
  return tf.tidy(() => reduce(name, tf.mean(huberElements(yTrue, yPred, delta), -1), options));
});

/** Huber divided by delta (PyTorch SmoothL1Loss with beta = delta). */
export const smoothL1Loss = defineLoss<HuberOptions>('smoothL1Loss', { options: HUBER_OPTIONS }, (yTrue, yPred, options) => {
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

export const pinballLoss = defineLoss<PinballOptions>('pinballLoss', {
  options: { ...REDUCTION_OPTIONS, tau: true },
  targetLayout: 'values [batch, 1] (broadcast over the quantile columns) or shaped like yPred',
}, (yTrue, yPred, options) => {
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

const HISTOGRAM_OPTIONS: OptionNames<HistogramOptions> = { ...REDUCTION_OPTIONS, vMin: true, vMax: true, numBins: true, sigmaRatio: true };

function histogramGeometry(name: string, options: HistogramOptions) {
  checkOptionNames(name, options, HISTOGRAM_OPTIONS);
  if (options === undefined || typeof options.vMin !== 'number' || typeof options.vMax !== 'number' || !(options.vMax > options.vMin)) {
    throw new Error(`${name}: expected options {vMin, vMax} with vMax > vMin, got ${JSON.stringify(options ?? null)} — the support has no default`);
  }
  const numBins = options.numBins ?? 51;
  checkOption(name, 'numBins', numBins, (value) => Number.isInteger(value) && value >= 2, 'an integer >= 2');
  const sigmaRatio = options.sigmaRatio ?? 0.75;
  checkOption(name, 'sigmaRatio', sigmaRatio, (value) => value > 0 && Number.isFinite(value), '> 0');
  const width = (options.vMax - options.vMin) / numBins;
  const edges = Array.from({ length: numBins + 1 }, (_, index) => options.vMin + index * width);
  const centres = Array.from({ length: numBins }, (_, index) => options.vMin + (index + 0.5) * width);
  return { numBins, width, edges, centres, sigma: sigmaRatio * width };
}

// Numerical Recipes' erfcc: erfc(x) = t*exp(-x^2 + P(t)), t = 1/(1 + x/2), relative error below
// 1.2e-7 for x >= 0 (1.07e-7 measured against scipy's log_ndtr on [0, 60]).
const ERFC_COEFFICIENTS = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];

/**
 * log P(Z > z) for z >= 0, Z ~ N(0, 1). Kept in the log domain: the tail itself underflows
 * float32 past z = 13, and 0.5*(1 + erf) loses it past z = 5.
 */
function logUpperTail(z: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const x = tf.div(z, Math.SQRT2);
    const t = tf.div(1, tf.add(1, tf.mul(0.5, x)));
    let polynomial: tf.Tensor = tf.scalar(ERFC_COEFFICIENTS[ERFC_COEFFICIENTS.length - 1]!);
    for (let index = ERFC_COEFFICIENTS.length - 2; index >= 0; index--) polynomial = tf.add(ERFC_COEFFICIENTS[index]!, tf.mul(t, polynomial));
    return tf.add(tf.sub(tf.log(tf.mul(0.5, t)), tf.square(x)), polynomial);
  });
}

/** log(1 - exp(d)) for d < 0, each branch where it is accurate (Maechler's log1mexp). */
function logOneMinusExp(d: tf.Tensor): tf.Tensor {
  return tf.tidy(() => tf.where(tf.greater(d, -Math.LN2), tf.log(tf.neg(tf.expm1(d))), tf.log1p(tf.neg(tf.exp(d)))));
}

/**
 * Where y lies this many sigmas past the support, its HL-Gauss target is the edge bin's one-hot
 * to float32 precision (the next bin's mass is below exp(-27) of it); clamping y there keeps the
 * squares below finite.
 */
const TAIL_SIGMAS = 30;

/**
 * HL-Gauss target: the N(y, sigma^2) mass in each bin, renormalised over the support. Each
 * bin's mass is taken in the log domain from the tail on its far side of y (Q(a) - Q(b) with
 * 0 <= a < b, or 1 - Q(-a) - Q(b) when the bin holds y) and renormalised by a softmax, so a
 * target far outside the support puts its mass on the edge bin instead of giving 0/0.
 */
export function hlGaussTarget(values: tf.Tensor, options: HistogramOptions): tf.Tensor {
  const { edges, sigma } = histogramGeometry('hlGaussTarget', options);
  return tf.tidy(() => {
    const low = edges[0]! - TAIL_SIGMAS * sigma;
    const high = edges[edges.length - 1]! + TAIL_SIGMAS * sigma;
    const column = tf.clipByValue(tf.reshape(values, [-1, 1]), low, high);
    const standardised = tf.div(tf.sub(tf.tensor2d([edges]), column), sigma);
    const bins = edges.length - 1;
    const lower = tf.slice(standardised, [0, 0], [-1, bins]);
    const upper = tf.slice(standardised, [0, 1], [-1, bins]);
    // A bin entirely below y is the mirror image of one above it: Q(-upper) - Q(-lower).
    const below = tf.lessEqual(upper, 0);
    const near = tf.where(below, tf.neg(upper), lower);
    const far = tf.where(below, tf.neg(lower), upper);
    const logNear = logUpperTail(tf.abs(near));
    const logFar = logUpperTail(tf.abs(far));
    const oneSide = tf.add(logNear, logOneMinusExp(tf.sub(logFar, logNear)));
    // The bin holding y: 1 minus both tails, each at most 1/2.
    const holdsY = tf.logicalAnd(tf.less(lower, 0), tf.greater(upper, 0));
    const middle = tf.log1p(tf.neg(tf.add(tf.exp(logUpperTail(tf.abs(lower))), tf.exp(logFar))));
    return tf.softmax(tf.where(holdsY, middle, oneSide));
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

const HISTOGRAM_TARGETS = 'scalar targets [batch, 1] (or [batch]); yPred is logits [batch, numBins]';
export const hlGaussLoss = defineLoss<HistogramOptions>('hlGaussLoss', { options: HISTOGRAM_OPTIONS, targetLayout: HISTOGRAM_TARGETS }, histogramLoss('hlGaussLoss', hlGaussTarget));
export const twoHotLoss = defineLoss<HistogramOptions>('twoHotLoss', { options: HISTOGRAM_OPTIONS, targetLayout: HISTOGRAM_TARGETS }, histogramLoss('twoHotLoss', twoHotTarget));

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
const FAR_SUPPORT = { vMin: -1, vMax: 1, numBins: 4 } as const;

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
    {
      // 0.5*(1 + erf) differences underflow to 0/0 in float32 about 10 sigma past the edge.
      label: 'HL-Gauss, y = 5 far right of [-1, 1]: the float64 target is [0, 0, 2.4e-7, 1]',
      yTrue: [[5]], yPred: [[0.1, 0.2, 0.3, 0.4]], expected: 1.2425355538,
      loss: hlGaussLoss(FAR_SUPPORT), reference: (yTrue, yPred) => histogramReference(yTrue, yPred, FAR_SUPPORT),
    },
    {
      label: 'HL-Gauss, y on a bin edge and y just outside the support',
      yTrue: [[0], [-1.2]], yPred: [[0.1, 0.2, 0.3, 0.4], [0.5, -0.3, 0.2, 0.1]],
      loss: hlGaussLoss(FAR_SUPPORT), reference: (yTrue, yPred) => histogramReference(yTrue, yPred, FAR_SUPPORT),
    },
  ],
  badInputs: [
    { label: 'missing support', run: () => hlGaussLoss(tf.ones([1, 1]), tf.ones([1, 51]), {} as HistogramOptions), message: /hlGaussLoss: expected options \{vMin, vMax\} with vMax > vMin/ },
    { label: 'wrong bin count', run: () => hlGaussLoss(tf.ones([2, 1]), tf.ones([2, 5]), HISTOGRAM), message: /hlGaussLoss: expected yPred logits \[batch, 6\]/ },
  ],
};
