// f32x4 and f32 math for layerkit's wasm kernels, written without lookup tables: a module
// instantiated inside tfjs-wasm's memory must have no data segments (they would overwrite
// tfjs's heap at fixed addresses), and AssemblyScript's Mathf.exp & co. bring tables.
//
// Every function is branch-free over four lanes. The f32 versions run the f32x4 code on one
// lane, so the scalar tail of a kernel returns bit-identical results to its SIMD body.
// Accuracy (measured against float64 by packages/core/src/wasm/wasm-math.test.ts): a few
// float32 ulps, ~3e-7 relative, over each function's whole range; NaN, ±Inf and −0 follow the
// float64 functions.

// ---------------------------------------------------------------------------------------------
// Constants

const LOG2E: f32 = 1.44269502;
// ln 2 split so that n * LN2_HIGH is exact for |n| < 2^11 (Cody–Waite reduction).
const LN2_HIGH: f32 = 0.693145751953125;
const LN2_LOW: f32 = 1.42860677e-6;
// 1.5·2^23: adding it to |v| < 2^22 rounds v to an integer held in the low mantissa bits
// (the bit pattern is 0x4b400000 + n).
const MAGIC_BIAS: f32 = 12582912.0;

// exp(r) ≈ 1 + r·(c1 + r·(c2 + r·(c3 + r·(c4 + r·c5)))) on |r| ≤ ln2/2: XNNPACK's degree-5
// minimax coefficients (0x1.FFFFF6p-1, 0x1.FFFDC6p-2, 0x1.555A80p-3, 0x1.573A1Ap-5,
// 0x1.0F9F9Cp-7); 1.8e-7 relative error measured.
const EXP_C1: f32 = 0.9999997019767761;
const EXP_C2: f32 = 0.4999915063381195;
const EXP_C3: f32 = 0.16667652130126953;
const EXP_C4: f32 = 0.04189782217144966;
const EXP_C5: f32 = 0.008289290592074394;

@inline function splat(value: f32): v128 {
  return f32x4.splat(value);
}

@inline function isNaN4(x: v128): v128 {
  return f32x4.ne(x, x);
}

// ---------------------------------------------------------------------------------------------
// exp

/**
 * e^x by the reduction x = n·ln2 + r, |r| ≤ ln2/2, and a degree-5 polynomial. n is rounded
 * with a magic bias (adding 1.5·2^23 leaves n in the low mantissa bits, so no float→int
 * conversion is needed). 2^n is applied as two factors 2^(n>>1)·2^(n−(n>>1)) so that results
 * overflow to +Inf and underflow through the subnormals exactly like float32 exp, without a
 * select per case.
 */
export function expF32x4(input: v128): v128 {
  // Clamping keeps n in [−150, 129] (both factors stay normal). pmax/pmin are single
  // instructions and, with the input as first operand, still pass NaN through.
  const x = f32x4.pmin(f32x4.pmax(input, splat(-104.0)), splat(89.0));
  const biased = f32x4.add(f32x4.mul(x, splat(LOG2E)), splat(MAGIC_BIAS));
  const n = f32x4.sub(biased, splat(MAGIC_BIAS));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(n, splat(LN2_HIGH))), f32x4.mul(n, splat(LN2_LOW)));
  let p = f32x4.add(f32x4.mul(splat(EXP_C5), r), splat(EXP_C4));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C3));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C2));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C1));
  p = f32x4.add(f32x4.mul(p, r), splat(1.0));
  const integer = i32x4.sub(biased, i32x4.splat(0x4b400000));
  const half = i32x4.shr_s(integer, 1);
  const rest = i32x4.sub(integer, half);
  const bias = i32x4.splat(127);
  const scale1 = i32x4.shl(i32x4.add(half, bias), 23);
  const scale2 = i32x4.shl(i32x4.add(rest, bias), 23);
  return f32x4.mul(f32x4.mul(p, scale1), scale2);
}

