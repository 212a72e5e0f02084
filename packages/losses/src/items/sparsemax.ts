// Sparsemax loss ("From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label
// Classification"), with its closed-form gradient sparsemax(z) - q.
import * as tf from '@tensorflow/tfjs-core';
import { checkSameShape, defineLoss, reduce, REDUCTION_OPTIONS, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { mean, sparsemax as sparsemax64, type Matrix } from '../math64.js';

/** Row-wise sparsemax threshold tau and projection; the support search sorts each row. */
export function sparsemaxProjection(logits: tf.Tensor): { probabilities: tf.Tensor; threshold: tf.Tensor } {
  return tf.tidy(() => {
    const classes = logits.shape[logits.rank - 1]!;
    const sorted = tf.topk(logits, classes).values;
    // cumsum takes no negative axis in tfjs 4.22.
    const cumulative = tf.cumsum(sorted, logits.rank - 1);
    const ranks = tf.range(1, classes + 1);
    const inSupport = tf.cast(tf.greater(tf.add(1, tf.mul(ranks, sorted)), cumulative), 'float32');
    const supportSize = tf.sum(inSupport, -1, true);
    const supportSum = tf.sum(tf.mul(inSupport, sorted), -1, true);
    const threshold = tf.div(tf.sub(supportSum, 1), supportSize);
    return { probabilities: tf.relu(tf.sub(logits, threshold)), threshold };
  });
}

/**
 * L = -q.z + 0.5*sum_{j in S}(z_j^2 - tau^2) + 0.5*||q||^2; yTrue q is one-hot or a target
 * distribution, yPred z are logits. The gradient is supplied in closed form: the sort that
 * finds the support has no useful derivative.
 */
export const sparsemaxLoss = defineLoss<ReductionOptions>('sparsemaxLoss', { options: REDUCTION_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'sparsemaxLoss';
  checkSameShape(name, yTrue, yPred);
  const perSample = tf.customGrad((logits, target, save) => {
    const { probabilities, threshold } = sparsemaxProjection(logits as tf.Tensor);
    const support = tf.cast(tf.greater(probabilities, 0), 'float32');
    const value = tf.add(
      tf.sub(tf.mul(0.5, tf.sum(tf.mul(support, tf.sub(tf.square(logits as tf.Tensor), tf.square(threshold))), -1)), tf.sum(tf.mul(target as tf.Tensor, logits as tf.Tensor), -1)),
      tf.mul(0.5, tf.sum(tf.square(target as tf.Tensor), -1)),
    );
    (save as tf.GradSaveFunc)([probabilities, target as tf.Tensor, logits as tf.Tensor]);
    return {
      value,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [savedProbabilities, savedTarget, savedLogits] = saved as [tf.Tensor, tf.Tensor, tf.Tensor];
        const upstream = tf.expandDims(dy, -1);
        return [tf.mul(upstream, tf.sub(savedProbabilities, savedTarget)), tf.mul(upstream, tf.sub(savedTarget, savedLogits))];
      },
    };
  });
  return tf.tidy(() => reduce(name, perSample(yPred, yTrue), options));
});

function sparsemaxReference(yTrue: Matrix, yPred: Matrix): number {
  return mean(yPred.map((logits, i) => {
    const { threshold, support } = sparsemax64(logits);
    const target = yTrue[i]!;
    let value = 0;
    logits.forEach((z, j) => {
      value -= target[j]! * z;
      if (support[j]) value += 0.5 * (z * z - threshold * threshold);
      value += 0.5 * target[j]! * target[j]!;
    });
    return value;
  }));
}

export const sparsemaxEntry: LossEntry = {
  id: 'losses.sparsemax-loss',
  kind: 'loss',
  names: ['sparsemaxLoss', 'sparsemaxProjection'],
  summary: 'Sparsemax loss, zero iff sparsemax(z) equals the one-hot target; gradient sparsemax(z) - q.',
  cases: [
    { label: 'one-hot targets, partial supports', yTrue: [[1, 0, 0, 0], [0, 0, 1, 0]], yPred: [[1.2, 0.9, -0.5, 0.1], [0.3, 0.25, 0.8, -1]], loss: sparsemaxLoss(), reference: sparsemaxReference },
    { label: 'target distribution (multi-label form)', yTrue: [[0.5, 0.5, 0, 0]], yPred: [[0.7, 0.6, 0.2, -0.4]], loss: sparsemaxLoss(), reference: sparsemaxReference },
    { label: 'zero when sparsemax(z) = e_y', yTrue: [[0, 1, 0]], yPred: [[0.1, 2.5, -0.3]], expected: 0, loss: sparsemaxLoss(), reference: sparsemaxReference },
  ],
  badInputs: [
    { label: 'shape mismatch', run: () => sparsemaxLoss(tf.ones([1, 3]), tf.ones([1, 4])), message: /sparsemaxLoss: expected yTrue and yPred of the same shape/ },
  ],
};
