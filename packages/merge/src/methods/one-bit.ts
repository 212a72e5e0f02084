/**
 * 1bit-Merging: task vectors of the selected modules compressed to one sign bit per entry and one
 * scale per tensor (or output unit), τ̂ₜ = aₜ·sgn(τₜ), a = mean|τ|; the rest of the task vectors
 * merged into one shared model by task arithmetic. The merged model is the one the router would
 * run for task `task`: compressed modules θ₀ + τ̂_task, the others θ₀ + λ·Σ wₜτₜ.
 * "1bit-Merging: Dynamic Quantized Merging for Large Language Models".
 * UNSURE (catalog): only the abstract and summaries were readable. Checked here: a = mean|τ| is
 * the L2-optimal scale for fixed signs (tested: ±1% is worse); the router is not learned (the task
 * is a parameter), the shared merge is task arithmetic and the compressed modules are chosen by
 * `layers` — choices of this implementation, not the paper's confirmed ones.
 */
import { lambdaParameter, weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { inLayerGroup } from './layerwise-average.js';

/** One bit per entry (1 for τ ≥ 0), packed little-endian within bytes: ceil(n/8) bytes. */
export function packSigns(values: ArrayLike<number>): Uint8Array {
  const packed = new Uint8Array(Math.ceil(values.length / 8));
  for (let index = 0; index < values.length; index++) if (values[index]! >= 0) packed[index >> 3] |= 1 << (index & 7);
  return packed;
}

/** ±1 per entry from packed sign bits. */
export function unpackSigns(packed: Uint8Array, length: number): Float32Array {
  return Float32Array.from({ length }, (_, index) => ((packed[index >> 3]! >> (index & 7)) & 1 ? 1 : -1));
}

/**
 * a·sgn(τ) with a = mean|τ| over the tensor ('tensor') or over each output unit, the last axis of
 * a tfjs kernel ('row').
 */
export function oneBitCompress(delta: ArrayLike<number>, shape: readonly number[], granularity: 'tensor' | 'row'): Float64Array {
  const units = granularity === 'row' && shape.length > 0 ? shape[shape.length - 1]! : 1;
  const sums = new Float64Array(units); const counts = new Float64Array(units);
  for (let index = 0; index < delta.length; index++) { sums[index % units] += Math.abs(delta[index]!); counts[index % units]++; }
  const result = new Float64Array(delta.length);
  for (let index = 0; index < delta.length; index++) {
    const scale = counts[index % units]! > 0 ? sums[index % units]! / counts[index % units]! : 0;
    result[index] = delta[index]! >= 0 ? scale : -scale;
  }
  return result;
}

export const oneBit = defineMergeMethod({
  name: 'one_bit',
  id: 'merge.one-bit',
  summary: 'Compressed modules get θ₀ + mean|τ|·sgn(τ) of the routed task (1 bit per entry); the others a shared task-arithmetic merge.',
  paper: '1bit-Merging: Dynamic Quantized Merging for Large Language Models',
  params: {
    weight: weightParameter,
    lambda: lambdaParameter,
    scaleGranularity: parameter.string({ scope: 'global', default: 'tensor', choices: ['tensor', 'row'] as const, description: "One scale per tensor, or per output unit (a kernel's last axis)." }),
    layers: parameter.string({ scope: 'global', default: 'all', description: "Compressed modules: 'all' or comma-separated layer names ('' compresses none)." }),
    task: parameter.integer({ scope: 'global', default: 0, minimum: 0, description: 'Index of the model whose 1-bit task vector the router selects.' }),
  },
  base: 'required',
  models: { minimum: 1 },
  validate(global, perModel) {
    if (perModel.length > 0 && global.task >= perModel.length) {
      throw new Error(`one_bit: expected task to index one of the ${perModel.length} models, got ${global.task} — use 0..${perModel.length - 1}`);
    }
  },
  merge({ name, shape, base, models, global, perModel }) {
    const compressed = global.layers === 'all' || inLayerGroup(name, global.layers);
    const result = Float64Array.from(base!);
    if (compressed) {
      const model = models[global.task]!;
      const approximation = oneBitCompress(Float64Array.from(model, (value, index) => value - base![index]!), shape, global.scaleGranularity);
      for (let index = 0; index < result.length; index++) result[index] += approximation[index]!;
    } else {
      models.forEach((model, task) => {
        const weight = global.lambda * perModel[task]!.weight;
        for (let index = 0; index < result.length; index++) result[index] += weight * (model[index]! - base![index]!);
      });
    }
    return Float32Array.from(result);
  },
});
