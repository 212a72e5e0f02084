// Cross-entropy with fromLogits, label smoothing, soft targets and ignoreClass (Keras 3 semantics).
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import {
  checkFloat, checkOption, checkProbabilities, checkSameShape, defineLoss, EPSILON, formatShape, normaliseRows,
  reduce, REDUCTION_OPTIONS, resolveAxis, softplus, type OptionNames, type ReductionOptions,
} from '../common.js';
import type { LossEntry } from '../entry.js';
import { clip, logSoftmax, mean, softplus as softplus64, type Matrix } from '../math64.js';

export interface CrossEntropyOptions extends ReductionOptions {
  readonly fromLogits?: boolean;
  /** Smoothing mass spread over all K classes (the true one included): y' = (1 - ls)*y + ls/K. */
  readonly labelSmoothing?: number;
  /** Class axis; only the last axis is supported. */
  readonly axis?: number;
}

export interface SparseCrossEntropyOptions extends CrossEntropyOptions {
  /**
   * Entries with this label contribute 0 and leave the denominator of 'mean' (the kept entries'
   * count) and of 'meanWithSampleWeight' (the kept entries' weights): Keras 3's mask semantics,
   * PyTorch ignore_index.
   */
  readonly ignoreClass?: number;
}

const CROSS_ENTROPY_OPTIONS: OptionNames<CrossEntropyOptions> = { ...REDUCTION_OPTIONS, fromLogits: true, labelSmoothing: true, axis: true };
const SPARSE_OPTIONS: OptionNames<SparseCrossEntropyOptions> = { ...CROSS_ENTROPY_OPTIONS, ignoreClass: true };

function checkSmoothing(name: string, labelSmoothing: number): void {
  checkOption(name, 'labelSmoothing', labelSmoothing, (value) => value >= 0 && value <= 1, 'in [0, 1]');
}

/** Per-row -sum_k y'_k log p_k, the shared core of the categorical forms. */
export function categoricalCrossEntropyPerSample(name: string, yTrue: Tensor, yPred: Tensor, options: CrossEntropyOptions): Tensor {
  const labelSmoothing = options.labelSmoothing ?? 0;
  checkSmoothing(name, labelSmoothing);
  resolveAxis(name, options.axis, yPred.rank);
  if (!options.fromLogits && options.validate !== false) checkProbabilities(name, yPred);
  return tf.tidy(() => {
    const classes = yPred.shape[yPred.rank - 1]!;
    const target = labelSmoothing > 0 ? tf.add(tf.mul(yTrue, 1 - labelSmoothing), labelSmoothing / classes) : yTrue;
    // Logits go through a stable log-softmax (max subtracted); probabilities are renormalised
    // and clipped as Keras does, since log(0) of a saturated softmax would give -inf.
    const logProbabilities = options.fromLogits
      ? tf.logSoftmax(yPred)
      : tf.log(tf.clipByValue(normaliseRows(yPred), EPSILON, 1 - EPSILON));
    return tf.neg(tf.sum(tf.mul(target, logProbabilities), -1));
  });
}

export const categoricalCrossentropy = defineLoss<CrossEntropyOptions>('categoricalCrossentropy', { options: CROSS_ENTROPY_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'categoricalCrossentropy';
  checkSameShape(name, yTrue, yPred);
  return tf.tidy(() => reduce(name, categoricalCrossEntropyPerSample(name, yTrue, yPred, options), options));
});

export const binaryCrossentropy = defineLoss<CrossEntropyOptions>('binaryCrossentropy', { options: CROSS_ENTROPY_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'binaryCrossentropy';
  checkSameShape(name, yTrue, yPred);
  return tf.tidy(() => reduce(name, tf.mean(binaryCrossEntropyElements(name, yTrue, yPred, options), -1), options));
});

