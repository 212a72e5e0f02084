/**
 * NegMerge: forget by subtracting the mean task vector of N models fine-tuned on the forget set,
 * only on entries where every task vector has the same non-zero sign.
 * "NegMerge: Sign-Consensual Weight Merging for Machine Unlearning". Choosing λ (lowest forget
 * accuracy with control accuracy ≥ 95%) needs an evaluation and is left to the caller.
 */
import { lambdaParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { taskVectors } from '../task-vectors.js';

export const negmerge = defineMergeMethod({
  name: 'negmerge',
  id: 'merge.negmerge',
  summary: 'θ_base − λ·mean(τᵢ) on entries where all task vectors share one non-zero sign.',
  paper: 'NegMerge: Sign-Consensual Weight Merging for Machine Unlearning',
  params: { lambda: lambdaParameter },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global }) {
    const deltas = taskVectors(models, base!);
    const result = new Float32Array(base!.length);
    for (let index = 0; index < result.length; index++) {
      const sign = Math.sign(deltas[0]![index]!);
      let sum = 0;
      let agree = sign !== 0;
      for (const delta of deltas) {
        if (Math.sign(delta[index]!) !== sign) agree = false;
        sum += delta[index]!;
      }
      result[index] = agree ? base![index]! - global.lambda * (sum / deltas.length) : base![index]!;
    }
    return result;
  },
});
