/**
 * Model Breadcrumbs: per tensor drop the largest `gamma` fraction of |δ| (outliers) and the
 * smallest entries so that `density` remains; weighted sum, no sign election.
 * "Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks".
 */
import {
  conventionParameter, densityParameter, int8MaskParameter, lambdaParameter, normalizeParameter, rescaleParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, dropOutliersAndSmall, taskVectors } from '../task-vectors.js';

export const breadcrumbsParameters = {
  weight: weightParameter,
  density: densityParameter(1),
  gamma: parameter.number({ scope: 'model', default: 0.01, minimum: 0, maximum: 1, description: 'Fraction of largest-magnitude entries dropped as outliers.' }),
  lambda: lambdaParameter,
  rescale: rescaleParameter(false),
  convention: conventionParameter,
  int8Mask: int8MaskParameter,
} as const;

export const breadcrumbs = defineMergeMethod({
  name: 'breadcrumbs',
  id: 'merge.breadcrumbs',
  summary: 'Drop the top gamma outliers and the smallest entries of each task vector, then the weighted sum.',
  paper: ['Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks', 'mergekit'],
  params: {
    ...breadcrumbsParameters,
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const options = { convention: global.convention, rescale: global.rescale };
    const deltas = taskVectors(models, base!).map((delta, index) =>
      dropOutliersAndSmall(delta, perModel[index]!.density, perModel[index]!.gamma, options));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), null, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
