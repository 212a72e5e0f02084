/** Task arithmetic: θ_base + λ·Σ wᵢ(θᵢ − θ_base). "Editing Models with Task Arithmetic". */
import { int8MaskParameter, lambdaParameter, normalizeParameter, weightParameter } from '../common-parameters.js';
import { defineMergeMethod } from '../define-merge-method.js';
import { parameter } from '../parameters.js';
import { scratchFloat64 } from '../tensor-math.js';

export const taskArithmetic = defineMergeMethod({
  name: 'task_arithmetic',
  id: 'merge.task-arithmetic',
  summary: 'θ_base + λ·Σ wᵢ(θᵢ − θ_base); a negative weight negates a task (forgetting).',
  paper: 'Editing Models with Task Arithmetic',
  params: {
    weight: weightParameter,
    lambda: lambdaParameter,
    normalize: normalizeParameter(false, 'Divide the weighted sum of task vectors by the sum of the weights.'),
    // mergekit gives every task-vector method density and rescale; without sparsification they change nothing.
    density: parameter.number({
      scope: 'model', default: 1, minimum: 0, maximum: 1,
      description: 'Accepted so that mergekit configs run unchanged; task arithmetic drops no entries, so it has no effect.',
    }),
    rescale: parameter.boolean({
      scope: 'global', default: false, description: 'Accepted so that mergekit configs run unchanged; nothing is dropped, so nothing is rescaled.',
    }),
    int8Mask: int8MaskParameter,
  },
  base: 'required',
  models: { minimum: 1 },
  merge({ base, models, global, perModel }) {
    const baseValues = base!;
    const length = baseValues.length;
    const weights = perModel.map((values) => values.weight);
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    // mergekit's guard: weights summing to (almost) nothing are not divided by.
    const scale = global.lambda / (global.normalize && Math.abs(weightSum) >= 1e-8 ? weightSum : 1);
    // One fused pass per model into a float64 sum: no task-vector arrays for the common case.
    const sum = scratchFloat64('task-arithmetic-sum', length, true);
    models.forEach((model, index) => {
      const weight = weights[index]!;
      for (let position = 0; position < length; position++) sum[position] += weight * (model[position]! - baseValues[position]!);
    });
    const result = new Float32Array(length);
    for (let position = 0; position < length; position++) result[position] = baseValues[position]! + scale * sum[position]!;
    return result;
  },
});
