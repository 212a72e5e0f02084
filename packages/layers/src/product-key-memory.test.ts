// ProductKeyMemory: the product-key top-k equals a brute-force search over all n² keys; weights
// sum to 1 per head; only the selected value rows get gradient; the output equals the weighted
// sum of the selected rows; fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProductKeyMemory, topKByRounds } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('ProductKeyMemory', () => {
  it('topKByRounds equals sorting (first index on ties)', () => {
    const s = tf.tensor([[3, 1, 4, 1, 5, 9, 2, 6]]);
    const { values: v, indices } = topKByRounds(s, 3);
    expect(values(v)).toEqual([9, 6, 5]);
    expect(values(indices)).toEqual([5, 7, 4]);
    expect(values(topKByRounds(tf.tensor([[2, 2, 1]]), 1).indices)).toEqual([0]);
  });

  it('the product-key search equals brute force over all n² product keys; weights sum to 1 per head; the output is their weighted sum of value rows', () => {
    const layer = new ProductKeyMemory({ numKeys: 49, topK: 3, heads: 2, queryDim: 4, queryBatchNorm: false, units: 5 });
    const x = randomTensor([4, 6], 1);
    layer.apply(x);
    const { indices, weights } = layer.lookup(x);
    expect(Math.max(...values(tf.sum(weights, -1)).map((w) => Math.abs(w - 1)))).toBeLessThan(1e-6);
    const w = Object.fromEntries(layer.weights.map((v) => [v.originalName.split('/').slice(1).join('/'), v.read()]));
    const q = tf.add(tf.matMul(x, w['query/kernel']!), w['query/bias']!).arraySync() as number[][];
    const keys = w['sub_keys']!.arraySync() as number[][][][];
    const got = indices.arraySync() as number[][][];
    for (let row = 0; row < 4; row++) for (let h = 0; h < 2; h++) {
      const q1 = q[row]!.slice(h * 4, h * 4 + 2); const q2 = q[row]!.slice(h * 4 + 2, h * 4 + 4);
      const all = Array.from({ length: 49 }, (_, slot) => {
        const [i, j] = [Math.floor(slot / 7), slot % 7];
        return { slot, score: q1.reduce((s, v, c) => s + v * keys[h]![0]![i]![c]!, 0) + q2.reduce((s, v, c) => s + v * keys[h]![1]![j]![c]!, 0) };
      }).sort((p, r) => r.score - p.score);
      expect(got[row]![h]).toEqual(all.slice(0, 3).map((e) => e.slot));
    }
    const table = w['values']!;
    const expected = tf.tidy(() => {
      const picked = tf.reshape(tf.gather(table, tf.reshape(indices, [-1])), [4, 6, 5]);
      return tf.sum(tf.mul(picked, tf.reshape(weights, [4, 6, 1])), 1);
    });
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), values(expected), 0.1)).toBeLessThan(1e-6);
  });

  it('only the selected value rows receive gradient; trains, saves and loads; leaks nothing; clear errors', async () => {
    const layer = new ProductKeyMemory({ numKeys: 16, topK: 2, heads: 1, queryDim: 4, units: 3 });
    const x = randomTensor([2, 5], 2);
    layer.apply(x);
    const valuesWeight = layer.weights.find((v) => v.originalName.endsWith('/values'))!;
    const { grads } = tf.variableGrads(() => tf.sum(layer.apply(x) as tf.Tensor) as tf.Scalar, [(valuesWeight as unknown as { val: tf.Variable }).val]);
    const selected = new Set(values(layer.lookup(x).indices));
    const rows = grads[valuesWeight.name]!.arraySync() as number[][];
    rows.forEach((row, slot) => expect(row.some((g) => g !== 0)).toBe(selected.has(slot)));
    const model = tfl.sequential({ layers: [new ProductKeyMemory({ numKeys: 64, topK: 4, heads: 2, queryDim: 8, units: 1, inputShape: [4] })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const inputs = randomTensor([64, 4], 3);
    const targets = tf.tidy(() => tf.reshape(tf.sum(tf.abs(inputs), 1), [64, 1]));
    const history = await model.fit(inputs, targets, { epochs: 15, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(inputs) as tf.Tensor)).toEqual(values(model.predict(inputs) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input, { training: true }) as tf.Tensor))(inputs));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new ProductKeyMemory({ numKeys: 50 })).toThrow('ProductKeyMemory: expected numKeys to be a perfect square (n² product keys), got 50 — for example 49');
    expect(() => new ProductKeyMemory({ topk: 4 } as never)).toThrow("ProductKeyMemory: unknown option 'topk' (did you mean 'topK'?)");
  });
});
