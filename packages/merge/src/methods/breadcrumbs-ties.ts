/**
 * Model Breadcrumbs with TIES sign election: breadcrumbs masks, then elect signs and sum (or
 * average) the agreeing entries. "Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks".
 */
import { consensusParameter, normalizeParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, dropOutliersAndSmall, taskVectors } from '../task-vectors.js';
import { breadcrumbsParameters } from './breadcrumbs.js';

export const breadcrumbsTies = defineMergeMethod({
  name: 'breadcrumbs_ties',
  id: 'merge.breadcrumbs',
  summary: 'Breadcrumbs masks followed by TIES sign election and the sum (or mean) of agreeing entries.',
  paper: ['Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks', 'mergekit'],
  params: {
    ...breadcrumbsParameters,
    consensus: { ...consensusParameter('sum'), nullable: false },
    normalize: normalizeParameter(false, 'Divide each entry by the summed weights of the models agreeing with its elected sign.'),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const options = { convention: global.convention, rescale: global.rescale };
    const deltas = taskVectors(models, base!).map((delta, index) =>
      dropOutliersAndSmall(delta, perModel[index]!.density, perModel[index]!.gamma, options));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), global.consensus, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
