// Training objectives around a base loss: FGSM adversarial training ("Explaining and Harnessing
// Adversarial Examples"; alpha = 0.5 and eps = 0.25 are the commonly cited values, the paper's
// sections 4-6 were not re-read: UNSURE), deep supervision ("Deeply-Supervised Nets"; its alpha
// decay rule is UNSURE, 'linear' is offered as an option) and Matryoshka representation loss.
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkOptionNames, checkSameShape, defineLoss, formatShape, reduce, REDUCTION_OPTIONS, type LossFunction, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { logSoftmax, mean, softplus, type Matrix } from '../math64.js';

export interface FgsmOptions {
  readonly epsilon?: number;
  readonly alpha?: number;
  readonly clipMin?: number;
  readonly clipMax?: number;
}

/**
 * alpha*J(x, y) + (1 - alpha)*J(x + eps*sign(grad_x J), y). The perturbation is computed with the
 * model fixed and enters as a constant (no gradient through sign); differentiate the result with
 * respect to the model's weights (tf.variableGrads / optimizer.minimize).
 */
export function fgsmAdversarialLoss(
  predict: (x: tf.Tensor) => tf.Tensor, loss: LossFunction, x: tf.Tensor, yTrue: tf.Tensor, options: FgsmOptions = {},
): tf.Tensor {
  checkOptionNames('fgsmAdversarialLoss', options, { epsilon: true, alpha: true, clipMin: true, clipMax: true } satisfies OptionNames<FgsmOptions>);
  const epsilon = options.epsilon ?? 0.25;
  const alpha = options.alpha ?? 0.5;
  checkOption('fgsmAdversarialLoss', 'epsilon', epsilon, (value) => value >= 0, '>= 0');
  checkOption('fgsmAdversarialLoss', 'alpha', alpha, (value) => value >= 0 && value <= 1, 'in [0, 1]');
  if (typeof predict !== 'function' || typeof loss !== 'function') throw new Error('fgsmAdversarialLoss: expected predict and loss functions as the first two arguments');
  // Read the perturbed input back as plain numbers: that detaches it from every tape.
  const perturbedValues = tf.tidy(() => {
    const gradient = tf.grad((input: tf.Tensor) => loss(yTrue, predict(input)))(x);
    let perturbed = tf.add(x, tf.mul(epsilon, tf.sign(gradient)));
    if (options.clipMin !== undefined || options.clipMax !== undefined) {
      perturbed = tf.clipByValue(perturbed, options.clipMin ?? -Infinity, options.clipMax ?? Infinity);
    }
    return perturbed.dataSync().slice();
  });
  return tf.tidy(() => {
    const perturbed = tf.tensor(perturbedValues, x.shape, 'float32');
    return tf.add(tf.mul(alpha, loss(yTrue, predict(x))), tf.mul(1 - alpha, loss(yTrue, predict(perturbed))));
  });
}

/** One-vs-rest squared hinge (1/B)*sum_i sum_k max(0, 1 - t_ik*s_ik)^2, t = +1 for the true class, -1 otherwise (DSN companions). */
export const squaredHingeOneVsRest = defineLoss<ReductionOptions>('squaredHingeOneVsRest', { options: REDUCTION_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'squaredHingeOneVsRest';
  checkSameShape(name, yTrue, yPred);
  return tf.tidy(() => {
    const signs = tf.sub(tf.mul(2, yTrue), 1);
    return reduce(name, tf.sum(tf.square(tf.relu(tf.sub(1, tf.mul(signs, yPred)))), -1), options);
  });
});

export interface DeepSupervisionOptions {
  /** Companion weight alpha_m (one number for all, or one per companion). Default 1. */
  readonly alpha?: number | readonly number[];
  readonly decay?: 'constant' | 'linear' | 'drop';
  readonly step?: number;
  readonly totalSteps?: number;
  readonly dropStep?: number;
  /** gamma: a companion contributes [l_m - gamma]_+. Default 0. */
  readonly threshold?: number;
}

const DEEP_SUPERVISION_OPTIONS: OptionNames<DeepSupervisionOptions> = { alpha: true, decay: true, step: true, totalSteps: true, dropStep: true, threshold: true };

/** alpha_m(t) under the schedule: constant, linear alpha*(1 - t/T), or drop (0 from dropStep on). */
export function companionWeight(alpha: number, options: DeepSupervisionOptions): number {
  checkOptionNames('companionWeight', options, DEEP_SUPERVISION_OPTIONS);
  const decay = options.decay ?? 'constant';
  const step = options.step ?? 0;
  switch (decay) {
    case 'constant': return alpha;
    case 'linear': {
      checkOption('companionWeight', 'totalSteps', options.totalSteps ?? NaN, (value) => value > 0, "> 0 for decay 'linear'");
      return alpha * Math.max(0, 1 - step / options.totalSteps!);
    }
    case 'drop': {
      checkOption('companionWeight', 'dropStep', options.dropStep ?? NaN, (value) => value >= 0, ">= 0 for decay 'drop'");
      return step >= options.dropStep! ? 0 : alpha;
    }
    default: throw new Error(`companionWeight: expected decay 'constant', 'linear' or 'drop', got '${String(decay)}'`);
  }
}

