// Hopfield layers: one update retrieves a stored pattern queried exactly for large β; retrieval
// weights sum to 1; the layer matches a float64 reference; HopfieldPooling learns in a model,
// saves and loads; leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Hopfield, HopfieldPooling, hopfieldRetrieve } from '@layerkit/layers';
import { matMul64, maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), w.read().dataSync() as Float32Array]));

describe('Hopfield', () => {
  it('retrieves a stored pattern queried exactly in one update for large β (and a noisy one); rows of the retrieval weights sum to 1', () => {
    const patterns = tf.sign(randomTensor([1, 6, 16], 1));
    const exact = hopfieldRetrieve(patterns, tf.slice(patterns, [0, 2, 0], [1, 1, 16]), 8);
    expect(maxRelativeError(values(exact), values(tf.slice(patterns, [0, 2, 0], [1, 1, 16])), 0.1)).toBeLessThan(1e-6);
    const noisy = tf.add(tf.slice(patterns, [0, 4, 0], [1, 1, 16]), randomTensor([1, 1, 16], 2, 0.6));
    expect(maxRelativeError(values(hopfieldRetrieve(patterns, noisy, 8)), values(tf.slice(patterns, [0, 4, 0], [1, 1, 16])), 0.1)).toBeLessThan(1e-4);
    // The weights: retrieving the identity's rows gives the softmax rows themselves.
    const weights = hopfieldRetrieve(tf.reshape(tf.eye(4), [1, 4, 4]), randomTensor([1, 3, 4], 3), 2);
    expect(Math.max(...values(tf.sum(weights, -1)).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
  });

  it('the Hopfield layer matches softmax(β·R·W_Q·(Y·W_K)ᵀ)·Y·W_K·W_V in float64 within 1e-5 (+1e-6 absolute)', () => {
    const layer = new Hopfield({ patternDim: 4, units: 3, beta: 0.7 });
    const R = randomTensor([2, 3, 5], 11);
    const Y = randomTensor([2, 4, 6], 12);
    const output = layer.apply([R, Y]) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, 3]);
    const w = byName(layer);
    const expected: number[] = [];
    for (let b = 0; b < 2; b++) {
      const q = matMul64(R.dataSync().slice(b * 15, b * 15 + 15), w['query/kernel']!, 3, 5, 4);
      const k = matMul64(Y.dataSync().slice(b * 24, b * 24 + 24), w['key/kernel']!, 4, 6, 4);
      const v = matMul64(k, w['value/kernel']!, 4, 4, 3);
      for (let m = 0; m < 3; m++) {
        const scores = Array.from({ length: 4 }, (_, n) => 0.7 * [0, 1, 2, 3].reduce((s, i) => s + q[m * 4 + i]! * k[n * 4 + i]!, 0));
        const max = Math.max(...scores);
        const e = scores.map((s) => Math.exp(s - max));
        const total = e.reduce((a, c) => a + c, 0);
        for (let u = 0; u < 3; u++) expected.push(e.reduce((s, ei, n) => s + (ei / total) * v[n * 3 + u]!, 0));
      }
    }
    expect(maxRelativeError(output.dataSync(), expected, 0.1)).toBeLessThan(1e-5);
    expect(new Hopfield({ patternDim: 16 }).beta).toBe(0.25);
  });

  it('HopfieldPooling learns in a model, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [new HopfieldPooling({ patternDim: 8, numPatterns: 2, inputShape: [5, 3] }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([32, 5, 3], 21);
    const y = tf.tidy(() => tf.reshape(tf.max(tf.sum(x, 2), 1), [32, 1]));
    const history = await model.fit(x, y, { epochs: 25, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    expect(model.layers[0]!.weights.map((w) => w.originalName.split('/').slice(1).join('/'))).toEqual(['state_patterns', 'key/kernel', 'value/kernel']);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new Hopfield({ patternDim: 4, bta: 1 } as never)).toThrow("Hopfield: unknown option 'bta' (did you mean 'beta'?)");
    expect(() => new Hopfield({ patternDim: 4, name: 'h' }).apply(tf.zeros([2, 3]))).toThrow("Hopfield 'h': expected patterns [batch, count, features] with known features, got [2, 3]");
    expect(() => hopfieldRetrieve(tf.zeros([3]), tf.zeros([3]), 1)).toThrow('hopfieldRetrieve: expected stored patterns [..., N, d] and states [..., M, d] of one rank');
  });
});
