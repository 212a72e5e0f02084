// GRN: identity at init, values and gradients vs a float64 reference, an all-zero channel,
// and the layer in a model.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { GRN, grn } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Float64 GRN over [N, H, W, C] data in a flat array. */
function reference(x: Float64Array, [n, h, w, c]: number[], gamma: number[], beta: number[], epsilon = 1e-6): Float64Array {
  const out = new Float64Array(x.length);
  for (let b = 0; b < n; b++) {
    const norms = Array.from({ length: c }, (_, k) => {
      let sum = 0;
      for (let p = 0; p < h * w; p++) sum += x[(b * h * w + p) * c + k] ** 2;
      return Math.sqrt(sum);
    });
    const mean = norms.reduce((a, v) => a + v, 0) / c;
    for (let p = 0; p < h * w; p++) {
      for (let k = 0; k < c; k++) {
        const i = (b * h * w + p) * c + k;
        out[i] = gamma[k] * x[i] * norms[k] / (mean + epsilon) + beta[k] + x[i];
      }
    }
  }
  return out;
}

const shape = [2, 3, 3, 4];
const data = () => Float64Array.from(tf.randomNormal(shape, 0, 1, 'float32', 1).dataSync());
const gamma = [0.5, -1, 2, 0.1];
const beta = [0, 0.3, -0.2, 1];

test('γ = β = 0 is the identity; the response N averages to ≈ 1 over the channels', () => {
  const x = tf.tensor(Float32Array.from(data()), shape);
  expect(Array.from(grn(x, tf.zeros([4]), tf.zeros([4])).dataSync())).toEqual(Array.from(x.dataSync()));
  // With γ = 1 and β = 0: y − x = x·N, so N = (y − x)/x per element; its channel mean ≈ 1.
  const response = tf.div(tf.sub(grn(x, tf.ones([4])), x), x);
  const perSample = tf.mean(tf.mean(response, [1, 2]), -1).dataSync();
  perSample.forEach((v) => expect(v).toBeCloseTo(1, 4));
});

test('values and gradients of x, γ and β vs the float64 reference', () => {
  const xs = data();
  const got = grn(tf.tensor(Float32Array.from(xs), shape), gamma, beta).dataSync();
  const want = reference(xs, shape, gamma, beta);
  want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5));
  const probe = Float64Array.from(tf.randomNormal(shape, 0, 1, 'float32', 2).dataSync());
  const loss = (a: Float64Array, g: number[], b: number[]) => reference(a, shape, g, b).reduce((s, v, i) => s + v * probe[i], 0);
  const [dx, dgamma, dbeta] = tf.grads((a: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(grn(a, g, b), tf.tensor(Float32Array.from(probe), shape))))(
    [tf.tensor(Float32Array.from(xs), shape), tf.tensor1d(gamma), tf.tensor1d(beta)]).map((t) => t.dataSync());
  const step = 1e-4;
  for (const i of [0, 5, 17, 40, 71]) {
    const plus = Float64Array.from(xs); plus[i] += step;
    const minus = Float64Array.from(xs); minus[i] -= step;
    expect(dx[i]).toBeCloseTo((loss(plus, gamma, beta) - loss(minus, gamma, beta)) / (2 * step), 3);
  }
  for (let k = 0; k < 4; k++) {
    const up = [...gamma]; up[k] += step;
    const down = [...gamma]; down[k] -= step;
    expect(dgamma[k]).toBeCloseTo((loss(xs, up, beta) - loss(xs, down, beta)) / (2 * step), 3);
    expect(dbeta[k]).toBeCloseTo(probe.filter((_, i) => i % 4 === k).reduce((s, v) => s + v, 0), 4);
  }
});

test('an all-zero channel gives finite values and gradients; bad γ is a clear error', () => {
  const x = tf.concat([tf.zeros([1, 2, 2, 1]), tf.randomNormal([1, 2, 2, 2], 0, 1, 'float32', 3)], -1);
  const g = tf.grad((a: tf.Tensor) => tf.sum(grn(a, tf.ones([3]))))(x).dataSync();
  expect(Array.from(g).every(Number.isFinite)).toBe(true);
  expect(() => grn(x, tf.ones([2]))).toThrow(/grn: expected 'gamma' of 3 values \(one per channel\), got shape \[2\]/);
  expect(() => grn(tf.ones([2, 3]))).toThrow(/grn: expected x of rank >= 3/);
});

test('layer: starts as the identity, trains, saves and loads', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', inputShape: [5, 5, 2] }), new GRN()] });
  const x = tf.randomNormal([6, 5, 5, 2], 0, 1, 'float32', 4);
  const conv = model.layers[0].apply(x) as tf.Tensor;
  expect(Array.from((model.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from(conv.dataSync()));
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
  const history = await model.fit(x, tf.randomNormal([6, 5, 5, 4], 0, 1, 'float32', 5), { epochs: 4, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[3]).toBeLessThan(losses[0]);
  expect(Array.from(model.layers[1].getWeights()[0].dataSync()).some((v) => v !== 0)).toBe(true);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
});
