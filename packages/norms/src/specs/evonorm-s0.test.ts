// EvoNorm-S0 quirks: the catalog oracle values, the TF reference's group resolution, the
// linear form, batch independence and the layer's initZero.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { EvoNormS0, evoNormGroups, evoNormS0 } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const x = () => tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);

test('NHWC [1, 2, 2, 1] = [1, 2, 3, 4]: group variance 1.25, y = x·σ(x)/√(1.25 + 1e-5); v = 0 gives x/2 over the same', () => {
  const got = evoNormS0(x()).dataSync();
  [0.65387606, 1.57561141, 2.55601438, 3.51334529].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 6));
  const halved = evoNormS0(x(), null, null, tf.zeros([1])).dataSync();
  [0.44721181, 0.89442361, 1.34163542, 1.78884723].forEach((want, i) => expect(halved[i]).toBeCloseTo(want, 6));
});

test('groups are lowered until they divide the channels, as the TF reference does (timm asserts instead)', () => {
  expect([16, 48, 33, 64, 1].map((channels) => evoNormGroups(32, channels))).toEqual([16, 24, 11, 32, 1]);
  // 48 channels with the default 32 groups run as 24 groups of 2 channels.
  const images = tf.randomNormal([2, 3, 3, 48], 0, 1, 'float32', 2);
  expect(Array.from(evoNormS0(images).dataSync())).toEqual(Array.from(evoNormS0(images, null, null, null, { groups: 24 }).dataSync()));
  expect(() => evoNormGroups(0, 8)).toThrow(/expected groups to be a positive integer, got 0/);
});

test('nonlinearity: false is γ·x + β with no statistics', () => {
  const gamma = tf.tensor1d([2]);
  const beta = tf.tensor1d([0.5]);
  expect(Array.from(evoNormS0(x(), gamma, beta, null, { nonlinearity: false }).dataSync())).toEqual([2.5, 4.5, 6.5, 8.5]);
});

test('an example gives the same output alone and inside a batch', () => {
  const images = tf.randomNormal([3, 4, 4, 8], 0, 1, 'float32', 3);
  const batch = evoNormS0(images, null, null, null, { groups: 4 }).arraySync() as number[][][][];
  const alone = evoNormS0(tf.slice(images, [2, 0, 0, 0], [1, 4, 4, 8]), null, null, null, { groups: 4 }).arraySync() as number[][][][];
  expect(alone[0]).toEqual(batch[2]);
});

test('the layer makes gamma, beta, v; initZero starts gamma at 0; nonlinearity: false has no v', () => {
  const layer = new EvoNormS0({ initZero: true });
  layer.apply(tf.zeros([1, 2, 2, 48]));
  expect(layer.weights.map((w) => w.name.split('/').pop())).toEqual(['gamma', 'beta', 'v']);
  expect(Array.from(layer.getWeights()[0].dataSync()).every((v) => v === 0)).toBe(true);
  const linear = new EvoNormS0({ nonlinearity: false });
  linear.apply(tf.zeros([1, 2, 2, 8]));
  expect(linear.weights.map((w) => w.name.split('/').pop())).toEqual(['gamma', 'beta']);
});
