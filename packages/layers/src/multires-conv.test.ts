// MultiresConv: the catalog oracle (L = 4, k = 2 → J = 2, pre-activation [2.25, 5.75, 10, 15]),
// J = 10 for L = 1024, 2k + J + 2 parameters per channel, causality, gradients, fit, save/load,
// leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MultiresConv, multiresDepth } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** The layer's pre-activation in float64 for one channel. */
function reference(x: number[], h0: number[], h1: number[], w: number[], J: number): number[] {
  const k = h0.length;
  const conv = (a: number[], h: number[], D: number) => a.map((_, t) => h.reduce((s, hj, j) => s + hj * (a[t - (k - 1 - j) * D] ?? 0), 0));
  let a = x;
  const y = x.map(() => 0);
  let D = 1;
  for (let level = J; level >= 1; level--) {
    conv(a, h1, D).forEach((b, t) => { y[t] += w[level]! * b; });
    a = conv(a, h0, D);
    D *= 2;
  }
  return y.map((v, t) => v + w[0]! * a[t]! + w[J + 1]! * x[t]!);
}

describe('MultiresConv', () => {
  it('L = 4, k = 2: J = 2 and x = [1, 2, 3, 4], h0 = [0.5, 0.5], h1 = [0.5, −0.5], w = [1, 2, 3, 4] give [2.25, 5.75, 10, 15]; J = 10 for L = 1024', () => {
    expect(multiresDepth(4, 2)).toBe(2);
    expect(multiresDepth(1024, 2)).toBe(10);
    const layer = new MultiresConv({ activation: 'linear' });
    const x = tf.tensor([1, 2, 3, 4], [1, 4, 1]);
    layer.apply(x);
    layer.setWeights([tf.tensor([[0.5, 0.5]]), tf.tensor([[0.5, -0.5]]), tf.tensor([[1, 2, 3, 4]])]);
    expect(values(layer.apply(x) as tf.Tensor)).toEqual([2.25, 5.75, 10, 15]);
    expect(layer.countParams()).toBe(2 * 2 + 2 + 2);
  });

  it('matches the float64 reference per channel (k = 3, GELU after) within 1e-5 and is causal', () => {
    const layer = new MultiresConv({ kernelSize: 3, activation: 'linear' });
    const x = randomTensor([2, 9, 3], 1);
    const out = values(layer.apply(x) as tf.Tensor);
    const [h0, h1, w] = layer.getWeights().map((t) => t.arraySync() as number[][]);
    const J = multiresDepth(9, 3);
    const xs = x.arraySync() as number[][][];
    const expected: number[] = new Array(2 * 9 * 3).fill(0);
    for (let b = 0; b < 2; b++) for (let c = 0; c < 3; c++) {
      reference(xs[b]!.map((row) => row[c]!), h0![c]!, h1![c]!, w![c]!, J).forEach((v, t) => { expected[(b * 9 + t) * 3 + c] = v; });
    }
    expect(maxRelativeError(out, expected, 0.1)).toBeLessThan(1e-5);
    const changed = tf.concat([tf.slice(x, [0, 0, 0], [2, 5, 3]), randomTensor([2, 4, 3], 2, 3)], 1);
    const gelu = new MultiresConv({ kernelSize: 3 });
    const a = gelu.apply(x) as tf.Tensor;
    const b2 = gelu.apply(changed) as tf.Tensor;
    expect(values(tf.slice(a, [0, 0, 0], [2, 5, 3]))).toEqual(values(tf.slice(b2, [0, 0, 0], [2, 5, 3])));
  });

  it('gradients match finite differences; trains, saves and loads with identical predictions; leaks nothing; clear errors', async () => {
    const layer = new MultiresConv({ activation: 'linear' });
    const x = randomTensor([1, 6, 2], 11);
    layer.apply(x);
    const [h0, h1, w] = layer.getWeights().map((t) => t.arraySync() as number[][]);
    const probe = randomValues(12, 12);
    const J = multiresDepth(6, 2);
    const loss = (input: ArrayLike<number>) => [0, 1].reduce((s, c) => s + reference([0, 1, 2, 3, 4, 5].map((t) => input[t * 2 + c]!), h0![c]!, h1![c]!, w![c]!, J).reduce((a, v, t) => a + v * probe[t * 2 + c]!, 0), 0);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor(probe, [1, 6, 2]))))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences(loss, x.dataSync()))).toBeLessThan(1e-3);
    const model = tfl.sequential({ layers: [new MultiresConv({ inputShape: [8, 2] }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const xs = randomTensor([32, 8, 2], 13);
    const ys = tf.tidy(() => tf.reshape(tf.sum(xs, [1, 2]), [32, 1]));
    const history = await model.fit(xs, ys, { epochs: 15, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ depth: 3, kernelSize: 2 });
    expect(values(loaded.predict(xs) as tf.Tensor)).toEqual(values(model.predict(xs) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(xs));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new MultiresConv({ kernelsize: 2 } as never)).toThrow("MultiresConv: unknown option 'kernelsize' (did you mean 'kernelSize'?)");
    expect(() => new MultiresConv({ name: 'm' }).apply(tfl.input({ shape: [null, 3] }))).toThrow("MultiresConv 'm': expected a known sequence length to choose the depth, got [null, null, 3]");
  });
});
