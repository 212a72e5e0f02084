import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { BinaryOp, Expr, UnaryOp } from './expr.js';

/**
 * An expression evaluated with tfjs ops on whatever backend is active: how every op runs on a
 * backend layerkit has no kernel for (tfjs-node's 'tensorflow', a custom backend). The printers'
 * other targets compile the same Expr into one fused loop; here each node is one tfjs op, so
 * the result is what the fused kernel computes, up to float32 rounding.
 */
const UNARY: Record<UnaryOp, (value: Tensor) => Tensor> = {
  neg: tf.neg, abs: tf.abs, exp: tf.exp, expm1: tf.expm1, log: tf.log, log1p: tf.log1p, sqrt: tf.sqrt,
  rsqrt: tf.rsqrt, tanh: tf.tanh, sigmoid: tf.sigmoid, erf: tf.erf, sin: tf.sin, cos: tf.cos,
  floor: tf.floor, recip: tf.reciprocal,
};

/**
 * A piecewise-constant op whose gradient is 0: tfjs has no gradient for Less, LessEqual, Greater
 * or NotEqual, so a comparison over x (ABReLU's x − mean ≤ 0) would stop tf.grad with "gradient
 * function not found" on a backend where the expression runs as tfjs ops.
 */
const withoutGradient = (op: (a: Tensor, b: Tensor) => Tensor) => (a: Tensor, b: Tensor) =>
  tf.customGrad((...args: (Tensor | tf.GradSaveFunc)[]) => {
    const [left, right] = args as Tensor[];
    return { value: op(left, right), gradFunc: () => [tf.zerosLike(left), tf.zerosLike(right)] };
  })(a, b);

// Comparisons are 1 or 0 in the Expr language (they get multiplied and added like numbers), so
// their bool result is cast to float32 right away.
const compare = (op: (a: Tensor, b: Tensor) => Tensor) => withoutGradient((a: Tensor, b: Tensor) => tf.cast(op(a, b), 'float32'));
const nonzero = withoutGradient((a: Tensor, b: Tensor) => tf.notEqual(a, b));

/**
 * tfjs's Maximum and Minimum gradients return the broadcast shape for both inputs instead of
 * summing back to each input's own (FRN's max(y, τ) with a per-channel τ fails in tf.grad):
 * broadcast both sides first, so the gradient of each is shaped like it.
 */
const broadcastBoth = (op: (a: Tensor, b: Tensor) => Tensor) => (a: Tensor, b: Tensor) => {
  if (a.shape.join() === b.shape.join()) return op(a, b);
  const shape = tf.broadcast_util.assertAndGetBroadcastShape(a.shape, b.shape);
  return op(tf.broadcastTo(a, shape), tf.broadcastTo(b, shape));
};

const BINARY: Record<BinaryOp, (left: Tensor, right: Tensor) => Tensor> = {
  add: tf.add, sub: tf.sub, mul: tf.mul, div: tf.div, max: broadcastBoth(tf.maximum), min: broadcastBoth(tf.minimum),
  lt: compare(tf.less), le: compare(tf.lessEqual), gt: compare(tf.greater), ge: compare(tf.greaterEqual),
};

/** Where an expression's leaves come from. */
export interface ExprBindings {
  /** A tensor input by name ('x', 'y', 'dy', 'a' …); shapes broadcast against each other. */
  readonly input: (name: string) => Tensor;
  /** A param by name: a number (uniform) or a tensor that broadcasts (per channel). */
  readonly param: (name: string) => Tensor | number;
}

/**
 * Evaluates an expression with tfjs ops. Shared nodes are computed once (the memo may be passed
 * in so several expressions over the same leaves share their common subexpressions). Call inside
 * tf.tidy: intermediate tensors are not disposed here.
 */
export function evaluateExprWithTfjs(expression: Expr, bindings: ExprBindings, memo: Map<Expr, Tensor> = new Map()): Tensor {
  const go = (node: Expr): Tensor => {
    const cached = memo.get(node);
    if (cached) return cached;
    let result: Tensor;
    switch (node.kind) {
      case 'const': result = tf.scalar(node.value); break;
      case 'param': {
        const value = bindings.param(node.name);
        result = typeof value === 'number' ? tf.scalar(value) : value;
        break;
      }
      case 'input': result = bindings.input(node.name); break;
      case 'unary': result = UNARY[node.op](go(node.arg)); break;
      case 'binary': result = BINARY[node.op](go(node.left), go(node.right)); break;
      case 'select': {
        const given = go(node.condition);
        // Nonzero is true, as in every printed target.
        const condition = given.dtype === 'bool' ? given : nonzero(given, tf.zerosLike(given));
        const then = go(node.then);
        const otherwise = go(node.otherwise);
        // tf.where wants its three arguments of one shape.
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
}
