import {
  abs, add, div, exp, gt, inputsOf, min, mul, neg, nodeRewriter, param, recip, replaceNodes, sigmoid, structuralKey, sub, where, type BinaryOp, type Expr, type UnaryOp,
} from '../expr.js';
import { printExpressions } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';
import { assemblyscriptF32, assemblyscriptF32x4 } from './assemblyscript.js';

/**
 * AssemblyScript kernels for elementwise programs, in the shape of STYLE.md §8: a main loop of
 * four f32x4 vectors (16 floats), a one-vector loop, then a scalar tail.
 *
 * Export signatures (pointers are byte offsets into the imported memory, all float32):
 * - elementwise, uniform params:  key(out, in0, …, n: i32, p0: f32, …)
 * - elementwise, channel params:  key(out, in0, …, rows: i32, width: i32, p0: usize, …), p_k[width]
 * - gated-forward:                key(out, x, rows: i32, half: i32, params…)
 * - gated-backward:               key(out, x, dy, rows: i32, half: i32, params…)
 * Params of gated layouts are f32 values (uniform) or pointers to [half] (channel).
 */

/** How many vectors the main loop processes per iteration. */
export const UNROLL = 4;

interface Stream {
  /** The pointer expression of each tensor input, for one row. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The pointer expression of each output, for one row. */
  readonly outputs: readonly string[];
}

/**
 * Rewrites an expression into a cheaper float32 equivalent before printing:
 * - tanh(softplus(v)) = n/(n + 2) with n = e^v·(e^v + 2) (from tanh(log u) = (u² − 1)/(u² + 1),
 *   u = 1 + e^v) — one exp and one division instead of exp, log1p, expm1 and three divisions;
 *   mish and its gradient spend most of their time there. No cancellation anywhere (n ≥ 0), and
 *   v is capped at 20, where the quotient is already 1 in float32, so n never overflows; NaN
 *   passes through the min, ±Inf give 1 and 0 like tanh(softplus(±Inf)). σ(v) in the same
 *   kernel reuses that e^v: e/(1 + e) (exactly 1 in float32 beyond v = 20, like σ).
 * - 0.5·(1 + tanh v) = σ(2v), and 1 − tanh²v = 4σ(2v)(1 − σ(2v)): one exp and one division
 *   for gelu's tanh form and its gradient, and no 1 + tanh cancellation for negative v.
 * - 0.5·(1 + erf v) becomes the library's normalCdf: ½erfc(|v|) or 1 − ½erfc(|v|) by sign, one
 *   exp and one division instead of erf's series and erfc evaluated side by side, and no
 *   1 + erf cancellation for negative v (gelu, its gradient, geglu).
 * - exp(v) becomes the library's expBounded (one scale factor, no clamps) when the argument is
 *   provably at most 88 by interval arithmetic over the expression (min(v, 20), −|v|, −x²/2 …),
 *   and expm1(v) the library's expm1NonPositive when it is provably at most 0.
 * - A select's branch is only kept on lanes where its condition holds (or, for the else branch,
 *   fails): where(v > c, t, f) keeps f only where v ≤ c (or v is NaN), so inside f those
 *   proofs may take v ≤ c. elu's and selu's expm1(x) under where(x > 0, …) are at most 0 on
 *   every lane they keep; the other lanes compute a value that is thrown away.
 * - log1p(v) becomes the library's log1pUnit (one division, a short series, no selects) when v
 *   is provably in [0, 1], as softplus's and logSigmoid's log1p(e^−|v|) are.
 * - σ(v) and σ(−v) in one kernel share one e^−|v| and one division (swish's gradient).
 * - ½(1 + erf(u·√½)) and e^(−u²/2) in one kernel share the CDF's exp (gelu's gradient).
 * Uniform params divided by are multiplied by their reciprocal instead (multiplyByReciprocals).
 */
