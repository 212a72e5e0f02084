/**
 * SCE (select, calculate, erase): keep the entries whose task vectors vary most across models,
 * weight each model per tensor by mean(τ²), then combine the entries agreeing with the elected sign.
 * "FuseChat: Knowledge Fusion of Chat Models" (mergekit's sce method).
 */
import { conventionParameter, int8MaskParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { addScaled, keptCount, scratchFloat64, topMagnitudeMask } from '../tensor-math.js';
import { combineIntoScratch, taskVectors } from '../task-vectors.js';

/** Population variance across models per entry. */
function varianceAcross(deltas: readonly Float64Array[], length: number): Float64Array {
  const variance = new Float64Array(length);
  for (let index = 0; index < length; index++) {
    let mean = 0;
    for (const delta of deltas) mean += delta[index]!;
    mean /= deltas.length;
    let sum = 0;
    for (const delta of deltas) sum += (delta[index]! - mean) ** 2;
    variance[index] = sum / deltas.length;
  }
  return variance;
}

export const sce = defineMergeMethod({
  name: 'sce',
  id: 'merge.sce',
  summary: 'Select high-variance entries, weight models by mean(τ²) per tensor, erase sign conflicts.',
  paper: ['FuseChat: Knowledge Fusion of Chat Models', 'mergekit'],
  params: {
    selectTopk: parameter.number({
      scope: 'global', default: 1, minimum: 0, maximum: 1, aliases: ['select_topk'],
      description: "Fraction of entries with the largest variance across task vectors that are kept (of the entries whose variance is non-zero, for 'mergekit').",
    }),
    convention: conventionParameter,
    int8Mask: int8MaskParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global }) {
    const deltas = taskVectors(models, base!);
    const length = base!.length;
    const mergekit = global.convention === 'mergekit';
    if (global.selectTopk < 1) {
      const variance = varianceAcross(deltas, length);
      let candidates = length;
      if (mergekit) {
        candidates = 0;
        for (let index = 0; index < length; index++) if (variance[index] !== 0) candidates++;
      }
      const kept = mergekit ? Math.floor(candidates * global.selectTopk) : keptCount(global.selectTopk, length);
      const mask = topMagnitudeMask(variance, kept);
      for (const delta of deltas) for (let index = 0; index < length; index++) if (mask[index] === 0) delta[index] = 0;
    }
    const energies = deltas.map((delta) => delta.reduce((sum, value) => sum + value * value, 0) / length);
    const total = energies.reduce((sum, energy) => sum + energy, 0);
    if (!mergekit) {
      const weights = energies.map((energy) => (total > 0 ? energy / total : 1 / deltas.length));
      return addScaled(base, combineIntoScratch(deltas, weights, 'sum', false, 'paper'), 1);
    }
    // mergekit: uniform weights below a total energy of 1e-6; the sign vote is over the unweighted
    // task vectors (a tie elects +), and the agreeing entries are averaged by their weights.
    const weights = energies.map((energy) => (Math.abs(total) < 1e-6 ? 1 / deltas.length : energy / total));
    const merged = scratchFloat64('sce-merged', length, true);
    for (let index = 0; index < length; index++) {
      let vote = 0;
      for (const delta of deltas) vote += delta[index]!;
      const positive = vote >= 0;
      let sum = 0;
      let weightSum = 0;
      deltas.forEach((delta, model) => {
        const value = delta[index]!;
        if (positive ? value > 0 : value < 0) {
          sum += weights[model]! * value;
          weightSum += weights[model]!;
        }
      });
      merged[index] = sum / Math.max(weightSum, 1e-6);
    }
    return addScaled(base, merged, 1);
  },
});