// 1.5·2^23 + 127: adding it to v leaves round(v) + 127, the biased exponent of 2^round(v), in
// the low mantissa bits, so shifting the sum left by 23 gives 2^round(v) directly.
const MAGIC_BIAS_EXPONENT: f32 = 12583039.0;
// ln 2^−126: below it e^x is subnormal, and the bounded exp returns 0.
const LN_MIN_NORMAL: f32 = -87.33654;

/**
 * e^x for arguments the caller knows are at most 88 (the kernel printer proves it from the
 * expression: exp(min(v, 20)), exp(−|v|), exp(−x²/2) …). With no overflow to handle, 2^n is
 * one factor taken straight from the magic-bias sum, and no clamp is needed; results below
 * 2^−126 (x < −87.34, −∞ included) are flushed to 0 by one compare — a difference of at most
 * 1.2e-38. NaN stays NaN. About two thirds of expF32x4's instructions.
 */
export function expBoundedF32x4(x: v128): v128 {
  const biased = f32x4.add(f32x4.mul(x, splat(LOG2E)), splat(MAGIC_BIAS_EXPONENT));
  const scale = i32x4.shl(biased, 23);
  const n = f32x4.sub(biased, splat(MAGIC_BIAS_EXPONENT));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(n, splat(LN2_HIGH))), f32x4.mul(n, splat(LN2_LOW)));
  let p = f32x4.add(f32x4.mul(splat(EXP_C5), r), splat(EXP_C4));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C3));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C2));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C1));
  // e^r·2^n = 2^n + (r·2^n)·p: the 1 of the polynomial is added last, exactly.
  const e = f32x4.add(f32x4.mul(f32x4.mul(r, scale), p), scale);
  return v128.andnot(e, f32x4.lt(x, splat(LN_MIN_NORMAL)));
}

/**
 * e^(a + b) for an exact a with |b| small (|b| ≲ 4), a + b at most 88: expBoundedF32x4 with the
 * sum kept unrounded in the reduction, r = (a − n·ln2_high) + b − n·ln2_low. a − n·ln2_high
 * is exact when a has no bits below 2^−17 (|a| < 128 suffices) and n·ln2_high is within 2 of
 * it. Flushes to 0 below 2^−126 like the bounded exp.
 */
@inline function expSplitF32x4(a: v128, b: v128): v128 {
  const x = f32x4.add(a, b);
  const biased = f32x4.add(f32x4.mul(x, splat(LOG2E)), splat(MAGIC_BIAS_EXPONENT));
  const scale = i32x4.shl(biased, 23);
  const n = f32x4.sub(biased, splat(MAGIC_BIAS_EXPONENT));
  const r = f32x4.add(f32x4.sub(f32x4.sub(a, f32x4.mul(n, splat(LN2_HIGH))), f32x4.mul(n, splat(LN2_LOW))), b);
  let p = f32x4.add(f32x4.mul(splat(EXP_C5), r), splat(EXP_C4));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C3));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C2));
  p = f32x4.add(f32x4.mul(p, r), splat(EXP_C1));
  const e = f32x4.add(f32x4.mul(f32x4.mul(r, scale), p), scale);
  return v128.andnot(e, f32x4.lt(x, splat(LN_MIN_NORMAL)));
}

// ---------------------------------------------------------------------------------------------
// expm1

/**
 * e^x − 1. Near 0 (|x| < 0.35) a degree-8 Taylor polynomial keeps full relative precision;
 * elsewhere exp(x) − 1 loses at most a factor e^x/(e^x − 1) ≤ 3.4 of exp's error.
 * Zeros are returned as they came (x + x·x·q would turn −0 into +0).
 */
export function expm1F32x4(x: v128): v128 {
  let q = f32x4.add(f32x4.mul(splat(2.48015873e-5), x), splat(1.98412698e-4)); // 1/40320, 1/5040
  q = f32x4.add(f32x4.mul(q, x), splat(1.38888889e-3)); // 1/720
  q = f32x4.add(f32x4.mul(q, x), splat(8.33333333e-3)); // 1/120
  q = f32x4.add(f32x4.mul(q, x), splat(4.16666667e-2)); // 1/24
  q = f32x4.add(f32x4.mul(q, x), splat(0.166666667)); // 1/6
  q = f32x4.add(f32x4.mul(q, x), splat(0.5));
  const small = f32x4.add(x, f32x4.mul(x, f32x4.mul(x, q)));
  const large = f32x4.sub(expF32x4(x), splat(1.0));
  const result = v128.bitselect(small, large, f32x4.lt(f32x4.abs(x), splat(0.35)));
  return v128.bitselect(x, result, f32x4.eq(x, splat(0.0)));
}