/** Elementwise binary cross-entropy (before the mean over the last axis). */
export function binaryCrossEntropyElements(name: string, yTrue: Tensor, yPred: Tensor, options: CrossEntropyOptions): Tensor {
  const labelSmoothing = options.labelSmoothing ?? 0;
  checkSmoothing(name, labelSmoothing);
  if (!options.fromLogits && options.validate !== false) checkProbabilities(name, yPred);
  return tf.tidy(() => {
    const target = labelSmoothing > 0 ? tf.add(tf.mul(yTrue, 1 - labelSmoothing), labelSmoothing / 2) : yTrue;
    if (options.fromLogits) {
      // max(z, 0) - z*y + log(1 + exp(-|z|)): never exponentiates a large positive number.
      return tf.sub(softplus(yPred), tf.mul(yPred, target));
    }
    const probability = tf.clipByValue(yPred, EPSILON, 1 - EPSILON);
    return tf.neg(tf.add(tf.mul(target, tf.log(probability)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, probability)))));
  });
}

export const sparseCategoricalCrossentropy = defineLoss<SparseCrossEntropyOptions>('sparseCategoricalCrossentropy', {
  options: SPARSE_OPTIONS,
  targetLayout: 'integer class labels [batch] or [batch, 1] (int32 or float32); [batch, steps] for outputs [batch, steps, classes]',
}, (yTrue, yPred, options) => {
  const name = 'sparseCategoricalCrossentropy';
  checkFloatOrInt(name, yTrue);
  checkFloat(name, yPred, 'yPred');
  const classes = yPred.shape[yPred.rank - 1]!;
  const labelShape = yPred.shape.slice(0, -1);
  const squeezeLast = yTrue.rank === yPred.rank && yTrue.shape[yTrue.rank - 1] === 1;
  const labelsMatch = tf.util.arraysEqual(squeezeLast ? yTrue.shape.slice(0, -1) : yTrue.shape, labelShape);
  if (!labelsMatch) {
    throw new Error(`${name}: expected integer labels of shape ${formatShape(labelShape)} (or with a trailing 1) for yPred `
      + `${formatShape(yPred.shape)}, got yTrue ${formatShape(yTrue.shape)} — pass class indices, not one-hot rows (use categoricalCrossentropy for those)`);
  }
  const ignoreClass = options.ignoreClass;
  if (options.validate !== false) {
    const labels = yTrue.dataSync();
    const index = labels.findIndex((label) => label !== ignoreClass && !(Number.isInteger(label) && label >= 0 && label < classes));
    if (index >= 0) {
      throw new Error(`${name}: expected integer labels in [0, ${classes - 1}], got ${labels[index]} at index ${index}`
        + (ignoreClass === undefined ? '' : ` (ignoreClass is ${ignoreClass})`));
    }
  }
  return tf.tidy(() => {
    const labels = tf.reshape(tf.cast(yTrue, 'int32'), labelShape);
    const mask = ignoreClass === undefined ? null : tf.cast(tf.notEqual(labels, ignoreClass), 'float32');
    const safeLabels = mask === null ? labels : tf.where(tf.cast(mask, 'bool'), labels, tf.zerosLike(labels));
    const oneHot = tf.oneHot(safeLabels, classes);
    return reduce(name, categoricalCrossEntropyPerSample(name, oneHot, yPred, options), options, mask);
  });
});

function checkFloatOrInt(name: string, tensor: Tensor): void {
  if (!(tensor instanceof tf.Tensor)) throw new Error(`${name}: expected yTrue to be a tensor of labels, got ${typeof tensor}`);
}

// ---- float64 references ----

export function categoricalReference(yTrue: Matrix, yPred: Matrix, fromLogits: boolean, labelSmoothing = 0): number {
  return mean(yTrue.map((row, index) => {
    const classes = row.length;
    const target = row.map((value) => value * (1 - labelSmoothing) + labelSmoothing / classes);
    const prediction = yPred[index]!;
    const total = prediction.reduce((a, b) => a + b, 0);
    const logProbabilities = fromLogits
      ? logSoftmax(prediction)
      : prediction.map((value) => Math.log(clip(value / total, 1e-7, 1 - 1e-7)));
    return -target.reduce((accumulator, value, k) => accumulator + value * logProbabilities[k]!, 0);
  }));
}

