// Margin losses on distances and lengths: contrastive (pairwise), triplet with in-batch mining
// (TF Addons triplet_semihard_loss / triplet_hard_loss semantics) and the capsule margin loss
// ("Dynamic Routing Between Capsules"). Known limit: per-triplet weights are not supported.
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, checkSameShape, defineLoss, formatShape, reduce, REDUCTION_OPTIONS, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { euclidean, mean, type Matrix } from '../math64.js';

export interface ContrastiveOptions extends ReductionOptions {
  readonly margin?: number;
}

/** yTrue: 1 for similar pairs, 0 for dissimilar ([batch, 1]); yPred: the pair distance d ([batch, 1]). */
export const contrastiveLoss = defineLoss<ContrastiveOptions>('contrastiveLoss', { options: { ...REDUCTION_OPTIONS, margin: true } }, (yTrue, yPred, options) => {
  const name = 'contrastiveLoss';
  checkSameShape(name, yTrue, yPred);
  const margin = options.margin ?? 1;
  checkOption(name, 'margin', margin, (value) => value >= 0, '>= 0');
  return tf.tidy(() => {
    const similar = tf.mul(yTrue, tf.square(yPred));
    const dissimilar = tf.mul(tf.sub(1, yTrue), tf.square(tf.relu(tf.sub(margin, yPred))));
    return reduce(name, tf.mean(tf.add(similar, dissimilar), -1), options);
  });
});

export interface TripletOptions {
  readonly margin?: number;
  /** 'semiHard' (FaceNet / TFA default) or 'hard' (batch-hard). */
  readonly mining?: 'semiHard' | 'hard';
  /** Use squared Euclidean distances. */
  readonly squared?: boolean;
}

/**
 * Pairwise Euclidean distances. The double where keeps the gradient finite on the diagonal,
 * where sqrt(0) would give an infinite derivative times a zero mask = NaN.
 */
export function pairwiseDistances(embeddings: tf.Tensor, squared = false): tf.Tensor {
  return tf.tidy(() => {
    const difference = tf.sub(tf.expandDims(embeddings, 1), tf.expandDims(embeddings, 0));
    const squares = tf.sum(tf.square(difference), -1);
    if (squared) return squares;
    // step() instead of greater(): comparisons have no registered gradient, and the tape walks
    // every op between yPred and the loss.
    const positive = tf.cast(tf.step(squares), 'bool');
    return tf.where(positive, tf.sqrt(tf.where(positive, squares, tf.onesLike(squares))), tf.zerosLike(squares));
  });
}

function labelsOf(name: string, yTrue: tf.Tensor, batch: number): tf.Tensor {
  if (yTrue.size !== batch) {
    throw new Error(`${name}: expected one label per embedding (${batch}), got yTrue ${formatShape(yTrue.shape)}`);
  }
  return tf.reshape(yTrue, [batch]);
}

/** yTrue: integer class labels [batch] or [batch, 1]; yPred: embeddings [batch, dim]. Returns a scalar. */
export const tripletLoss = defineLoss<TripletOptions>('tripletLoss', {
  options: { margin: true, mining: true, squared: true },
  targetLayout: 'integer class labels [batch] or [batch, 1], one per embedding',
}, (yTrue, yPred, options) => {
  const name = 'tripletLoss';
  checkFloat(name, yPred, 'yPred');
  if (yPred.rank !== 2) throw new Error(`${name}: expected embeddings yPred [batch, dim], got ${formatShape(yPred.shape)}`);
  const margin = options.margin ?? 1;
  const mining = options.mining ?? 'semiHard';
  if (mining !== 'semiHard' && mining !== 'hard') throw new Error(`${name}: expected mining 'semiHard' or 'hard', got '${String(mining)}'`);
  checkOption(name, 'margin', margin, (value) => value >= 0, '>= 0');
  const batch = yPred.shape[0]!;
  return tf.tidy(() => {
    const labels = labelsOf(name, yTrue, batch);
    const distances = pairwiseDistances(yPred, options.squared ?? false);
    const same = tf.equal(tf.expandDims(labels, 1), tf.expandDims(labels, 0));
    const different = tf.logicalNot(same);
    const positivePairs = tf.logicalAnd(same, tf.logicalNot(tf.cast(tf.eye(batch), 'bool')));
    const large = tf.fill([batch, batch], 1e9);
    if (mining === 'hard') {
      const hardestPositive = tf.max(tf.where(positivePairs, distances, tf.zerosLike(distances)), 1);
      const hardestNegative = tf.min(tf.where(different, distances, large), 1);
      return tf.mean(tf.relu(tf.add(tf.sub(hardestPositive, hardestNegative), margin)));
    }
    // Semi-hard: for anchor a and positive p, the closest negative farther than p; when none
    // is farther, the farthest negative (FaceNet / TFA). Tensor axes: [anchor, positive, negative].
    const anchorNegative = tf.expandDims(distances, 1);
    const anchorPositive = tf.expandDims(distances, 2);
    const fartherMask = tf.mul(tf.expandDims(tf.cast(different, 'float32'), 1), tf.step(tf.sub(anchorNegative, anchorPositive)));
    const farther = tf.cast(fartherMask, 'bool');
    const broadcastNegative = tf.mul(anchorNegative, tf.onesLike(anchorPositive));
    const outside = tf.min(tf.where(farther, broadcastNegative, tf.mul(tf.onesLike(broadcastNegative), 1e9)), 2);
    // max of the 0/1 mask rather than any(): every op between yPred and the loss needs a gradient.
    const hasOutside = tf.cast(tf.max(fartherMask, 2), 'bool');
    const inside = tf.max(tf.where(different, distances, tf.zerosLike(distances)), 1, true);
    const negative = tf.where(hasOutside, outside, tf.mul(inside, tf.ones([1, batch])));
    const perPair = tf.relu(tf.add(tf.sub(distances, negative), margin));
    const mask = tf.cast(positivePairs, 'float32');
    return tf.div(tf.sum(tf.mul(perPair, mask)), tf.maximum(tf.sum(mask), 1));
  });
});