// ---------------------------------------------------------------------------------------------
// log, log1p

/**
 * ln x: x = m·2^k with m in [√½, √2), ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172,
 * by an odd series to s^11 (2e-9 truncation error). Subnormals are scaled by 2^23 first.
 */
export function logF32x4(input: v128): v128 {
  const subnormal = f32x4.lt(input, splat(1.17549435e-38));
  const x = v128.bitselect(f32x4.mul(input, splat(8388608.0)), input, subnormal);
  const exponentAdjust = v128.and(subnormal, splat(-23.0));
  // Shift the mantissa range to [√½, √2): adding 0x3f800000 − 0x3f3504f3 carries into the
  // exponent exactly when m ≥ √2.
  const bits = i32x4.add(x, i32x4.splat(0x3f800000 - 0x3f3504f3));
  const exponent = f32x4.add(
    f32x4.convert_i32x4_s(i32x4.sub(i32x4.shr_u(bits, 23), i32x4.splat(0x7f))),
    exponentAdjust,
  );
  const m = i32x4.add(v128.and(bits, i32x4.splat(0x007fffff)), i32x4.splat(0x3f3504f3));
  const f = f32x4.sub(m, splat(1.0));
  const s = f32x4.div(f, f32x4.add(f, splat(2.0)));
  const s2 = f32x4.mul(s, s);
  let q = f32x4.add(f32x4.mul(splat(0.181818182), s2), splat(0.222222222)); // 2/11, 2/9
  q = f32x4.add(f32x4.mul(q, s2), splat(0.285714286)); // 2/7
  q = f32x4.add(f32x4.mul(q, s2), splat(0.4)); // 2/5
  q = f32x4.add(f32x4.mul(q, s2), splat(0.666666667)); // 2/3
  // ln m = 2s + s·s²·q: 2s is exact, the correction small.
  const logM = f32x4.add(f32x4.add(s, s), f32x4.mul(s, f32x4.mul(s2, q)));
  let result = f32x4.add(f32x4.mul(exponent, splat(LN2_HIGH)), f32x4.add(logM, f32x4.mul(exponent, splat(LN2_LOW))));
  result = v128.bitselect(splat(Infinity), result, f32x4.eq(input, splat(Infinity)));
  result = v128.bitselect(splat(-Infinity), result, f32x4.eq(input, splat(0.0)));
  // Negative inputs and NaN give NaN.
  return v128.bitselect(splat(NaN), result, v128.or(f32x4.lt(input, splat(0.0)), isNaN4(input)));
}

/**
 * ln(1 + x) = ln u + (x − (u − 1))/u with u = 1 + x rounded: the second term restores what
 * the rounding of u lost. When u rounds to 1, the answer is x itself (keeps −0 and tiny x).
 */
export function log1pF32x4(x: v128): v128 {
  const u = f32x4.add(x, splat(1.0));
  const correction = f32x4.div(f32x4.sub(x, f32x4.sub(u, splat(1.0))), u);
  let result = f32x4.add(logF32x4(u), correction);
  result = v128.bitselect(x, result, f32x4.eq(u, splat(1.0)));
  result = v128.bitselect(splat(Infinity), result, f32x4.eq(x, splat(Infinity)));
  result = v128.bitselect(splat(-Infinity), result, f32x4.eq(x, splat(-1.0)));
  return v128.bitselect(splat(NaN), result, v128.or(f32x4.lt(x, splat(-1.0)), isNaN4(x)));
}

// ---------------------------------------------------------------------------------------------
// tanh, sigmoid

/**
 * tanh x = sign(x)·e/(e + 2), e = expm1(2|x|): expm1 keeps tiny |x| exact (tanh x ≈ x) and
 * |x| ≥ 9 gives exactly 1 in float32, so clamping there avoids Inf/Inf.
 */
