/**
 * NuSLERP: SLERP with per-model weights (t = w_b/(w_a + w_b)), on task vectors when a base is
 * given, over the flattened tensor or slice by slice. From mergekit's published description.
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { dot, norm, subtract, type FloatArray } from '../tensor-math.js';

/**
 * NuSLERP's own interpolation (mergekit's): unit vectors with the norm clamped at 1e-7, lerp only
 * when |sin θ| < 1e-8. A zero vector has cos θ = 0, so θ = π/2 (not lerp).
 */
function nuslerpVectors(a: FloatArray, b: FloatArray, t: number): Float64Array {
  const result = new Float64Array(a.length);
  const cosine = Math.min(1, Math.max(-1, dot(a, b) / (Math.max(norm(a), 1e-7) * Math.max(norm(b), 1e-7))));
  const theta = Math.acos(cosine);
  const sine = Math.sin(theta);
  if (Math.abs(sine) < 1e-8) {
    for (let index = 0; index < a.length; index++) result[index] = (1 - t) * a[index]! + t * b[index]!;
    return result;
  }
  const scaleA = Math.sin((1 - t) * theta) / sine;
  const scaleB = Math.sin(t * theta) / sine;
  for (let index = 0; index < a.length; index++) result[index] = scaleA * a[index]! + scaleB * b[index]!;
  return result;
}

export const nuslerp = defineMergeMethod({
  name: 'nuslerp',
  id: 'merge.nuslerp',
  summary: 'Weighted SLERP of two models (t = w₂/(w₁ + w₂)), on task vectors when a base is given.',
  paper: 'mergekit',
  params: {
    weight: weightParameter,
    flatten: parameter.boolean({ scope: 'global', default: true, aliases: ['nuslerp_flatten'], description: 'Interpolate the whole tensor as one vector.' }),
    rowWise: parameter.boolean({
      scope: 'global', default: false, aliases: ['nuslerp_row_wise'],
      description: 'With flatten false: interpolate each slice along the first axis (true) or each output unit, a slice along the last axis (false).',
    }),
  },
  base: 'optional',
  models: { minimum: 2, maximum: 2 },
  merge({ shape, base, models, global, perModel }) {
    const weightSum = perModel[0]!.weight + perModel[1]!.weight;
    // mergekit's fallback for weights that cancel: the midpoint rather than a division by ~0.
    const t = Math.abs(weightSum) < 1e-6 ? 0.5 : perModel[1]!.weight / weightSum;
    const first = subtract(models[0]!, base);
    const second = subtract(models[1]!, base);
    const length = first.length;
    let mixed: Float64Array;
    if (global.flatten || shape.length < 2) {
      mixed = nuslerpVectors(first, second, t);
    } else {
      mixed = new Float64Array(length);
      // Slices: rowWise → along axis 0 (contiguous blocks); else → per last-axis unit (strided).
      const blocks = global.rowWise ? shape[0]! : shape[shape.length - 1]!;
      const blockLength = length / blocks;
      const indexOf = global.rowWise
        ? (block: number, position: number) => block * blockLength + position
        : (block: number, position: number) => position * blocks + block;
      const sliceA = new Float64Array(blockLength);
      const sliceB = new Float64Array(blockLength);
      for (let block = 0; block < blocks; block++) {
        for (let position = 0; position < blockLength; position++) {
          sliceA[position] = first[indexOf(block, position)]!;
          sliceB[position] = second[indexOf(block, position)]!;
        }
        const slice = nuslerpVectors(sliceA, sliceB, t);
        for (let position = 0; position < blockLength; position++) mixed[indexOf(block, position)] = slice[position]!;
      }
    }
    const result = new Float32Array(length);
    for (let index = 0; index < length; index++) result[index] = (base === null ? 0 : base[index]!) + mixed[index]!;
    return result;
  },
});