/** L = L_out + sum_m alpha_m(t)*[l_m - gamma]_+ over companion losses (scalars). */
export function deepSupervisionLoss(mainLoss: tf.Tensor, companionLosses: readonly tf.Tensor[], options: DeepSupervisionOptions = {}): tf.Tensor {
  checkOptionNames('deepSupervisionLoss', options, DEEP_SUPERVISION_OPTIONS);
  const alphas = Array.isArray(options.alpha) ? options.alpha as readonly number[] : companionLosses.map(() => (options.alpha as number | undefined) ?? 1);
  if (alphas.length !== companionLosses.length) throw new Error(`deepSupervisionLoss: expected one alpha per companion (${companionLosses.length}), got ${alphas.length}`);
  const threshold = options.threshold ?? 0;
  return tf.tidy(() => companionLosses.reduce<tf.Tensor>((total, companion, index) => {
    const weight = companionWeight(alphas[index]!, options);
    return weight === 0 ? total : tf.add(total, tf.mul(weight, tf.relu(tf.sub(companion, threshold))));
  }, tf.clone(mainLoss)));
}

export interface MatryoshkaOptions extends ReductionOptions {
  /** Number of classes K: yPred holds |M| logit blocks of K columns, one per nested prefix. */
  readonly numClasses: number;
  /** c_m per prefix (default 1 each). */
  readonly weights?: readonly number[];
}

/** Nested prefix sizes {8, 16, ..., d}: halving from d while >= 8. */
export function matryoshkaNesting(dimension: number): number[] {
  const sizes: number[] = [];
  for (let size = dimension; size >= 8; size = Math.floor(size / 2)) sizes.unshift(size);
  return sizes.length > 0 ? sizes : [dimension];
}

/** Tied heads (MRL-E): logits for every prefix m, z[:, :m] . W[:m, :], concatenated along the last axis. */
export function matryoshkaLogits(embedding: tf.Tensor2D, kernel: tf.Tensor2D, nesting: readonly number[]): tf.Tensor2D {
  return tf.tidy(() => tf.concat(nesting.map((size) => tf.matMul(tf.slice(embedding, [0, 0], [-1, size]), tf.slice(kernel, [0, 0], [size, -1]))), -1) as tf.Tensor2D);
}

/** sum_m c_m * CE(logits_m, y): yTrue one-hot [B, K]; yPred the per-prefix logits [B, |M|*K]. */
export const matryoshkaLoss = defineLoss<MatryoshkaOptions>('matryoshkaLoss', {
  options: { ...REDUCTION_OPTIONS, numClasses: true, weights: true },
  targetLayout: 'one-hot [batch, numClasses] (the per-prefix logits are [batch, prefixes*numClasses])',
}, (yTrue, yPred, options) => {
  const name = 'matryoshkaLoss';
  const classes = options?.numClasses;
  checkOption(name, 'numClasses', classes, (value) => Number.isInteger(value) && value >= 1, 'a positive integer');
  const blocks = yPred.shape[yPred.rank - 1]! / classes;
  if (yPred.rank !== 2 || !Number.isInteger(blocks) || !tf.util.arraysEqual(yTrue.shape, [yPred.shape[0]!, classes])) {
    throw new Error(`${name}: expected one-hot yTrue [batch, ${classes}] and yPred [batch, prefixes*${classes}], got yTrue ${formatShape(yTrue.shape)} and yPred ${formatShape(yPred.shape)}`);
  }
  const weights = options.weights ?? new Array<number>(blocks).fill(1);
  if (weights.length !== blocks) throw new Error(`${name}: expected ${blocks} weights (one per prefix), got ${weights.length}`);
  return tf.tidy(() => {
    let perSample: tf.Tensor = tf.zeros([yPred.shape[0]!]);
    for (let block = 0; block < blocks; block++) {
      const logits = tf.slice(yPred, [0, block * classes], [-1, classes]);
      perSample = tf.add(perSample, tf.mul(weights[block]!, tf.neg(tf.sum(tf.mul(yTrue, tf.logSoftmax(logits)), -1))));
    }
    return reduce(name, perSample, options);
  });
});

function matryoshkaReference(yTrue: Matrix, yPred: Matrix, classes: number, weights: readonly number[]): number {
  return mean(yPred.map((row, i) => weights.reduce((total, weight, block) => {
    const logP = logSoftmax(row.slice(block * classes, (block + 1) * classes));
    return total - weight * yTrue[i]!.reduce((sum, value, k) => sum + value * logP[k]!, 0);
  }, 0)));
}

function hingeReference(yTrue: Matrix, yPred: Matrix): number {
  return mean(yTrue.map((row, i) => row.reduce((total, label, k) => total + Math.max(0, 1 - (2 * label - 1) * yPred[i]![k]!) ** 2, 0)));
}

// Built per call: a tensor created at import time would need a backend before the user picks one.
const logisticScore = (x: tf.Tensor) => tf.tidy(() => tf.sum(tf.mul(x, tf.tensor1d([1, -2])), -1, true));
/** J = softplus(-y*w.x) with y in {-1, +1}. */
const logisticLoss: LossFunction = (yTrue, score) => tf.mean(tf.softplus(tf.neg(tf.mul(yTrue, score))));

