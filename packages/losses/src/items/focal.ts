// Focal loss ("Focal Loss for Dense Object Detection"): binary (Keras BinaryFocalCrossentropy,
// torchvision sigmoid_focal_loss) and categorical (Keras CategoricalFocalCrossentropy).
import * as tf from '@tensorflow/tfjs-core';
import {
  checkOption, checkProbabilities, checkSameShape, defineLoss, EPSILON, normaliseRows, reduce, REDUCTION_OPTIONS, softplus,
  type OptionNames, type ReductionOptions,
} from '../common.js';
import type { LossEntry } from '../entry.js';
import { clip, mean, sigmoid, softmax, softplus as softplus64, type Matrix } from '../math64.js';

export interface FocalOptions extends ReductionOptions {
  readonly gamma?: number;
  /**
   * Weight of the POSITIVE class under class balancing (RetinaNet uses 0.25; default 0.25). It
   * has no effect unless `applyClassBalancing` is true, as in Keras 3.
   */
  readonly alpha?: number;
  /**
   * Weigh each element by alpha_t = alpha*y + (1 - alpha)*(1 - y). Default false (Keras 3);
   * true is torchvision's sigmoid_focal_loss, which always applies alpha.
   */
  readonly applyClassBalancing?: boolean;
  readonly fromLogits?: boolean;
  readonly labelSmoothing?: number;
}

const FOCAL_OPTIONS: OptionNames<FocalOptions> = {
  ...REDUCTION_OPTIONS, gamma: true, alpha: true, applyClassBalancing: true, fromLogits: true, labelSmoothing: true,
};

function checkFocalOptions(name: string, options: FocalOptions): void {
  checkOption(name, 'gamma', options.gamma ?? 2, (value) => value >= 0, '>= 0');
  if (options.alpha !== undefined) checkOption(name, 'alpha', options.alpha, (value) => value >= 0 && value <= 1, 'in [0, 1]');
  checkOption(name, 'labelSmoothing', options.labelSmoothing ?? 0, (value) => value >= 0 && value <= 1, 'in [0, 1]');
}

function binaryFocal(name: string) {
  return (yTrue: tf.Tensor, yPred: tf.Tensor, options: FocalOptions) => {
    checkSameShape(name, yTrue, yPred);
    checkFocalOptions(name, options);
    if (!options.fromLogits && options.validate !== false) checkProbabilities(name, yPred);
    const gamma = options.gamma ?? 2;
    const labelSmoothing = options.labelSmoothing ?? 0;
    const balanced = options.applyClassBalancing ?? false;
    const alpha = options.alpha ?? 0.25;
    return tf.tidy(() => {
      const target = labelSmoothing > 0 ? tf.add(tf.mul(yTrue, 1 - labelSmoothing), labelSmoothing / 2) : yTrue;
      let probability: tf.Tensor;
      let crossEntropy: tf.Tensor;
      if (options.fromLogits) {
        probability = tf.sigmoid(yPred);
        crossEntropy = tf.sub(softplus(yPred), tf.mul(yPred, target));
      } else {
        probability = yPred;
        const clipped = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
        crossEntropy = tf.neg(tf.add(tf.mul(target, tf.log(clipped)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, clipped)))));
      }
      const probabilityOfTruth = tf.add(tf.mul(target, probability), tf.mul(tf.sub(1, target), tf.sub(1, probability)));
      let focal = tf.mul(tf.pow(tf.sub(1, probabilityOfTruth), gamma), crossEntropy);
      if (balanced) focal = tf.mul(focal, tf.add(tf.mul(target, alpha), tf.mul(tf.sub(1, target), 1 - alpha)));
      return reduce(name, tf.mean(focal, -1), options);
    });
  };
}

/** Binary focal loss; `focalLoss(yTrue, yPred, {gamma})` or `focalLoss({gamma})` for compile. */
export const focalLoss = defineLoss<FocalOptions>('focalLoss', { options: FOCAL_OPTIONS }, binaryFocal('focalLoss'));
/** Keras spelling of `focalLoss`. */
export const binaryFocalCrossentropy = defineLoss<FocalOptions>('binaryFocalCrossentropy', { options: FOCAL_OPTIONS }, binaryFocal('binaryFocalCrossentropy'));

