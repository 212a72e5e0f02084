import { abs, add, div, exp, ge, gt, lt, mul, neg, param, sub, where, x, type ElementwiseSpec, type Expr, type Operand } from '@layerkit/core';

const alphaParam = param('alpha');
const betaParam = param('beta');
const nonNegative = ge(x, 0);

/**
 * x/(c + x/a + exp(−x/b)), evaluated without overflow: for x < 0 numerator and denominator are
 * multiplied by e = exp(x/b) (both sides then read e = exp(−|x|/b) <= 1). The paper's form is
 * c = 0, a = alpha, b = beta; the benchmark survey's code has c = 0.01, a = |alpha| + 0.01,
 * b = |beta| + 0.01.
 */
function srsMath(a: Expr, b: Expr, c: number, da: Operand, db: Operand) {
  const e = exp(neg(div(abs(x), b)));
  // x·e at x = −∞ is 0, not −∞·0 = NaN (a NaN x stays NaN: no GPU compiler may fold it away).
  const xe = where(lt(x, -3.4e38), 0, mul(x, e));
  const negativeDenominator = c === 0 ? add(1, div(xe, a)) : add(1, add(mul(c, e), div(xe, a)));
  const denominator = where(nonNegative, c === 0 ? add(div(x, a), e) : add(c, add(div(x, a), e)), negativeDenominator);
  const q = div(x, denominator);
  // x = +∞ reaches the limit a (∞/∞ otherwise).
  const forward = where(gt(x, 3.4e38), a, div(where(nonNegative, x, xe), denominator));
  const squared = mul(denominator, denominator);
  const onePlus = add(1, div(x, b));
  const derivative = c === 0
    ? div(mul(e, onePlus), squared)
    : div(where(nonNegative, add(c, mul(e, onePlus)), mul(e, add(mul(c, e), onePlus))), squared);
  // d/da = (f/a)²; d/db = −(q/b)²·e with q = x/denominator (both branches).
  const fOverA = div(div(where(nonNegative, x, xe), denominator), a);
  const qOverB = div(q, b);
  return {
    forward,
    derivative,
    paramDerivatives: { alpha: mul(mul(fOverA, fOverA), da), beta: mul(neg(mul(mul(qOverB, qOverB), e)), db) },
  };
}

const sign = (v: Expr) => where(lt(v, 0), -1, 1);

function srs64(v: number, a: number, b: number, c: number): number {
  if (v >= 0) return v === Infinity ? a : v / (c + v / a + Math.exp(-v / b));
  const e = Math.exp(v / b);
  const xe = v === -Infinity ? 0 : v * e;
  return xe / (1 + c * e + xe / a);
}

export const srs: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.srs',
  name: 'srs',
  className: 'Srs',
  layerLearns: 'scalar',
  catalogKind: 'layer',
  activationStrings: { srs: {} },
  params: [
    { name: 'alpha', default: 2, trainable: true, domain: { min: 0, exclusiveMin: true }, doc: 'Limit of srs for x → +∞; learned as one scalar per layer.' },
    { name: 'beta', default: 3, trainable: true, domain: { min: 0, exclusiveMin: true }, doc: 'Scale of the exponential; the minimum alpha·beta/(beta − alpha·e) is at x = −beta. Keep beta < e·alpha (no pole).' },
  ],
  // x/alpha + exp(−x/beta) has a root at negative x (a pole of srs) exactly when beta > e·alpha; the
  // survey's form adds 0.01 to that denominator, so the same bound keeps it pole-free too.
  validate: ({ alpha: a, beta: b }) => (b < Math.E * Math.abs(a) ? null
    : `expected beta < e·alpha (no pole at negative x), got alpha ${a}, beta ${b} — raise alpha or lower beta (defaults 2 and 3)`),
  variants: [{
    name: 'mode', choices: ['paper', 'survey'], default: 'paper',
    doc: "'paper': x/(x/alpha + exp(−x/beta)); 'survey': the benchmark survey's stabilised x/(0.01 + x/(|alpha| + 0.01) + exp(−x/(|beta| + 0.01))).",
  }],
  math: ({ mode }) => (mode === 'survey'
    ? srsMath(add(abs(alphaParam), 0.01), add(abs(betaParam), 0.01), 0.01, sign(alphaParam), sign(betaParam))
    : srsMath(alphaParam, betaParam, 0, 1, 1)),
  reference: (v, { alpha: a = 2, beta: b = 3 }, { mode = 'paper' } = {}) => (mode === 'survey'
    ? srs64(v, Math.abs(a) + 0.01, Math.abs(b) + 0.01, 0.01)
    : srs64(v, a, b, 0)),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Soft-root-sign: a smooth, bounded, non-monotone activation with learned range alpha and scale beta.',
    formula: 'srs(x) = x/(x/alpha + exp(−x/beta)); → alpha as x → +∞, → 0 from below as x → −∞',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: "new Srs(); srs(x, {mode: 'survey', alpha: 10, beta: 10})",
    differences: 'Defaults alpha = 2, beta = 3 are the SRS paper\'s recommended initialisation as the 400-activation survey reports it '
      + '(the paper itself could not be read; the catalog marks this UNSURE); the benchmark survey\'s code starts at (10, 10) '
      + "and uses the stabilised form, offered as mode: 'survey'. alpha and beta must be > 0 as options; in mode 'survey' a learned "
      + 'value that crosses 0 is read through |·| as in that code (its gradient takes sign 1 at 0).',
  },
};
