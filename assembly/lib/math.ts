// f32x4 and f32 math for layerkit's wasm kernels, written without lookup tables: a module
// instantiated inside tfjs-wasm's memory must have no data segments (they would overwrite
// tfjs's heap at fixed addresses), and AssemblyScript's Mathf.exp & co. bring tables.
//
// Every function is branch-free over four lanes. The f32 versions run the f32x4 code on one
// lane, so the scalar tail of a kernel returns bit-identical results to its SIMD body.
// Accuracy (measured against float64 by packages/core/src/wasm/wasm-math.test.ts): a few
// float32 ulps, 1.2e-7 … 5.5e-7 relative, over each function's whole range (the most near
// sin's zeros at |x| ~ 700 and in the normal CDF's far tail); NaN, ±Inf and −0 follow the
// float64 functions.
//
// The kernels these functions are inlined into are bound by dependency chains as much as by
// instruction count (four unrolled vectors of a long chain overflow the CPU's reorder
// window), so the polynomials are in Estrin's form where it shortens a chain, one range
// reduction serves each function, and no function evaluates two approximations to select one.

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

/**
 * c1 + c2·r + c3·r² + c4·r³ + c5·r⁴ of exp in Estrin's form, (c1 + c2·r) + r²·((c3 + c4·r) +
 * c5·r²): five dependent steps instead of Horner's eight for one more multiplication. The
 * kernels are bound by these chains' latency (the four unrolled vectors of a loop do not fit
 * the CPU's reorder window together), not by their instruction count alone.
 */
@inline function expPolynomial(r: v128): v128 {
  const r2 = f32x4.mul(r, r);
  const low = f32x4.add(f32x4.mul(splat(EXP_C2), r), splat(EXP_C1));
  const high = f32x4.add(f32x4.add(f32x4.mul(splat(EXP_C4), r), splat(EXP_C3)), f32x4.mul(splat(EXP_C5), r2));
  return f32x4.add(low, f32x4.mul(r2, high));
}

@inline function isNaN4(x: v128): v128 {
  return f32x4.ne(x, x);
}

// ---------------------------------------------------------------------------------------------
// max and min against +0

/**
 * max(a, +0) as a & ~(a ≤ 0): two instructions where V8 spends about seven on f32x4.max to
 * get NaN and ±0 right. The same results: NaN fails the comparison and passes through, ±0
 * and negatives give +0.
 */
@inline export function maxZeroF32x4(a: v128): v128 {
  return v128.andnot(a, f32x4.le(a, splat(0.0)));
}

/** min(a, +0) as a & ~(a > 0): NaN and −0 pass through, +0 and positives give +0. */
@inline export function minZeroF32x4(a: v128): v128 {
  return v128.andnot(a, f32x4.gt(a, splat(0.0)));
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
  const p = f32x4.add(f32x4.mul(expPolynomial(r), r), splat(1.0));
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
  const p = expPolynomial(r);
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
  const p = expPolynomial(r);
  const e = f32x4.add(f32x4.mul(f32x4.mul(r, scale), p), scale);
  return v128.andnot(e, f32x4.lt(x, splat(LN_MIN_NORMAL)));
}

// ---------------------------------------------------------------------------------------------
// expm1

// 1.5·2^23 + 126: like MAGIC_BIAS_EXPONENT, but the shifted sum is 2^(round(v) − 1).
const MAGIC_BIAS_EXPONENT_HALF: f32 = 12583038.0;

// expm1(r) ≈ r + r²·q(r) on |r| ≤ ln2/2, q of degree 4: coefficients fitted for relative
// error (weighted least squares iterated towards minimax, float64), 1.4e-8 before rounding to
// float32.
const EXPM1_Q0: f32 = 0.4999999701976776;
const EXPM1_Q1: f32 = 0.16666539013385773;
const EXPM1_Q2: f32 = 0.04166722297668457;
const EXPM1_Q3: f32 = 0.00836718175560236;
const EXPM1_Q4: f32 = 0.0013882386265322566;

