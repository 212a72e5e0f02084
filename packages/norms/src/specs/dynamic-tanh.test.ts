// DyT quirks: the catalog oracle values, the scalar α (broadcast, with its summed gradient),
// row independence and the layer's weights in the authors' order.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { DynamicTanh, dynamicTanh } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('α = 0.5, γ = 1, β = 0: DyT([−2, 0, 1, 4]) = [−0.76159416, 0, 0.46211716, 0.96402758]', () => {
  const got = dynamicTanh(tf.tensor2d([[-2, 0, 1, 4]]), 0.5).dataSync();
  [-0.76159416, 0, 0.46211716, 0.96402758].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 6));
});

test('dL/dα = Σ dy·γ·x·(1 − tanh²(α·x)) for the scalar α, as central differences give it', () => {
  const x = tf.randomNormal([4, 6], 0, 2, 'float32', 9);
  const dy = tf.randomNormal([4, 6], 0, 1, 'float32', 10);
  const gamma = tf.randomUniform([6], 0.5, 1.5, 'float32', 11);
  const loss = (alpha: tf.Tensor) => tf.sum(tf.mul(dynamicTanh(x, alpha, gamma), dy));
  const got = tf.grad(loss)(tf.scalar(0.7)).dataSync()[0];
  const t = tf.tanh(tf.mul(0.7, x));
  const want = tf.sum(tf.mul(tf.mul(dy, gamma), tf.mul(x, tf.sub(1, tf.square(t))))).dataSync()[0];
  expect(got).toBeCloseTo(want, 4);
});

test('a row\'s output does not depend on the other rows; |y − β| ≤ |γ|', () => {
  const x = tf.randomNormal([5, 8], 0, 4, 'float32', 12);
  const beta = tf.fill([8], 0.25);
  const all = dynamicTanh(x, 0.5, null, beta).arraySync() as number[][];
  const one = dynamicTanh(tf.slice(x, [3, 0], [1, 8]), 0.5, null, beta).arraySync() as number[][];
  expect(one[0]).toEqual(all[3]);
  expect(all.flat().every((v) => Math.abs(v - 0.25) <= 1)).toBe(true);
});

test('the layer makes alpha [1] (alphaInit), gamma and beta [C]; bias: false drops beta', () => {
  const layer = new DynamicTanh({ alphaInit: 0.8 });
  layer.apply(tf.zeros([1, 3, 6]));
  expect(layer.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['alpha', [1]], ['gamma', [6]], ['beta', [6]]]);
  expect(layer.getWeights()[0].dataSync()[0]).toBeCloseTo(0.8, 7);
  const noBias = new DynamicTanh({ bias: false });
  noBias.apply(tf.zeros([1, 6]));
  expect(noBias.weights.map((w) => w.name.split('/').pop())).toEqual(['alpha', 'gamma']);
});