export interface CapsuleMarginOptions extends ReductionOptions {
  readonly mPlus?: number;
  readonly mMinus?: number;
  readonly lambda?: number;
}

/** yTrue: one-hot [batch, classes]; yPred: capsule lengths [batch, classes] or capsule vectors [batch, classes, dim]. */
export const capsuleMarginLoss = defineLoss<CapsuleMarginOptions>('capsuleMarginLoss', {
  options: { ...REDUCTION_OPTIONS, mPlus: true, mMinus: true, lambda: true },
  targetLayout: 'one-hot [batch, classes]; for capsule vectors [batch, classes, dim] too',
}, (yTrue, yPred, options) => {
  const name = 'capsuleMarginLoss';
  checkFloat(name, yTrue, 'yTrue');
  checkFloat(name, yPred, 'yPred');
  const lengthShape = yPred.rank === 3 ? yPred.shape.slice(0, 2) : yPred.shape;
  if (!tf.util.arraysEqual(yTrue.shape, lengthShape)) {
    throw new Error(`${name}: expected one-hot yTrue ${formatShape(lengthShape)} for yPred ${formatShape(yPred.shape)}, got ${formatShape(yTrue.shape)}`);
  }
  const mPlus = options.mPlus ?? 0.9;
  const mMinus = options.mMinus ?? 0.1;
  const lambda = options.lambda ?? 0.5;
  return tf.tidy(() => {
    const lengths = yPred.rank === 3 ? tf.sqrt(tf.add(tf.sum(tf.square(yPred), -1), 1e-12)) : yPred;
    const present = tf.mul(yTrue, tf.square(tf.relu(tf.sub(mPlus, lengths))));
    const absent = tf.mul(tf.mul(tf.sub(1, yTrue), lambda), tf.square(tf.relu(tf.sub(lengths, mMinus))));
    return reduce(name, tf.sum(tf.add(present, absent), -1), options);
  });
});

// ---- float64 references ----

function contrastiveReference(yTrue: Matrix, yPred: Matrix, margin: number): number {
  return mean(yTrue.map((row, i) => mean(row.map((label, j) => {
    const distance = yPred[i]![j]!;
    return label * distance * distance + (1 - label) * Math.max(margin - distance, 0) ** 2;
  }))));
}

export function tripletReference(yTrue: Matrix, yPred: Matrix, options: TripletOptions): number {
  const margin = options.margin ?? 1;
  const labels = yTrue.map((row) => row[0]!);
  const distance = (a: number, b: number) => (options.squared ? euclidean(yPred[a]!, yPred[b]!) ** 2 : euclidean(yPred[a]!, yPred[b]!));
  const batch = labels.length;
  const indices = [...Array(batch).keys()];
  if (options.mining === 'hard') {
    return mean(indices.map((anchor) => {
      const positives = indices.filter((other) => other !== anchor && labels[other] === labels[anchor]).map((other) => distance(anchor, other));
      const negatives = indices.filter((other) => labels[other] !== labels[anchor]).map((other) => distance(anchor, other));
      const hardestPositive = positives.length > 0 ? Math.max(...positives) : 0;
      const hardestNegative = negatives.length > 0 ? Math.min(...negatives) : 1e9;
      return Math.max(hardestPositive - hardestNegative + margin, 0);
    }));
  }
  let total = 0;
  let count = 0;
  for (const anchor of indices) {
    const negatives = indices.filter((other) => labels[other] !== labels[anchor]).map((other) => distance(anchor, other));
    for (const positive of indices) {
      if (positive === anchor || labels[positive] !== labels[anchor]) continue;
      const positiveDistance = distance(anchor, positive);
      const farther = negatives.filter((value) => value > positiveDistance);
      const negative = farther.length > 0 ? Math.min(...farther) : Math.max(0, ...negatives);
      total += Math.max(positiveDistance - negative + margin, 0);
      count++;
    }
  }
  return total / Math.max(count, 1);
}

