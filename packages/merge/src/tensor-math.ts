/**
 * Float64 helpers over flat typed arrays that the merge methods share. Methods accumulate in
 * float64 and round once to float32 at the end, so a merge of identical models returns them
 * bit-for-bit and hand-computed examples match to float32 rounding.
 */

export type FloatArray = Float32Array | Float64Array;

/** 32-bit FNV-1a of a string, for deriving per-tensor random streams from names. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Uniform numbers in [0, 1) from (seed, tensor name, stream). Derived from the tensor's name, not
 * from the order tensors are visited, so a streamed merge and an in-memory merge draw the same
 * masks. mulberry32: small, fast and good enough for dropout masks.
 */
export function seededRandom(seed: number, name: string, stream: number): () => number {
  let state = (hashString(`${seed}\u0000${name}\u0000${stream}`) ^ Math.imul(seed | 0, 0x9e3779b1)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function subtract(left: FloatArray, right: FloatArray | null): Float64Array {
  const result = new Float64Array(left.length);
  if (right === null) {
    for (let index = 0; index < left.length; index++) result[index] = left[index]!;
  } else {
    for (let index = 0; index < left.length; index++) result[index] = left[index]! - right[index]!;
  }
  return result;
}

export function dot(left: FloatArray, right: FloatArray, start = 0, end = left.length, stride = 1): number {
  let sum = 0;
  for (let index = start; index < end; index += stride) sum += left[index]! * right[index]!;
  return sum;
}

export function norm(values: FloatArray): number {
  return Math.sqrt(dot(values, values));
}

export function toFloat32(values: FloatArray): Float32Array {
  return values instanceof Float32Array ? values : Float32Array.from(values);
}

/** `base + scale * delta` rounded to float32 (base may be null meaning zeros). */
export function addScaled(base: FloatArray | null, delta: FloatArray, scale: number): Float32Array {
  const result = new Float32Array(delta.length);
  for (let index = 0; index < delta.length; index++) result[index] = (base === null ? 0 : base[index]!) + scale * delta[index]!;
  return result;
}

/** The k-th largest of `values` (1-based k), by quickselect on a scratch copy: O(n) expected. */
export function kthLargest(values: FloatArray, k: number): number {
  return selectInPlace(Float64Array.from(values), k);
}

/** Quickselect that reorders `scratch` and returns its k-th largest value. */
function selectInPlace(scratch: Float64Array, k: number): number {
  // Select the (n - k)-th smallest (0-based) so that k values are >= it.
  const target = scratch.length - k;
  let low = 0;
  let high = scratch.length - 1;
  while (low < high) {
    // Median of three keeps sorted and reverse-sorted inputs (common in weights) from going quadratic.
    const middle = (low + high) >>> 1;
    const a = scratch[low]!;
    const b = scratch[middle]!;
    const c = scratch[high]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    let left = low;
    let right = high;
    while (left <= right) {
      while (scratch[left]! < pivot) left++;
      while (scratch[right]! > pivot) right--;
      if (left <= right) {
        const swap = scratch[left]!;
        scratch[left] = scratch[right]!;
        scratch[right] = swap;
        left++;
        right--;
      }
    }
    if (target <= right) high = right;
    else if (target >= left) low = left;
    else break;
  }
  return scratch[target]!;
}

/**
 * Mask keeping exactly `count` entries with the largest |value| (ties at the threshold go to the
 * lower index, so the result is deterministic). 1 = keep.
 *
 * Large tensors use a radix select: |value| rounded to float32 keeps the order (rounding is
 * monotone) and its bit pattern orders like the number, so a histogram of the top 16 bits finds
 * the bin holding the threshold in two streaming passes; only that bin is then selected exactly
 * in float64. Quickselect's random swaps over the whole tensor cost several times more.
 */
export function topMagnitudeMask(values: FloatArray, count: number): Uint8Array {
  const length = values.length;
  const mask = new Uint8Array(length);
  if (count <= 0) return mask;
  if (count >= length) return mask.fill(1);
  if (length < 65536) return markTop(values, Uint32Array.from({ length }, (_, index) => index), count, mask);
  const magnitudes = scratchFloat32('magnitude-bits', length);
  for (let index = 0; index < length; index++) magnitudes[index] = Math.abs(values[index]!);
  const bits = new Uint32Array(magnitudes.buffer, magnitudes.byteOffset, length);
  const histogram = new Uint32Array(65536);
  for (let index = 0; index < length; index++) histogram[bits[index]! >>> 16]++;
  let above = 0;
  let bin = 65535;
  for (; bin > 0; bin--) {
    if (above + histogram[bin]! >= count) break;
    above += histogram[bin]!;
  }
  const candidates = new Uint32Array(histogram[bin]!);
  let candidateCount = 0;
  for (let index = 0; index < length; index++) {
    const high = bits[index]! >>> 16;
    if (high > bin) mask[index] = 1;
    else if (high === bin) candidates[candidateCount++] = index;
  }
  return markTop(values, candidates, count - above, mask);
}

/** Marks in `mask` the `count` entries of `indices` (ascending) with the largest |value|, ties to the lower index. */
function markTop(values: FloatArray, indices: Uint32Array, count: number, mask: Uint8Array): Uint8Array {
  if (count <= 0) return mask;
  if (count >= indices.length) {
    for (const index of indices) mask[index] = 1;
    return mask;
  }
  const scratch = new Float64Array(indices.length);
  for (let position = 0; position < indices.length; position++) scratch[position] = Math.abs(values[indices[position]!]!);
  const threshold = selectInPlace(scratch, count);
  let kept = 0;
  for (const index of indices) {
    if (Math.abs(values[index]!) > threshold) {
      mask[index] = 1;
      kept++;
    }
  }
  for (let position = 0; position < indices.length && kept < count; position++) {
    const index = indices[position]!;
    if (Math.abs(values[index]!) === threshold) {
      mask[index] = 1;
      kept++;
    }
  }
  return mask;
}

/** How many entries a density fraction keeps out of `length` (rounded to nearest). */
export function keptCount(density: number, length: number): number {
  return Math.min(length, Math.max(0, Math.round(density * length)));
}

/**
 * Index order by |value| ascending (ties by index), for rank-based methods (DELLA, Breadcrumbs).
 * Returns positions relative to `start` within [start, start + count) with the given stride.
 */
export function magnitudeOrder(values: FloatArray, indices: Uint32Array): Uint32Array {
  const order = Uint32Array.from(indices);
  order.sort((left, right) => {
    const difference = Math.abs(values[left]!) - Math.abs(values[right]!);
    return difference !== 0 ? difference : left - right;
  });
  return order;
}

/**
 * The groups a tensor is split into for "per row" methods: tfjs stores a Dense kernel as [in, out]
 * and a conv kernel as [h, w, in, out], so one output unit (a PyTorch "row") is a column of the
 * last axis. Returns one index list per output unit; a 1-D or scalar tensor is one group.
 */
export function outputUnitGroups(shape: readonly number[]): Uint32Array[] {
  const size = shape.reduce((product, dimension) => product * dimension, 1);
  if (shape.length < 2) return [Uint32Array.from({ length: size }, (_, index) => index)];
  const units = shape[shape.length - 1]!;
  const perUnit = size / units;
  const groups: Uint32Array[] = [];
  for (let unit = 0; unit < units; unit++) {
    const group = new Uint32Array(perUnit);
    for (let position = 0; position < perUnit; position++) group[position] = position * units + unit;
    groups.push(group);
  }
  return groups;
}

/** Above this |cos θ| SLERP divides by a vanishing sin θ; lerp is exact enough there (mergekit's DOT_THRESHOLD). */
export const SLERP_COLINEAR_THRESHOLD = 0.9995;

/** Norms at or below this are not divided by: such a vector enters the angle as it is (mergekit's eps). */
const SLERP_NORM_EPSILON = 1e-8;

/**
 * Spherical interpolation between a and b (flattened), as mergekit computes it: the angle comes
 * from the normalised vectors, the mix is applied to a and b themselves, lerp when they are nearly
 * (anti)colinear. A vector of norm ≤ 1e-8 is not normalised, so a zero tensor has cos θ = 0 with
 * anything: θ = π/2, giving cos(tπ/2)·a + sin(tπ/2)·b (not lerp).
 */
export function slerp(a: FloatArray, b: FloatArray, t: number): Float64Array {
  const result = new Float64Array(a.length);
  const normA = norm(a);
  const normB = norm(b);
  const cosine = dot(a, b) / ((normA > SLERP_NORM_EPSILON ? normA : 1) * (normB > SLERP_NORM_EPSILON ? normB : 1));
  if (Math.abs(cosine) > SLERP_COLINEAR_THRESHOLD) {
    for (let index = 0; index < a.length; index++) result[index] = (1 - t) * a[index]! + t * b[index]!;
    return result;
  }
  const omega = Math.acos(cosine);
  const sine = Math.sin(omega);
  const scaleA = Math.sin((1 - t) * omega) / sine;
  const scaleB = Math.sin(t * omega) / sine;
  for (let index = 0; index < a.length; index++) result[index] = scaleA * a[index]! + scaleB * b[index]!;
  return result;
}

export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((product, dimension) => product * dimension, 1);
}

const SCRATCH = new Map<string, Float64Array>();

/**
 * A float64 scratch array of `length` for slot `name`, reused across tensors: fresh 32 MiB arrays
 * per tensor cost page faults and zeroing that dominate a streamed merge. Only for values that
 * do not outlive the current `merge` call (methods are synchronous, so no other call can
 * interleave). Contents are arbitrary unless `zero` is set.
 */
export function scratchFloat64(name: string, length: number, zero = false): Float64Array {
  let buffer = SCRATCH.get(name);
  if (!buffer || buffer.length < length) {
    buffer = new Float64Array(length);
    SCRATCH.set(name, buffer);
    return buffer.subarray(0, length);
  }
  const view = buffer.subarray(0, length);
  if (zero) view.fill(0);
  return view;
}

const SCRATCH_32 = new Map<string, Float32Array>();

/** Float32 counterpart of `scratchFloat64` (contents arbitrary). */
export function scratchFloat32(name: string, length: number): Float32Array {
  let buffer = SCRATCH_32.get(name);
  if (!buffer || buffer.length < length) {
    buffer = new Float32Array(length);
    SCRATCH_32.set(name, buffer);
  }
  return buffer.subarray(0, length);
}

/** Drops the scratch arrays (after a merge, to give the memory back). */
export function releaseScratch(): void {
  SCRATCH.clear();
  SCRATCH_32.clear();
}

/** Precisions a merge can round to (mergekit's `dtype` / `out_dtype`); tfjs stores them as float32. */
export type StorageDtype = 'float32' | 'float16' | 'bfloat16';

const BITS = new Float32Array(1);
const BITS_AS_INTEGER = new Uint32Array(BITS.buffer);

/** The float32 value nearest to `value` that bfloat16 holds (ties to even; too large becomes ±Infinity). */
function bfloat16(value: number): number {
  BITS[0] = value;
  const bits = BITS_AS_INTEGER[0]!;
  if (((bits >>> 23) & 0xff) === 0xff) return BITS[0]!;
  // Round the upper 16 bits to nearest, ties to even, by adding just under half of the dropped part.
  BITS_AS_INTEGER[0] = ((bits + 0x7fff + ((bits >>> 16) & 1)) & 0xffff0000) >>> 0;
  return BITS[0]!;
}

/** The value nearest to `value` that IEEE float16 holds (ties to even; from 65520 on it is ±Infinity). */
function float16(value: number): number {
  BITS[0] = value;
  const single = BITS[0]!;
  const exponent = ((BITS_AS_INTEGER[0]! >>> 23) & 0xff) - 127;
  if (exponent === 128) return single;
  const magnitude = Math.abs(single);
  if (magnitude >= 65520) return single < 0 ? -Infinity : Infinity;
  // float16 spacing: 2^(e − 10) for normal numbers (e ≥ −14), 2^−24 for subnormals; exact in float64.
  const spacing = exponent >= -14 ? 2 ** (exponent - 10) : 2 ** -24;
  const scaled = magnitude / spacing;
  let rounded = Math.round(scaled);
  if (rounded - scaled === 0.5 && rounded % 2 === 1) rounded -= 1;
  return Math.sign(single) * rounded * spacing;
}

/** `values` rounded to `dtype` precision (a new array; float32 returns `values` itself). */
export function roundToDtype(values: Float32Array, dtype: StorageDtype): Float32Array {
  if (dtype === 'float32') return values;
  const round = dtype === 'float16' ? float16 : bfloat16;
  const result = new Float32Array(values.length);
  for (let index = 0; index < values.length; index++) result[index] = round(values[index]!);
  return result;
}
