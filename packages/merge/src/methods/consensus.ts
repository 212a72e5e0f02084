/**
 * Consensus merging with TALL masks: τ_MTL = Σ wₜτₜ; task mask mₜ = 1{|τₜ| ≥ λₜ·|τ_MTL − τₜ|};
 * keep only entries used by at least k tasks; θ = θ_base + α·mask·τ_MTL.
 * "Localizing Task Information for Improved Model Merging and Compression". The paper picks λₜ per
 * task from {0.2 … 0.6} on validation data; the default 0.4 is the middle of that grid.
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { taskVectors } from '../task-vectors.js';

export const consensus = defineMergeMethod({
  name: 'consensus',
  id: 'merge.tall-masks',
  summary: 'Task arithmetic restricted to entries that at least k TALL task masks select.',
  paper: 'Localizing Task Information for Improved Model Merging and Compression',
  params: {
    weight: weightParameter,
    maskLambda: parameter.number({ scope: 'model', default: 0.4, minimum: 0, description: 'λₜ of the TALL mask 1{|τₜ| ≥ λₜ·|τ_MTL − τₜ|}.' }),
    k: parameter.integer({ scope: 'global', default: 2, minimum: 0, description: 'Minimum number of task masks that must select an entry.' }),
    alpha: parameter.number({ scope: 'global', default: 1, description: 'Scale of the masked multi-task vector.' }),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const deltas = taskVectors(models, base!);
    const result = new Float32Array(base!.length);
    for (let index = 0; index < result.length; index++) {
      let multiTask = 0;
      deltas.forEach((delta, model) => { multiTask += perModel[model]!.weight * delta[index]!; });
      let votes = 0;
      deltas.forEach((delta, model) => {
        const own = delta[index]!;
        if (Math.abs(own) >= perModel[model]!.maskLambda * Math.abs(multiTask - own)) votes++;
      });
      result[index] = base![index]! + (votes >= global.k ? global.alpha * multiTask : 0);
    }
    return result;
  },
});