export function rewriteForFloat32(expression: Expr): Expr {
  return rewriteAllForFloat32([expression])[0];
}

/** rewriteForFloat32 over the outputs of one kernel, which share their rewritten nodes. */
export function rewriteAllForFloat32(expressions: readonly Expr[]): Expr[] {
  const rewriter = new Float32Rewriter();
  // Register every e^v of a tanh(softplus(v)) first, so a σ(v) anywhere can reuse it, and
  // every σ argument, so that σ(v) and σ(−v) in one kernel can share their exp and division.
  const seen = new Set<Expr>();
  const visit = (node: Expr): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const v = node.kind === 'unary' && node.op === 'tanh' ? softplusOf(node.arg) : null;
    if (v) rewriter.exponential(rewriter.rewrite(v));
    if (node.kind === 'unary' && node.op === 'sigmoid') rewriter.sigmoidArgument(node.arg);
    const erfArgument = halfOnePlusErfOf(node);
    if (erfArgument) rewriter.normalCdfArgument(erfArgument);
    if (node.kind === 'unary' && node.op === 'exp') rewriter.expArgument(node.arg);
    if (node.kind === 'unary') visit(node.arg);
    else if (node.kind === 'binary') { visit(node.left); visit(node.right); }
    else if (node.kind === 'select') { visit(node.condition); visit(node.then); visit(node.otherwise); }
  };
  expressions.forEach(visit);
  return expressions.map((expression) => rewriter.rewrite(expression));
}

/** A library function that is no spec primitive; only the AssemblyScript targets print it. */
const EXP_BOUNDED = 'expBounded' as UnaryOp;
/** ½(1 + erf v), the normal CDF in erf's scale; only the AssemblyScript targets print it. */
const NORMAL_CDF = 'normalCdf' as UnaryOp;
/** e^(−v²), and ½(1 + erf v) given it; only the AssemblyScript targets print them. */
const EXP_NEG_SQUARE = 'expNegSquare' as UnaryOp;
const NORMAL_CDF_WITH = 'normalCdfWith' as BinaryOp;
/** ln(1 + v) for v in [0, 1]; only the AssemblyScript targets print it. */
const LOG1P_UNIT = 'log1pUnit' as UnaryOp;
/** e^v − 1 for v ≤ 0; only the AssemblyScript targets print it. */
const EXPM1_NON_POSITIVE = 'expm1NonPositive' as UnaryOp;
/** expBounded is exact up to here (2^round(88·log2 e) = 2^127 is still finite). */
const EXP_BOUNDED_LIMIT = 88;

type Range = readonly [number, number];
/** What a select's branch may assume: the value of the node with this key lies in [low, high]. */
interface Guard {
  readonly key: string;
  readonly range: Range;
  /** Bounds under this guard, by node. */
  readonly bounds: Map<Expr, Range>;
}

class Float32Rewriter {
  /** e^min(v, 20) of every tanh(softplus(v)) seen, by v (already rewritten). */
  private readonly exponentials = new Map<Expr, Expr>();
  /** σ(2v) of every tanh(v) in a rewritten pattern, by v (already rewritten). */
  private readonly doubledSigmoids = new Map<Expr, Expr>();
  private readonly bounds = new Map<Expr, readonly [number, number]>();

  private readonly cache = new Map<Expr, Expr>();

  rewrite(expression: Expr): Expr {
    const done = this.cache.get(expression);
    if (done) return done;
    const result = this.rewriteNode(expression);
    this.cache.set(expression, result);
    return result;
  }

