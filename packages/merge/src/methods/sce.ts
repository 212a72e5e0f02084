/**
 * SCE (select, calculate, erase): keep the entries whose task vectors vary most across models,
 * weight each model per tensor by mean(τ²), then sum the entries agreeing with the elected sign.
 * "FuseChat: Knowledge Fusion of Chat Models" (mergekit's sce method).
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { addScaled, keptCount, topMagnitudeMask } from '../tensor-math.js';
import { combineIntoScratch, taskVectors } from '../task-vectors.js';

export const sce = defineMergeMethod({
  name: 'sce',
  id: 'merge.sce',
  summary: 'Select high-variance entries, weight models by mean(τ²) per tensor, erase sign conflicts.',
  paper: ['FuseChat: Knowledge Fusion of Chat Models', 'mergekit'],
  params: {
    selectTopk: parameter.number({ scope: 'global', default: 1, minimum: 0, maximum: 1, description: 'Fraction of entries with the largest variance across task vectors that are kept.' }),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global }) {
    const deltas = taskVectors(models, base!);
    const length = base!.length;
    if (global.selectTopk < 1) {
      const variance = new Float64Array(length);
      for (let index = 0; index < length; index++) {
        let mean = 0;
        for (const delta of deltas) mean += delta[index]!;
        mean /= deltas.length;
        let sum = 0;
        for (const delta of deltas) sum += (delta[index]! - mean) ** 2;
        variance[index] = sum / deltas.length;
      }
      const mask = topMagnitudeMask(variance, keptCount(global.selectTopk, length));
      for (const delta of deltas) for (let index = 0; index < length; index++) if (mask[index] === 0) delta[index] = 0;
    }
    const energies = deltas.map((delta) => delta.reduce((sum, value) => sum + value * value, 0) / length);
    const total = energies.reduce((sum, energy) => sum + energy, 0);
    const weights = energies.map((energy) => (total > 0 ? energy / total : 1 / deltas.length));
    const merged = combineIntoScratch(deltas, weights, 'sum', false);
    return addScaled(base, merged, 1);
  },
});