export interface CategoricalFocalOptions extends ReductionOptions {
  readonly gamma?: number;
  /** Multiplies every class (Keras default 0.25; no balancing flag). */
  readonly alpha?: number;
  readonly fromLogits?: boolean;
  readonly labelSmoothing?: number;
}

const CATEGORICAL_FOCAL_OPTIONS: OptionNames<CategoricalFocalOptions> = { ...REDUCTION_OPTIONS, gamma: true, alpha: true, fromLogits: true, labelSmoothing: true };

function categoricalFocal(name: string) {
  return (yTrue: tf.Tensor, yPred: tf.Tensor, options: CategoricalFocalOptions) => {
    checkSameShape(name, yTrue, yPred);
    checkFocalOptions(name, options);
    if (!options.fromLogits && options.validate !== false) checkProbabilities(name, yPred);
    const gamma = options.gamma ?? 2;
    const alpha = options.alpha ?? 0.25;
    const labelSmoothing = options.labelSmoothing ?? 0;
    return tf.tidy(() => {
      const classes = yPred.shape[yPred.rank - 1]!;
      const target = labelSmoothing > 0 ? tf.add(tf.mul(yTrue, 1 - labelSmoothing), labelSmoothing / classes) : yTrue;
      const probabilities = tf.clipByValue(options.fromLogits ? tf.softmax(yPred) : normaliseRows(yPred), EPSILON, 1 - EPSILON);
      const perClass = tf.mul(tf.mul(tf.pow(tf.sub(1, probabilities), gamma), target), tf.log(probabilities));
      return reduce(name, tf.mul(tf.sum(perClass, -1), -alpha), options);
    });
  };
}

export const categoricalFocalLoss = defineLoss<CategoricalFocalOptions>('categoricalFocalLoss', { options: CATEGORICAL_FOCAL_OPTIONS }, categoricalFocal('categoricalFocalLoss'));
/** Keras spelling of `categoricalFocalLoss`. */
export const categoricalFocalCrossentropy = defineLoss<CategoricalFocalOptions>('categoricalFocalCrossentropy', { options: CATEGORICAL_FOCAL_OPTIONS }, categoricalFocal('categoricalFocalCrossentropy'));

// ---- float64 references ----

export function binaryFocalReference(yTrue: Matrix, yPred: Matrix, options: FocalOptions): number {
  const gamma = options.gamma ?? 2;
  const labelSmoothing = options.labelSmoothing ?? 0;
  const alpha = options.alpha ?? 0.25;
  return mean(yTrue.map((row, index) => mean(row.map((label, k) => {
    const target = label * (1 - labelSmoothing) + labelSmoothing / 2;
    const value = yPred[index]![k]!;
    const probability = options.fromLogits ? sigmoid(value) : value;
    const clipped = clip(probability, 1e-7, 1 - 1e-7);
    const crossEntropy = options.fromLogits
      ? softplus64(value) - value * target
      : -(target * Math.log(clipped) + (1 - target) * Math.log(1 - clipped));
    const probabilityOfTruth = target * probability + (1 - target) * (1 - probability);
    const weight = options.applyClassBalancing === true ? alpha * target + (1 - alpha) * (1 - target) : 1;
    return weight * (1 - probabilityOfTruth) ** gamma * crossEntropy;
  }))));
}

export function categoricalFocalReference(yTrue: Matrix, yPred: Matrix, options: CategoricalFocalOptions): number {
  const gamma = options.gamma ?? 2;
  const alpha = options.alpha ?? 0.25;
  const labelSmoothing = options.labelSmoothing ?? 0;
  return mean(yTrue.map((row, index) => {
    const prediction = yPred[index]!;
    const total = prediction.reduce((a, b) => a + b, 0);
    const probabilities = (options.fromLogits ? softmax(prediction) : prediction.map((value) => value / total))
      .map((value) => clip(value, 1e-7, 1 - 1e-7));
    return -alpha * row.reduce((accumulator, label, k) => {
      const target = label * (1 - labelSmoothing) + labelSmoothing / row.length;
      return accumulator + (1 - probabilities[k]!) ** gamma * target * Math.log(probabilities[k]!);
    }, 0);
  }));
}

