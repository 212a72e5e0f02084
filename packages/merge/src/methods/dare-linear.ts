/**
 * DARE, linear variant: drop task-vector entries at random (keep with probability density),
 * rescale the rest, then task arithmetic.
 * "Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch".
 */
import {
  conventionParameter, densityParameter, int8MaskParameter, lambdaParameter, normalizeParameter, rescaleParameter, seedParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, randomDrop, seededStream, taskVectors } from '../task-vectors.js';

export const dareLinear = defineMergeMethod({
  name: 'dare_linear',
  id: 'merge.dare',
  summary: 'Random drop with rescale, then the weighted sum of task vectors (no sign election).',
  paper: ['Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch', 'mergekit'],
  params: {
    weight: weightParameter,
    density: { ...densityParameter(1), minimum: 1e-6 },
    lambda: lambdaParameter,
    rescale: rescaleParameter(true),
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
    seed: seedParameter,
    convention: conventionParameter,
    int8Mask: int8MaskParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ name, base, models, global, perModel }) {
    const deltas = taskVectors(models, base!).map((delta, index) =>
      randomDrop(delta, perModel[index]!.density, global.rescale, seededStream(global.seed ?? 0, name, index), { convention: global.convention }));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), null, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
