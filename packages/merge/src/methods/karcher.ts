/**
 * Karcher mean: the weighted Riemannian mean of the models' directions on the unit sphere
 * (iterated log/exp maps), rescaled by the weighted mean norm. From mergekit's description.
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { dot, norm, subtract } from '../tensor-math.js';

export const karcher = defineMergeMethod({
  name: 'karcher',
  id: 'merge.karcher',
  summary: 'Weighted Riemannian (Karcher) mean of the tensors’ directions, rescaled by the mean norm.',
  paper: 'mergekit',
  params: {
    weight: weightParameter,
    maxIter: parameter.integer({ scope: 'global', default: 10, minimum: 1, description: 'Maximum fixed-point iterations.' }),
    tol: parameter.number({ scope: 'global', default: 1e-5, minimum: 0, description: 'Stop when the mean tangent vector is shorter than this.' }),
  },
  base: 'unused',
  models: { minimum: 1 },
  merge({ models, global, perModel }) {
    const weightSum = perModel.reduce((total, values) => total + values.weight, 0);
    const weights = perModel.map((values) => values.weight / weightSum);
    const vectors = models.map((model) => subtract(model, null));
    const radii = vectors.map((vector) => norm(vector));
    const length = vectors[0]!.length;
    const meanRadius = radii.reduce((total, radius, index) => total + weights[index]! * radius, 0);
    const units = vectors.map((vector, index) => (radii[index]! > 0 ? vector.map((value) => value / radii[index]!) : vector));
    let mean = new Float64Array(length);
    units.forEach((unit, index) => { for (let position = 0; position < length; position++) mean[position] += weights[index]! * unit[position]!; });
    const meanNorm = norm(mean);
    if (meanNorm === 0) return new Float32Array(length);
    mean = mean.map((value) => value / meanNorm);
    for (let iteration = 0; iteration < global.maxIter; iteration++) {
      const tangent = new Float64Array(length);
      units.forEach((unit, index) => {
        if (radii[index] === 0) return;
        const cosine = Math.min(1, Math.max(-1, dot(unit, mean)));
        const angle = Math.acos(cosine);
        // log map: angle/sin(angle) · (u − cos·m); its limit at angle → 0 is u − m.
        const factor = angle < 1e-12 ? 1 : angle / Math.sin(angle);
        for (let position = 0; position < length; position++) tangent[position] += weights[index]! * factor * (unit[position]! - cosine * mean[position]!);
      });
      const step = norm(tangent);
      if (step < global.tol) break;
      const cosineStep = Math.cos(step);
      const sineStep = Math.sin(step) / step;
      for (let position = 0; position < length; position++) mean[position] = cosineStep * mean[position]! + sineStep * tangent[position]!;
      const renormalise = norm(mean);
      for (let position = 0; position < length; position++) mean[position] = mean[position]! / renormalise;
    }
    const result = new Float32Array(length);
    for (let position = 0; position < length; position++) result[position] = meanRadius * mean[position]!;
    return result;
  },
});