export const focalEntry: LossEntry = {
  id: 'losses.focal',
  kind: 'loss',
  names: ['focalLoss', 'binaryFocalCrossentropy', 'categoricalFocalLoss', 'categoricalFocalCrossentropy'],
  summary: 'Focal loss, binary (Keras 3: alpha weighs the positive class only with applyClassBalancing) and categorical (Keras).',
  cases: [
    {
      label: 'binary, y = 1, p = 0.9, no balancing',
      yTrue: [[1]], yPred: [[0.9]], expected: 0.0010536052,
      loss: focalLoss({ gamma: 2 }), reference: (yTrue, yPred) => binaryFocalReference(yTrue, yPred, { gamma: 2 }),
    },
    {
      label: 'binary, y = 1, p = 0.9, alpha 0.25 without applyClassBalancing: alpha unused (Keras 3)',
      yTrue: [[1]], yPred: [[0.9]], expected: 0.0010536052,
      loss: binaryFocalCrossentropy({ alpha: 0.25 }), reference: (yTrue, yPred) => binaryFocalReference(yTrue, yPred, { alpha: 0.25 }),
    },
    {
      label: 'binary, y = 1, p = 0.9, alpha 0.25 with class balancing',
      yTrue: [[1]], yPred: [[0.9]], expected: 0.00026340129,
      loss: focalLoss({ gamma: 2, alpha: 0.25, applyClassBalancing: true }),
      reference: (yTrue, yPred) => binaryFocalReference(yTrue, yPred, { alpha: 0.25, applyClassBalancing: true }),
    },
    {
      label: 'binary, y = 0, p = 0.1, balancing with alpha 0.25 weighs the negative by 0.75',
      yTrue: [[0]], yPred: [[0.1]], expected: 0.00079020387,
      loss: focalLoss({ alpha: 0.25, applyClassBalancing: true }),
      reference: (yTrue, yPred) => binaryFocalReference(yTrue, yPred, { alpha: 0.25, applyClassBalancing: true }),
    },
    {
      label: 'binary from logits with smoothing, gamma 1.5 and balancing (torchvision form)',
      yTrue: [[1, 0, 1], [0, 0, 1]], yPred: [[2.1972246, -1, 0.3], [4, -6, -0.7]],
      loss: focalLoss({ fromLogits: true, gamma: 1.5, labelSmoothing: 0.1, alpha: 0.3, applyClassBalancing: true }),
      reference: (yTrue, yPred) => binaryFocalReference(yTrue, yPred, { fromLogits: true, gamma: 1.5, labelSmoothing: 0.1, alpha: 0.3, applyClassBalancing: true }),
    },
    {
      label: 'categorical, p_y = 0.9',
      yTrue: [[1, 0, 0]], yPred: [[0.9, 0.05, 0.05]], expected: 0.00026340129,
      loss: categoricalFocalLoss(), reference: (yTrue, yPred) => categoricalFocalReference(yTrue, yPred, {}),
    },
    {
      label: 'categorical from logits with smoothing',
      yTrue: [[0, 1, 0], [1, 0, 0]], yPred: [[0.5, 1.5, -1], [2, 0.1, 0.3]],
      loss: categoricalFocalLoss({ fromLogits: true, labelSmoothing: 0.1, gamma: 2.5, alpha: 1 }),
      reference: (yTrue, yPred) => categoricalFocalReference(yTrue, yPred, { fromLogits: true, labelSmoothing: 0.1, gamma: 2.5, alpha: 1 }),
    },
  ],
  badInputs: [
    {
      label: 'logits passed as probabilities',
      run: () => focalLoss(tf.tensor2d([[1, 0, 1, 1]]), tf.tensor2d([[0.1, 0.2, 0.3, 1.7]])),
      message: /focalLoss: expected yPred probabilities in \[0, 1\], got a value 1.7 at index 3 — pass fromLogits: true if these are logits/,
    },
    {
      label: 'negative gamma',
      run: () => focalLoss(tf.tensor2d([[1]]), tf.tensor2d([[0.5]]), { gamma: -1 }),
      message: /focalLoss: expected gamma >= 0, got -1/,
    },
    {
      label: 'misspelt option',
      run: () => focalLoss({ gama: 2 } as FocalOptions),
      message: /focalLoss: unknown option 'gama' \(did you mean 'gamma'\?\) — expected one of alpha, applyClassBalancing, fromLogits, gamma, labelSmoothing, reduction, sampleWeight, validate/,
    },
    {
      label: 'shape mismatch',
      run: () => categoricalFocalLoss(tf.ones([2, 3]), tf.ones([3, 3])),
      message: /categoricalFocalLoss: expected yTrue and yPred of the same shape/,
    },
  ],
};
