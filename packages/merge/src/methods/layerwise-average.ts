/**
 * Layer-wise averaging: interpolate only the named layers (one layer or a group) between A and B
 * and keep every other tensor from A. "Layer-wise Linear Mode Connectivity"; `layerwiseBarrierSweep`
 * runs it over every layer to localise loss barriers.
 */
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';

/** The layer a tensor belongs to: its weight name up to the last '/' (`dense_1/kernel` → `dense_1`). */
export function layerOfTensor(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? name : name.slice(0, slash);
}

/** Whether `tensorName` is in the comma-separated layer list (null: every layer; '': none). */
export function inLayerGroup(tensorName: string, layers: string | null): boolean {
  if (layers === null) return true;
  const wanted = layers.split(',').map((layer) => layer.trim()).filter((layer) => layer.length > 0);
  return wanted.includes(layerOfTensor(tensorName));
}

export const layerwiseAverage = defineMergeMethod({
  name: 'layerwise_average',
  id: 'merge.layerwise-average',
  summary: 'Interpolate (1 − t)·A + t·B only in the listed layers; every other tensor comes from A.',
  paper: 'Layer-wise Linear Mode Connectivity',
  params: {
    layers: parameter.string({
      scope: 'global', default: null,
      description: "Comma-separated layer names (a tensor's layer is its name up to the last '/'); null averages every layer, '' none.",
    }),
    t: parameter.number({ scope: 'global', default: 0.5, minimum: 0, maximum: 1, description: 'Interpolation factor towards the second model in the listed layers.' }),
  },
  base: 'unused',
  models: { minimum: 2, maximum: 2 },
  merge({ name, models, global }) {
    const [a, b] = models as [Float32Array, Float32Array];
    if (!inLayerGroup(name, global.layers)) return Float32Array.from(a);
    const result = new Float32Array(a.length);
    for (let index = 0; index < a.length; index++) result[index] = (1 - global.t) * a[index]! + global.t * b[index]!;
    return result;
  },
});
