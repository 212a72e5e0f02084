/**
 * Multi-SLERP: barycentric interpolation of N models on the hypersphere — the normalised
 * weighted mean direction of the (task) vectors, rescaled by their weighted mean norm. From
 * mergekit's published description (catalog merge.multislerp documents the tangent step vanishing).
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { norm, subtract } from '../tensor-math.js';

export const multislerp = defineMergeMethod({
  name: 'multislerp',
  id: 'merge.multislerp',
  summary: 'Weighted spherical barycentre of N models (task vectors when a base is given).',
  paper: 'mergekit',
  params: {
    weight: weightParameter,
    normalizeWeights: parameter.boolean({ scope: 'global', default: true, aliases: ['normalize_weights'], description: 'Divide the weights by their sum.' }),
    eps: parameter.number({ scope: 'global', default: 1e-8, minimum: 0, description: 'Guard against division by zero norms.' }),
  },
  base: 'optional',
  models: { minimum: 1 },
  merge({ name, base, models, global, perModel }) {
    if (models.length === 1) return Float32Array.from(models[0]!);
    let weights = perModel.map((values) => values.weight);
    if (global.normalizeWeights) {
      const sum = weights.reduce((total, weight) => total + weight, 0);
      weights = weights.map((weight) => weight / sum);
    }
    const vectors = models.map((model) => subtract(model, base));
    const length = vectors[0]!.length;
    const direction = new Float64Array(length);
    let meanNorm = 0;
    vectors.forEach((vector, index) => {
      const radius = norm(vector);
      meanNorm += weights[index]! * radius;
      const scale = weights[index]! / (radius + global.eps);
      for (let position = 0; position < length; position++) direction[position] += scale * vector[position]!;
    });
    const directionNorm = norm(direction);
    const result = new Float32Array(length);
    if (directionNorm < global.eps) {
      if (models.length > 2) {
        throw new Error(`multislerp: the weighted unit vectors of tensor '${name}' cancel out (antipodal inputs), got a mean direction of norm ${directionNorm} — change the weights or use linear`);
      }
      for (let position = 0; position < length; position++) {
        result[position] = (base === null ? 0 : base[position]!) + weights[0]! * vectors[0]![position]! + weights[1]! * vectors[1]![position]!;
      }
      return result;
    }
    const scale = meanNorm / directionNorm;
    for (let position = 0; position < length; position++) result[position] = (base === null ? 0 : base[position]!) + scale * direction[position]!;
    return result;
  },
});
