import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { planView, rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';

/**
 * sparsemax (Martins and Astudillo, "From Softmax to Sparsemax: A Sparse Model of Attention and
 * Multi-Label Classification", 2016): the Euclidean projection of each row onto the probability
 * simplex, p = max(z − τ, 0) with τ chosen so that p sums to 1.
 *
 * The forward sorts each row, which no combinable reduction (sum, max, moments, logsumexp)
 * expresses, so this is the hand-written override the design allows for sorting ops: tfjs ops
 * (tf.topk for the sort, tf.cumsum for the prefix sums) under tf.customGrad, on every backend.
 * Known limits: a row holding NaN gives NaN throughout; a row holding +∞ gives NaN (the limit
 * would be one-hot, but z − max(z) is ∞ − ∞).
 */

export interface SparsemaxOptions {
  /** Axis or axes of each row (the simplex is over all of them together). Default -1. */
  readonly axis?: number | readonly number[];
}

export const SPARSEMAX_OPTION_NAMES = ['axis'] as const;

/**
 * sparsemax over the rows of a [rows, n] matrix, with the backward
 * dz_i = 1[i ∈ S]·(g_i − Σ_{j∈S} g_j / |S|), S = {i : p_i > 0}, from the saved output.
 */
const sparsemaxRows = tf.customGrad((z: Tensor | tf.GradSaveFunc, save: Tensor | tf.GradSaveFunc) => {
  const logits = z as tf.Tensor2D;
  const width = logits.shape[1];
  // Shifting by the row maximum changes nothing (sparsemax is shift-invariant) and keeps the
  // prefix sums small, so τ keeps its digits when the logits are large. τ ≥ max − 1 (the
  // outputs sum to 1), so every value below max − 1 comes out 0 and leaves τ alone: clamping
  // at max − 2 changes no output and keeps −∞ (which WebGL mishandles) out of the sums.
  const shifted = tf.maximum(tf.sub(logits, tf.max(logits, 1, true)), -2);
  const sorted = tf.topk(shifted, width, true).values;
  const prefix = tf.cumsum(sorted, 1);
  const ranks = tf.range(1, width + 1, 1, 'float32');
  // The support is a prefix of the sorted row: every k with 1 + k·z₍ₖ₎ > Σ_{j≤k} z₍ⱼ₎.
  const inSupport = tf.greater(tf.add(1, tf.mul(ranks, sorted)), prefix);
  const size = tf.sum(tf.cast(inSupport, 'float32'), 1, true);
  const supportSum = tf.sum(tf.where(inSupport, sorted, tf.zerosLike(sorted)), 1, true);
  const threshold = tf.div(tf.sub(supportSum, 1), size);
  const projected = tf.relu(tf.sub(shifted, threshold));
  const hasNaN = tf.any(tf.isNaN(logits), 1, true);
  const value = tf.where(tf.broadcastTo(hasNaN, logits.shape), tf.fill(logits.shape, NaN), projected) as tf.Tensor2D;
  (save as tf.GradSaveFunc)([value]);
  return {
    value,
    gradFunc: (dy: Tensor, saved: Tensor[]) => {
      const support = tf.greater(saved[0], 0);
      const kept = tf.where(support, dy, tf.zerosLike(dy));
      const count = tf.maximum(tf.sum(tf.cast(support, 'float32'), 1, true), 1);
      const mean = tf.div(tf.sum(kept, 1, true), count);
      return tf.where(support, tf.sub(dy, mean), tf.zerosLike(dy));
    },
  };
});

/**
 * sparsemax(x, {axis}): non-negative, sums to 1 over each row like softmax, but exactly 0 for
 * logits more than a threshold below the largest. Differentiable (the gradient flows through
 * the support only). Works on every backend.
 */
export function computeSparsemax(x: Tensor | TensorLike, options: SparsemaxOptions = {}): Tensor {
  const op = 'sparsemax';
  if (options == null || typeof options !== 'object') {
    throw new Error(`${op}: expected an options object such as {axis: -1}, got ${String(options)} — pass {} for the defaults`);
  }
  rejectUnknownOptions(op, options, SPARSEMAX_OPTION_NAMES);
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    const plan = planView(op, 'rows', input, { axis: options.axis ?? -1 });
    if (input.size === 0) return tf.clone(input);
    return plan.fromKernel(sparsemaxRows(plan.toKernel(input)));
  });
}
