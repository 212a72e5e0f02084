/**
 * Linear / weighted average: uniform model soup, fusing, DiWA.
 * "Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time".
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { scratchFloat64 } from '../tensor-math.js';

export const linear = defineMergeMethod({
  name: 'linear',
  id: 'merge.linear',
  summary: 'Weighted average Σ wᵢθᵢ / Σ wᵢ (uniform soup with equal weights).',
  paper: [
    'Model soups: averaging weights of multiple fine-tuned models improves accuracy without increasing inference time',
    'Fusing finetuned models for better pretraining',
    'Diverse Weight Averaging for Out-of-Distribution Generalization',
  ],
  params: {
    weight: weightParameter,
    normalize: parameter.boolean({ scope: 'global', default: true, description: 'Divide by the sum of the weights.' }),
  },
  base: 'unused',
  models: { minimum: 1 },
  validate(global, perModel) {
    const sum = perModel.reduce((total, values) => total + values.weight, 0);
    if (global.normalize && Math.abs(sum) < 1e-12) {
      throw new Error(`linear: expected weights with a non-zero sum when normalize is true, got sum ${sum} — change the weights or set normalize: false`);
    }
  },
  merge({ models, global, perModel }) {
    const length = models[0]!.length;
    const accumulator = scratchFloat64('linear-sum', length, true);
    let weightSum = 0;
    models.forEach((model, index) => {
      const weight = perModel[index]!.weight;
      weightSum += weight;
      for (let position = 0; position < length; position++) accumulator[position] += weight * model[position]!;
    });
    const divisor = global.normalize ? weightSum : 1;
    const result = new Float32Array(length);
    for (let position = 0; position < length; position++) result[position] = accumulator[position]! / divisor;
    return result;
  },
});
