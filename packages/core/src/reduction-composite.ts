import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { BinaryOp, Expr, UnaryOp } from './expr.js';
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
const UNARY: Record<UnaryOp, (v: Tensor) => Tensor> = {
  neg: tf.neg, abs: tf.abs, exp: tf.exp, expm1: tf.expm1, log: tf.log, log1p: tf.log1p, sqrt: tf.sqrt,
  rsqrt: tf.rsqrt, tanh: tf.tanh, sigmoid: tf.sigmoid, erf: tf.erf, sin: tf.sin, cos: tf.cos,
  floor: tf.floor, recip: tf.reciprocal,
};

const BINARY: Record<BinaryOp, (a: Tensor, b: Tensor) => Tensor> = {
  add: tf.add, sub: tf.sub, mul: tf.mul, div: tf.div, max: tf.maximum, min: tf.minimum,
  lt: tf.less, le: tf.lessEqual, gt: tf.greater, ge: tf.greaterEqual,
};

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

    const evaluate = (expression: Expr): Tensor => {
      const memo = new Map<Expr, Tensor>();
      const go = (node: Expr): Tensor => {
        const cached = memo.get(node);
        if (cached) return cached;
        let result: Tensor;
        switch (node.kind) {
          case 'const': result = tf.scalar(node.value); break;
          case 'param': result = tf.scalar(paramValues.get(node.name)!); break;
          case 'input':
            if (node.name === INDEX) result = tf.reshape(tf.range(0, kept * within, 1, 'float32'), [1, 1, kept, within]);
            else result = leaves.get(node.name) ?? missing(program, node.name);
            break;
          case 'unary': result = UNARY[node.op](go(node.arg)); break;
          case 'binary': result = BINARY[node.op](go(node.left), go(node.right)); break;
          case 'select': {
            const condition = go(node.condition);
            const then = go(node.then);
            const otherwise = go(node.otherwise);
            const shape = tf.broadcast_util.assertAndGetBroadcastShape(
              tf.broadcast_util.assertAndGetBroadcastShape(condition.shape, then.shape), otherwise.shape);
            result = tf.where(tf.broadcastTo(condition, shape), tf.broadcastTo(then, shape), tf.broadcastTo(otherwise, shape));
            break;
          }
        }
        memo.set(node, result);
        return result;
      };
      return go(expression);
    };

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
      ...program.columnSums.map((sum) => tf.reshape(tf.sum(full(evaluate(sum)), [0, 1]), [kept * within])),
    ];
  });
}

function missing(program: ReductionProgram, name: string): never {
  throw new Error(`${program.key}: the program reads '${name}', which no input, weight or earlier pass provides — this is a bug in the reduction program builder`);
}
