import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { ReductionViewShape } from './backends/types.js';
import type { ReductionView } from './reduction-spec.js';

/**
 * Where a reduction's groups lie in x, as [outer, across, kept, within] (reduction-spec.ts):
 * the axes are moved (one transpose, only when they are not already in place) so the kernels
 * see x as a [outer·across·kept, within] matrix, and the result is moved back.
 */
export interface ViewPlan {
  readonly view: ReductionViewShape;
  /** The user-facing shape of one weight (the normalized axes for rows, [C] otherwise). */
  readonly weightShape: readonly number[];
  /** kept × within: the number of values per weight. */
  readonly weightSize: number;
  /** x in the kernels' layout, [outer·across·kept, within]. */
  toKernel(x: Tensor): Tensor;
  /** A kernel result back to x's shape and layout. */
  fromKernel(result: Tensor): Tensor;
}

export interface ViewOptions {
  /** rows: the axis or axes reduced over; other views: the channel axis. Default -1. */
  readonly axis?: number | readonly number[];
  /** channel-groups: the number of groups (−1: one per channel). */
  readonly groups?: number;
}

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1);

function normalizeAxes(op: string, rank: number, axis: number | readonly number[]): number[] {
  const given = typeof axis === 'number' ? [axis] : [...axis];
  if (given.length === 0) throw new Error(`${op}: expected at least one axis, got [] — pass axis: -1 for the last axis`);
  const axes = given.map((a) => {
    if (!Number.isInteger(a) || a < -rank || a >= rank) {
      throw new Error(`${op}: expected axis in [${-rank}, ${rank - 1}] for a rank-${rank} tensor, got ${a} — use -1 for the last axis`);
    }
    return a < 0 ? a + rank : a;
  }).sort((a, b) => a - b);
  if (new Set(axes).size !== axes.length) throw new Error(`${op}: expected distinct axes, got [${given.join(', ')}] — list each axis once`);
  return axes;
}

/** Moves `moved` axes to the end; the plan's two directions of that permutation. */
function permutationTo(rank: number, moved: readonly number[]) {
  const kept = [...Array(rank).keys()].filter((a) => !moved.includes(a));
  const permutation = [...kept, ...moved];
  const identity = permutation.every((a, i) => a === i);
  const inverse = permutation.map((_, i) => permutation.indexOf(i));
  return { permutation, identity, inverse };
}

export function planView(op: string, kind: ReductionView, x: Tensor, options: ViewOptions = {}): ViewPlan {
  const rank = x.rank;
  const minimumRank = kind === 'rows' ? 1 : 2;
  if (rank < minimumRank) {
    throw new Error(`${op}: expected a tensor of rank >= ${minimumRank}${kind === 'rows' ? '' : ' ([batch, ..., channels])'}, got rank ${rank} — `
      + (kind === 'rows' ? 'reshape it to [1]' : 'add a batch axis with tf.expandDims(x, 0)'));
  }
  const axes = normalizeAxes(op, rank, options.axis ?? -1);
  if (kind !== 'rows' && axes.length !== 1) {
    throw new Error(`${op}: expected one channel axis, got [${axes.join(', ')}] — pass axis: -1 for channels-last data`);
  }
  if (kind !== 'rows' && axes[0] === 0) {
    throw new Error(`${op}: expected the channel axis to be a feature axis, got axis 0 (the batch) — pass axis: -1 for channels-last or 1 for channels-first data`);
  }
  const { permutation, identity, inverse } = permutationTo(rank, axes);
  const moved = permutation.map((a) => x.shape[a]);
  const trailing = axes.map((a) => x.shape[a]);
  const width = product(trailing);
  let view: ReductionViewShape;
  if (kind === 'rows') {
    view = [width === 0 ? 0 : product(moved) / width, 1, 1, width];
  } else {
    const channels = width;
    const batch = moved[0];
    const spatial = product(moved.slice(1, -1));
    if (kind === 'channel-groups') {
      const groups = options.groups === -1 ? channels : options.groups;
      if (groups === undefined || !Number.isInteger(groups) || groups < 1) {
        throw new Error(`${op}: expected groups to be a positive integer (or -1 for one per channel), got ${String(options.groups)} — pass e.g. groups: 32`);
      }
      if (channels % groups !== 0) {
        throw new Error(`${op}: expected the ${channels} channels to divide into ${groups} groups, got a remainder of ${channels % groups} — choose groups that divide ${channels}`);
      }
      view = [batch, spatial, groups, channels / groups];
    } else if (kind === 'spatial') {
      view = [batch, spatial, channels, 1];
    } else {
      view = [1, batch * spatial, channels, 1];
    }
  }
  const rows = view[3] === 0 ? 0 : product(view) / view[3];
  return {
    view,
    weightShape: kind === 'rows' ? trailing : [width],
    weightSize: view[2] * view[3],
    // Reshapes only where the shape changes: each is a kernel call of its own.
    toKernel: (value) => {
      const moved_ = identity ? value : tf.transpose(value, permutation);
      return moved_.rank === 2 && moved_.shape[0] === rows && moved_.shape[1] === view[3] ? moved_ : tf.reshape(moved_, [rows, view[3]]);
    },
    fromKernel: (result) => {
      const back = result.shape.join() === moved.join() ? result : tf.reshape(result, moved);
      return identity ? back : tf.transpose(back, inverse);
    },
  };
}
