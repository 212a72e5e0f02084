// L1 normalization: the catalog oracle, the rescale factor on Gaussian data, invariances, and
// the layer.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { L1Norm, l1Norm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('x = [1, 2, 3, 6], ε = 0: μ = 3, MAD = 1.5; with rescale divided by √(π/2) more', () => {
  const x = tf.tensor2d([[1, 2, 3, 6]]);
  const plain = l1Norm(x, null, null, { epsilon: 0 }).dataSync();
  [-1.3333333, -0.6666667, 0, 2].forEach((want, i) => expect(plain[i]).toBeCloseTo(want, 6));
  const rescaled = l1Norm(x, null, null, { epsilon: 0, rescale: true }).dataSync();
  [-1.06384608, -0.53192304, 0, 1.59576912].forEach((want, i) => expect(rescaled[i]).toBeCloseTo(want, 6));
  // The output's own mean absolute deviation is 1.
  expect(plain.reduce((s, v) => s + Math.abs(v), 0) / 4).toBeCloseTo(1, 6);
});

test('Gaussian rows: output std √(π/2) ≈ 1.2533 without rescale, 1 with it (2^20 samples)', () => {
  const x = tf.randomNormal([16, 65536], 0, 1, 'float32', 3);
  const std = (y: tf.Tensor) => Math.sqrt(tf.moments(y).variance.dataSync()[0]);
  expect(Math.abs(std(l1Norm(x)) - 1.2533)).toBeLessThan(0.002);
  expect(Math.abs(std(l1Norm(x, null, null, { rescale: true })) - 1)).toBeLessThan(0.002);
});

test('invariant to a shift and a positive scale of x (ε = 0)', () => {
  const x = tf.randomNormal([4, 9], 0, 1, 'float32', 4);
  const base = l1Norm(x, null, null, { epsilon: 0 });
  const moved = l1Norm(tf.add(tf.mul(x, 7.5), 30), null, null, { epsilon: 0 });
  expect(tf.max(tf.abs(tf.sub(base, moved))).dataSync()[0]).toBeLessThan(1e-5);
});

test('layer: γ and β per feature, trains, and rejects unknown options', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 6, inputShape: [3] }), new L1Norm({ rescale: true })] });
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  const history = await model.fit(tf.randomNormal([16, 3], 0, 1, 'float32', 5), tf.randomNormal([16, 6], 0, 1, 'float32', 6), { epochs: 3, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[2]).toBeLessThan(losses[0]);
  expect(model.layers[1].weights.map((w) => w.shape)).toEqual([[6], [6]]);
  expect(() => new L1Norm({ rescal: true } as never)).toThrow(/did you mean 'rescale'/);
  expect(() => l1Norm(tf.ones([2, 3]), null, null, { rescale: 1 as never })).toThrow(/l1Norm: expected option 'rescale' to be true or false, got 1/);
});