  private rewriteNode(expression: Expr): Expr {
    const softplusArgument = expression.kind === 'unary' && expression.op === 'tanh' ? softplusOf(expression.arg) : null;
    if (softplusArgument) {
      const e = this.exponential(this.rewrite(softplusArgument));
      const n = mul(e, add(e, 2));
      return div(n, add(n, 2));
    }
    const halfTanh = halfOnePlusTanhOf(expression);
    if (halfTanh) return this.doubledSigmoid(this.rewrite(halfTanh));
    const erfArgument = halfOnePlusErfOf(expression);
    if (erfArgument) {
      const e = this.sharedGaussian(erfArgument, scaledSquareRootHalfOf(erfArgument));
      const v = this.rewrite(erfArgument);
      return e ? { kind: 'binary', op: NORMAL_CDF_WITH, left: v, right: e } : { kind: 'unary', op: NORMAL_CDF, arg: v };
    }
    const squaredTanh = oneMinusTanhSquaredOf(expression);
    if (squaredTanh) {
      const s = this.doubledSigmoid(this.rewrite(squaredTanh));
      return mul(4, mul(s, sub(1, s)));
    }
    if (expression.kind === 'unary') {
      const arg = this.rewrite(expression.arg);
      if (expression.op === 'sigmoid') {
        // rewriteAllForFloat32 registered every tanh(softplus(v))'s e^v before rewriting.
        const e = this.exponentials.get(arg);
        if (e) return div(e, add(e, 1));
        const pair = this.sigmoidPair(expression.arg);
        if (pair) return pair;
      }
      if (expression.op === 'exp') {
        const e = this.sharedGaussian(null, negativeHalfSquareOf(expression.arg));
        if (e) return e;
      }
      if (expression.op === 'exp' && this.bound(arg)[1] <= EXP_BOUNDED_LIMIT) return { kind: 'unary', op: EXP_BOUNDED, arg };
      if (expression.op === 'expm1' && this.bound(arg)[1] <= 0) return { kind: 'unary', op: EXPM1_NON_POSITIVE, arg };
      if (expression.op === 'log1p') {
        const [low, high] = this.bound(arg);
        if (low >= 0 && high <= 1) return { kind: 'unary', op: LOG1P_UNIT, arg };
      }
      return arg === expression.arg ? expression : { ...expression, arg };
    }
    if (expression.kind === 'binary') {
      const left = this.rewrite(expression.left);
      const right = this.rewrite(expression.right);
      return left === expression.left && right === expression.right ? expression : { ...expression, left, right };
    }
    if (expression.kind === 'select') {
      const condition = this.rewrite(expression.condition);
      const then = this.narrowed(this.rewrite(expression.then), branchGuard(condition, true));
      const otherwise = this.narrowed(this.rewrite(expression.otherwise), branchGuard(condition, false));
      return condition === expression.condition && then === expression.then && otherwise === expression.otherwise
        ? expression : { ...expression, condition, then, otherwise };
    }
    return expression;
  }

  /** Structural keys of every σ argument in the kernel (before rewriting). */
  private readonly sigmoidArguments = new Set<string>();
  /** σ(v) and σ(−v) by the key of v, once built. */
  private readonly sigmoidPairs = new Map<string, { positive: Expr; negative: Expr }>();

  sigmoidArgument(v: Expr): void {
    this.sigmoidArguments.add(structuralKey(v));
  }

  /**
   * σ(v) when the kernel also needs σ(−v) (swish's gradient s·σ(−βx), logSigmoid's …), or the
   * other way round: e = e^−|v| and d = 1/(1 + e) once, then σ(v) = (v > 0 ? 1 : e)·d and
   * σ(−v) = (v > 0 ? e : 1)·d — one exp and one division for both, no 1 − σ cancellation.
   * Null when only one of the two occurs.
   */
  private sigmoidPair(argument: Expr): Expr | null {
    const negated = argument.kind === 'unary' && argument.op === 'neg';
    const v = negated ? argument.arg : argument;
    const key = structuralKey(v);
    if (!this.sigmoidArguments.has(key) || !this.sigmoidArguments.has(structuralKey(neg(v)))) return null;
    let pair = this.sigmoidPairs.get(key);
    if (!pair) {
      const value = this.rewrite(v);
      const e = this.rewrite(exp(neg(abs(value))));
      const d = recip(add(1, e));
      const positive = gt(value, 0);
      pair = { positive: mul(where(positive, 1, e), d), negative: mul(where(positive, e, 1), d) };
      this.sigmoidPairs.set(key, pair);
    }
    return negated ? pair.negative : pair.positive;
  }