export function binaryReference(yTrue: Matrix, yPred: Matrix, fromLogits: boolean, labelSmoothing = 0): number {
  return mean(yTrue.map((row, index) => mean(row.map((label, k) => {
    const target = label * (1 - labelSmoothing) + labelSmoothing / 2;
    const value = yPred[index]![k]!;
    if (fromLogits) return softplus64(value) - value * target;
    const probability = clip(value, 1e-7, 1 - 1e-7);
    return -(target * Math.log(probability) + (1 - target) * Math.log(1 - probability));
  }))));
}

/**
 * Sparse cross-entropy from logits with Keras 3's masked reduction written out: ignored entries
 * get weight 0; 'mean' divides by the kept count, 'meanWithSampleWeight' by the kept weights.
 */
export function sparseReference(
  yTrue: Matrix, yPred: Matrix, options: { ignoreClass: number; weights?: readonly number[]; reduction: 'mean' | 'meanWithSampleWeight' },
): number {
  let total = 0;
  let kept = 0;
  let keptWeight = 0;
  yTrue.forEach((row, index) => {
    const label = row[0]!;
    if (label === options.ignoreClass) return;
    const weight = options.weights?.[index] ?? 1;
    total += weight * -logSoftmax(yPred[index]!)[label]!;
    kept += 1;
    keptWeight += weight;
  });
  return total / (options.reduction === 'mean' ? kept : keptWeight);
}

const LOGITS: Matrix = [[2, 1, 0, -1], [0.3, -0.2, 1.1, 0.4]];
// The ignoreClass oracle: labels [0, 2, 1, 2] with class 2 ignored, weights [1, 5, 2, 7].
const IGNORE_LABELS: Matrix = [[0], [2], [1], [2]];
const IGNORE_LOGITS: Matrix = [[2, 1, 0], [0, 3, 1], [1, 1, 1], [0, 0, 4]];
const IGNORE_WEIGHTS = [1, 5, 2, 7];
const ONE_HOT: Matrix = [[1, 0, 0, 0], [0, 0, 1, 0]];