export function tanhF32x4(x: v128): v128 {
  const magnitude = f32x4.pmin(f32x4.abs(x), splat(9.0));
  const e = expm1F32x4(f32x4.add(magnitude, magnitude));
  const t = f32x4.div(e, f32x4.add(e, splat(2.0)));
  return v128.or(t, v128.and(x, splat(-0.0)));
}

/**
 * 1/(1 + e^−x) in XNNPACK's form: e = e^−|x| (the bounded exp: its argument is ≤ 0, and it
 * flushes to 0 below −87.34, so σ(x) is exactly 0 or 1 there), then 1/(1 + e) for x > 0 and
 * e/(1 + e) otherwise — the numerator chosen before the one division, so nothing cancels and
 * no 1 − r is needed. NaN stays NaN through the exp and the quotient.
 */
@inline export function sigmoidF32x4(x: v128): v128 {
  const e = expBoundedF32x4(v128.or(x, splat(-0.0)));
  return f32x4.div(v128.bitselect(splat(1.0), e, f32x4.gt(x, splat(0.0))), f32x4.add(e, splat(1.0)));
}

// ---------------------------------------------------------------------------------------------
// erf

/**
 * erf by two branch-free pieces chosen per lane:
 * - |x| < 1: the Maclaurin series 2/√π·Σ (−1)^n x^(2n+1)/(n!(2n+1)) to n = 10
 *   (truncation 1.1e-9 at |x| = 1);
 * - |x| ≥ 1: 1 − erfc(|x|), erfc(z) = t·exp(−z² − 1.26551223 + t·P(t)), t = 1/(1 + z/2)
 *   (Numerical Recipes' erfcc, relative error < 1.2e-7 for every z ≥ 0).
 */
// Inlined: as a call it costs gelu a third of its time (v128 arguments and results cross it).
@inline export function erfF32x4(x: v128): v128 {
  const x2 = f32x4.mul(x, x);
  let q = f32x4.add(f32x4.mul(splat(1.48071928e-8), x2), splat(-1.63658447e-7)); // n = 10, 9
  q = f32x4.add(f32x4.mul(q, x2), splat(1.64621144e-6)); // n = 8
  q = f32x4.add(f32x4.mul(q, x2), splat(-1.49256504e-5)); // n = 7
  q = f32x4.add(f32x4.mul(q, x2), splat(1.20553330e-4)); // n = 6
  q = f32x4.add(f32x4.mul(q, x2), splat(-8.54832702e-4)); // n = 5
  q = f32x4.add(f32x4.mul(q, x2), splat(5.22397763e-3)); // n = 4
  q = f32x4.add(f32x4.mul(q, x2), splat(-2.68661706e-2)); // n = 3
  q = f32x4.add(f32x4.mul(q, x2), splat(0.112837917)); // n = 2
  q = f32x4.add(f32x4.mul(q, x2), splat(-0.376126389)); // n = 1
  q = f32x4.add(f32x4.mul(q, x2), splat(1.12837917)); // n = 0: 2/√π
  const small = f32x4.mul(x, q);

  const z = f32x4.pmin(f32x4.abs(x), splat(10.0));
  const t = f32x4.div(splat(1.0), f32x4.add(splat(1.0), f32x4.mul(splat(0.5), z)));
  let p = f32x4.add(f32x4.mul(splat(0.17087277), t), splat(-0.82215223));
  p = f32x4.add(f32x4.mul(p, t), splat(1.48851587));
  p = f32x4.add(f32x4.mul(p, t), splat(-1.13520398));
  p = f32x4.add(f32x4.mul(p, t), splat(0.27886807));
  p = f32x4.add(f32x4.mul(p, t), splat(-0.18628806));
  p = f32x4.add(f32x4.mul(p, t), splat(0.09678418));
  p = f32x4.add(f32x4.mul(p, t), splat(0.37409196));
  p = f32x4.add(f32x4.mul(p, t), splat(1.00002368));
  p = f32x4.add(f32x4.mul(p, t), splat(-1.26551223));
  const erfc = f32x4.mul(t, expBoundedF32x4(f32x4.sub(p, f32x4.mul(z, z))));
  const large = v128.or(f32x4.sub(splat(1.0), erfc), v128.and(x, splat(-0.0)));
  // NaN fails the comparison and takes the series, which propagates it.
  return v128.bitselect(large, small, f32x4.ge(f32x4.abs(x), splat(1.0)));
}