  /** For each u (by key): the argument v = u·√½ of a normal CDF in the kernel. */
  private readonly normalCdfArguments = new Map<string, Expr>();
  /** Keys of every u whose e^(−u²/2) the kernel computes. */
  private readonly gaussianArguments = new Set<string>();
  private readonly gaussians = new Map<string, Expr>();

  normalCdfArgument(v: Expr): void {
    const u = scaledSquareRootHalfOf(v);
    if (u && !this.normalCdfArguments.has(structuralKey(u))) this.normalCdfArguments.set(structuralKey(u), v);
  }

  expArgument(w: Expr): void {
    const u = negativeHalfSquareOf(w);
    if (u) this.gaussianArguments.add(structuralKey(u));
  }

  /**
   * e^(−v²) for v = u·√½ when the kernel has both ½(1 + erf v) and e^(−u²/2) (gelu's gradient
   * Φ(x) + x·φ(x)): they are the same number, and the CDF's exp (exact in v², see
   * expNegSquareF32x4) serves both. Null when either is missing.
   */
  private sharedGaussian(v: Expr | null, u: Expr | null): Expr | null {
    if (!u) return null;
    const key = structuralKey(u);
    const argument = v ?? this.normalCdfArguments.get(key);
    if (!argument || !this.normalCdfArguments.has(key) || !this.gaussianArguments.has(key)) return null;
    let e = this.gaussians.get(key);
    if (!e) {
      e = { kind: 'unary', op: EXP_NEG_SQUARE, arg: this.rewrite(this.normalCdfArguments.get(key)!) };
      this.gaussians.set(key, e);
    }
    return e;
  }

  /** Registers (once) and returns e^min(v, 20) for a rewritten v. */
  exponential(v: Expr): Expr {
    let e = this.exponentials.get(v);
    if (!e) {
      e = this.rewrite(exp(min(v, 20)));
      this.exponentials.set(v, e);
    }
    return e;
  }

  private doubledSigmoid(v: Expr): Expr {
    let s = this.doubledSigmoids.get(v);
    if (!s) {
      s = this.rewrite(sigmoid(mul(2, v)));
      this.doubledSigmoids.set(v, s);
    }
    return s;
  }

  /**
   * A select branch (already rewritten) with the substitutions its guard proves: exp and expm1
   * whose argument the guard bounds become expBounded and expm1NonPositive. Nodes that do not
   * change stay shared; the rewrite cache is untouched, since the same node elsewhere in the
   * kernel has no such guard.
   */
  private narrowed(branch: Expr, guard: Guard | null): Expr {
    if (!guard) return branch;
    return replaceNodes(branch, (node, rewrite) => {
      if (node.kind !== 'unary' || (node.op !== 'exp' && node.op !== 'expm1')) return null;
      const arg = rewrite(node.arg);
      if (node.op === 'exp' && this.bound(arg, guard)[1] <= EXP_BOUNDED_LIMIT) return { kind: 'unary', op: EXP_BOUNDED, arg };
      if (node.op === 'expm1' && this.bound(arg, guard)[1] <= 0) return { kind: 'unary', op: EXPM1_NON_POSITIVE, arg };
      return arg === node.arg ? node : { ...node, arg };
    });
  }

