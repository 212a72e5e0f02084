import {
  constant, cos, exp, ge, gt, neg, sin, type Expr, type Operand,
} from './expr.js';

/**
 * Symbolic derivatives of expressions, so a reduction spec states its forward math only and
 * its backward kernels are derived (STYLE.md §17: a norm is one spec file).
 *
 * The result is a DAG that shares nodes with its input (∂(x·rsqrt v)/∂v reuses rsqrt v), and
 * the constructors below fold constants as they build, so a derivative prints no `x * 1.0` or
 * `0.0 + …` chains.
 */

const isConstant = (node: Expr, value?: number): boolean =>
  node.kind === 'const' && (value === undefined || Object.is(node.value, value) || node.value === value);
const lift = (value: Operand): Expr => (typeof value === 'number' ? constant(value) : value);

export function plus(left: Operand, right: Operand): Expr {
  const a = lift(left);
  const b = lift(right);
  if (isConstant(a, 0)) return b;
  if (isConstant(b, 0)) return a;
  if (a.kind === 'const' && b.kind === 'const') return constant(a.value + b.value);
  return { kind: 'binary', op: 'add', left: a, right: b };
}

export function minus(left: Operand, right: Operand): Expr {
  const a = lift(left);
  const b = lift(right);
  if (isConstant(b, 0)) return a;
  if (isConstant(a, 0)) return negate(b);
  if (a.kind === 'const' && b.kind === 'const') return constant(a.value - b.value);
  return { kind: 'binary', op: 'sub', left: a, right: b };
}

export function times(left: Operand, right: Operand): Expr {
  const a = lift(left);
  const b = lift(right);
  if (isConstant(a, 0) || isConstant(b, 0)) return constant(0);
  if (isConstant(a, 1)) return b;
  if (isConstant(b, 1)) return a;
  if (a.kind === 'const' && b.kind === 'const') return constant(a.value * b.value);
  return { kind: 'binary', op: 'mul', left: a, right: b };
}

export function over(left: Operand, right: Operand): Expr {
  const a = lift(left);
  const b = lift(right);
  if (isConstant(a, 0)) return constant(0);
  if (isConstant(b, 1)) return a;
  return { kind: 'binary', op: 'div', left: a, right: b };
}

export function negate(value: Operand): Expr {
  const a = lift(value);
  if (a.kind === 'const') return constant(-a.value);
  if (a.kind === 'unary' && a.op === 'neg') return a.arg;
  return neg(a);
}

/** where(c, a, b) that drops the select when both branches are the same node or both zero. */
export function choose(condition: Expr, then: Operand, otherwise: Operand): Expr {
  const a = lift(then);
  const b = lift(otherwise);
  if (a === b || (isConstant(a, 0) && isConstant(b, 0))) return a;
  return { kind: 'select', condition, then: a, otherwise: b };
}

/** Derivatives stated for a node, not derived from its subtree: f(u) with f′(u) given. */
const STATED = new WeakMap<Expr, { readonly argument: Expr; readonly slope: Expr }>();

/**
 * Marks `node`, a function of `argument`, as having the derivative `slope` with respect to it:
 * ∂node/∂v = slope · ∂argument/∂v. An activation fused into a norm keeps its spec's own
 * derivative this way (saved-output forms, HeLU's wider gate). Returns the node.
 */
export function withDerivative(node: Expr, argument: Expr, slope: Expr): Expr {
  STATED.set(node, { argument, slope });
  return node;
}

/**
 * ∂expression/∂input(name), treating every other input and every param as a constant.
 * Comparisons (select conditions) have no derivative: a select differentiates its branches.
 */
export function derivative(expression: Expr, name: string): Expr {
  const done = new Map<Expr, Expr>();
  const go = (node: Expr): Expr => {
    const cached = done.get(node);
    if (cached) return cached;
    const result = differentiate(node, name, go);
    done.set(node, result);
    return result;
  };
  return go(expression);
}

function differentiate(node: Expr, name: string, go: (node: Expr) => Expr): Expr {
  const stated = STATED.get(node);
  if (stated) return times(stated.slope, go(stated.argument));
  switch (node.kind) {
    case 'const': case 'param': return constant(0);
    case 'input': return constant(node.name === name ? 1 : 0);
    case 'select': return choose(node.condition, go(node.then), go(node.otherwise));
    case 'unary': {
      const inner = go(node.arg);
      if (isConstant(inner, 0)) return inner;
      const v = node.arg;
      switch (node.op) {
        case 'neg': return negate(inner);
        case 'abs': return choose(ge(v, 0), inner, negate(inner));
        case 'exp': return times(node, inner);
        case 'expm1': return times(plus(node, 1), inner);
        case 'log': return over(inner, v);
        case 'log1p': return over(inner, plus(v, 1));
        case 'sqrt': return over(times(0.5, inner), node);
        // d rsqrt(v) = −½·rsqrt(v)³: the printed r·r·r reuses the forward's rsqrt.
        case 'rsqrt': return times(times(-0.5, times(node, times(node, node))), inner);
        case 'tanh': return times(minus(1, times(node, node)), inner);
        case 'sigmoid': return times(times(node, minus(1, node)), inner);
        case 'erf': return times(times(2 / Math.sqrt(Math.PI), exp(negate(times(v, v)))), inner);
        case 'sin': return times(cos(v), inner);
        case 'cos': return times(negate(sin(v)), inner);
        case 'floor': return constant(0);
        case 'recip': return negate(times(times(node, node), inner));
      }
      break;
    }
    case 'binary': {
      const { left, right } = node;
      switch (node.op) {
        case 'add': return plus(go(left), go(right));
        case 'sub': return minus(go(left), go(right));
        case 'mul': return plus(times(go(left), right), times(left, go(right)));
        // d(a/b) = da/b − (a/b)·db/b, reusing the quotient.
        case 'div': return minus(over(go(left), right), over(times(node, go(right)), right));
        case 'max': return choose(gt(left, right), go(left), go(right));
        case 'min': return choose(gt(right, left), go(left), go(right));
        default: return constant(0);
      }
    }
  }
  throw new Error(`derivative: no rule for ${JSON.stringify(node)} — add one to packages/core/src/derivative.ts`);
}
