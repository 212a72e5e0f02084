import type { ReferenceInput } from '@layerkit/core';

/**
 * Float64 references walk x group by group, as reduction-spec.ts lays it out: element
 * (outer, across, kept, within) at ((o·across + a)·kept + k)·within + w, weight index k·within + w.
 * `each` gets the group's element offsets and their weight indices.
 */
export function forEachGroup(
  input: ReferenceInput,
  each: (offsets: number[], channels: number[]) => void,
): void {
  const [outer, across, kept, within] = input.view;
  for (let o = 0; o < outer; o++) {
    for (let k = 0; k < kept; k++) {
      const offsets: number[] = [];
      const channels: number[] = [];
      for (let a = 0; a < across; a++) {
        for (let w = 0; w < within; w++) {
          offsets.push(((o * across + a) * kept + k) * within + w);
          channels.push(k * within + w);
        }
      }
      each(offsets, channels);
    }
  }
}

/** Mean and biased variance of the values at `offsets`, two-pass in float64. */
export function moments(values: Float64Array, offsets: readonly number[]): { mean: number; variance: number } {
  const n = offsets.length;
  const mean = offsets.reduce((s, i) => s + values[i], 0) / n;
  const variance = offsets.reduce((s, i) => s + (values[i] - mean) ** 2, 0) / n;
  return { mean, variance };
}