/**
 * e^x − 1 for x in [−18, 88.8] (no clamps; +0 for −0): one reduction x = n·ln2 + r,
 * |r| ≤ ln2/2, one polynomial m = expm1(r) = r + r²·q(r), then
 * e^x − 1 = 2·(h·m + (h − ½)) with h = 2^(n−1) taken straight from the magic-bias sum.
 * For n = 0 that is m itself (full relative precision near 0, no second polynomial and no
 * select); for n ≠ 0 the two terms never cancel by more than a factor 2; and 2^(n−1) stays a
 * normal float up to n = 128, so results overflow to +Inf only past float32's range.
 */
@inline function expm1Core(x: v128): v128 {
  const biased = f32x4.add(f32x4.mul(x, splat(LOG2E)), splat(MAGIC_BIAS_EXPONENT_HALF));
  const h = i32x4.shl(biased, 23);
  const n = f32x4.sub(biased, splat(MAGIC_BIAS_EXPONENT_HALF));
  const r = f32x4.sub(f32x4.sub(x, f32x4.mul(n, splat(LN2_HIGH))), f32x4.mul(n, splat(LN2_LOW)));
  // q in Estrin's form (see expPolynomial).
  const r2 = f32x4.mul(r, r);
  const low = f32x4.add(f32x4.mul(splat(EXPM1_Q1), r), splat(EXPM1_Q0));
  const high = f32x4.add(f32x4.add(f32x4.mul(splat(EXPM1_Q3), r), splat(EXPM1_Q2)), f32x4.mul(splat(EXPM1_Q4), r2));
  const q = f32x4.add(low, f32x4.mul(r2, high));
  const m = f32x4.add(r, f32x4.mul(r2, q));
  const half = f32x4.add(f32x4.mul(h, m), f32x4.sub(h, splat(0.5)));
  return f32x4.add(half, half);
}

/**
 * e^x − 1. Below −18 the result is −1 in float32 and above 88.8 it is +Inf, so clamping
 * there loses nothing (pmin/pmax with the input first pass NaN through). Zeros are returned as
 * they came: the sign of x is or-ed into the result, which changes nothing else (e^x − 1 has
 * the sign of x).
 */
@inline export function expm1F32x4(input: v128): v128 {
  const x = f32x4.pmin(f32x4.pmax(input, splat(-18.0)), splat(88.8));
  return v128.or(expm1Core(x), v128.and(input, splat(-0.0)));
}

// 2^f − 1 ≈ f·P(f) on |f| ≤ ½, P of degree 4: coefficients fitted for relative error
// (weighted least squares iterated towards minimax, float64), 4.3e-7 before rounding to
// float32 — the degree the kernels' tolerances (1e-5 relative at the tightest) need with a
// wide margin, one fewer than expm1Core's.
const EXP2M1_P0: f32 = 0.6931471228599548;
const EXP2M1_P1: f32 = 0.24022351205348969;
const EXP2M1_P2: f32 = 0.05550500378012657;
const EXP2M1_P3: f32 = 0.009666240774095058;
const EXP2M1_P4: f32 = 0.0013333525275811553;

