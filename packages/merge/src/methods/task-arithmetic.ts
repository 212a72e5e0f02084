/** Task arithmetic: θ_base + λ·Σ wᵢ(θᵢ − θ_base). "Editing Models with Task Arithmetic". */
import { lambdaParameter, normalizeParameter, weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { addScaled } from '../tensor-math.js';
import { combineTaskVectors, taskVectors } from '../task-vectors.js';

export const taskArithmetic = defineMergeMethod({
  name: 'task_arithmetic',
  id: 'merge.task-arithmetic',
  summary: 'θ_base + λ·Σ wᵢ(θᵢ − θ_base); a negative weight negates a task (forgetting).',
  paper: 'Editing Models with Task Arithmetic',
  params: {
    weight: weightParameter,
    lambda: lambdaParameter,
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const deltas = taskVectors(models, base!);
    const merged = combineTaskVectors(deltas, perModel.map((values) => values.weight), null, global.normalize);
    return addScaled(base, merged, global.lambda);
  },
});
