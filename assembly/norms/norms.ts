// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
//
// Row normalization kernels for the wasm NormRunner (packages/core/src/backends/wasm.ts).
// x is [rows, width] float32; gamma and beta are [width] or 0 when absent. Statistics are
// float32 and two-pass: the mean first, then the centred squares (with the corrected two-pass
// adjustment of the mean), so a large mean loses no precision. Each pass keeps 16 partial sums (four f32x4 accumulators), which also keeps the
// rounding of a 1024-wide row near that of pairwise summation. Reading a row twice is nearly
// free while it stays in cache.

@inline function horizontalSum(v: v128): f32 {
  return f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1) + f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3);
}

/** Σ row[j] for j < count. */
@inline function rowSum(row: usize, count: i32): f32 {
  let s0 = f32x4.splat(0);
  let s1 = f32x4.splat(0);
  let s2 = f32x4.splat(0);
  let s3 = f32x4.splat(0);
  let j = 0;
  for (; j + 16 <= count; j += 16) {
    const p = row + (<usize>j << 2);
    s0 = f32x4.add(s0, v128.load(p));
    s1 = f32x4.add(s1, v128.load(p, 16));
    s2 = f32x4.add(s2, v128.load(p, 32));
    s3 = f32x4.add(s3, v128.load(p, 48));
  }
  for (; j + 4 <= count; j += 4) s0 = f32x4.add(s0, v128.load(row + (<usize>j << 2)));
  let total = horizontalSum(f32x4.add(f32x4.add(s0, s1), f32x4.add(s2, s3)));
  for (; j < count; j++) total += load<f32>(row + (<usize>j << 2));
  return total;
}

// Σ (row[j] − center), the by-product of rowSquares: a mutable global, not memory (no data).
let centeredSum: f32 = 0;

/** Σ (row[j] − center)² for j < count; also leaves Σ (row[j] − center) in centeredSum. */
@inline function rowSquares(row: usize, count: i32, center: f32): f32 {
  const c = f32x4.splat(center);
  let s0 = f32x4.splat(0);
  let s1 = f32x4.splat(0);
  let s2 = f32x4.splat(0);
  let s3 = f32x4.splat(0);
  let d0 = f32x4.splat(0);
  let d1 = f32x4.splat(0);
  let j = 0;
  for (; j + 16 <= count; j += 16) {
    const p = row + (<usize>j << 2);
    const e0 = f32x4.sub(v128.load(p), c);
    const e1 = f32x4.sub(v128.load(p, 16), c);
    const e2 = f32x4.sub(v128.load(p, 32), c);
    const e3 = f32x4.sub(v128.load(p, 48), c);
    s0 = f32x4.add(s0, f32x4.mul(e0, e0));
    s1 = f32x4.add(s1, f32x4.mul(e1, e1));
    s2 = f32x4.add(s2, f32x4.mul(e2, e2));
    s3 = f32x4.add(s3, f32x4.mul(e3, e3));
    d0 = f32x4.add(d0, f32x4.add(e0, e1));
    d1 = f32x4.add(d1, f32x4.add(e2, e3));
  }
  for (; j + 4 <= count; j += 4) {
    const e = f32x4.sub(v128.load(row + (<usize>j << 2)), c);
    s0 = f32x4.add(s0, f32x4.mul(e, e));
    d0 = f32x4.add(d0, e);
  }
  let total = horizontalSum(f32x4.add(f32x4.add(s0, s1), f32x4.add(s2, s3)));
  let deviation = horizontalSum(f32x4.add(d0, d1));
  for (; j < count; j++) {
    const e = load<f32>(row + (<usize>j << 2)) - center;
    total += e * e;
    deviation += e;
  }
  centeredSum = deviation;
  return total;
}

/**
 * out[r, j] = ((x[r, j] − shift) − correction)·scale·gamma[j] + beta[j], the per-row affine
 * map both norms end with; gamma and beta may be 0 (absent). The mean is passed as a float32
 * `shift` near every x (so x − shift is exact) plus a small `correction`: rounding the mean to
 * one float32 first would cost ulp(mean)/std of precision on rows with a large mean.
 */