export const fgsmEntry: LossEntry = {
  id: 'losses.fgsm-adversarial-training',
  kind: 'loss',
  names: ['fgsmAdversarialLoss'],
  summary: 'FGSM adversarial training: alpha*J(x) + (1 - alpha)*J(x + eps*sign(grad_x J)), the perturbation held constant.',
  cases: [
    {
      // yPred is the input x here; the loss's gradient targets the weights, so only the value is checked.
      label: 'oracle: logistic model w = [1, -2], x = 0, y = +1, eps = 0.25',
      yTrue: [[1]], yPred: [[0, 0]], expected: 0.5 * Math.LN2 + 0.5 * softplus(0.75), gradient: false,
      loss: (yTrue, x) => fgsmAdversarialLoss(logisticScore, logisticLoss, x, yTrue),
      reference: (yTrue, x) => {
        const w = [1, -2];
        const score = (input: number[]) => input[0]! * w[0]! + input[1]! * w[1]!;
        const y = yTrue[0]![0]!;
        // dJ/dx = -y*w*sigmoid(-y*w.x): its sign is -sign(y*w) wherever w is nonzero.
        const perturbed = x[0]!.map((value, k) => value + 0.25 * -Math.sign(y * w[k]!));
        return 0.5 * softplus(-y * score(x[0]!)) + 0.5 * softplus(-y * score(perturbed));
      },
    },
  ],
  badInputs: [
    { label: 'negative epsilon', run: () => fgsmAdversarialLoss(logisticScore, logisticLoss, tf.zeros([1, 2]), tf.ones([1, 1]), { epsilon: -1 }), message: /fgsmAdversarialLoss: expected epsilon >= 0, got -1/ },
  ],
};

export const deepSupervisionEntry: LossEntry = {
  id: 'losses.deep-supervision',
  kind: 'utility',
  names: ['deepSupervisionLoss', 'companionWeight', 'squaredHingeOneVsRest'],
  summary: 'Deep supervision: L_out + sum_m alpha_m(t)*[l_m - gamma]_+ with squared-hinge companions and constant/linear/drop schedules.',
  cases: [
    { label: 'oracle: scores [0.5, -2, 0.2], class 0: 1.69', yTrue: [[1, 0, 0]], yPred: [[0.5, -2, 0.2]], expected: 1.69, loss: squaredHingeOneVsRest(), reference: hingeReference },
    {
      label: 'main loss plus two companions with threshold 0.1, linear decay at T/2',
      yTrue: [[1, 0, 0], [0, 1, 0]], yPred: [[0.5, -0.6, 0.2], [0.3, 0.8, -1.4]],
      loss: (yTrue, yPred) => tf.tidy(() => deepSupervisionLoss(squaredHingeOneVsRest(yTrue, yPred), [squaredHingeOneVsRest(yTrue, tf.mul(yPred, 0.5)), squaredHingeOneVsRest(yTrue, tf.mul(yPred, 2))], { alpha: [1, 0.5], threshold: 0.1, decay: 'linear', step: 50, totalSteps: 100 })),
      reference: (yTrue, yPred) => {
        const scaled = (factor: number) => yPred.map((row) => row.map((value) => value * factor));
        return hingeReference(yTrue, yPred) + 0.5 * Math.max(hingeReference(yTrue, scaled(0.5)) - 0.1, 0) + 0.25 * Math.max(hingeReference(yTrue, scaled(2)) - 0.1, 0);
      },
    },
  ],
  badInputs: [
    { label: 'linear decay without totalSteps', run: () => companionWeight(1, { decay: 'linear' }), message: /companionWeight: expected totalSteps > 0 for decay 'linear', got NaN/ },
  ],
};

export const matryoshkaEntry: LossEntry = {
  id: 'losses.matryoshka',
  kind: 'loss',
  names: ['matryoshkaLoss', 'matryoshkaNesting', 'matryoshkaLogits'],
  summary: 'Matryoshka representation loss: weighted sum of cross-entropies of nested-prefix heads.',
  cases: [
    {
      label: 'three prefixes, three classes, weights [1, 0.5, 2]',
      yTrue: [[1, 0, 0], [0, 0, 1]], yPred: [[0.2, 0.1, -0.3, 0.9, -0.2, 0.4, 1.5, 0.1, -1], [0.3, 0.3, 0.1, -0.5, 0.2, 0.8, 0, 0.4, 1.2]],
      loss: matryoshkaLoss({ numClasses: 3, weights: [1, 0.5, 2] }), reference: (yTrue, yPred) => matryoshkaReference(yTrue, yPred, 3, [1, 0.5, 2]),
    },
  ],
  badInputs: [
    { label: 'logit width not a multiple of the classes', run: () => matryoshkaLoss(tf.ones([1, 3]), tf.ones([1, 7]), { numClasses: 3 }), message: /matryoshkaLoss: expected one-hot yTrue \[batch, 3\] and yPred \[batch, prefixes\*3\]/ },
  ],
};