  /**
   * [lower, upper] bounds of a (rewritten) expression's value; NaN inputs aside. Under a guard,
   * the guarded node's bounds are intersected with the guard's range.
   */
  bound(node: Expr, guard?: Guard): Range {
    const bounds = guard ? guard.bounds : this.bounds;
    const known = bounds.get(node);
    if (known) return known;
    const all = [-Infinity, Infinity] as const;
    let result: Range = all;
    if (node.kind === 'const') {
      result = [node.value, node.value];
    } else if (node.kind === 'unary') {
      const [low, high] = this.bound(node.arg, guard);
      switch (node.op) {
        case 'neg': result = [-high, -low]; break;
        case 'abs': result = [low >= 0 ? low : high <= 0 ? -high : 0, Math.max(-low, high)]; break;
        case 'exp': result = [0, Math.exp(high)]; break;
        case 'expm1': result = [Math.expm1(low), Math.expm1(high)]; break;
        case 'sigmoid': result = [0, 1]; break;
        case 'tanh': case 'erf': result = [-1, 1]; break;
        default:
          // e^v rounds to at most 1 in float32 wherever v ≤ 0 (the polynomial is exact at r = 0).
          if ((node.op as string) === EXP_BOUNDED) result = [0, Math.exp(high)];
          else if ((node.op as string) === EXPM1_NON_POSITIVE) result = [Math.expm1(low), 0];
          else if ((node.op as string) === NORMAL_CDF || (node.op as string) === EXP_NEG_SQUARE) result = [0, 1];
      }
    } else if (node.kind === 'binary') {
      const [a, b] = this.bound(node.left, guard);
      const [c, d] = this.bound(node.right, guard);
      switch (node.op) {
        case 'add': result = [a + c, b + d]; break;
        case 'sub': result = [a - d, b - c]; break;
        case 'min': result = [Math.min(a, c), Math.min(b, d)]; break;
        case 'max': result = [Math.max(a, c), Math.max(b, d)]; break;
        case NORMAL_CDF_WITH: result = [0, 1]; break;
        case 'mul': {
          const products = [a * c, a * d, b * c, b * d];
          if (node.left === node.right) result = [0, Math.max(a * a, b * b)];
          else if (!products.some(Number.isNaN)) result = [Math.min(...products), Math.max(...products)];
          break;
        }
        default: break;
      }
    } else if (node.kind === 'select') {
      const [a, b] = this.bound(node.then, guard);
      const [c, d] = this.bound(node.otherwise, guard);
      result = [Math.min(a, c), Math.max(b, d)];
    }
    if (result.some(Number.isNaN)) result = all;
    if (guard && structuralKey(node) === guard.key) {
      result = [Math.max(result[0], guard.range[0]), Math.min(result[1], guard.range[1])];
    }
    bounds.set(node, result);
    return result;
  }
}

/**
 * What a select's branch may assume of its condition's operand: for v > c (or v ≥ c), v ≥ c
 * in the then branch and v ≤ c in the else branch (where NaN lanes land too; the library
 * functions pass NaN through whatever they assume); the other way round for v < c, v ≤ c, and
 * with the operands swapped. Null unless one side is a constant.
 */
function branchGuard(condition: Expr, taken: boolean): Guard | null {
  if (condition.kind !== 'binary' || !['gt', 'ge', 'lt', 'le'].includes(condition.op)) return null;
  const constantRight = condition.right.kind === 'const';
  const constant = constantRight ? condition.right : condition.left;
  const v = constantRight ? condition.left : condition.right;
  if (constant.kind !== 'const' || v.kind === 'const') return null;
  // v above c when the condition holds: v > c, v ≥ c, c < v, c ≤ v.
  const above = (condition.op === 'gt' || condition.op === 'ge') === constantRight;
  const c = constant.value;
  const range: Range = above === taken ? [c, Infinity] : [-Infinity, c];
  return { key: structuralKey(v), range, bounds: new Map() };
}

/** v when `node` is 0.5·(1 + tanh v) (operands in either order); else null. */
function halfOnePlusTanhOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'mul') return null;
  const [half, sum] = isConst(node.left, 0.5) ? [node.left, node.right] : [node.right, node.left];
  if (!isConst(half, 0.5) || sum.kind !== 'binary' || sum.op !== 'add') return null;
  const t = isConst(sum.left, 1) ? sum.right : isConst(sum.right, 1) ? sum.left : null;
  return t && isPlainTanh(t) ? t.arg : null;
}

