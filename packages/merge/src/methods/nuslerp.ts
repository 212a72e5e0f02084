/**
 * NuSLERP: SLERP with per-model weights (t = w_b/(w_a + w_b)), on task vectors when a base is
 * given, over the flattened tensor or row by row. From mergekit's published description.
 */
import { weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { slerp, subtract } from '../tensor-math.js';

export const nuslerp = defineMergeMethod({
  name: 'nuslerp',
  id: 'merge.nuslerp',
  summary: 'Weighted SLERP of two models (t = w₂/(w₁ + w₂)), on task vectors when a base is given.',
  paper: 'mergekit',
  params: {
    weight: weightParameter,
    flatten: parameter.boolean({ scope: 'global', default: true, description: 'Interpolate the whole tensor as one vector.' }),
    rowWise: parameter.boolean({
      scope: 'global', default: false,
      description: 'With flatten false: interpolate each slice along the first axis (true) or each output unit, a slice along the last axis (false).',
    }),
  },
  base: 'optional',
  models: { minimum: 2, maximum: 2 },
  validate(_global, perModel) {
    const sum = perModel[0]!.weight + perModel[1]!.weight;
    if (Math.abs(sum) < 1e-12) {
      throw new Error(`nuslerp: expected the two weights to have a non-zero sum, got ${perModel[0]!.weight} and ${perModel[1]!.weight} — change a weight`);
    }
  },
  merge({ shape, base, models, global, perModel }) {
    const t = perModel[1]!.weight / (perModel[0]!.weight + perModel[1]!.weight);
    const first = subtract(models[0]!, base);
    const second = subtract(models[1]!, base);
    const length = first.length;
    let mixed: Float64Array;
    if (global.flatten || shape.length < 2) {
      mixed = slerp(first, second, t);
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
        const slice = slerp(sliceA, sliceB, t);
        for (let position = 0; position < blockLength; position++) mixed[indexOf(block, position)] = slice[position]!;
      }
    }
    const result = new Float32Array(length);
    for (let index = 0; index < length; index++) result[index] = (base === null ? 0 : base[index]!) + mixed[index]!;
    return result;
  },
});
