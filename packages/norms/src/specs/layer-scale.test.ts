// LayerScale quirks: zero init makes a residual block the identity, and the weight gradient is
// Σ dy·h over the non-channel axes.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { LayerScale, layerScale } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('with initValue 0, x + LayerScale(F(x)) is x at initialisation; the default starts at 1e-5', () => {
  const x = tf.randomNormal([2, 3, 8], 0, 1, 'float32', 13);
  const branch = tf.randomNormal([2, 3, 8], 0, 1, 'float32', 14);
  const zero = new LayerScale({ initValue: 0 });
  expect(Array.from(tf.add(x, zero.apply(branch) as tf.Tensor).dataSync())).toEqual(Array.from(x.dataSync()));
  const small = new LayerScale();
  small.apply(branch);
  expect(Array.from(small.getWeights()[0].dataSync())).toEqual(new Array(8).fill(Math.fround(1e-5)));
});

test('dL/dγ = Σ dy·h over every axis but the channels', () => {
  const h = tf.randomNormal([2, 3, 8], 0, 1, 'float32', 15);
  const dy = tf.randomNormal([2, 3, 8], 0, 1, 'float32', 16);
  const got = tf.grad((gamma: tf.Tensor) => tf.sum(tf.mul(layerScale(h, gamma), dy)))(tf.ones([8])).dataSync();
  const want = tf.sum(tf.mul(dy, h), [0, 1]).dataSync();
  got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 5));
});

test('layerScale without gamma is a clear error', () => {
  expect(() => layerScale(tf.ones([2, 3]), null as never)).toThrow(/layerScale: expected 'gamma', the per-channel scale, got nothing/);
});
