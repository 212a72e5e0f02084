import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';

/**
 * The fused kernels normalize over the last axis. Other axes are moved to the end (transpose)
 * and collapsed into one, and the result moved back: `axes` → rows × width.
 */
export interface AxisPlan {
  /** Sorted, non-negative axes to normalize over. */
  readonly axes: number[];
  /** Product of the normalized dimensions. */
  readonly width: number;
  /** Shape of one set of per-feature params (gamma, beta) over the normalized axes. */
  readonly paramShape: number[];
  /** x in the kernels' layout: [rows, width]. */
  toRows(x: Tensor): Tensor;
  /** A kernel result back to x's layout. */
  fromRows(rows: Tensor): Tensor;
}

export function planAxes(op: string, x: Tensor, axis: number | readonly number[]): AxisPlan {
  const rank = x.rank;
  if (rank === 0) {
    throw new Error(`${op}: expected a tensor of rank >= 1, got a scalar — reshape it to [1] or normalize a larger tensor`);
  }
  const given = typeof axis === 'number' ? [axis] : [...axis];
  if (given.length === 0) throw new Error(`${op}: expected at least one axis, got [] — pass axis: -1 for the last axis`);
  const axes = given.map((a) => {
    if (!Number.isInteger(a) || a < -rank || a >= rank) {
      throw new Error(`${op}: expected axis in [${-rank}, ${rank - 1}] for a rank-${rank} tensor, got ${a} — use -1 for the last axis`);
    }
    return a < 0 ? a + rank : a;
  }).sort((a, b) => a - b);
  if (new Set(axes).size !== axes.length) throw new Error(`${op}: expected distinct axes, got [${given.join(', ')}] — list each axis once`);
  const kept = [...Array(rank).keys()].filter((a) => !axes.includes(a));
  const permutation = [...kept, ...axes];
  const identity = permutation.every((a, i) => a === i);
  const paramShape = axes.map((a) => x.shape[a]);
  const width = paramShape.reduce((a, b) => a * b, 1);
  const movedShape = permutation.map((a) => x.shape[a]);
  const inverse = permutation.map((_, i) => permutation.indexOf(i));
  return {
    axes,
    width,
    paramShape,
    toRows: (value) => tf.reshape(identity ? value : tf.transpose(value, permutation), [-1, width]),
    fromRows: (rows) => {
      const moved = tf.reshape(rows, movedShape);
      return identity ? moved : tf.transpose(moved, inverse);
    },
  };
}
