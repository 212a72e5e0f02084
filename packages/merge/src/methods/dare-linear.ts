/**
 * DARE, linear variant: drop task-vector entries at random (keep with probability density),
 * rescale the rest by 1/density, then task arithmetic.
 * "Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch".
 */
import {
  densityParameter, lambdaParameter, normalizeParameter, rescaleParameter, seedParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, randomDrop, seededStream, taskVectors } from '../task-vectors.js';

export const dareLinear = defineMergeMethod({
  name: 'dare_linear',
  id: 'merge.dare',
  summary: 'Random drop with 1/density rescale, then the weighted sum of task vectors (no sign election).',
  paper: ['Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch', 'mergekit'],
  params: {
    weight: weightParameter,
    density: { ...densityParameter(0.5), minimum: 1e-6 },
    lambda: lambdaParameter,
    rescale: rescaleParameter,
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
    seed: seedParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ name, base, models, global, perModel }) {
    const deltas = taskVectors(models, base!).map((delta, index) =>
      randomDrop(delta, perModel[index]!.density, global.rescale, seededStream(global.seed ?? 0, name, index)));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), null, global.normalize);
    return addScaled(base, merged, global.lambda);
  },
});