// ---------------------------------------------------------------------------------------------
// normal CDF

/**
 * ½(1 + erf v) = Φ(v·√2), the standard normal CDF with its argument in erf's scale, computed
 * without forming 1 + erf (which cancels for v ≲ −2): h = ½·erfc(|v|) by Numerical Recipes'
 * erfcc (the large branch of erfF32x4, relative error < 1.2e-7 for every |v|), then h for
 * v < 0 and 1 − h otherwise. One exp and one division, no series. The kernel printer
 * substitutes it for 0.5·(1 + erf(v)) (gelu, its gradient, geglu). NaN takes 1 − h = NaN.
 */
@inline export function normalCdfF32x4(v: v128): v128 {
  const z = f32x4.pmin(f32x4.abs(v), splat(10.0));
  const t = f32x4.div(splat(1.0), f32x4.add(splat(1.0), f32x4.mul(splat(0.5), z)));
  let p = f32x4.add(f32x4.mul(splat(0.17087277), t), splat(-0.82215223));
  p = f32x4.add(f32x4.mul(p, t), splat(1.48851587));
  p = f32x4.add(f32x4.mul(p, t), splat(-1.13520398));
  p = f32x4.add(f32x4.mul(p, t), splat(0.27886807));
  p = f32x4.add(f32x4.mul(p, t), splat(-0.18628806));
  p = f32x4.add(f32x4.mul(p, t), splat(0.09678418));
  p = f32x4.add(f32x4.mul(p, t), splat(0.37409196));
  p = f32x4.add(f32x4.mul(p, t), splat(1.00002368));
  p = f32x4.add(f32x4.mul(p, t), splat(-1.26551223));
  // e^(p − z²) with z² kept exact: z = zh + zl with zh's low 12 mantissa bits cleared, so
  // zh² is exact and z² = zh² + zl·(z + zh). Rounding p − z² to float32 would cost up to
  // |z²|·2^−24 of relative accuracy (7.6e-6 at z = 8); the split keeps it under 2e-7.
  const zh = v128.and(z, i32x4.splat(0xfffff000));
  const low = f32x4.sub(p, f32x4.mul(f32x4.sub(z, zh), f32x4.add(z, zh)));
  const h = f32x4.mul(f32x4.mul(splat(0.5), t), expSplitF32x4(f32x4.neg(f32x4.mul(zh, zh)), low));
  return v128.bitselect(h, f32x4.sub(splat(1.0), h), f32x4.lt(v, splat(0.0)));
}

// ---------------------------------------------------------------------------------------------
// sin, cos

// π/2 in three parts for Cody–Waite reduction: k·PIO2_1 and k·PIO2_2 are exact for |k| < 2^12.
const PIO2_1: f32 = 1.5703125;
const PIO2_2: f32 = 4.83751297e-4;
const PIO2_3: f32 = 7.54978942e-8;
const TWO_OVER_PI: f32 = 0.636619772;

/** sin r on [−π/4, π/4], Taylor to r^11 (truncation 1e-10). */
@inline function sinKernel(r: v128): v128 {
  const r2 = f32x4.mul(r, r);
  let q = f32x4.add(f32x4.mul(splat(-2.50521084e-8), r2), splat(2.75573192e-6));
  q = f32x4.add(f32x4.mul(q, r2), splat(-1.98412698e-4));
  q = f32x4.add(f32x4.mul(q, r2), splat(8.33333333e-3));
  q = f32x4.add(f32x4.mul(q, r2), splat(-0.166666667));
  return f32x4.add(r, f32x4.mul(r, f32x4.mul(r2, q)));
}

