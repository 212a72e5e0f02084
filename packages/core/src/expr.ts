/**
 * The math of an elementwise op, written once over a small set of primitives and printed for
 * every target (JavaScript, GLSL, WGSL, AssemblyScript scalar and f32x4).
 *
 * An expression is an immutable DAG: reusing a node object shares its value, and every printer
 * binds each shared node to one temporary (so `s = sigmoid(x)` used twice is computed once).
 */

/** Primitives with one argument. */
export type UnaryOp =
  | 'neg' | 'abs' | 'exp' | 'expm1' | 'log' | 'log1p' | 'sqrt' | 'rsqrt'
  | 'tanh' | 'sigmoid' | 'erf' | 'sin' | 'cos' | 'floor' | 'recip';

/** Primitives with two arguments. Comparisons give 1 or 0. */
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'lt' | 'le' | 'gt' | 'ge';

export type Expr =
  | { readonly kind: 'const'; readonly value: number }
  /** A tensor input read at the current element: 'x', 'y' (the saved output), 'dy', 'a' … */
  | { readonly kind: 'input'; readonly name: string }
  /** A numeric parameter: a uniform per call, or a per-channel tensor in channel mode. */
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'unary'; readonly op: UnaryOp; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  /** `condition ? then : otherwise`, where condition is a comparison (nonzero is true). */
  | { readonly kind: 'select'; readonly condition: Expr; readonly then: Expr; readonly otherwise: Expr };

export type Operand = Expr | number;

const lift = (value: Operand): Expr => (typeof value === 'number' ? constant(value) : value);

export const constant = (value: number): Expr => ({ kind: 'const', value });
export const input = (name: string): Expr => ({ kind: 'input', name });
export const param = (name: string): Expr => ({ kind: 'param', name });

/** The input of a forward kernel. */
export const x = input('x');
/** The saved output, for derivatives that are cheaper in y (ELU: y + alpha). */
export const y = input('y');

const unary = (op: UnaryOp) => (arg: Operand): Expr => ({ kind: 'unary', op, arg: lift(arg) });
const binary = (op: BinaryOp) => (left: Operand, right: Operand): Expr => ({
  kind: 'binary', op, left: lift(left), right: lift(right),
});

export const neg = unary('neg');
export const abs = unary('abs');
export const exp = unary('exp');
export const expm1 = unary('expm1');
export const log = unary('log');
export const log1p = unary('log1p');
export const sqrt = unary('sqrt');
export const rsqrt = unary('rsqrt');
export const tanh = unary('tanh');
export const sigmoid = unary('sigmoid');
export const erf = unary('erf');
export const sin = unary('sin');
export const cos = unary('cos');
export const floor = unary('floor');
export const recip = unary('recip');

export const add = binary('add');
export const sub = binary('sub');
export const mul = binary('mul');
export const div = binary('div');
export const max = binary('max');
export const min = binary('min');
export const lt = binary('lt');
export const le = binary('le');
export const gt = binary('gt');
export const ge = binary('ge');

export const where = (condition: Expr, then: Operand, otherwise: Operand): Expr => ({
  kind: 'select', condition, then: lift(then), otherwise: lift(otherwise),
});

/** Sums and products of several operands, left to right. */
export const sum = (...terms: Operand[]): Expr => terms.map(lift).reduce((a, b) => add(a, b));
export const product = (...factors: Operand[]): Expr => factors.map(lift).reduce((a, b) => mul(a, b));
export const square = (value: Operand): Expr => {
  const node = lift(value);
  return mul(node, node);
};

/** Numerically safe softplus, log(1 + e^v) = max(v, 0) + log1p(e^-|v|): never overflows. */
export const softplus = (value: Operand): Expr => {
  const node = lift(value);
  return add(max(node, 0), log1p(exp(neg(abs(node)))));
};

/** relu as `where(v > 0, v, 0)`: `max(v, 0)` splits the gradient at 0 between branches. */
export const relu = (value: Operand): Expr => {
  const node = lift(value);
  return where(gt(node, 0), node, 0);
};

/**
 * The expression with inputs replaced and params fixed (swish's math over 'x' with beta = 1
 * reused as a gate over 'b').
 */
