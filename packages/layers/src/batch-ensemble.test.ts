// LinearBatchEnsemble: with all adapters 1 and equal biases every member is the shared dense layer;
// a float64 reference per member; TabM's init (random signs, s = 1, one shared bias draw); the
// parameter overhead k·(d_in + 2·d_out); fit on the mean of the members' losses, save/load, leaks, errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LinearBatchEnsemble } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('LinearBatchEnsemble', () => {
  it("TabM's init: r random signs, s = 1, every member's bias the same U(−1/√d, 1/√d) draw; k·(d_in + 2·d_out) extra parameters", () => {
    const layer = new LinearBatchEnsemble({ units: 3, k: 4, seed: 1 });
    layer.apply(tf.zeros([1, 5]));
    const [kernel, r, s, bias] = layer.getWeights().map((w) => values(w));
    expect(r!.every((v) => v === 1 || v === -1)).toBe(true);
    expect(new Set(r).size).toBe(2);
    expect(s!.every((v) => v === 1)).toBe(true);
    for (let i = 1; i < 4; i++) expect(bias!.slice(i * 3, i * 3 + 3)).toEqual(bias!.slice(0, 3));
    expect([...kernel!, ...bias!].every((v) => Math.abs(v) <= 1 / Math.sqrt(5))).toBe(true);
    expect(layer.countParams() - 5 * 3).toBe(4 * (5 + 2 * 3));
  });

  it('matches y_i = ((x_i ⊙ r_i)·W) ⊙ s_i + b_i per member within 1e-5 (+1e-6 absolute); ones adapters and equal biases give the shared dense layer', () => {
    const layer = new LinearBatchEnsemble({ units: 3, k: 2, init: 'normal', seed: 2 });
    const x = randomTensor([4, 5], 3);
    layer.apply(x);
    layer.setWeights(layer.getWeights().map((w, i) => (i === 2 ? randomTensor(w.shape, 4) : w)));
    const [W, r, s, b] = layer.getWeights().map((w) => values(w));
    const output = values(layer.apply(x) as tf.Tensor);
    const xs = values(x);
    const expected: number[] = [];
    for (let n = 0; n < 4; n++) for (let i = 0; i < 2; i++) for (let o = 0; o < 3; o++) {
      let sum = 0;
      for (let j = 0; j < 5; j++) sum += xs[n * 5 + j]! * r![i * 5 + j]! * W![j * 3 + o]!;
      expected.push(sum * s![i * 3 + o]! + b![i * 3 + o]!);
    }
    expect(maxRelativeError(output, expected, 0.1)).toBeLessThan(1e-5);
    const plain = new LinearBatchEnsemble({ units: 3, k: 3, init: 'ones' });
    plain.apply(x);
    const dense = tf.add(tf.matMul(x, plain.getWeights()[0]!), tf.slice(plain.getWeights()[3]!, [0, 0], [1, 3]));
    const members = plain.apply(x) as tf.Tensor;
    for (let i = 0; i < 3; i++) expect(values(tf.squeeze(tf.slice(members, [0, i, 0], [4, 1, 3]), [1]))).toEqual(values(dense));
  });

  it('a TabM-style stack trains on the mean of the members\' losses, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [
      new LinearBatchEnsemble({ units: 16, k: 4, seed: 5, inputShape: [3] }), tfl.layers.reLU(),
      new LinearBatchEnsemble({ units: 1, k: 4, init: 'ones', seed: 6 }),
    ] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 3], 7);
    const y = tf.tidy(() => tf.tile(tf.reshape(tf.sum(tf.abs(x), 1), [64, 1, 1]), [1, 4, 1]));
    const history = await model.fit(x, y, { epochs: 30, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]! * 0.3);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new LinearBatchEnsemble({ units: 2, K: 4 } as never)).toThrow("LinearBatchEnsemble: unknown option 'K' (did you mean 'k'?)");
    expect(() => new LinearBatchEnsemble({ units: 2, k: 4, name: 'e' }).apply(tf.zeros([2, 3, 5]))).toThrow("LinearBatchEnsemble 'e': expected [batch, features] or [batch, k = 4, features], got [2, 3, 5]");
  });
});
