/**
 * Greedy soup: visit ingredients best-first and keep each one whose addition to the uniform
 * average does not lower a held-out metric. "Model soups: averaging weights of multiple
 * fine-tuned models improves accuracy without increasing inference time". The selection needs an
 * evaluation callback (`greedySoup()` in the API, `--eval module` in the tool); this entry merges
 * the ingredients it is given uniformly, which is the soup once selection has run.
 */
import { defineMergeMethod } from '../define-merge-method.js';

export const greedySoup = defineMergeMethod({
  name: 'greedy_soup',
  id: 'merge.greedy-soup',
  summary: 'Uniform average of the ingredients a held-out evaluation keeps, tried best-first (needs --eval).',
  paper: [
    'Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time',
    'Diverse Weight Averaging for Out-of-Distribution Generalization',
  ],
  params: {},
  base: 'unused',
  models: { minimum: 1 },
  requiresEvaluation: true,
  merge({ models }) {
    const length = models[0]!.length;
    const sum = new Float64Array(length);
    for (const model of models) for (let index = 0; index < length; index++) sum[index] += model[index]!;
    const result = new Float32Array(length);
    for (let index = 0; index < length; index++) result[index] = sum[index]! / models.length;
    return result;
  },
});
