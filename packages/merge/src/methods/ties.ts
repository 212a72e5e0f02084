/**
 * TIES merging: trim each task vector to its top `density` magnitudes, elect a sign per entry,
 * average the entries that agree with it. "TIES-Merging: Resolving Interference When Merging Models".
 */
import {
  consensusParameter, conventionParameter, densityParameter, int8MaskParameter, lambdaParameter, normalizeParameter, rescaleParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, taskVectors, trimByMagnitude } from '../task-vectors.js';

export const ties = defineMergeMethod({
  name: 'ties',
  id: 'merge.ties',
  summary: 'Trim task vectors to the top density magnitudes, elect signs, average the agreeing entries.',
  paper: ['TIES-Merging: Resolving Interference When Merging Models', 'mergekit'],
  params: {
    weight: weightParameter,
    density: densityParameter(1),
    lambda: lambdaParameter,
    consensus: { ...consensusParameter('sum'), nullable: false },
    normalize: normalizeParameter(true, 'Divide each entry by the summed weights of the models agreeing with its elected sign.'),
    rescale: rescaleParameter(false),
    convention: conventionParameter,
    int8Mask: int8MaskParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const options = { convention: global.convention, rescale: global.rescale };
    const deltas = taskVectors(models, base!).map((delta, index) => trimByMagnitude(delta, perModel[index]!.density, options));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), global.consensus, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
