/**
 * The magnitude selection against a sort, on sizes that take both the small and the radix path;
 * float16 / bfloat16 rounding against tables of every value those formats hold.
 */
import { describe, expect, it } from 'vitest';
import { roundToDtype, topMagnitudeMask } from './tensor-math.js';
import { randomFloats } from './test-helpers.js';

function reference(values: Float64Array, count: number): Uint8Array {
  const order = Array.from(values.keys()).sort((left, right) => Math.abs(values[right]!) - Math.abs(values[left]!) || left - right);
  const mask = new Uint8Array(values.length);
  for (const index of order.slice(0, count)) mask[index] = 1;
  return mask;
}

describe('topMagnitudeMask', () => {
  for (const length of [10, 1000, 70_000, 300_000]) {
    it(`keeps exactly the top-k magnitudes, ties to the lower index (n = ${length})`, () => {
      const values = Float64Array.from(randomFloats(length, length));
      // Repeated magnitudes and values that round to one float32 exercise the tie and exact paths.
      for (let index = 0; index < length; index += 7) values[index] = 0.25 * (index % 2 ? 1 : -1);
      for (let index = 3; index < length; index += 11) values[index] = 0.25 + 1e-12 * (index % 5);
      for (let index = 5; index < length; index += 13) values[index] = 0;
      for (const fraction of [0, 0.01, 0.2, 0.5, 0.97, 1]) {
        const count = Math.round(fraction * length);
        expect(Array.from(topMagnitudeMask(values, count))).toEqual(Array.from(reference(values, count)));
      }
    });
  }
});

/** Every non-negative finite value of a 16-bit format, ascending with its bit pattern. */
function table(decode: (bits: number) => number, finite: number): number[] {
  return Array.from({ length: finite }, (_, bits) => decode(bits));
}

const HALF = table((bits) => ((bits >> 10) === 0 ? (bits & 0x3ff) * 2 ** -24 : (1 + (bits & 0x3ff) / 1024) * 2 ** ((bits >> 10) - 15)), 0x7c00);
const BRAIN = table((bits) => new Float32Array(new Uint32Array([bits << 16]).buffer)[0]!, 0x7f80);

/** Nearest entry (ties to the even bit pattern); beyond the last value by half a step or more: Infinity. */
function nearest(values: readonly number[], overflow: number, value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= overflow) return Math.sign(value) * Infinity;
  let low = 0;
  let high = values.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= magnitude) low = middle;
    else high = middle;
  }
  const below = magnitude - values[low]!;
  const above = values[high]! - magnitude;
  return Math.sign(value) * values[below < above ? low : above < below ? high : low % 2 === 0 ? low : high]!;
}

describe('roundToDtype', () => {
  const samples = Float32Array.from([
    ...randomFloats(20000, 9, 4), ...Array.from(randomFloats(2000, 10, 1), (value) => value * 1e-5), ...Array.from(randomFloats(2000, 11, 1), (value) => value * 70000),
    0, -0, 65504, 65519.99, 65520, -65520, 2 ** -24, 2 ** -25, 3 * 2 ** -26, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 2 ** -14 * 1.5, 3.3895e38,
  ]);

  it('float16: the nearest half-precision value, ties to even, Infinity from 65520', () => {
    const rounded = roundToDtype(samples, 'float16');
    samples.forEach((value, index) => expect(rounded[index], `${value}`).toBe(nearest(HALF, 65520, value)));
    expect(Array.from(roundToDtype(Float32Array.from([1 + 2 ** -11, 1 + 3 * 2 ** -11]), 'float16'))).toEqual([1, 1 + 2 * 2 ** -10]);
  });

  it('bfloat16: the nearest bfloat16 value, ties to even', () => {
    const rounded = roundToDtype(samples, 'bfloat16');
    // Infinity starts half a bfloat16 step above its largest finite value.
    const overflow = BRAIN[BRAIN.length - 1]! + 2 ** (127 - 8);
    samples.forEach((value, index) => expect(rounded[index], `${value}`).toBe(nearest(BRAIN, overflow, value)));
  });

  it('float32 returns the array itself', () => {
    expect(roundToDtype(samples, 'float32')).toBe(samples);
  });
});
