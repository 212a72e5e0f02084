/** Layer-wise averaging: the catalog oracles against `linear`, and the barrier sweep over layers. */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { executeMerge, layerwiseBarrierSweep, planMerge, type ParameterSettings, type WeightSource } from '@layerkit/merge';
import { arraySource, randomFloats, useCpu } from './test-helpers.js';

beforeAll(useCpu);

const SHAPES: Record<string, number[]> = { 'dense_1/kernel': [3, 4], 'dense_1/bias': [4], 'dense_2/kernel': [4, 2] };
const model = (label: string, seed: number): WeightSource => arraySource(label, Object.fromEntries(Object.entries(SHAPES).map(([name, shape], index) => [
  name, { shape, values: randomFloats(shape.reduce((product, size) => product * size, 1), seed * 10 + index) },
])));

function run(method: string, models: WeightSource[], parameters: ParameterSettings): Record<string, Float32Array> {
  const result: Record<string, Float32Array> = {};
  executeMerge(planMerge({ method, base: null, models: models.map((source) => ({ source })), parameters }), (weight, values) => { result[weight.name] = values as Float32Array; });
  return result;
}

describe('layerwise_average (merge.layerwise-average)', () => {
  const a = model('a', 1); const b = model('b', 2);

  it('averaging all layers equals linear with equal weights; averaging none returns A', () => {
    const all = run('layerwise_average', [a, b], { layers: 'dense_1, dense_2' });
    const linear = run('linear', [a, b], {});
    const none = run('layerwise_average', [a, b], { layers: '' });
    for (const name of Object.keys(SHAPES)) {
      Array.from(linear[name]!).forEach((value, index) => expect(all[name]![index]).toBeCloseTo(value, 6));
      expect(Array.from(none[name]!)).toEqual(Array.from(a.read(name) as Float32Array));
    }
  });

  it('one layer: only its tensors move', () => {
    const merged = run('layerwise_average', [a, b], { layers: 'dense_1' });
    expect(Array.from(merged['dense_2/kernel']!)).toEqual(Array.from(a.read('dense_2/kernel') as Float32Array));
    expect(Array.from(merged['dense_1/bias']!)).not.toEqual(Array.from(a.read('dense_1/bias') as Float32Array));
  });

  it('the sweep gives one curve per layer, and only that layer moves along it', async () => {
    const toMap = (source: WeightSource) => Object.fromEntries(Object.entries(SHAPES).map(([name, shape]) => [name, tf.tensor(source.read(name) as Float32Array, shape)]));
    const mapA = toMap(a); const mapB = toMap(b);
    // Squared distance to B's dense_2 kernel: a loss that only dense_2 can change, quadratic in t.
    const target = mapB['dense_2/kernel']!;
    const loss = (weights: tf.NamedTensorMap) => tf.tidy(() => tf.sum(tf.squaredDifference(weights['dense_2/kernel']!, target)).dataSync()[0]!);
    const sweep = await layerwiseBarrierSweep({ a: mapA, b: mapB, loss, steps: 5 });
    expect(sweep.map((entry) => entry.layers)).toEqual(['dense_1', 'dense_2']);
    expect(new Set(sweep[0]!.losses).size).toBe(1);
    expect(sweep[0]!.barrier).toBeCloseTo(0, 6);
    // (1 − t)²·d on a straight line from d to 0: the convex curve lies below the chord (barrier 0 at the ends).
    expect(sweep[1]!.losses[4]).toBeCloseTo(0, 6);
    expect(sweep[1]!.barrier).toBeCloseTo(0, 6);
    await expect(layerwiseBarrierSweep({ a: mapA, b: mapB, loss, groups: ['nope'] })).rejects.toThrow(/layer group 'nope'/);
  });
});