export const crossEntropyEntry: LossEntry = {
  id: 'losses.cross-entropy',
  kind: 'loss',
  names: ['categoricalCrossentropy', 'binaryCrossentropy', 'sparseCategoricalCrossentropy'],
  summary: 'Cross-entropy (categorical, binary, sparse) with fromLogits, label smoothing, soft targets and ignoreClass.',
  cases: [
    {
      label: 'categorical from logits, oracle logits [2, 1, 0, -1]',
      yTrue: [[1, 0, 0, 0]], yPred: [[2, 1, 0, -1]], expected: 0.4401897,
      loss: categoricalCrossentropy({ fromLogits: true }),
      reference: (yTrue, yPred) => categoricalReference(yTrue, yPred, true),
    },
    {
      label: 'categorical from logits, labelSmoothing 0.1',
      yTrue: [[1, 0, 0, 0]], yPred: [[2, 1, 0, -1]], expected: 0.5901897,
      loss: categoricalCrossentropy({ fromLogits: true, labelSmoothing: 0.1 }),
      reference: (yTrue, yPred) => categoricalReference(yTrue, yPred, true, 0.1),
    },
    {
      label: 'categorical, soft targets, probabilities',
      yTrue: [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], yPred: [[0.5, 0.3, 0.2], [0.25, 0.15, 0.6]],
      loss: categoricalCrossentropy(),
      reference: (yTrue, yPred) => categoricalReference(yTrue, yPred, false),
    },
    {
      label: 'binary, probability 0.8, labelSmoothing 0.2',
      yTrue: [[1]], yPred: [[0.8]], expected: 0.3617730,
      loss: binaryCrossentropy({ labelSmoothing: 0.2 }),
      reference: (yTrue, yPred) => binaryReference(yTrue, yPred, false, 0.2),
    },
    {
      label: 'binary from logits, large logits stay finite',
      yTrue: [[1, 0, 1], [0, 1, 0]], yPred: [[30, -2, 0.5], [-40, 1.5, 3]],
      loss: binaryCrossentropy({ fromLogits: true }),
      reference: (yTrue, yPred) => binaryReference(yTrue, yPred, true),
    },
    {
      label: 'sparse with ignoreClass: the mean runs over kept entries',
      yTrue: [[0], [-1], [2]], yPred: [LOGITS[0]!, LOGITS[1]!, LOGITS[1]!],
      loss: sparseCategoricalCrossentropy({ fromLogits: true, ignoreClass: -1 }),
      reference: (yTrue, yPred) => categoricalReference([ONE_HOT[0]!, ONE_HOT[1]!], [yPred[0]!, yPred[2]!], true),
    },
    {
      label: 'ignoreClass, meanWithSampleWeight, no weights: the mean over kept entries (Keras 3)',
      yTrue: IGNORE_LABELS, yPred: IGNORE_LOGITS, expected: 0.7531091266,
      loss: sparseCategoricalCrossentropy({ fromLogits: true, ignoreClass: 2, reduction: 'meanWithSampleWeight' }),
      reference: (yTrue, yPred) => sparseReference(yTrue, yPred, { ignoreClass: 2, reduction: 'meanWithSampleWeight' }),
    },
    {
      label: 'ignoreClass, meanWithSampleWeight, weights [1, 5, 2, 7]: divided by the kept weights 1 + 2 (Keras 3: 2.6048/3)',
      yTrue: IGNORE_LABELS, yPred: IGNORE_LOGITS, expected: 0.8682768473,
      loss: sparseCategoricalCrossentropy({ fromLogits: true, ignoreClass: 2, reduction: 'meanWithSampleWeight', sampleWeight: IGNORE_WEIGHTS }),
      reference: (yTrue, yPred) => sparseReference(yTrue, yPred, { ignoreClass: 2, weights: IGNORE_WEIGHTS, reduction: 'meanWithSampleWeight' }),
    },
    {
      label: 'ignoreClass, mean, weights [1, 5, 2, 7]: weighted sum over the 2 kept entries (Keras 3 sum_over_batch_size)',
      yTrue: IGNORE_LABELS, yPred: IGNORE_LOGITS, expected: 1.3024152709,
      loss: sparseCategoricalCrossentropy({ fromLogits: true, ignoreClass: 2, sampleWeight: IGNORE_WEIGHTS }),
      reference: (yTrue, yPred) => sparseReference(yTrue, yPred, { ignoreClass: 2, weights: IGNORE_WEIGHTS, reduction: 'mean' }),
    },
  ],
  badInputs: [
    {
      label: 'shape mismatch',
      run: () => categoricalCrossentropy(tf.ones([2, 3]), tf.ones([2, 4])),
      message: /categoricalCrossentropy: expected yTrue and yPred of the same shape, got yTrue \[2, 3\] and yPred \[2, 4\]/,
    },
    {
      label: 'logits passed as probabilities',
      run: () => binaryCrossentropy(tf.tensor2d([[1, 0]]), tf.tensor2d([[0.5, 1.7]])),
      message: /binaryCrossentropy: expected yPred probabilities in \[0, 1\], got a value 1.7 at index 1 — pass fromLogits: true/,
    },
    {
      label: 'label out of range',
      run: () => sparseCategoricalCrossentropy(tf.tensor2d([[3]]), tf.tensor2d([[0.2, 0.3, 0.5]])),
      message: /sparseCategoricalCrossentropy: expected integer labels in \[0, 2\], got 3 at index 0/,
    },
  ],
};