/** v when `node` is 0.5·(1 + erf v) (operands in either order); else null. */
function halfOnePlusErfOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'mul') return null;
  const [half, sum] = isConst(node.left, 0.5) ? [node.left, node.right] : [node.right, node.left];
  if (!isConst(half, 0.5) || sum.kind !== 'binary' || sum.op !== 'add') return null;
  const e = isConst(sum.left, 1) ? sum.right : isConst(sum.right, 1) ? sum.left : null;
  return e && e.kind === 'unary' && e.op === 'erf' ? e.arg : null;
}

/** A tanh that the tanh(softplus(v)) rewrite does not already cover. */
function isPlainTanh(node: Expr): node is Extract<Expr, { kind: 'unary' }> {
  return node.kind === 'unary' && node.op === 'tanh' && !softplusOf(node.arg);
}

/** v when `node` is 1 − t·t with t = tanh v (one shared node); else null. */
function oneMinusTanhSquaredOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'sub' || !isConst(node.left, 1)) return null;
  const square = node.right;
  if (square.kind !== 'binary' || square.op !== 'mul' || square.left !== square.right) return null;
  const t = square.left;
  return isPlainTanh(t) ? t.arg : null;
}

const isConst = (node: Expr, value: number) => node.kind === 'const' && node.value === value;

/** u when `node` is u·c or c·u with c² = ½ (c = ±√½ to float64 precision); else null. */
function scaledSquareRootHalfOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'mul') return null;
  const isRoot = (e: Expr) => e.kind === 'const' && Math.abs(e.value * e.value - 0.5) < 1e-15;
  return isRoot(node.right) ? node.left : isRoot(node.left) ? node.right : null;
}

/** u when `node` is −0.5·(u·u) (operands in either order, one shared u); else null. */
function negativeHalfSquareOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'mul') return null;
  const square = isConst(node.left, -0.5) ? node.right : isConst(node.right, -0.5) ? node.left : null;
  if (!square || square.kind !== 'binary' || square.op !== 'mul' || structuralKey(square.left) !== structuralKey(square.right)) return null;
  return square.left;
}

/** v when `node` is softplus(v) as expr.ts builds it, max(v, 0) + log1p(exp(−|v|)); else null. */
function softplusOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'add') return null;
  const { left, right } = node;
  if (left.kind !== 'binary' || left.op !== 'max' || left.right.kind !== 'const' || left.right.value !== 0) return null;
  const v = left.left;
  if (right.kind !== 'unary' || right.op !== 'log1p') return null;
  const e = right.arg;
  if (e.kind !== 'unary' || e.op !== 'exp') return null;
  const negated = e.arg;
  if (negated.kind !== 'unary' || negated.op !== 'neg') return null;
  const magnitude = negated.arg;
  return magnitude.kind === 'unary' && magnitude.op === 'abs' && magnitude.arg === v ? v : null;
}

const identifier = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
const paramName = (name: string) => `param_${identifier(name)}`;
/** The leaf that stands for 1/p of a uniform param p (a name no spec param can have). */
const reciprocalLeaf = (name: string) => `1/${name}`;

/**
 * Uniform params that some output divides by: the kernel computes 1/p once, before its loops,
 * and multiplies by it (the costliest f32x4 instruction gone from the loop). a·(1/p) differs
 * from a/p by at most one float32 rounding; p = 0, ±Inf and NaN give the same ±Inf, 0 and NaN.
 */
