import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Expr } from './expr.js';
import { evaluateExprWithTfjs } from './expr-tfjs.js';
import type { ReductionProgram } from './reduction-program.js';
import { COUNT, INDEX } from './reduction-spec.js';
import type { ReductionViewShape } from './backends/types.js';

/**
 * A reduction program evaluated with tfjs ops, on whatever backend is active: the path for
 * backends layerkit has no kernel for (tfjs-node's 'tensorflow', a custom backend), and for
 * backward passes where a backend has a hand-written forward only. Forward results are
 * differentiable through tfjs's own gradients.
 *
 * Element leaves are viewed as [outer, across, kept, within], weights as [1, 1, kept, within],
 * group values as [outer, 1, kept, 1], so broadcasting does the indexing.
 */
const GROUP_AXES = [1, 3];

export function runReductionComposite(
  program: ReductionProgram,
  view: ReductionViewShape,
  elements: readonly Tensor[],
  weights: readonly Tensor[],
  params: readonly number[],
): Tensor[] {
  return tf.tidy(() => {
    const [outer, across, kept, within] = view;
    const leaves = new Map<string, Tensor>();
    program.elementInputs.forEach((name, n) => leaves.set(name, tf.reshape(elements[n], [...view])));
    program.weights.forEach((name, n) => leaves.set(name, tf.reshape(weights[n], [1, 1, kept, within])));
    const paramValues = new Map(program.params.map((name, n) => [name, params[n]]));
    paramValues.set(COUNT, across * within);
    const full = (value: Tensor) => (value.shape.join() === view.join() ? value : tf.broadcastTo(value, [...view]));

    const index = () => tf.reshape(tf.range(0, kept * within, 1, 'float32'), [1, 1, kept, within]);
    const bindings = {
      input: (name: string) => (name === INDEX ? index() : leaves.get(name) ?? missing(program, name)),
      param: (name: string) => paramValues.get(name)!,
    };
    const evaluate = (expression: Expr): Tensor => evaluateExprWithTfjs(expression, bindings);

    for (const pass of program.passes) {
      for (const accumulation of pass.accumulate) {
        const value = full(evaluate(accumulation.of));
        leaves.set(accumulation.name, accumulation.reduce === 'sum' ? tf.sum(value, GROUP_AXES, true) : tf.max(value, GROUP_AXES, true));
      }
      for (const value of pass.finish) leaves.set(value.name, evaluate(value.value));
    }
    const shape = elements[0].shape;
    return [
      ...program.outputs.map((output) => tf.reshape(full(evaluate(output)), shape)),
      ...program.groupOutputs.map((value) => tf.reshape(tf.broadcastTo(evaluate(value), [outer, 1, kept, 1]), [outer * kept])),
      ...program.columnSums.map((sum) => tf.reshape(tf.sum(full(evaluate(sum)), [0, 1]), [kept * within])),
    ];
  });
}

function missing(program: ReductionProgram, name: string): never {
  throw new Error(`${program.key}: the program reads '${name}', which no input, weight or earlier pass provides — this is a bug in the reduction program builder`);
}
