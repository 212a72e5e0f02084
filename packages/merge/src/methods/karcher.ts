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
    maxIter: parameter.integer({ scope: 'global', default: 10, minimum: 1, aliases: ['max_iter'], description: 'Maximum fixed-point iterations.' }),
    tol: parameter.number({
      scope: 'global', default: 1e-5, minimum: 0,
      description: 'Stop when the mean tangent vector is shorter than this; tensors of smaller norm and angles below it are left out (as mergekit).',
    }),
  },
  base: 'unused',
  models: { minimum: 1 },
  merge({ models, global, perModel }) {
    if (models.length === 1) return Float32Array.from(models[0]!);
    const weightSum = perModel.reduce((total, values) => total + values.weight, 0);
    const weights = perModel.map((values) => values.weight / weightSum);
    const vectors = models.map((model) => subtract(model, null));
    const radii = vectors.map((vector) => norm(vector));
    const length = vectors[0]!.length;
    // The scale counts every model (a zero tensor pulls it down); the direction only those with a direction.
    const meanRadius = radii.reduce((total, radius, index) => total + weights[index]! * radius, 0);
    const valid = radii.map((radius, index) => index).filter((index) => radii[index]! > global.tol);
    if (valid.length === 0) return new Float32Array(length);
    const validSum = valid.reduce((total, index) => total + weights[index]!, 0);
    const alphas = valid.map((index) => weights[index]! / validSum);
    const units = valid.map((index) => vectors[index]!.map((value) => value / radii[index]!));
    let mean = new Float64Array(length);
    units.forEach((unit, index) => { for (let position = 0; position < length; position++) mean[position] += alphas[index]! * unit[position]!; });
    const meanNorm = norm(mean);
    // Directions that cancel (antipodal inputs): start from the first one, as mergekit does.
    mean = meanNorm < global.tol ? Float64Array.from(units[0]!) : mean.map((value) => value / meanNorm);
    for (let iteration = 0; iteration < global.maxIter; iteration++) {
      const tangent = new Float64Array(length);
      units.forEach((unit, index) => {
        const cosine = Math.min(1, Math.max(-1, dot(unit, mean)));
        const angle = Math.acos(cosine);
        if (angle < global.tol) return;
        // log map: angle/sin(angle) · (u − cos·m).
        const factor = angle / Math.sin(angle);
        for (let position = 0; position < length; position++) tangent[position] += alphas[index]! * factor * (unit[position]! - cosine * mean[position]!);
      });
      const step = norm(tangent);
      if (step < global.tol) break;
      const cosineStep = Math.cos(step);
      const sineStep = Math.sin(step) / step;
      for (let position = 0; position < length; position++) mean[position] = cosineStep * mean[position]! + sineStep * tangent[position]!;
      const renormalise = norm(mean);
      if (renormalise > global.tol) for (let position = 0; position < length; position++) mean[position] = mean[position]! / renormalise;
    }
    const result = new Float32Array(length);
    for (let position = 0; position < length; position++) result[position] = meanRadius * mean[position]!;
    return result;
  },
});