function reciprocalParams(program: ElementwiseProgram): Set<string> {
  const found = new Set<string>();
  if (program.paramMode === 'channel') return found;
  const seen = new Set<Expr>();
  const visit = (node: Expr): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'binary' && node.op === 'div' && node.right.kind === 'param') found.add(node.right.name);
    if (node.kind === 'unary') visit(node.arg);
    else if (node.kind === 'binary') { visit(node.left); visit(node.right); }
    else if (node.kind === 'select') { visit(node.condition); visit(node.then); visit(node.otherwise); }
  };
  program.outputs.forEach(visit);
  return found;
}

/** The outputs with every a/p of a param in `reciprocals` as a·(1/p); shared nodes stay shared. */
function multiplyByReciprocals(expressions: readonly Expr[], reciprocals: ReadonlySet<string>): Expr[] {
  if (reciprocals.size === 0) return [...expressions];
  const rewrite = nodeRewriter((node, inner) => (node.kind === 'binary' && node.op === 'div' && node.right.kind === 'param' && reciprocals.has(node.right.name)
    ? mul(inner(node.left), param(reciprocalLeaf(node.right.name)))
    : null));
  return expressions.map(rewrite);
}

/** The body of one column loop: loads, the expression, stores, for `lanes` = 'f32x4' or 'f32'. */
function columnBody(program: ElementwiseProgram, stream: Stream, lanes: 'f32x4' | 'f32', block: number): string[] {
  const vector = lanes === 'f32x4';
  const suffix = vector ? `_${block}` : '_s';
  const immediate = vector && block ? `, ${block * 16}` : '';
  const load = (pointer: string) => (vector ? `v128.load(${pointer} + column${immediate})` : `load<f32>(${pointer} + column)`);
  const lines: string[] = [];
  const locals = new Map<string, string>();
  for (const [name, pointer] of Object.entries(stream.inputs)) {
    const local = `input_${identifier(name)}${suffix}`;
    lines.push(`const ${local} = ${load(pointer)};`);
    locals.set(name, local);
  }
  const channel = program.paramMode === 'channel';
  const params = new Map<string, string>();
  for (const name of program.params) {
    if (channel) {
      const local = `${paramName(name)}${suffix}`;
      lines.push(`const ${local} = ${load(paramName(name))};`);
      params.set(name, local);
    } else {
      params.set(name, vector ? `${paramName(name)}_vector` : paramName(name));
    }
  }
  const reciprocals = reciprocalParams(program);
  for (const name of reciprocals) {
    params.set(reciprocalLeaf(name), `${paramName(name)}_reciprocal${vector ? '_vector' : ''}`);
  }
  const outputs = rewriteAllForFloat32(multiplyByReciprocals(program.outputs, reciprocals));
  const { statements, values } = printExpressions(vector ? assemblyscriptF32x4 : assemblyscriptF32, outputs, {
    input: (name) => locals.get(name) ?? missing(program, name),
    param: (name) => params.get(name)!,
  }, `t${suffix}_`);
  lines.push(...statements);
  values.forEach((value, k) => {
    const pointer = stream.outputs[k];
    lines.push(vector ? `v128.store(${pointer} + column, ${value}${immediate});` : `store<f32>(${pointer} + column, ${value});`);
  });
  return lines;
}

function missing(program: ElementwiseProgram, name: string): never {
  throw new Error(`${program.key}: the kernel reads input '${name}', which its layout does not provide — `
    + "elementwise programs read their declared inputs, gated ones read 'a', 'b' and 'dy'");
}