/**
 * e^x − 1 for x ≤ 0 (−0, −∞ and NaN included; positive lanes give unspecified finite values):
 * the kernel printer substitutes it for expm1 where it has proved the argument is at most 0
 * on every lane whose result is kept — elu's and selu's where(x > 0, …, expm1(x)) discards
 * the others. 6.3e-7 relative measured; two thirds of expm1F32x4's instructions and a shorter
 * chain, which is what bounds these kernels:
 * - reduction in base 2, t = x·log₂e = n + f, |f| ≤ ½, with no Cody–Waite correction: t's
 *   rounding shifts the result by at most 7e-8 of itself for x ≤ 0 (an error of about
 *   2^−24·|x|·e^x, over |e^x − 1| = 1 − e^x ≥ |x|·e^x);
 * - no overflow to handle, so s = 2^n is one shift of the magic-bias sum, as in the bounded
 *   exp (x ≥ −18 keeps n normal; below it e^x − 1 is −1 in float32);
 * - e^x − 1 = (s·f)·P(f) − (1 − s): the two terms never cancel (1 − s ≥ ½ unless n = 0, when
 *   it is 0 and the result is f·P(f) at full relative precision), s·f runs beside the
 *   polynomial, and −0 stays −0 without a sign fix (−0·P − (+0) = −0).
 */
