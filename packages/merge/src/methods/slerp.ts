/**
 * SLERP between two models, per tensor: t = 0 gives the first (or the base), t = 1 the second.
 * Implemented from mergekit's published description (mergekit method set); lerp fallback when
 * the tensors are nearly (anti)colinear.
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { slerp as slerpVectors, toFloat32 } from '../tensor-math.js';

export const slerp = defineMergeMethod({
  name: 'slerp',
  id: 'merge.slerp',
  summary: 'Spherical interpolation of two models per tensor (base + one model, or two models).',
  paper: 'mergekit',
  params: {
    t: parameter.number({ scope: 'global', default: 0.5, description: 'Interpolation factor: 0 gives the first model (or base), 1 the second.' }),
  },
  base: 'optional',
  models: { minimum: 1, maximum: 2 },
  validate(_global, perModel, context) {
    const total = perModel.length + (context.hasBase ? 1 : 0);
    if (total !== 2) {
      throw new Error(`slerp: expected exactly two models (base_model plus one, or two models), got ${total} — list exactly two`);
    }
  },
  merge({ base, models, global }) {
    const first = base ?? models[0]!;
    const second = base === null ? models[1]! : models[0]!;
    return toFloat32(slerpVectors(first, second, global.t));
  },
});
