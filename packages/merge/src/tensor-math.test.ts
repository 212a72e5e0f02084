/** The magnitude selection against a sort, on sizes that take both the small and the radix path. */
import { describe, expect, it } from 'vitest';
import { topMagnitudeMask } from './tensor-math.js';
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
