// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
// Fused scaled dot-product attention, forward (flash-attention style, Dao et al., "FlashAttention"):
// for each batch·head and query row the keys stream past in blocks of 16, with an online maximum
// and a rescaled sum of exponentials, and the weighted sum of values accumulates in the output
// row; the [queries, keys] score matrix is never written. Hand-written (no spec expresses a
// two-operand contraction); packages/layers/src/fused-attention.ts runs it.
import { expBoundedF32x4 } from '../lib/math';

// Keys per block: four f32x4 vectors of scores, one max and one rescale per block.
const BLOCK: i32 = 16;
// Lane offsets 0…3 of a vector of key indices.
const LANE_OFFSETS: v128 = i32x4(0, 1, 2, 3);

@inline function horizontalMax(x: v128): f32 {
  const pairs = f32x4.max(x, i8x16.shuffle(x, x, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  return max(f32x4.extract_lane(pairs, 0), f32x4.extract_lane(pairs, 1));
}

@inline function horizontalSum(x: v128): f32 {
  const pairs = f32x4.add(x, i8x16.shuffle(x, x, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  return f32x4.extract_lane(pairs, 0) + f32x4.extract_lane(pairs, 1);
}

/** Four lanes at `at` (f32), those at or past `count` read as 0: the mask row's end is not read past. */
@inline function loadPartial(at: usize, count: i32): v128 {
  let x = f32x4.splat(0.0);
  if (count > 0) x = f32x4.replace_lane(x, 0, load<f32>(at));
  if (count > 1) x = f32x4.replace_lane(x, 1, load<f32>(at, 4));
  if (count > 2) x = f32x4.replace_lane(x, 2, load<f32>(at, 8));
  if (count > 3) x = f32x4.replace_lane(x, 3, load<f32>(at, 12));
  return x;
}

/** Lanes whose key index (first + lane) is at or past `limit` become −∞. */
@inline function maskFrom(scores: v128, first: i32, limit: i32): v128 {
  const index = i32x4.add(i32x4.splat(first), LANE_OFFSETS);
  return v128.bitselect(f32x4.splat(-Infinity), scores, i32x4.ge_s(index, i32x4.splat(limit)));
}

/**
 * out [batchHeads, queries, valueDepth] = softmax(q·kᵀ·scale + mask)·v, per batch·head: q
 * [batchHeads, queries, depth], k [batchHeads, keys, depth], v [batchHeads, keys, valueDepth].
 * `mask` (0 for none): additive, [batchHeads / heads or 1, queries, keys], −∞ where a query may
 * not attend; `maskBatchStride` is queries·keys, or 0 when one mask serves every batch entry.
 * `causal`: query i attends to keys j ≤ i. A query with no key left gets an all-zero row.
 * `scratch`: 16 + depth·keys rounded up to 16 floats; it holds k transposed ([depth, keys], so
 * 16 scores of one query are four vector products per feature) and one block of weights.
 */
/** Multiplies `count` floats at `row` by `factor` (the output row, rescaled or normalised). */
@inline function scaleRow(row: usize, count: i32, factor: f32): void {
  const factors = f32x4.splat(factor);
  let c = 0;
  for (; c + 4 <= count; c += 4) {
    const at = row + (<usize>c << 2);
    v128.store(at, f32x4.mul(v128.load(at), factors));
  }
  for (; c < count; c++) {
    const at = row + (<usize>c << 2);
    store<f32>(at, load<f32>(at) * factor);
  }
}

export function fused_attention_forward(
  out: usize, scratch: usize, q: usize, k: usize, v: usize, mask: usize,
  batchHeads: i32, heads: i32, queries: i32, keys: i32, depth: i32, valueDepth: i32,
  maskBatchStride: i32, scale: f32, causal: i32,
): void {
  const paddedKeys = (keys + BLOCK - 1) & ~(BLOCK - 1);
  const weights = scratch;
  const keysT = scratch + (<usize>BLOCK << 2);
  const keyRowBytes = <usize>paddedKeys << 2;
  const valueRowBytes = <usize>valueDepth << 2;
  const scaleVector = f32x4.splat(scale);
  for (let bh = 0; bh < batchHeads; bh++) {
    const kHead = k + ((<usize>bh * <usize>keys * <usize>depth) << 2);
    const vHead = v + ((<usize>bh * <usize>keys * <usize>valueDepth) << 2);
    // kᵀ, padded with zeros to whole blocks (the padding's scores are masked below).
    for (let d = 0; d < depth; d++) {
      const row = keysT + <usize>d * keyRowBytes;
      for (let j = 0; j < keys; j++) store<f32>(row + (<usize>j << 2), load<f32>(kHead + ((<usize>j * <usize>depth + <usize>d) << 2)));
      for (let j = keys; j < paddedKeys; j++) store<f32>(row + (<usize>j << 2), 0.0);
    }
    const maskHead = mask == 0 ? 0 : mask + ((<usize>(bh / heads) * <usize>maskBatchStride) << 2);
    for (let i = 0; i < queries; i++) {
      const qRow = q + ((<usize>(bh * queries + i) * <usize>depth) << 2);
      const outRow = out + <usize>(bh * queries + i) * valueRowBytes;
      const maskRow = maskHead == 0 ? 0 : maskHead + ((<usize>i * <usize>keys) << 2);
      for (let c = 0; c < valueDepth; c++) store<f32>(outRow + (<usize>c << 2), 0.0);
      const limit = causal != 0 && i + 1 < keys ? i + 1 : keys;
      let runningMax: f32 = -Infinity;
      let runningSum: f32 = 0.0;
      for (let first = 0; first < limit; first += BLOCK) {
        // 16 scores: q·k for keys first … first + 15, one feature of q against a row of kᵀ at a time.
        let s0 = f32x4.splat(0.0);
        let s1 = f32x4.splat(0.0);
        let s2 = f32x4.splat(0.0);
        let s3 = f32x4.splat(0.0);
        let column = keysT + (<usize>first << 2);
        for (let d = 0; d < depth; d++) {
          const qd = v128.load32_splat(qRow + (<usize>d << 2));
          s0 = f32x4.add(s0, f32x4.mul(qd, v128.load(column)));
          s1 = f32x4.add(s1, f32x4.mul(qd, v128.load(column, 16)));
          s2 = f32x4.add(s2, f32x4.mul(qd, v128.load(column, 32)));
          s3 = f32x4.add(s3, f32x4.mul(qd, v128.load(column, 48)));
          column += keyRowBytes;
        }
        s0 = f32x4.mul(s0, scaleVector);
        s1 = f32x4.mul(s1, scaleVector);
        s2 = f32x4.mul(s2, scaleVector);
        s3 = f32x4.mul(s3, scaleVector);
        if (maskRow != 0) {
          const at = maskRow + (<usize>first << 2);
          if (first + BLOCK <= keys) {
            s0 = f32x4.add(s0, v128.load(at));
            s1 = f32x4.add(s1, v128.load(at, 16));
            s2 = f32x4.add(s2, v128.load(at, 32));
            s3 = f32x4.add(s3, v128.load(at, 48));
          } else {
            s0 = f32x4.add(s0, loadPartial(at, keys - first));
            s1 = f32x4.add(s1, loadPartial(at + 16, keys - first - 4));
            s2 = f32x4.add(s2, loadPartial(at + 32, keys - first - 8));
            s3 = f32x4.add(s3, loadPartial(at + 48, keys - first - 12));
          }
        }
        if (first + BLOCK > limit) {
          s0 = maskFrom(s0, first, limit);
          s1 = maskFrom(s1, first + 4, limit);
          s2 = maskFrom(s2, first + 8, limit);
          s3 = maskFrom(s3, first + 12, limit);
        }
        const blockMax = horizontalMax(f32x4.max(f32x4.max(s0, s1), f32x4.max(s2, s3)));
        const nextMax = max(runningMax, blockMax);
        // Every key of the block masked so far: nothing to add (and −∞ − −∞ would be NaN).
        if (nextMax == -Infinity) continue;
        if (nextMax > runningMax) {
          // Rescale what is accumulated to the new maximum (e^(−∞) = 0 on the first block).
          const correction = f32x4.extract_lane(expBoundedF32x4(f32x4.splat(runningMax - nextMax)), 0);
          runningSum *= correction;
          scaleRow(outRow, valueDepth, correction);
          runningMax = nextMax;
        }
        const shift = f32x4.splat(nextMax);
        const p0 = expBoundedF32x4(f32x4.sub(s0, shift));
        const p1 = expBoundedF32x4(f32x4.sub(s1, shift));
        const p2 = expBoundedF32x4(f32x4.sub(s2, shift));
        const p3 = expBoundedF32x4(f32x4.sub(s3, shift));
        runningSum += horizontalSum(f32x4.add(f32x4.add(p0, p1), f32x4.add(p2, p3)));
        v128.store(weights, p0);
        v128.store(weights, p1, 16);
        v128.store(weights, p2, 32);
        v128.store(weights, p3, 48);
        // The weighted sum of the block's value rows: past the last key (padding) nothing is read.
        const count = first + BLOCK <= keys ? BLOCK : keys - first;
        const vBlock = vHead + <usize>first * valueRowBytes;
        let c = 0;
        for (; c + 16 <= valueDepth; c += 16) {
          const at = outRow + (<usize>c << 2);
          let a0 = v128.load(at);
          let a1 = v128.load(at, 16);
          let a2 = v128.load(at, 32);
          let a3 = v128.load(at, 48);
          let vRow = vBlock + (<usize>c << 2);
          for (let j = 0; j < count; j++) {
            const p = v128.load32_splat(weights + (<usize>j << 2));
            a0 = f32x4.add(a0, f32x4.mul(p, v128.load(vRow)));
            a1 = f32x4.add(a1, f32x4.mul(p, v128.load(vRow, 16)));
            a2 = f32x4.add(a2, f32x4.mul(p, v128.load(vRow, 32)));
            a3 = f32x4.add(a3, f32x4.mul(p, v128.load(vRow, 48)));
            vRow += valueRowBytes;
          }
          v128.store(at, a0);
          v128.store(at, a1, 16);
          v128.store(at, a2, 32);
          v128.store(at, a3, 48);
        }
        for (; c + 4 <= valueDepth; c += 4) {
          const at = outRow + (<usize>c << 2);
          let a = v128.load(at);
          let vRow = vBlock + (<usize>c << 2);
          for (let j = 0; j < count; j++) {
            a = f32x4.add(a, f32x4.mul(v128.load32_splat(weights + (<usize>j << 2)), v128.load(vRow)));
            vRow += valueRowBytes;
          }
          v128.store(at, a);
        }
        for (; c < valueDepth; c++) {
          const at = outRow + (<usize>c << 2);
          let a = load<f32>(at);
          let vRow = vBlock + (<usize>c << 2);
          for (let j = 0; j < count; j++) {
            a += load<f32>(weights + (<usize>j << 2)) * load<f32>(vRow);
            vRow += valueRowBytes;
          }
          store<f32>(at, a);
        }
      }
      // Normalise by the sum of the weights; a row with every key masked stays all zeros.
      const inverse: f32 = runningSum > 0 ? <f32>1.0 / runningSum : 0.0;
      scaleRow(outRow, valueDepth, inverse);
    }
  }
}
