/**
 * DELLA: magnitude-ranked stochastic pruning (keep probability spread over density ± epsilon per
 * output unit, larger |δ| more likely kept), rescale, then TIES sign election.
 * "DELLA-Merging: Reducing Interference in Model Merging through Magnitude-Based Sampling".
 */
import {
  consensusParameter, conventionParameter, densityParameter, int8MaskParameter, lambdaParameter, normalizeParameter, rescaleParameter, seedParameter, weightParameter,
} from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import type { ModelValues } from '../parameters.js';
import { parameter } from '../parameters.js';
import { addScaled } from '../tensor-math.js';
import { combineIntoScratch, magnitudeRankedDrop, seededStream, taskVectors, type Convention } from '../task-vectors.js';

export const dellaParameters = {
  weight: weightParameter,
  density: densityParameter(1),
  epsilon: parameter.number({ scope: 'model', default: 0.15, minimum: 0, maximum: 0.5, description: 'Half-width of the keep-probability range around density.' }),
  lambda: lambdaParameter,
  rescale: rescaleParameter(true),
  seed: seedParameter,
  convention: conventionParameter,
  int8Mask: int8MaskParameter,
} as const;

export function validateDella(method: string, convention: Convention, perModel: readonly ModelValues<typeof dellaParameters>[]): void {
  perModel.forEach((values, index) => {
    // mergekit keeps a tensor whole at density ≥ 1 (and zeroes it at 0) without looking at epsilon.
    if (convention === 'mergekit' && (values.density >= 1 || values.density <= 0)) return;
    if (values.density - values.epsilon <= 0 || values.density + values.epsilon > 1) {
      throw new Error(
        `${method}: expected density − epsilon > 0 and density + epsilon ≤ 1 for model ${index}, got density ${values.density}, epsilon ${values.epsilon} — `
        + 'keep the keep-probabilities inside (0, 1]',
      );
    }
  });
}

export const della = defineMergeMethod({
  name: 'della',
  id: 'merge.della',
  summary: 'Magnitude-ranked random drop (p in density ± epsilon), rescale, TIES sign election.',
  paper: ['DELLA-Merging: Reducing Interference in Model Merging through Magnitude-Based Sampling', 'mergekit'],
  params: {
    ...dellaParameters,
    consensus: { ...consensusParameter('sum'), nullable: false },
    normalize: normalizeParameter(true, 'Divide each entry by the summed weights of the models agreeing with its elected sign.'),
  },
  base: 'required',
  models: { minimum: 1 },
  validate: (global, perModel) => validateDella('della', global.convention, perModel),
  merge({ name, shape, base, models, global, perModel }) {
    const deltas = taskVectors(models, base!).map((delta, index) => magnitudeRankedDrop(
      delta, shape, perModel[index]!.density, perModel[index]!.epsilon, global.rescale, seededStream(global.seed ?? 0, name, index), { convention: global.convention }));
    const merged = combineIntoScratch(deltas, perModel.map((values) => values.weight), global.consensus, global.normalize, global.convention);
    return addScaled(base, merged, global.lambda);
  },
});