function capsuleReference(yTrue: Matrix, yPred: Matrix): number {
  return mean(yTrue.map((row, i) => row.reduce((total, label, k) => {
    const length = yPred[i]![k]!;
    return total + label * Math.max(0.9 - length, 0) ** 2 + 0.5 * (1 - label) * Math.max(length - 0.1, 0) ** 2;
  }, 0)));
}

const TRIPLET_LABELS: Matrix = [[0], [0], [1], [1], [0], [2]];
const TRIPLET_EMBEDDINGS: Matrix = [[0.1, 0.9], [0.35, 0.7], [0.8, -0.2], [1.1, 0.15], [-0.3, 0.4], [0.5, 0.45]];

export const contrastiveEntry: LossEntry = {
  id: 'losses.contrastive',
  kind: 'loss',
  names: ['contrastiveLoss'],
  summary: 'Pairwise contrastive loss y*d^2 + (1 - y)*max(margin - d, 0)^2 on pair distances.',
  cases: [
    {
      label: 'similar and dissimilar pairs on both sides of the margin',
      yTrue: [[1], [0], [0], [1]], yPred: [[0.4], [0.3], [1.6], [1.2]],
      loss: contrastiveLoss(), reference: (yTrue, yPred) => contrastiveReference(yTrue, yPred, 1),
    },
    { label: 'zero for d = 0 similar and d >= margin dissimilar', yTrue: [[1], [0]], yPred: [[0], [1.5]], expected: 0, loss: contrastiveLoss(), reference: (yTrue, yPred) => contrastiveReference(yTrue, yPred, 1) },
  ],
  badInputs: [
    { label: 'shape mismatch', run: () => contrastiveLoss(tf.ones([4, 1]), tf.ones([4, 2])), message: /contrastiveLoss: expected yTrue and yPred of the same shape/ },
  ],
};

export const tripletEntry: LossEntry = {
  id: 'losses.triplet',
  kind: 'loss',
  names: ['tripletLoss', 'pairwiseDistances'],
  summary: 'Triplet loss max(0, d(a, p) - d(a, n) + margin) with semi-hard or batch-hard in-batch mining.',
  cases: [
    {
      label: 'semi-hard mining, margin 0.5',
      yTrue: TRIPLET_LABELS, yPred: TRIPLET_EMBEDDINGS,
      loss: tripletLoss({ margin: 0.5 }), reference: (yTrue, yPred) => tripletReference(yTrue, yPred, { margin: 0.5 }),
    },
    {
      label: 'batch-hard mining, squared distances',
      yTrue: TRIPLET_LABELS, yPred: TRIPLET_EMBEDDINGS,
      loss: tripletLoss({ mining: 'hard', squared: true }), reference: (yTrue, yPred) => tripletReference(yTrue, yPred, { mining: 'hard', squared: true }),
    },
    {
      label: 'zero when every negative is farther by the margin',
      yTrue: [[0], [0], [1], [1]], yPred: [[0, 0], [0.1, 0], [5, 5], [5.1, 5]], expected: 0, gradient: false,
      loss: tripletLoss({ margin: 1 }), reference: (yTrue, yPred) => tripletReference(yTrue, yPred, { margin: 1 }),
    },
  ],
  badInputs: [
    { label: 'labels do not match the batch', run: () => tripletLoss(tf.ones([3, 1]), tf.ones([4, 2])), message: /tripletLoss: expected one label per embedding \(4\), got yTrue \[3, 1\]/ },
    { label: 'unknown mining', run: () => tripletLoss(tf.ones([2, 1]), tf.ones([2, 2]), { mining: 'easy' as 'hard' }), message: /tripletLoss: expected mining 'semiHard' or 'hard', got 'easy'/ },
  ],
};

export const capsuleEntry: LossEntry = {
  id: 'losses.capsule-margin',
  kind: 'loss',
  names: ['capsuleMarginLoss'],
  summary: 'Capsule margin loss T*max(0, m+ - ||v||)^2 + lambda*(1 - T)*max(0, ||v|| - m-)^2 summed over classes.',
  cases: [
    { label: '||v_true|| = 0.5 alone gives 0.16', yTrue: [[1, 0, 0]], yPred: [[0.5, 0.05, 0.02]], expected: 0.16, loss: capsuleMarginLoss(), reference: capsuleReference },
    { label: 'mixed lengths', yTrue: [[0, 1, 0], [1, 0, 0]], yPred: [[0.3, 0.7, 0.2], [0.95, 0.6, 0.05]], loss: capsuleMarginLoss(), reference: capsuleReference },
  ],
  badInputs: [
    { label: 'labels of the wrong shape', run: () => capsuleMarginLoss(tf.ones([2, 3]), tf.ones([2, 4])), message: /capsuleMarginLoss: expected one-hot yTrue \[2, 4\]/ },
  ],
};
