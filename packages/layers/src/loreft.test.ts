// LoReFT: with W = R and b = 0 it is the identity; only the rank-dimensional subspace of h changes;
// R Rᵀ = I at init and after every batch with the orthonormalizer; a float64 reference; fit with a
// frozen base, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoReFT, orthonormalRows, ReftOrthonormalizer } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const gram = (R: tf.Tensor) => values(tf.matMul(R, R, false, true));
const identity = (r: number) => Array.from({ length: r * r }, (_, i) => (i % (r + 1) === 0 ? 1 : 0));

describe('LoReFT', () => {
  it('starts with orthonormal R; W = R and b = 0 make it the identity; otherwise only the span of R changes; a float64 reference', () => {
    const layer = new LoReFT({ rank: 2, seed: 1 });
    const h = randomTensor([3, 4, 6], 2);
    layer.apply(h);
    const [R, W] = layer.getWeights();
    expect(maxRelativeError(gram(R!), identity(2), 0.1)).toBeLessThan(1e-6);
    layer.setWeights([R!, R!, tf.zeros([2])]);
    expect(maxRelativeError(values(layer.apply(h) as tf.Tensor), values(h), 0.1)).toBeLessThan(1e-6);
    layer.setWeights([R!, W!, tf.tensor([0.5, -1])]);
    const out = layer.apply(h) as tf.Tensor;
    const change = tf.reshape(tf.sub(out, h), [12, 6]);
    // The change lies in the row space of R: projecting it off R leaves nothing.
    const off = tf.sub(change, tf.matMul(tf.matMul(change, R!, false, true), R!));
    expect(Math.max(...values(off).map(Math.abs))).toBeLessThan(1e-5);
    const hs = values(h); const r = values(R!); const w = values(W!);
    const expected = Array.from({ length: 12 }, (_, n) => {
      const row = hs.slice(n * 6, n * 6 + 6);
      const edit = [0, 1].map((i) => [0, 1, 2, 3, 4, 5].reduce((s, k) => s + (w[i * 6 + k]! - r[i * 6 + k]!) * row[k]!, 0) + [0.5, -1][i]!);
      return row.map((v, k) => v + edit[0]! * r[k]! + edit[1]! * r[6 + k]!);
    }).flat();
    expect(maxRelativeError(values(out), expected, 0.1)).toBeLessThan(1e-5);
  });

  it('fine-tunes on a frozen base with R kept orthonormal after every batch; saves and loads; leaks nothing; clear errors', async () => {
    const base = tfl.layers.dense({ units: 6, activation: 'tanh', inputShape: [3], trainable: false });
    const reft = new LoReFT({ rank: 2, seed: 3, name: 'reft' });
    const model = tfl.sequential({ layers: [base, reft, tfl.layers.dense({ units: 1, trainable: false, kernelInitializer: 'ones' })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([64, 3], 4);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.square(x), 1), [64, 1]));
    const before = values(base.getWeights()[0]!);
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0, callbacks: [new ReftOrthonormalizer()] });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    expect(values(base.getWeights()[0]!)).toEqual(before);
    expect(maxRelativeError(gram(reft.getWeights()[0]!), identity(2), 0.1)).toBeLessThan(1e-5);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const hidden = tf.ones([2, 6]);
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(reft.apply(input) as tf.Tensor))(hidden));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new LoReFT({ rnak: 2 } as never)).toThrow("LoReFT: unknown option 'rnak' (did you mean 'rank'?)");
    expect(() => new LoReFT({ rank: 8, name: 'r' }).apply(tf.zeros([1, 4]))).toThrow("LoReFT 'r': expected rank <= 4 (the hidden size), got 8");
    expect(() => orthonormalRows([1, 0, 2, 0], 2, 2)).toThrow('orthonormalRows: expected linearly independent rows, got row 1 in the span of the earlier ones');
  });
});
