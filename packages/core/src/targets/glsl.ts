import type { UnaryOp } from '../expr.js';
import { floatLiteral, helperSources, type Target } from '../printer.js';

/**
 * Float32 math the GPU languages lack, shared by the GLSL and WGSL targets so both print the
 * same approximations. Coefficients are float64 least-squares fits against `erf64` (see the
 * browser tests for the measured error); every literal is printed as the exact float32 it
 * rounds to, so no compiler rounds a decimal differently.
 */
export const GPU_MATH = {
  /** expm1 on |x| < 0.5: Taylor series to x^9/9! (truncation below 6e-10 relative). */
  expm1Series: [1, 1 / 2, 1 / 6, 1 / 24, 1 / 120, 1 / 720, 1 / 5040, 1 / 40320, 1 / 362880],
  /** log1p on 1 + x in [√½, √2]: 2·atanh(s), s = x / (2 + x), |s| ≤ 0.172, series in s². */
  log1pSeries: [1, 1 / 3, 1 / 5, 1 / 7, 1 / 9, 1 / 11],
  log1pLow: -0.2928932188134524,
  log1pHigh: 0.41421356237309503,
  /** erf(x) / x as a polynomial in x² on |x| < 1. */
  erfSmall: [
    1.1283791670720713, -0.37612638581469704, 0.1128378446253835, -0.02686555761263405,
    0.005221418971829817, -0.0008490111575963991, 0.00011312329055970326, -0.00000980653439218276,
  ],
  /**
   * erfc(x)·exp(x²) on 1 ≤ x < 4 as a polynomial in s = (1/x − 0.625) / 0.375 ∈ [−1, 1];
   * erf is 1 in float32 beyond 4 (erf(4) = 1 − 1.5e−8).
   */
  erfcScaledLarge: [
    0.3059529925857563, 0.14335641238118277, -0.024243028354033774, 0.0023080529498523223,
    0.00046149288192271826, -0.0003482432549996506, 0.00011982846702343824, -0.00002789052327441971,
    0.0000022518808386116177, 0.0000037259308931094586, -0.0000020214749059222588,
  ],
  /** tanh(9) = 1 − 3e−8 is 1 in float32: clamping there keeps exp from overflowing. */
  tanhClamp: 9,
  /**
   * sin and cos: GPU builtins only promise absolute error 2^−11 (SwiftShader's measured 1e−3
   * relative on snake). Reduce by π/2 in three parts (Cody–Waite; the first two have few
   * bits, so q·part is exact for |q| < 2^13), then Cephes' float32 polynomials on [−π/4, π/4]:
   * 1.5 ulp absolute over |x| ≤ 200 in float32 emulation. Past |x| = 8192 the builtin is used.
   */
  halfPiParts: [1.5703125, 4.837512969970703125e-4, 7.54978995489188216e-8],
  twoOverPi: 2 / Math.PI,
  sinSeries: [-1.6666654611e-1, 8.3321608736e-3, -1.9515295891e-4],
  cosSeries: [4.166664568298827e-2, -1.388731625493765e-3, 2.443315711809948e-5],
  reductionLimit: 8192,
} as const;

/**
 * A float literal that every GPU compiler parses to the same float32: the exact decimal of
 * the float32 nearest the value (so there is nothing left to round), parenthesized when
 * negative so `a - -1.0` never prints as a decrement.
 */
export function gpuLiteral(value: number): string {
  const exact = Math.fround(value);
  if (!Number.isFinite(exact)) {
    throw new Error(`gpuLiteral: expected a constant that fits in float32, got ${value} — rewrite the math so the constant stays below 3.4e38`);
  }
  const text = floatLiteral(Object.is(exact, -0) ? 0 : exact);
  return exact < 0 ? `(${text})` : text;
}

/** Horner form of Σ coefficients[i]·v^i, innermost last. */
export function horner(coefficients: readonly number[], variable: string): string {
  let text = gpuLiteral(coefficients[coefficients.length - 1]);
  for (let i = coefficients.length - 2; i >= 0; i--) text = `${gpuLiteral(coefficients[i])} + ${variable} * (${text})`;
  return `(${text})`;
}

/** Helpers other helpers call: tanh is built on expm1. */
const HELPER_DEPENDENCIES: Partial<Record<UnaryOp, readonly UnaryOp[]>> = { tanh: ['expm1'], cos: ['sin'] };

/** The ops a program needs helpers for, with the helpers those helpers call. */
export function withHelperDependencies(ops: Iterable<UnaryOp>): Set<UnaryOp> {
  const needed = new Set<UnaryOp>();
  const add = (op: UnaryOp): void => {
    if (needed.has(op)) return;
    needed.add(op);
    for (const dependency of HELPER_DEPENDENCIES[op] ?? []) add(dependency);
  };
  for (const op of ops) add(op);
  return needed;
}

const math = GPU_MATH;

/**
 * NaN-propagating max and min: GLSL's may return either argument when one is NaN, while
 * tfjs's Maximum/Minimum (and layerkit's float64 reference) propagate it. `isnan` is the
 * builtin in GLSL ES 3.0, or tfjs's bit-pattern version where the backend defines one.
 */
const GLSL_COMMON = `
float layerkitMax(float a, float b) { return isnan(a) ? a : (isnan(b) ? b : max(a, b)); }
float layerkitMin(float a, float b) { return isnan(a) ? a : (isnan(b) ? b : min(a, b)); }`;

const [P1, P2, P3] = math.halfPiParts;