@inline export function expm1NonPositiveF32x4(x: v128): v128 {
  const t = f32x4.mul(f32x4.pmax(x, splat(-18.0)), splat(LOG2E));
  const biased = f32x4.add(t, splat(MAGIC_BIAS_EXPONENT));
  const s = i32x4.shl(biased, 23);
  const f = f32x4.sub(t, f32x4.sub(biased, splat(MAGIC_BIAS_EXPONENT)));
  // P in Estrin's form (see expPolynomial).
  const f2 = f32x4.mul(f, f);
  const low = f32x4.add(f32x4.mul(splat(EXP2M1_P1), f), splat(EXP2M1_P0));
  const high = f32x4.add(f32x4.add(f32x4.mul(splat(EXP2M1_P3), f), splat(EXP2M1_P2)), f32x4.mul(splat(EXP2M1_P4), f2));
  const p = f32x4.add(low, f32x4.mul(f2, high));
  return f32x4.sub(f32x4.mul(f32x4.mul(s, f), p), f32x4.sub(splat(1.0), s));
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

// ln(1 + x) = 2·atanh(s), s = x/(2 + x): 2s + s³·P(s²) with P of degree 3 fitted on
// s ∈ [0, 1/3] (x ∈ [0, 1]) for relative error, 4.5e-9 before rounding to float32.
const LOG1P_P0: f32 = 0.666664183139801;
const LOG1P_P1: f32 = 0.4002152681350708;
const LOG1P_P2: f32 = 0.2800179421901703;
const LOG1P_P3: f32 = 0.2801203429698944;

/**
 * ln(1 + x) for x in [0, 1] (the kernel printer substitutes it for log1p when it has proved
 * that range, as in softplus's log1p(e^−|v|)): s = x/(2 + x) is computed from x itself, so
 * nothing of x is lost to rounding 1 + x, and one division and a short odd series replace
 * log1p's exponent split, correction quotient and special-case selects. −0 stays −0, NaN NaN.
 */
@inline export function log1pUnitF32x4(x: v128): v128 {
  const s = f32x4.div(x, f32x4.add(x, splat(2.0)));
  const s2 = f32x4.mul(s, s);
  let p = f32x4.add(f32x4.mul(splat(LOG1P_P3), s2), splat(LOG1P_P2));
  p = f32x4.add(f32x4.mul(p, s2), splat(LOG1P_P1));
  p = f32x4.add(f32x4.mul(p, s2), splat(LOG1P_P0));
  return f32x4.add(f32x4.add(s, s), f32x4.mul(f32x4.mul(s, s2), p));
}

// ---------------------------------------------------------------------------------------------
// tanh, sigmoid

/**
 * tanh x = sign(x)·e/(e + 2), e = expm1(2|x|): expm1 keeps tiny |x| exact (tanh x ≈ x) and
 * |x| ≥ 9 gives exactly 1 in float32, so clamping there avoids Inf/Inf (and keeps expm1's
 * argument in its unclamped range). One exp-like polynomial and one division.
 */
@inline export function tanhF32x4(x: v128): v128 {
  const magnitude = f32x4.pmin(f32x4.abs(x), splat(9.0));
  const e = expm1Core(f32x4.add(magnitude, magnitude));
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

// erfc(z)·e^(z²)/t as a polynomial Q(t) of degree 10 in t = 1/(1 + z/2) ∈ (0, 1]: Q is
// analytic on the whole interval (t → 0 as z → ∞, where erfc(z)·e^(z²) ≈ 1/(z√π)).
// Coefficients fitted for relative error (weighted least squares iterated towards minimax,
// float64); 2.3e-7 in float32 with Estrin's evaluation.
const ERFC_Q0: f32 = 0.282094806432724;
const ERFC_Q1: f32 = 0.2820938527584076;
const ERFC_Q2: f32 = 0.24688059091567993;
const ERFC_Q3: f32 = 0.1753767728805542;
const ERFC_Q4: f32 = 0.09300100803375244;
const ERFC_Q5: f32 = -0.05723423883318901;
const ERFC_Q6: f32 = 0.12709389626979828;
const ERFC_Q7: f32 = -0.44698432087898254;
const ERFC_Q8: f32 = 0.4861852526664734;
const ERFC_Q9: f32 = -0.23086093366146088;
const ERFC_Q10: f32 = 0.042353302240371704;

/**
 * ½(1 + erf v) = Φ(v·√2), the standard normal CDF with its argument in erf's scale, computed
 * without forming 1 + erf (which cancels for v ≲ −2): h = ½·erfc(|v|) = ½·t·e^(−z²)·Q(t),
 * z = |v|, then h for v < 0 and 1 − h otherwise. One exp, one division and one polynomial,
 * and the exp does not wait for the division or the polynomial: the two chains run side by
 * side (Q in Estrin's form), which is what bounds gelu's speed. NaN takes 1 − h = NaN.
 * The kernel printer substitutes it for 0.5·(1 + erf(v)) (gelu, its gradient, geglu).
 */
@inline export function normalCdfF32x4(v: v128): v128 {
  return normalCdfWithF32x4(v, expNegSquareF32x4(v));
}

/**
 * e^(−v²) for |v| ≤ 10 (0 beyond, where it is below float32's normal range), with v² kept
 * exact: z = |v| = zh + zl with zh's low 12 mantissa bits cleared, so zh² is exact and
 * z² = zh² + zl·(z + zh). Rounding z² to float32 would cost up to z²·2^−24 of relative
 * accuracy (3.8e-6 at z = 8); the split keeps it under 2e-7. The normal CDF's exp; the kernel
 * printer also substitutes it for the normal density's e^(−x²/2) next to a CDF of x/√2 (gelu's
 * gradient), so both come from one exp.
 */
@inline export function expNegSquareF32x4(v: v128): v128 {
  const z = f32x4.pmin(f32x4.abs(v), splat(10.0));
  const zh = v128.and(z, i32x4.splat(0xfffff000));
  return expSplitF32x4(f32x4.neg(f32x4.mul(zh, zh)), f32x4.neg(f32x4.mul(f32x4.sub(z, zh), f32x4.add(z, zh))));
}

/** normalCdfF32x4 given e = expNegSquareF32x4(v). */
@inline export function normalCdfWithF32x4(v: v128, e: v128): v128 {
  const z = f32x4.pmin(f32x4.abs(v), splat(10.0));
  const t = f32x4.div(splat(1.0), f32x4.add(splat(1.0), f32x4.mul(splat(0.5), z)));
  const t2 = f32x4.mul(t, t);
  const t4 = f32x4.mul(t2, t2);
  const t8 = f32x4.mul(t4, t4);
  const q01 = f32x4.add(f32x4.mul(splat(ERFC_Q1), t), splat(ERFC_Q0));
  const q23 = f32x4.add(f32x4.mul(splat(ERFC_Q3), t), splat(ERFC_Q2));
  const q45 = f32x4.add(f32x4.mul(splat(ERFC_Q5), t), splat(ERFC_Q4));
  const q67 = f32x4.add(f32x4.mul(splat(ERFC_Q7), t), splat(ERFC_Q6));
  const q89 = f32x4.add(f32x4.mul(splat(ERFC_Q9), t), splat(ERFC_Q8));
  const q03 = f32x4.add(q01, f32x4.mul(q23, t2));
  const q47 = f32x4.add(q45, f32x4.mul(q67, t2));
  const q810 = f32x4.add(q89, f32x4.mul(splat(ERFC_Q10), t2));
  const q = f32x4.add(f32x4.add(q03, f32x4.mul(q47, t4)), f32x4.mul(q810, t8));
  const h = f32x4.mul(f32x4.mul(splat(0.5), t), f32x4.mul(e, q));
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

// sin r = r + r³·S(r²) on |r| ≤ π/2, S of degree 3 fitted for relative error (6.1e-9
// before rounding to float32).
const SIN_S0: f32 = -0.16666659712791443;
const SIN_S1: f32 = 0.008333065547049046;
const SIN_S2: f32 = -0.00019809538207482547;
const SIN_S3: f32 = 2.605629333629622e-6;
const ONE_OVER_PI: f32 = 0.318309886;

/**
 * sin x by the reduction x = k·π + r, |r| ≤ π/2 (π in three Cody–Waite parts, twice those of
 * π/2, so each k·part is exact for |k| < 2^12), one odd polynomial, and the sign flipped for
 * odd k: no second polynomial and no per-quadrant select, as sinCos needs for cos. ±0 are
 * returned as they came (x − k·π turns −0 into +0); ±Inf and NaN give NaN through r; the clamp
 * keeps results for |x| beyond ~4e4, where the reduction loses r, in [−1, 1].
 */
@inline export function sinF32x4(x: v128): v128 {
  const k = f32x4.nearest(f32x4.mul(x, splat(ONE_OVER_PI)));
  let r = f32x4.sub(x, f32x4.mul(k, splat(PIO2_1 * 2)));
  r = f32x4.sub(r, f32x4.mul(k, splat(PIO2_2 * 2)));
  r = f32x4.sub(r, f32x4.mul(k, splat(PIO2_3 * 2)));
  const r2 = f32x4.mul(r, r);
  let p = f32x4.add(f32x4.mul(splat(SIN_S3), r2), splat(SIN_S2));
  p = f32x4.add(f32x4.mul(p, r2), splat(SIN_S1));
  p = f32x4.add(f32x4.mul(p, r2), splat(SIN_S0));
  const value = f32x4.add(r, f32x4.mul(f32x4.mul(r, r2), p));
  const negate = i32x4.shl(i32x4.trunc_sat_f32x4_s(k), 31);
  const result = f32x4.pmin(f32x4.pmax(v128.xor(value, negate), splat(-1.0)), splat(1.0));
  return v128.bitselect(x, result, f32x4.eq(x, splat(0.0)));
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
@inline export function expm1NonPositiveF32(x: f32): f32 {
  return f32x4.extract_lane(expm1NonPositiveF32x4(f32x4.splat(x)), 0);
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
@inline export function log1pUnitF32(x: f32): f32 {
  return f32x4.extract_lane(log1pUnitF32x4(f32x4.splat(x)), 0);
}
@inline export function expNegSquareF32(x: f32): f32 {
  return f32x4.extract_lane(expNegSquareF32x4(f32x4.splat(x)), 0);
}
@inline export function normalCdfWithF32(x: f32, e: f32): f32 {
  return f32x4.extract_lane(normalCdfWithF32x4(f32x4.splat(x), f32x4.splat(e)), 0);
}
@inline export function sinF32(x: f32): f32 {
  return f32x4.extract_lane(sinF32x4(f32x4.splat(x)), 0);
}
@inline export function cosF32(x: f32): f32 {
  return f32x4.extract_lane(cosF32x4(f32x4.splat(x)), 0);
}