export function substitute(
  expression: Expr,
  replacements: Readonly<Record<string, Expr>>,
  params: Readonly<Record<string, number>> = {},
): Expr {
  const done = new Map<Expr, Expr>();
  const go = (node: Expr): Expr => {
    const cached = done.get(node);
    if (cached) return cached;
    let result: Expr;
    switch (node.kind) {
      case 'input': result = replacements[node.name] ?? node; break;
      case 'param': result = node.name in params ? constant(params[node.name]) : node; break;
      case 'unary': result = { kind: 'unary', op: node.op, arg: go(node.arg) }; break;
      case 'binary': result = { kind: 'binary', op: node.op, left: go(node.left), right: go(node.right) }; break;
      case 'select': result = { kind: 'select', condition: go(node.condition), then: go(node.then), otherwise: go(node.otherwise) }; break;
      default: result = node;
    }
    done.set(node, result);
    return result;
  };
  return go(expression);
}

/** The node with each child replaced by `map(child)`; the node itself when no child changed. */
export function mapChildren(node: Expr, map: (child: Expr) => Expr): Expr {
  switch (node.kind) {
    case 'unary': {
      const arg = map(node.arg);
      return arg === node.arg ? node : { ...node, arg };
    }
    case 'binary': {
      const left = map(node.left);
      const right = map(node.right);
      return left === node.left && right === node.right ? node : { ...node, left, right };
    }
    case 'select': {
      const condition = map(node.condition);
      const then = map(node.then);
      const otherwise = map(node.otherwise);
      return condition === node.condition && then === node.then && otherwise === node.otherwise ? node : { ...node, condition, then, otherwise };
    }
    default: return node;
  }
}

/**
 * A rewrite of expressions: every node for which `replace` gives an expression is swapped for it
 * (`replace` may rewrite the node's children itself with the `rewrite` it is given), other nodes
 * get their children rewritten; a node shared within or across the expressions it is applied to
 * is rewritten once, and an unchanged subtree stays the same object.
 */
export function nodeRewriter(replace: (node: Expr, rewrite: (node: Expr) => Expr) => Expr | null): (expression: Expr) => Expr {
  const done = new Map<Expr, Expr>();
  const go = (node: Expr): Expr => {
    let result = done.get(node);
    if (!result) {
      result = replace(node, go) ?? mapChildren(node, go);
      done.set(node, result);
    }
    return result;
  };
  return go;
}

/** One expression through nodeRewriter(replace). */
export function replaceNodes(expression: Expr, replace: (node: Expr, rewrite: (node: Expr) => Expr) => Expr | null): Expr {
  return nodeRewriter(replace)(expression);
}

/** Names of the tensor inputs an expression reads, in first-use order. */
export function inputsOf(expression: Expr): string[] {
  const names = new Set<string>();
  walk(expression, (node) => { if (node.kind === 'input') names.add(node.name); });
  return [...names];
}

/** Names of the parameters an expression reads, in first-use order. */
export function paramsOf(expression: Expr): string[] {
  const names = new Set<string>();
  walk(expression, (node) => { if (node.kind === 'param') names.add(node.name); });
  return [...names];
}

/** Visits every distinct node once, children before parents. */
export function walk(expression: Expr, visit: (node: Expr) => void): void {
  const seen = new Set<Expr>();
  const go = (node: Expr): void => {
    if (seen.has(node)) return;
    seen.add(node);
    if (node.kind === 'unary') go(node.arg);
    else if (node.kind === 'binary') { go(node.left); go(node.right); }
    else if (node.kind === 'select') { go(node.condition); go(node.then); go(node.otherwise); }
    visit(node);
  };
  go(expression);
}

/** Counts how many parents each node has, so printers know which nodes to bind to temporaries. */
export function useCounts(expression: Expr): Map<Expr, number> {
  const counts = new Map<Expr, number>();
  const bump = (node: Expr) => counts.set(node, (counts.get(node) ?? 0) + 1);
  walk(expression, (node) => {
    if (node.kind === 'unary') bump(node.arg);
    else if (node.kind === 'binary') { bump(node.left); bump(node.right); }
    else if (node.kind === 'select') { bump(node.condition); bump(node.then); bump(node.otherwise); }
  });
  return counts;
}

/** Evaluates an expression in float64: the oracle for printers, and the cpu fallback. */
export function evaluate(
  expression: Expr,
  inputs: Readonly<Record<string, number>>,
  params: Readonly<Record<string, number>> = {},
): number {
  const values = new Map<Expr, number>();
  walk(expression, (node) => values.set(node, evaluateNode(node, values, inputs, params)));
  return values.get(expression)!;
}

function evaluateNode(
  node: Expr,
  values: Map<Expr, number>,
  inputs: Readonly<Record<string, number>>,
  params: Readonly<Record<string, number>>,
): number {
  switch (node.kind) {
    case 'const': return node.value;
    case 'input': return inputs[node.name];
    case 'param': return params[node.name];
    case 'unary': return UNARY_F64[node.op](values.get(node.arg)!);
    case 'binary': return BINARY_F64[node.op](values.get(node.left)!, values.get(node.right)!);
    case 'select': return values.get(node.condition)! ? values.get(node.then)! : values.get(node.otherwise)!;
  }
}

