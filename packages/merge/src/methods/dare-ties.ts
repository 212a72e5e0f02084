/**
 * DARE, TIES variant: random drop with rescale, then TIES sign election and disjoint merge.
 * "Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch".
 */
import {
  consensusParameter, conventionParameter, densityParameter, int8MaskParameter, lambdaParameter, normalizeParameter, rescaleParameter, seedParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, randomDrop, seededStream, taskVectors } from '../task-vectors.js';

export const dareTies = defineMergeMethod({
  name: 'dare_ties',
  id: 'merge.dare',
  summary: 'Random drop with rescale, then TIES sign election and the sum (or mean) of agreeing entries.',
  paper: ['Language Models are Super Mario: Absorbing Abilities from Homologous Models as a Free Lunch', 'mergekit'],
  params: {
    weight: weightParameter,
    density: { ...densityParameter(1), minimum: 1e-6 },
    lambda: lambdaParameter,
    rescale: rescaleParameter(true),
    consensus: { ...consensusParameter('sum'), nullable: false },
    normalize: normalizeParameter(false, 'Divide each entry by the summed weights of the models agreeing with its elected sign.'),
    seed: seedParameter,
    convention: conventionParameter,
    int8Mask: int8MaskParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ name, base, models, global, perModel }) {
    const deltas = taskVectors(models, base!).map((delta, index) =>
      randomDrop(delta, perModel[index]!.density, global.rescale, seededStream(global.seed ?? 0, name, index), { convention: global.convention }));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), global.consensus, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
