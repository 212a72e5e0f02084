/**
 * DELLA without sign election: magnitude-ranked random drop with rescale, then the weighted
 * sum. "DELLA-Merging: Reducing Interference in Model Merging through Magnitude-Based Sampling".
 */
import { normalizeParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, magnitudeRankedDrop, seededStream, taskVectors } from '../task-vectors.js';
import { dellaParameters, validateDella } from './della.js';

export const dellaLinear = defineMergeMethod({
  name: 'della_linear',
  id: 'merge.della',
  summary: 'Magnitude-ranked random drop (p in density ± epsilon), rescale, weighted sum.',
  paper: ['DELLA-Merging: Reducing Interference in Model Merging through Magnitude-Based Sampling', 'mergekit'],
  params: {
    ...dellaParameters,
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
  },
  base: 'required',
  models: { minimum: 1 },
  validate: (global, perModel) => validateDella('della_linear', global.convention, perModel),
  merge({ name, shape, base, models, global, perModel }) {
    const deltas = taskVectors(models, base!).map((delta, index) => magnitudeRankedDrop(
      delta, shape, perModel[index]!.density, perModel[index]!.epsilon, global.rescale, seededStream(global.seed ?? 0, name, index), { convention: global.convention }));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), null, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