/** Error function to full double precision (W. J. Cody's rational approximations). */
export function erf64(value: number): number {
  if (Number.isNaN(value)) return NaN;
  const a = Math.abs(value);
  if (a < 0.5) {
    const t = value * value;
    const p = ((((0.185777706184603153 * t + 3.16112374387056560) * t + 113.864154151050156) * t
      + 377.485237685302021) * t + 3209.37758913846947);
    const q = ((((t + 23.6012909523441209) * t + 244.024637934444173) * t + 1282.61652607737228) * t
      + 2844.23683343917062);
    return value * p / q;
  }
  return Math.sign(value) * (1 - erfc64Positive(a));
}

/** Complementary error function to full double precision, accurate in both tails. */
export function erfc64(value: number): number {
  if (Number.isNaN(value)) return NaN;
  if (value < 0.5) return 1 - erf64(value);
  return erfc64Positive(value);
}

/** erfc for a >= 0.5, accurate in the tail. */
function erfc64Positive(a: number): number {
  if (a >= 27) return 0;
  let result: number;
  if (a < 4) {
    const p = (((((((2.15311535474403846e-8 * a + 0.564188496988670089) * a + 8.88314979438837594) * a
      + 66.1191906371416295) * a + 298.635138197400131) * a + 881.952221241769090) * a
      + 1712.04761263407058) * a + 2051.07837782607147) * a + 1230.33935479799725;
    const q = (((((((a + 15.7449261107098347) * a + 117.693950891312499) * a + 537.181101862009858) * a
      + 1621.38957456669019) * a + 3290.79923573345963) * a + 4362.61909014324716) * a
      + 3439.36767414372164) * a + 1230.33935480374942;
    result = p / q;
  } else {
    const z = 1 / (a * a);
    const p = ((((0.0163153871373020978 * z + 0.305326634961232344) * z + 0.360344899949804439) * z
      + 0.125781726111229246) * z + 0.0160837851487422766) * z + 6.58749161529837803e-4;
    const q = ((((z + 2.56852019228982242) * z + 1.87295284992346725) * z + 0.527905102951428412) * z
      + 0.0605183413124413191) * z + 0.00233520497626869185;
    result = (0.564189583547756287 - z * p / q) / a;
  }
  // exp(-a^2) split as exp(-s^2) * exp(-(a - s)(a + s)) keeps the tail accurate.
  const s = Math.floor(a * 16) / 16;
  return Math.exp(-s * s) * Math.exp(-(a - s) * (a + s)) * result;
}

const UNARY_F64: Record<UnaryOp, (v: number) => number> = {
  neg: (v) => -v,
  abs: Math.abs,
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  sqrt: Math.sqrt,
  rsqrt: (v) => 1 / Math.sqrt(v),
  tanh: Math.tanh,
  sigmoid: (v) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v))),
  erf: erf64,
  sin: Math.sin,
  cos: Math.cos,
  floor: Math.floor,
  recip: (v) => 1 / v,
};

const BINARY_F64: Record<BinaryOp, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  // NaN propagates through max/min, as in tfjs's Maximum/Minimum kernels.
  max: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.max(a, b)),
  min: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : Math.min(a, b)),
  lt: (a, b) => Number(a < b),
  le: (a, b) => Number(a <= b),
  gt: (a, b) => Number(a > b),
  ge: (a, b) => Number(a >= b),
};

const structuralKeys = new WeakMap<Expr, string>();
/** A string equal for structurally equal expressions, whatever the objects (specs often build a node twice). */
export function structuralKey(node: Expr): string {
  let key = structuralKeys.get(node);
  if (key === undefined) {
    switch (node.kind) {
      case 'const': key = `${Object.is(node.value, -0) ? '-0' : node.value}`; break;
      case 'input': key = `input:${node.name}`; break;
      case 'param': key = `param:${node.name}`; break;
      case 'unary': key = `${node.op}(${structuralKey(node.arg)})`; break;
      case 'binary': key = `${node.op}(${structuralKey(node.left)},${structuralKey(node.right)})`; break;
      case 'select': key = `where(${structuralKey(node.condition)},${structuralKey(node.then)},${structuralKey(node.otherwise)})`; break;
    }
    structuralKeys.set(node, key);
  }
  return key;
}