const GLSL_HELPERS: Partial<Record<UnaryOp, string>> = {
  // SwiftShader's exp(NaN) is +Inf: NaN must come through every transcendental unchanged.
  exp: `
float layerkitExp(float x) { return isnan(x) ? x : exp(x); }`,
  log: `
float layerkitLog(float x) { return isnan(x) ? x : log(x); }`,
  // Before tanh, which calls it.
  expm1: `
float layerkitExpm1(float x) {
  // exp(x) − 1 cancels near 0; the series is exact to float32 there.
  if (isnan(x)) return x;
  if (abs(x) < 0.5) return x * ${horner(math.expm1Series, 'x')};
  return exp(x) - 1.0;
}`,
  // Before cos, which calls it.
  sin: `
float layerkitSinQuadrant(float x, float shift) {
  if (isnan(x)) return x;
  if (abs(x) > ${gpuLiteral(3.4028234663852886e38)}) return NAN;
  if (abs(x) > ${gpuLiteral(math.reductionLimit)}) return shift == 0.0 ? sin(x) : cos(x);
  float q = floor(x * ${gpuLiteral(math.twoOverPi)} + 0.5);
  float r = ((x - q * ${gpuLiteral(P1)}) - q * ${gpuLiteral(P2)}) - q * ${gpuLiteral(P3)};
  float z = r * r;
  float s = r + r * z * ${horner(math.sinSeries, 'z')};
  float c = 1.0 - 0.5 * z + z * z * ${horner(math.cosSeries, 'z')};
  // sin(r + k·π/2) for k = q + shift (mod 4); mod is non-negative in GLSL.
  float k = mod(q + shift, 4.0);
  return k < 0.5 ? s : (k < 1.5 ? c : (k < 2.5 ? -s : -c));
}
float layerkitSin(float x) { return layerkitSinQuadrant(x, 0.0); }`,
  cos: `
float layerkitCos(float x) { return layerkitSinQuadrant(x, 1.0); }`,
  log1p: `
float layerkitLog1p(float x) {
  // SwiftShader's log(NaN) is +Inf, as its exp(NaN): NaN comes through unchanged.
  if (isnan(x)) return x;
  // log(1 + x) loses x's low bits near 0 (and GPU log only promises absolute accuracy there).
  if (x > ${gpuLiteral(math.log1pLow)} && x < ${gpuLiteral(math.log1pHigh)}) {
    float s = x / (2.0 + x);
    float s2 = s * s;
    return 2.0 * s * ${horner(math.log1pSeries, 's2')};
  }
  return log(1.0 + x);
}`,
  tanh: `
float layerkitTanh(float x) {
  // (e^2x − 1)/(e^2x + 1) overflows to inf/inf = NaN beyond |x| ≈ 44; expm1 keeps small x exact.
  float e = layerkitExpm1(2.0 * min(abs(x), ${gpuLiteral(math.tanhClamp)}));
  float r = e / (e + 2.0);
  return isnan(x) ? x : (x < 0.0 ? -r : (x > 0.0 ? r : x));
}`,
  sigmoid: `
float layerkitSigmoid(float x) {
  // exp of −|x| never overflows; both halves stay accurate in float32.
  float e = exp(-abs(x));
  float r = 1.0 / (1.0 + e);
  return isnan(x) ? x : (x >= 0.0 ? r : e * r);
}`,
  erf: `
float layerkitErf(float x) {
  float a = abs(x);
  if (isnan(x)) return x;
  if (a < 1.0) return x * ${horner(math.erfSmall, '(x * x)')};
  if (a >= 4.0) return x < 0.0 ? -1.0 : 1.0;
  float s = (1.0 / a - 0.625) * ${gpuLiteral(1 / 0.375)};
  float r = 1.0 - exp(-(a * a)) * ${horner(math.erfcScaledLarge, 's')};
  return x < 0.0 ? -r : r;
}`,
};

/** GLSL ES (WebGL), for tfjs-backend-webgl's GPGPU programs; computes in float32. */
export const glsl: Target = {
  name: 'glsl',
  literal: gpuLiteral,
  unary: {
    neg: (a) => `(-${a})`,
    abs: (a) => `abs(${a})`,
    exp: (a) => `layerkitExp(${a})`,
    expm1: (a) => `layerkitExpm1(${a})`,
    log: (a) => `layerkitLog(${a})`,
    log1p: (a) => `layerkitLog1p(${a})`,
    sqrt: (a) => `sqrt(${a})`,
    rsqrt: (a) => `inversesqrt(${a})`,
    tanh: (a) => `layerkitTanh(${a})`,
    sigmoid: (a) => `layerkitSigmoid(${a})`,
    erf: (a) => `layerkitErf(${a})`,
    sin: (a) => `layerkitSin(${a})`,
    cos: (a) => `layerkitCos(${a})`,
    floor: (a) => `floor(${a})`,
    recip: (a) => `(1.0 / ${a})`,
  },
  binary: {
    add: (a, b) => `(${a} + ${b})`,
    sub: (a, b) => `(${a} - ${b})`,
    mul: (a, b) => `(${a} * ${b})`,
    div: (a, b) => `(${a} / ${b})`,
    max: (a, b) => `layerkitMax(${a}, ${b})`,
    min: (a, b) => `layerkitMin(${a}, ${b})`,
  },
  compare: (op, a, b) => `(${a} ${{ lt: '<', le: '<=', gt: '>', ge: '>=' }[op]} ${b})`,
  select: (c, t, f) => `(${c} ? ${t} : ${f})`,
  declare: (name, value, condition) => `${condition ? 'bool' : 'float'} ${name} = ${value};`,
  helpers: GLSL_HELPERS,
};

/** Every GLSL function a program using `ops` calls (max and min always), in definition order. */
export function glslHelperSource(ops: Iterable<UnaryOp>): string {
  return `${GLSL_COMMON}\n${helperSources(glsl, withHelperDependencies(ops))}`;
}