/** cos r on [−π/4, π/4], Taylor to r^12 (truncation 5e-11). */
@inline function cosKernel(r: v128): v128 {
  const r2 = f32x4.mul(r, r);
  let q = f32x4.add(f32x4.mul(splat(2.08767570e-9), r2), splat(-2.75573192e-7));
  q = f32x4.add(f32x4.mul(q, r2), splat(2.48015873e-5));
  q = f32x4.add(f32x4.mul(q, r2), splat(-1.38888889e-3));
  q = f32x4.add(f32x4.mul(q, r2), splat(4.16666667e-2));
  q = f32x4.add(f32x4.mul(q, r2), splat(-0.5));
  return f32x4.add(splat(1.0), f32x4.mul(r2, q));
}

/** sin or cos by quadrant: `shift` is 0 for sin, 1 for cos (cos x = sin(x + π/2)). */
@inline function sinCos(x: v128, shift: i32): v128 {
  const k = f32x4.nearest(f32x4.mul(x, splat(TWO_OVER_PI)));
  const quadrant = i32x4.add(i32x4.trunc_sat_f32x4_s(k), i32x4.splat(shift));
  let r = f32x4.sub(x, f32x4.mul(k, splat(PIO2_1)));
  r = f32x4.sub(r, f32x4.mul(k, splat(PIO2_2)));
  r = f32x4.sub(r, f32x4.mul(k, splat(PIO2_3)));
  const useCos = i32x4.eq(v128.and(quadrant, i32x4.splat(1)), i32x4.splat(1));
  const value = v128.bitselect(cosKernel(r), sinKernel(r), useCos);
  // Quadrants 2 and 3 negate; ±Inf and NaN reduce to NaN through r. Beyond |x| ≈ 1e5 the
  // reduction loses r's accuracy; clamping keeps the result a bounded value in [−1, 1].
  const negate = i32x4.shl(v128.and(quadrant, i32x4.splat(2)), 30);
  return f32x4.pmin(f32x4.pmax(v128.xor(value, negate), splat(-1.0)), splat(1.0));
}

/** sin x; ±0 are returned as they came (the reduction x − k·π/2 turns −0 into +0). */
export function sinF32x4(x: v128): v128 {
  return v128.bitselect(x, sinCos(x, 0), f32x4.eq(x, splat(0.0)));
}

export function cosF32x4(x: v128): v128 {
  return sinCos(x, 1);
}

// ---------------------------------------------------------------------------------------------
// Scalar versions: one lane of the f32x4 code (see the top of the file for why).

@inline export function expF32(x: f32): f32 {
  return f32x4.extract_lane(expF32x4(f32x4.splat(x)), 0);
}
@inline export function expBoundedF32(x: f32): f32 {
  return f32x4.extract_lane(expBoundedF32x4(f32x4.splat(x)), 0);
}
@inline export function expm1F32(x: f32): f32 {
  return f32x4.extract_lane(expm1F32x4(f32x4.splat(x)), 0);
}
@inline export function logF32(x: f32): f32 {
  return f32x4.extract_lane(logF32x4(f32x4.splat(x)), 0);
}
@inline export function log1pF32(x: f32): f32 {
  return f32x4.extract_lane(log1pF32x4(f32x4.splat(x)), 0);
}
@inline export function tanhF32(x: f32): f32 {
  return f32x4.extract_lane(tanhF32x4(f32x4.splat(x)), 0);
}
@inline export function sigmoidF32(x: f32): f32 {
  return f32x4.extract_lane(sigmoidF32x4(f32x4.splat(x)), 0);
}
@inline export function erfF32(x: f32): f32 {
  return f32x4.extract_lane(erfF32x4(f32x4.splat(x)), 0);
}
@inline export function normalCdfF32(x: f32): f32 {
  return f32x4.extract_lane(normalCdfF32x4(f32x4.splat(x)), 0);
}
@inline export function sinF32(x: f32): f32 {
  return f32x4.extract_lane(sinF32x4(f32x4.splat(x)), 0);
}
@inline export function cosF32(x: f32): f32 {
  return f32x4.extract_lane(cosF32x4(f32x4.splat(x)), 0);
}
