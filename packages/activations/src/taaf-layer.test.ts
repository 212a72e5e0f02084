// TAAF's catalog oracle: identity params reproduce g; the closed-form value with tanh; param
// shapes [units]; gradients of all four params and x against central differences; save/load.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { silu, Taaf } from './index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());

test('starts equal to g: tanh, and a layerkit activation (silu)', () => {
  const x = tf.tensor2d([[-2, -0.5, 0, 0.7, 3]]);
  expect(values(new Taaf({ activation: 'tanh' }).apply(x) as tf.Tensor)).toEqual(values(tf.tanh(x)));
  expect(values(new Taaf({ activation: 'silu' }).apply(x) as tf.Tensor)).toEqual(values(silu(x)));
});

test('g = tanh, alpha 2, beta 0.5, gamma 1, delta −1 at x = 2 gives 2·tanh(2) − 1 = 0.9280551602; params are [units]', () => {
  const layer = new Taaf({ activation: 'tanh' });
  layer.build([null, 3]);
  expect(layer.getWeights().map((w) => w.shape)).toEqual([[3], [3], [3], [3]]);
  layer.setWeights([tf.fill([3], 2), tf.fill([3], 0.5), tf.fill([3], 1), tf.fill([3], -1)]);
  values(layer.apply(tf.tensor2d([[2, 2, 2]])) as tf.Tensor).forEach((v) => expect(v).toBeCloseTo(0.9280551602, 6));
});

test('gradients of x, alpha, beta, gamma and delta match central differences', () => {
  const layer = new Taaf({ activation: 'tanh' });
  layer.build([null, 2]);
  const start = [[1.5, 0.8], [0.7, 1.2], [0.3, -0.4], [-0.2, 0.1]];
  layer.setWeights(start.map((w) => tf.tensor1d(w)));
  const xs = [[0.5, -1.2], [2, 0.3], [-0.7, 1.1]];
  const probe = [[1, -2], [0.5, 3], [-1, 0.25]];
  const loss = (x: number[][], [a, b, c, d]: number[][]) => x.reduce((total, row, r) => total
    + row.reduce((sum, v, j) => sum + probe[r][j] * (a[j] * Math.tanh(b[j] * v + c[j]) + d[j]), 0), 0);
  const x = tf.tensor2d(xs);
  const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, tf.tensor2d(probe))) as tf.Scalar,
    layer.trainableWeights.map((w) => w.read() as tf.Variable));
  expect(value.dataSync()[0]).toBeCloseTo(loss(xs, start), 5);
  const step = 1e-6;
  layer.trainableWeights.forEach((w, k) => {
    const got = values(grads[w.read().name]);
    got.forEach((g, j) => {
      const plus = start.map((row) => [...row]);
      const minus = start.map((row) => [...row]);
      plus[k][j] += step;
      minus[k][j] -= step;
      expect(g, `${w.originalName}[${j}]`).toBeCloseTo((loss(xs, plus) - loss(xs, minus)) / (2 * step), 4);
    });
  });
  const dx = values(tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor2d(probe))))(x));
  dx.forEach((g, i) => {
    const [r, j] = [Math.floor(i / 2), i % 2];
    const plus = xs.map((row) => [...row]);
    const minus = xs.map((row) => [...row]);
    plus[r][j] += step;
    minus[r][j] -= step;
    expect(g).toBeCloseTo((loss(plus, start) - loss(minus, start)) / (2 * step), 4);
  });
});

test('trains, saves and loads with the same outputs', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3], useBias: false }), new Taaf({ activation: 'mish' })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 3], 0, 1, 'float32', 3);
  const history = await model.fit(x, tf.randomNormal([16, 4], 0, 1, 'float32', 4), { epochs: 5, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[4]).toBeLessThan(losses[0]);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
  expect(loaded.layers[1].getConfig().activation).toBe('mish');
});

test('bad options get a clear error', () => {
  expect(() => new Taaf({} as never)).toThrow(/Taaf: expected option 'activation' to be an activation name, got undefined/);
  expect(() => new Taaf({ activation: 'tanhh' })).toThrow(/Taaf: unknown activation 'tanhh' \(did you mean 'tanh'\?\)/);
  expect(() => new Taaf({ activation: 'tanh', alhpa: 1 } as never)).toThrow(/Taaf: unknown option 'alhpa'/);
});