@inline function writeRow(out: usize, row: usize, width: i32, shift: f32, correction: f32, scale: f32, gamma: usize, beta: usize): void {
  const shiftVector = f32x4.splat(shift);
  const correctionVector = f32x4.splat(correction);
  const scaleVector = f32x4.splat(scale);
  let j = 0;
  if (gamma && beta) {
    for (; j + 4 <= width; j += 4) {
      const o = <usize>j << 2;
      const value = f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(v128.load(row + o), shiftVector), correctionVector), scaleVector), v128.load(gamma + o));
      v128.store(out + o, f32x4.add(value, v128.load(beta + o)));
    }
    for (; j < width; j++) {
      const o = <usize>j << 2;
      store<f32>(out + o, (load<f32>(row + o) - shift - correction) * scale * load<f32>(gamma + o) + load<f32>(beta + o));
    }
  } else if (gamma) {
    for (; j + 4 <= width; j += 4) {
      const o = <usize>j << 2;
      v128.store(out + o, f32x4.mul(f32x4.mul(f32x4.sub(f32x4.sub(v128.load(row + o), shiftVector), correctionVector), scaleVector), v128.load(gamma + o)));
    }
    for (; j < width; j++) {
      const o = <usize>j << 2;
      store<f32>(out + o, (load<f32>(row + o) - shift - correction) * scale * load<f32>(gamma + o));
    }
  } else if (beta) {
    for (; j + 4 <= width; j += 4) {
      const o = <usize>j << 2;
      v128.store(out + o, f32x4.add(f32x4.mul(f32x4.sub(f32x4.sub(v128.load(row + o), shiftVector), correctionVector), scaleVector), v128.load(beta + o)));
    }
    for (; j < width; j++) {
      const o = <usize>j << 2;
      store<f32>(out + o, (load<f32>(row + o) - shift - correction) * scale + load<f32>(beta + o));
    }
  } else {
    for (; j + 4 <= width; j += 4) {
      const o = <usize>j << 2;
      v128.store(out + o, f32x4.mul(f32x4.sub(f32x4.sub(v128.load(row + o), shiftVector), correctionVector), scaleVector));
    }
    for (; j < width; j++) {
      const o = <usize>j << 2;
      store<f32>(out + o, (load<f32>(row + o) - shift - correction) * scale);
    }
  }
}

/**
 * RMSNorm: out = x·rsqrt(mean(x[0:k]²) + epsilon)·gamma, k = width for full RMSNorm (partial
 * RMSNorm takes the statistic over the first k channels and scales the whole row).
 */
export function rms_norm(out: usize, x: usize, gamma: usize, rows: i32, width: i32, k: i32, epsilon: f32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const row = x + offset;
    const inverse = <f32>1.0 / sqrt<f32>(rowSquares(row, k, 0) / <f32>k + epsilon);
    writeRow(out + offset, row, width, 0, 0, inverse, gamma, 0);
  }
}

/** LayerNorm: out = (x − mean)·rsqrt(variance + epsilon)·gamma + beta, biased variance. */
export function layer_norm(out: usize, x: usize, gamma: usize, beta: usize, rows: i32, width: i32, epsilon: f32): void {
  const rowBytes = <usize>width << 2;
  for (let r = 0; r < rows; r++) {
    const offset = <usize>r * rowBytes;
    const row = x + offset;
    const roughMean = rowSum(row, width) / <f32>width;
    const squares = rowSquares(row, width, roughMean);
    // The corrected two-pass algorithm (Chan, Golub & LeVeque): the rounding error of the
    // first mean, Σ(x − mean)/n, is added back to the mean and taken out of the variance, so
    // a row with a large mean keeps its precision.
    const correction = centeredSum / <f32>width;
    const variance = max<f32>(squares / <f32>width - correction * correction, 0);
    const inverse = <f32>1.0 / sqrt<f32>(variance + epsilon);
    writeRow(out + offset, row, width, roughMean, correction, inverse, gamma, beta);
  }
}