/** The three column loops over `count` floats of one row. */
function columnLoops(program: ElementwiseProgram, stream: Stream, count: string): string[] {
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`);
  const unrolled = Array.from({ length: UNROLL }, (_, block) => columnBody(program, stream, 'f32x4', block)).flat();
  return [
    'let j = 0;',
    `for (; j + ${UNROLL * 4} <= ${count}; j += ${UNROLL * 4}) {`,
    '  const column = <usize>j << 2;',
    ...indent(unrolled),
    '}',
    `for (; j + 4 <= ${count}; j += 4) {`,
    '  const column = <usize>j << 2;',
    ...indent(columnBody(program, stream, 'f32x4', 0)),
    '}',
    `for (; j < ${count}; j++) {`,
    '  const column = <usize>j << 2;',
    ...indent(columnBody(program, stream, 'f32', 0)),
    '}',
  ];
}

/** One exported AssemblyScript function for a program (see the signatures above). */
export function assemblyscriptKernel(program: ElementwiseProgram): string {
  const channel = program.paramMode === 'channel';
  const paramDeclarations = program.params.map((name) => `${paramName(name)}: ${channel ? 'usize' : 'f32'}`);
  const splats = channel ? [] : program.params.map((name) => `const ${paramName(name)}_vector = f32x4.splat(${paramName(name)});`);
  for (const name of reciprocalParams(program)) {
    splats.push(`const ${paramName(name)}_reciprocal: f32 = <f32>(1.0) / ${paramName(name)};`);
    splats.push(`const ${paramName(name)}_reciprocal_vector = f32x4.splat(${paramName(name)}_reciprocal);`);
  }
  const indent = (lines: string[], depth = 1) => lines.map((line) => `${'  '.repeat(depth)}${line}`);
  let signature: string[];
  let body: string[];
  if (program.layout === 'elementwise') {
    const inputPointers = program.inputs.map((name) => `input_${identifier(name)}`);
    if (!channel) {
      signature = ['out: usize', ...inputPointers.map((p) => `${p}: usize`), 'n: i32', ...paramDeclarations];
      const stream = { inputs: Object.fromEntries(program.inputs.map((name, k) => [name, inputPointers[k]])), outputs: ['out'] };
      body = [...splats, ...columnLoops(program, stream, 'n')];
    } else {
      signature = ['out: usize', ...inputPointers.map((p) => `${p}: usize`), 'rows: i32', 'width: i32', ...paramDeclarations];
      const stream = {
        inputs: Object.fromEntries(program.inputs.map((name, k) => [name, `${inputPointers[k]}_row`])),
        outputs: ['out_row'],
      };
      body = [
        'const rowBytes = <usize>width << 2;',
        'for (let r = 0; r < rows; r++) {',
        '  const offset = <usize>r * rowBytes;',
        '  const out_row = out + offset;',
        ...inputPointers.map((p) => `  const ${p}_row = ${p} + offset;`),
        ...indent(columnLoops(program, stream, 'width')),
        '}',
      ];
    }
  } else {
    const backward = program.layout === 'gated-backward';
    signature = ['out: usize', 'x: usize', ...(backward ? ['dy: usize'] : []), 'rows: i32', 'half: i32', ...paramDeclarations];
    // Gated programs declare their tensors (x, dy); the expressions read the halves a and b.
    const used = new Set(program.outputs.flatMap(inputsOf));
    const inputs: Record<string, string> = {};
    if (used.has('a')) inputs.a = 'a_row';
    if (used.has('b')) inputs.b = 'b_row';
    if (used.has('dy')) inputs.dy = 'dy_row';
    for (const name of used) if (!(name in inputs)) missing(program, name);
    const stream = { inputs, outputs: backward ? ['out_a_row', 'out_b_row'] : ['out_row'] };
    body = [
      ...splats,
      'const halfBytes = <usize>half << 2;',
      'for (let r = 0; r < rows; r++) {',
      '  const offset = <usize>r * halfBytes;',
      '  const a_row = x + 2 * offset;',
      '  const b_row = a_row + halfBytes;',
      ...(backward
        ? ['  const dy_row = dy + offset;', '  const out_a_row = out + 2 * offset;', '  const out_b_row = out_a_row + halfBytes;']
        : ['  const out_row = out + offset;']),
      ...indent(columnLoops(program, stream, 'half')),
      '}',
    ];
  }
  return [
    `export function ${program.key}(${signature.join(', ')}): void {`,
    ...indent(body),
    '}',
  ].join('\n');
}
