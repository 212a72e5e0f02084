/**
 * CABS: conflict-aware, balanced n:m sparsification of task vectors, one task after another
 * (entries kept by earlier tasks are unavailable to later ones), then task arithmetic with per-task λ.
 * "CABS: Conflict-Aware and Balanced Sparsification for Enhancing Model Merging".
 * UNSURE (catalog): the reference scripts sparsify exactly two task vectors; for T > 2 this uses
 * the paper's cumulative availability mask, which no reference code exercises. Tests check only
 * T ≤ 2 values and the T-independent properties (disjoint masks, n per group).
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';

/**
 * Flat indices of a tfjs tensor in PyTorch order (output axis outermost, then input, then spatial):
 * Dense [in, out] → [out, in]; conv [..spatial, in, out] → [out, in, ..spatial]; 1-D as is.
 */
export function pytorchOrder(shape: readonly number[]): Int32Array {
  const size = shape.reduce((product, dimension) => product * dimension, 1);
  if (shape.length < 2) return Int32Array.from({ length: size }, (_, index) => index);
  const rank = shape.length;
  const axes = [rank - 1, rank - 2, ...Array.from({ length: rank - 2 }, (_, axis) => axis)];
  const strides = new Array<number>(rank).fill(1);
  for (let axis = rank - 2; axis >= 0; axis--) strides[axis] = strides[axis + 1]! * shape[axis + 1]!;
  const order = new Int32Array(size);
  const counter = new Array<number>(rank).fill(0);
  for (let index = 0; index < size; index++) {
    order[index] = axes.reduce((offset, axis, position) => offset + counter[position]! * strides[axis]!, 0);
    for (let position = rank - 1; position >= 0; position--) {
      if (++counter[position]! < shape[axes[position]!]!) break;
      counter[position] = 0;
    }
  }
  return order;
}

/** Sequential n:m masks (flat tfjs indices → kept) for the task vectors, in the given order. */
export function cabsMasks(deltas: readonly Float64Array[], shape: readonly number[], n: number, m: number, order: readonly number[]): Uint8Array[] {
  const size = deltas[0]?.length ?? 0;
  const flat = pytorchOrder(shape);
  const available = new Uint8Array(size).fill(1);
  const masks = deltas.map(() => new Uint8Array(size));
  const groups = Math.floor(size / m);
  for (const task of order) {
    const delta = deltas[task]!;
    for (let group = 0; group < groups; group++) {
      const members = Array.from({ length: m }, (_, offset) => flat[group * m + offset]!);
      // Magnitudes of the available entries; ties go to the lower (PyTorch-order) index.
      const ranked = members.map((index, offset) => ({ index, offset, magnitude: available[index] ? Math.abs(delta[index]!) : 0 }))
        .sort((left, right) => right.magnitude - left.magnitude || left.offset - right.offset);
      for (const { index } of ranked.slice(0, n)) {
        if (available[index]) masks[task]![index] = 1;
      }
    }
    for (let index = 0; index < size; index++) if (masks[task]![index]) available[index] = 0;
  }
  return masks;
}

export const cabs = defineMergeMethod({
  name: 'cabs',
  id: 'merge.cabs',
  summary: 'Sparsify task vectors one after another with balanced n:m magnitude pruning on the entries earlier tasks left free; θ₀ + Σ λₜ·(mₜ ⊙ τₜ).',
  paper: 'CABS: Conflict-Aware and Balanced Sparsification for Enhancing Model Merging',
  params: {
    n: parameter.integer({ scope: 'global', default: 64, minimum: 0, description: 'Entries kept per group of m, per task.' }),
    m: parameter.integer({ scope: 'global', default: 256, minimum: 1, description: 'Group length (over the tensor flattened in PyTorch order); a trailing partial group is pruned.' }),
    lambda: parameter.number({ scope: 'model', default: 1, description: 'Scale λₜ of this model\'s sparsified task vector.' }),
    order: parameter.string({ scope: 'global', default: null, description: 'Pruning order as comma-separated model indices (e.g. "1,0"); null: the input order.' }),
  },
  base: 'required',
  models: { minimum: 1 },
  validate(global, perModel) {
    if (global.n > global.m) throw new Error(`cabs: expected n ≤ m, got n = ${global.n} and m = ${global.m} — keep at most m entries per group`);
    if (global.order !== null && perModel.length > 0) {
      const indices = global.order.split(',').map((part) => Number(part.trim()));
      const sorted = [...indices].sort((left, right) => left - right);
      if (sorted.length !== perModel.length || sorted.some((value, index) => value !== index)) {
        throw new Error(`cabs: expected order to list each model index 0..${perModel.length - 1} once, got '${global.order}' — e.g. '${[...perModel.keys()].reverse().join(',')}'`);
      }
    }
  },
  merge({ shape, base, models, global, perModel }) {
    const deltas = models.map((model) => Float64Array.from(model, (value, index) => value - base![index]!));
    const order = global.order === null ? models.map((_, index) => index) : global.order.split(',').map((part) => Number(part.trim()));
    const masks = cabsMasks(deltas, shape.length > 0 ? shape : [base!.length], global.n, global.m, order);
    const result = Float64Array.from(base!);
    deltas.forEach((delta, task) => {
      const lambda = perModel[task]!.lambda;
      for (let index = 0; index < delta.length; index++) if (masks[task]![index]) result[index] += lambda * delta[index]!;
    });
    return Float32Array.from(result);
  },
});
