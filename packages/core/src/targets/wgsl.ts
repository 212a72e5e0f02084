import type { UnaryOp } from '../expr.js';
import { helperSources, type Target } from '../printer.js';
import { glsl, GPU_MATH as math, gpuLiteral, horner, withHelperDependencies } from './glsl.js';

/**
 * WGSL has no isnan, and its max/min/comparisons may drop NaN: the bit-pattern test is the
 * one tfjs-backend-webgpu uses (a NaN has all exponent bits set and a nonzero fraction).
 */
const WGSL_COMMON = `
fn layerkitIsNan(v : f32) -> bool { return (bitcast<u32>(v) & 0x7fffffffu) > 0x7f800000u; }
fn layerkitMax(a : f32, b : f32) -> f32 { return select(select(max(a, b), b, layerkitIsNan(b)), a, layerkitIsNan(a)); }
fn layerkitMin(a : f32, b : f32) -> f32 { return select(select(min(a, b), b, layerkitIsNan(b)), a, layerkitIsNan(a)); }`;

/** The same approximations as the GLSL target (see GPU_MATH), in WGSL syntax. */
const [P1, P2, P3] = math.halfPiParts;

const WGSL_HELPERS: Partial<Record<UnaryOp, string>> = {
  // NaN must come through every transcendental unchanged, whatever the driver's exp does.
  exp: `
fn layerkitExp(x : f32) -> f32 { return select(exp(x), x, layerkitIsNan(x)); }`,
  log: `
fn layerkitLog(x : f32) -> f32 { return select(log(x), x, layerkitIsNan(x)); }`,
  expm1: `
fn layerkitExpm1(x : f32) -> f32 {
  // exp(x) − 1 cancels near 0; the series is exact to float32 there.
  if (layerkitIsNan(x)) { return x; }
  if (abs(x) < 0.5) { return x * ${horner(math.expm1Series, 'x')}; }
  return exp(x) - 1.0;
}`,
  sin: `
fn layerkitSinQuadrant(x : f32, shift : f32) -> f32 {
  if (layerkitIsNan(x)) { return x; }
  // sin(±Inf) is NaN; tfjs puts a NaN in every program's uniforms.
  if (abs(x) > ${gpuLiteral(3.4028234663852886e38)}) { return uniforms.NAN; }
  if (abs(x) > ${gpuLiteral(math.reductionLimit)}) { return select(cos(x), sin(x), shift == 0.0); }
  let q = floor(x * ${gpuLiteral(math.twoOverPi)} + 0.5);
  let r = ((x - q * ${gpuLiteral(P1)}) - q * ${gpuLiteral(P2)}) - q * ${gpuLiteral(P3)};
  let z = r * r;
  let s = r + r * z * ${horner(math.sinSeries, 'z')};
  let c = 1.0 - 0.5 * z + z * z * ${horner(math.cosSeries, 'z')};
  // sin(r + k·π/2) for k = q + shift (mod 4), made non-negative.
  let k = (q + shift) - 4.0 * floor((q + shift) * 0.25);
  return select(select(select(-c, -s, k < 2.5), c, k < 1.5), s, k < 0.5);
}
fn layerkitSin(x : f32) -> f32 { return layerkitSinQuadrant(x, 0.0); }`,
  cos: `
fn layerkitCos(x : f32) -> f32 { return layerkitSinQuadrant(x, 1.0); }`,
  log1p: `
fn layerkitLog1p(x : f32) -> f32 {
  // NaN comes through unchanged, whatever the driver's log does with it.
  if (layerkitIsNan(x)) { return x; }
  // log(1 + x) loses x's low bits near 0.
  if (x > ${gpuLiteral(math.log1pLow)} && x < ${gpuLiteral(math.log1pHigh)}) {
    let s = x / (2.0 + x);
    let s2 = s * s;
    return 2.0 * s * ${horner(math.log1pSeries, 's2')};
  }
  return log(1.0 + x);
}`,
  tanh: `
fn layerkitTanh(x : f32) -> f32 {
  // WGSL's tanh may compute (e^2x − 1)/(e^2x + 1), NaN beyond |x| ≈ 44.
  let e = layerkitExpm1(2.0 * min(abs(x), ${gpuLiteral(math.tanhClamp)}));
  let r = e / (e + 2.0);
  return select(select(select(x, r, x > 0.0), -r, x < 0.0), x, layerkitIsNan(x));
}`,
  sigmoid: `
fn layerkitSigmoid(x : f32) -> f32 {
  // exp of −|x| never overflows; both halves stay accurate in float32.
  let e = exp(-abs(x));
  let r = 1.0 / (1.0 + e);
  return select(select(e * r, r, x >= 0.0), x, layerkitIsNan(x));
}`,
  erf: `
fn layerkitErf(x : f32) -> f32 {
  let a = abs(x);
  if (layerkitIsNan(x)) { return x; }
  if (a < 1.0) { return x * ${horner(math.erfSmall, '(x * x)')}; }
  if (a >= 4.0) { return select(1.0, -1.0, x < 0.0); }
  let s = (1.0 / a - 0.625) * ${gpuLiteral(1 / 0.375)};
  let r = 1.0 - exp(-(a * a)) * ${horner(math.erfcScaledLarge, 's')};
  return select(r, -r, x < 0.0);
}`,
};

/** WGSL (WebGPU), for tfjs-backend-webgpu's programs; computes in float32. */
/** WGSL differs from GLSL only where the languages do: the rest of the table is GLSL's. */
export const wgsl: Target = {
  ...glsl,
  name: 'wgsl',
  unary: { ...glsl.unary, rsqrt: (a) => `inverseSqrt(${a})` },
  // WGSL's select takes the false value first.
  select: (c, t, f) => `select(${f}, ${t}, ${c})`,
  declare: (name, value) => `let ${name} = ${value};`,
  helpers: WGSL_HELPERS,
};

/** Every WGSL function a program using `ops` calls (isnan, max and min always). */
export function wgslHelperSource(ops: Iterable<UnaryOp>): string {
  return `${WGSL_COMMON}\n${helperSources(wgsl, withHelperDependencies(ops))}`;
}
