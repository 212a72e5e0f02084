/**
 * NearSwap: take the other model's value where it is close to the base, keep the base where they
 * differ a lot: w = clamp(t/max(|base − other|, 1e-6), 0, 1), θ = w·other + (1 − w)·base. From mergekit's description.
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';

export const nearswap = defineMergeMethod({
  name: 'nearswap',
  id: 'merge.nearswap',
  summary: 'Per entry w = clamp(t/max(|base − other|, 1e-6), 0, 1); θ = w·other + (1 − w)·base.',
  paper: 'mergekit',
  params: {
    t: parameter.number({ scope: 'global', default: 0.001, minimum: 0, description: 'Distance below which the other model’s value is taken whole.' }),
  },
  base: 'required',
  models: { minimum: 1, maximum: 1 },
  merge({ base, models, global }) {
    const other = models[0]!;
    const result = new Float32Array(other.length);
    for (let index = 0; index < result.length; index++) {
      const difference = Math.abs(base![index]! - other[index]!);
      // mergekit clamps the distance at 1e-6: identical entries take weight min(1, t/1e-6).
      const weight = Math.min(1, Math.max(0, global.t / Math.max(difference, 1e-6)));
      result[index] = weight * other[index]! + (1 - weight) * base![index]!;
    }
    return result;
  },
});
