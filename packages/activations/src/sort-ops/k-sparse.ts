import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import { planView, rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';

/**
 * The k-sparse activation (Makhzani and Frey, "k-Sparse Autoencoders", 2013; catalog id
 * `activations.topk`): per row, keep the k largest values (by value, not magnitude) where they
 * are and set the rest to 0; ties go to the lower index. The gradient flows through the kept
 * positions only. At encoding (test) time the paper keeps α·k values (testMultiplier α ≥ 1).
 *
 * Exported as `kSparse`, not `topk`: tf.topk returns the k largest values and their indices,
 * this keeps them in place, and one name for two different things would mislead.
 *
 * Like sparsemax, a sort no combinable reduction expresses: tfjs ops (tf.topk finds the k-th
 * largest value) under tf.customGrad, on every backend. tf.topk's own order among equal values
 * is not relied on: the mask keeps every value above the k-th and the first ones equal to it.
 */

export interface KSparseOptions {
  /** How many values each row keeps while training. Default 25. */
  readonly k?: number;
  /** α ≥ 1: outside training, keep round(α·k) values (at most the row's width). Default 1. */
  readonly testMultiplier?: number;
  /** true keeps k, false (the default, as a layer outside model.fit) keeps round(testMultiplier·k). */
  readonly training?: boolean;
  /** Axis or axes of each row. Default -1. */
  readonly axis?: number | readonly number[];
}

export const K_SPARSE_DEFAULTS = { k: 25, testMultiplier: 1 } as const;
export const K_SPARSE_OPTION_NAMES = ['k', 'testMultiplier', 'training', 'axis'] as const;

/** Throws unless k is a positive integer; `where` names the op or layer. */
export function checkK(where: string, name: string, k: unknown): number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
    throw new Error(`${where}: expected ${name} to be a positive integer, got ${typeof k === 'number' ? k : JSON.stringify(k)} — pass the number of values each row keeps, e.g. ${name}: 25`);
  }
  return k;
}

/** Throws unless the test multiplier is a finite number ≥ 1. */
export function checkTestMultiplier(where: string, multiplier: unknown): number {
  if (typeof multiplier !== 'number' || !Number.isFinite(multiplier) || multiplier < 1) {
    throw new Error(`${where}: expected testMultiplier to be a number >= 1, got ${typeof multiplier === 'number' ? multiplier : JSON.stringify(multiplier)} — use 1 to keep k values at test time too, or e.g. 3 to keep 3·k`);
  }
  return multiplier;
}

/** How many values a row keeps: k while training, else round(testMultiplier·k), at most the width. */
export function keptCount(k: number, testMultiplier: number, training: boolean, width: number): number {
  return Math.min(width, training ? k : Math.round(testMultiplier * k));
}

/** 1 where a [rows, n] matrix keeps its value: above the row's k-th largest, or equal to it among the first. */
function keepMask(values: tf.Tensor2D, kept: number): Tensor {
  const kth = tf.slice(tf.topk(values, kept, true).values, [0, kept - 1], [-1, 1]);
  const above = tf.greater(values, kth);
  const tied = tf.equal(values, kth);
  const room = tf.sub(kept, tf.sum(tf.cast(above, 'float32'), 1, true));
  // Running count of ties from the left: the first `room` of them are kept (ties by lower index).
  const tieRank = tf.cumsum(tf.cast(tied, 'float32'), 1);
  return tf.logicalOr(above, tf.logicalAnd(tied, tf.lessEqual(tieRank, room)));
}

const sparsify = (kept: number) => tf.customGrad((x: Tensor | tf.GradSaveFunc, save: Tensor | tf.GradSaveFunc) => {
  const values = x as tf.Tensor2D;
  const mask = keepMask(values, kept);
  (save as tf.GradSaveFunc)([mask]);
  return {
    value: tf.where(mask, values, tf.zerosLike(values)),
    // The forward's own mask: the gradient's support is exactly the values kept.
    gradFunc: (dy: Tensor, saved: Tensor[]) => tf.where(saved[0], dy, tf.zerosLike(dy)),
  };
});

/**
 * The k-sparse activation as an op: the rows of x keep their k largest values (round(α·k)
 * when `training` is false and testMultiplier α > 1), everything else becomes 0.
 */
export function computeKSparse(x: Tensor | TensorLike, options: KSparseOptions = {}): Tensor {
  const op = 'kSparse';
  if (options == null || typeof options !== 'object') {
    throw new Error(`${op}: expected an options object such as {k: 25}, got ${String(options)} — pass {} for the defaults`);
  }
  rejectUnknownOptions(op, options, K_SPARSE_OPTION_NAMES);
  const k = checkK(op, 'k', options.k ?? K_SPARSE_DEFAULTS.k);
  const testMultiplier = checkTestMultiplier(op, options.testMultiplier ?? K_SPARSE_DEFAULTS.testMultiplier);
  if (options.training != null && typeof options.training !== 'boolean') {
    throw new Error(`${op}: expected training to be true or false, got ${JSON.stringify(options.training)} — pass training: true to keep k values`);
  }
  return tf.tidy(() => {
    const input = requireFloatTensor(op, x);
    const plan = planView(op, 'rows', input, { axis: options.axis ?? -1 });
    const width = plan.view[3];
    if (k > width) {
      throw new Error(`${op}: expected k <= ${width} (the width of each row along axis ${JSON.stringify(options.axis ?? -1)}), got k = ${k} — pass a k of at most ${width} (k = ${width} keeps every value)`);
    }
    if (input.size === 0) return tf.clone(input);
    const kept = keptCount(k, testMultiplier, options.training ?? false, width);
    return plan.fromKernel(sparsify(kept)(plan.toKernel(input)));
  });
}
