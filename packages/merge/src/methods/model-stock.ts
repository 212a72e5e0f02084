/**
 * Model Stock: per tensor, interpolate between the base and the mean of N ≥ 2 fine-tunes with
 * t = N·cos/((N − 1)·cos + 1) from the angle between their offsets from the base.
 * "Model Stock: All we need is just a few fine-tuned models". For N > 2 the paper gives no rule
 * for unequal angles; 'cosine' (default, mean pairwise cosine) and 'angle' follow the two
 * reference implementations named in the catalog.
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { outputUnitGroups, sizeOf, subtract } from '../tensor-math.js';

export const modelStock = defineMergeMethod({
  name: 'model_stock',
  id: 'merge.model-stock',
  summary: 'Interpolate base and fine-tune mean with t = N·cos/((N − 1)·cos + 1) from the offsets’ angle.',
  paper: ['Model Stock: All we need is just a few fine-tuned models', 'mergekit'],
  params: {
    filterWise: parameter.boolean({ scope: 'global', default: false, aliases: ['filter_wise'], description: 'One ratio per output unit (tfjs: last axis) instead of per tensor.' }),
    aggregate: parameter.string({
      scope: 'global', default: 'cosine', choices: ['cosine', 'angle'] as const,
      description: "How N > 2 pairwise cosines become one: 'cosine' averages them, 'angle' averages the angles.",
    }),
    clampT: parameter.boolean({
      scope: 'global', default: false,
      description: 'Clip t to [0, 1]; for the cosine aggregate this is the same as clamping a negative cosine to 0 (never extrapolate beyond the base).',
    }),
    eps: parameter.number({ scope: 'global', default: 1e-6, minimum: 0, description: "Smallest norm product a cosine is divided by (mergekit's clamp)." }),
  },
  base: 'required',
  models: { minimum: 2 },
  merge({ shape, base, models, global }) {
    const count = models.length;
    const offsets = models.map((model) => subtract(model, base!));
    const length = sizeOf(shape);
    const groups = global.filterWise ? outputUnitGroups(shape) : [Uint32Array.from({ length }, (_, index) => index)];
    const result = new Float32Array(length);
    for (const group of groups) {
      const squaredNorms = offsets.map((offset) => group.reduce((sum, index) => sum + offset[index]! * offset[index]!, 0));
      let aggregate = 0;
      let pairs = 0;
      for (let first = 0; first < count; first++) {
        for (let second = first + 1; second < count; second++) {
          let product = 0;
          for (const index of group) product += offsets[first]![index]! * offsets[second]![index]!;
          const cosine = Math.min(1, Math.max(-1, product / Math.max(Math.sqrt(squaredNorms[first]! * squaredNorms[second]!), global.eps)));
          aggregate += global.aggregate === 'angle' ? Math.acos(cosine) : cosine;
          pairs++;
        }
      }
      const cosine = global.aggregate === 'angle' ? Math.cos(aggregate / pairs) : aggregate / pairs;
      let t = (count * cosine) / ((count - 1) * cosine + 1);
      if (global.clampT) t = Math.min(1, Math.max(0, t));
      for (const index of group) {
        let mean = 0;
        for (const model of models) mean += model[index]!;
        mean /= count;
        result[index] = t * mean + (1 - t) * base![index]!;
      }
    }
    return result;
  },
});
