/** Passthrough: copy one model's tensors, optionally scaled (mergekit's passthrough, no slicing). */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';

export const passthrough = defineMergeMethod({
  name: 'passthrough',
  id: 'merge.passthrough',
  summary: 'Copy the single input model, each tensor times scale.',
  paper: 'mergekit',
  params: {
    scale: parameter.number({ scope: 'model', default: 1, description: 'Factor applied to every tensor (use filters to scale chosen tensors only).' }),
  },
  base: 'unused',
  models: { minimum: 1, maximum: 1 },
  merge({ models, perModel }) {
    const source = models[0]!;
    const scale = perModel[0]!.scale;
    const result = new Float32Array(source.length);
    for (let index = 0; index < result.length; index++) result[index] = scale * source[index]!;
    return result;
  },
});
