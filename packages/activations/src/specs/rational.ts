import { abs, add, gt, lt, mul, neg, param, recip, where, x, type ElementwiseSpec, type Expr, type ParamSpec } from '@layerkit/core';

/**
 * The catalog's default init (the authors' library table 'Rational_version_A5/4', entry
 * leaky_relu: a least-squares fit of leakyRelu(0.01) on [−3, 3]).
 */
const NUMERATOR_INIT = [0.029792778657264946, 0.6183735264987601, 2.323309062531321, 3.051936237265109, 1.4854203263828845, 0.2510244961111299];
const DENOMINATOR_INIT = [-1.1419548357285474, 4.393159974992486, 0.8714712309957245, 0.34719662339598834];

const a = NUMERATOR_INIT.map((_, j) => param(`a${j}`));
const b = DENOMINATOR_INIT.map((_, k) => param(`b${k + 1}`));

/** c0 + v·(c1 + v·(c2 + …)). */
const horner = (coefficients: readonly Expr[], v: Expr): Expr => coefficients.reduceRight((sum, c) => add(mul(sum, v), c));
const sign = (v: Expr): Expr => where(gt(v, 0), 1, where(lt(v, 0), -1, 0));
const weighted = (coefficients: readonly Expr[]) => coefficients.map((c, k) => mul(k + 1, c));

const numerator = horner(a, x);
const numeratorSlope = horner(weighted(a.slice(1)), x);
const absX = abs(x);
const powersOf = (v: Expr) => [v, mul(v, v), mul(mul(v, v), v), mul(mul(v, v), mul(v, v)), mul(mul(mul(v, v), mul(v, v)), v)];
const xPowers = powersOf(x);
const absPowers = powersOf(absX);

function rationalMath(version: string) {
  // Version 'a': Q = 1 + Σ|b_k|·|x|^k; version 'b': Q = 1 + |Σ b_k·x^k|. Both are >= 1: no poles.
  let denominator: Expr;
  let denominatorSlope: Expr;
  let byB: (k: number) => Expr;
  if (version === 'b') {
    const s = mul(x, horner(b, x));
    const sSign = sign(s);
    denominator = add(1, abs(s));
    denominatorSlope = mul(sSign, horner(weighted(b), x));
    byB = (k) => mul(sSign, xPowers[k]);
  } else {
    const absB = b.map(abs);
    denominator = add(1, mul(absX, horner(absB, absX)));
    denominatorSlope = mul(sign(x), horner(weighted(absB), absX));
    byB = (k) => mul(sign(b[k]), absPowers[k]);
  }
  const inverse = recip(denominator);
  const value = mul(numerator, inverse);
  const paramDerivatives: Record<string, Expr> = { a0: inverse };
  a.slice(1).forEach((_, j) => { paramDerivatives[`a${j + 1}`] = mul(xPowers[j], inverse); });
  b.forEach((_, k) => { paramDerivatives[`b${k + 1}`] = neg(mul(mul(value, inverse), byB(k))); });
  return {
    forward: value,
    derivative: mul(add(numeratorSlope, neg(mul(value, denominatorSlope))), inverse),
    paramDerivatives,
  };
}

const horner64 = (coefficients: readonly number[], v: number) => coefficients.reduceRight((sum, c) => sum * v + c, 0);

const coefficientParams: ParamSpec[] = [
  ...NUMERATOR_INIT.map((value, j) => ({ name: `a${j}`, default: value, trainable: true, doc: `Numerator coefficient of x^${j}.` })),
  ...DENOMINATOR_INIT.map((value, k) => ({ name: `b${k + 1}`, default: value, trainable: true, doc: `Denominator coefficient of x^${k + 1}.` })),
];

export const rational: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.rational',
  name: 'rational',
  className: 'Rational',
  aliases: ['pau'],
  layerLearns: 'scalar',
  catalogKind: 'layer',
  activationStrings: { rational: {} },
  params: coefficientParams,
  variants: [{
    // Lower case: a saved config's strings pass through snake_case, which would turn 'A' into 'a'.
    name: 'version', choices: ['a', 'b'], default: 'a',
    doc: "Safe denominator: 'a' 1 + Σ|b_k|·|x|^k (the authors' library's version A, their default), 'b' 1 + |Σ b_k·x^k| (version B).",
  }],
  math: ({ version }) => rationalMath(version),
  reference: (v, params, { version = 'a' } = {}) => {
    const numeratorCoefficients = NUMERATOR_INIT.map((value, j) => params[`a${j}`] ?? value);
    const denominatorCoefficients = DENOMINATOR_INIT.map((value, k) => params[`b${k + 1}`] ?? value);
    const p = horner64(numeratorCoefficients, v);
    const q = version === 'b'
      ? 1 + Math.abs(v * horner64(denominatorCoefficients, v))
      : 1 + Math.abs(v) * horner64(denominatorCoefficients.map(Math.abs), Math.abs(v));
    return p / q;
  },
  domain: { min: -4, max: 4, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Rational (Padé) activation unit: a learned ratio of a degree-5 and a degree-4 polynomial with a denominator that never vanishes.',
    formula: "R(x) = (a0 + a1·x + … + a5·x^5)/(1 + |b1|·|x| + … + |b4|·|x|^4) (version 'a'); version 'b': 1 + |b1·x + … + b4·x^4|",
    papers: ['Adaptive Rational Activations to Boost Deep Reinforcement Learning', 'Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: "new Rational(); new Rational({version: 'b'}); rational(x, {a1: 1, a2: 0, a3: 0, a4: 0, a5: 0})",
    differences: 'Degrees are fixed at 5/4; the coefficients are ten options a0 … a5, b1 … b4 (one trainable weight each, one set per layer) '
      + "rather than two arrays; the versions are spelled 'a' and 'b' (a saved model lower-cases strings). Versions C, D (training noise) and N (no safe denominator) and the PAU-code init are not shipped; "
      + 'the recurrent/shared form is one Rational layer instance applied in several places. Powers are formed directly, so in '
      + 'float32 |x| beyond about 4e7 overflows to NaN, as in the authors\' kernels.',
  },
};
