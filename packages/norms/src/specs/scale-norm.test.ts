// ScaleNorm quirks: the catalog oracle values, the clamped (not added) ε, the √d default, and
// the gradient of the one scalar g.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { ScaleNorm, scaleNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('x = [3, 4], g = √2: y = [0.84852814, 1.13137085] and ‖y‖ = g; √2 is also the default g for d = 2', () => {
  const got = scaleNorm(tf.tensor2d([[3, 4]]), Math.SQRT2).dataSync();
  expect(got[0]).toBeCloseTo(0.84852814, 6);
  expect(got[1]).toBeCloseTo(1.13137085, 6);
  expect(Array.from(scaleNorm(tf.tensor2d([[3, 4]])).dataSync())).toEqual(Array.from(got));
});

test('a norm below ε is clamped to ε, not added to: [3e-6, 4e-6] gives g·x/1e-5; zeros stay zeros', () => {
  const got = scaleNorm(tf.tensor2d([[3e-6, 4e-6], [0, 0]]), Math.SQRT2).dataSync();
  expect(got[0]).toBeCloseTo(0.42426407, 6);
  expect(got[1]).toBeCloseTo(0.56568542, 6);
  expect([got[2], got[3]]).toEqual([0, 0]);
});

test('invariant to positive scaling of a row whose norm exceeds ε', () => {
  const x = tf.randomNormal([4, 16], 0, 1, 'float32', 4);
  const scaled = scaleNorm(tf.mul(x, 37)).dataSync();
  scaleNorm(x).dataSync().forEach((v, i) => expect(scaled[i]).toBeCloseTo(v, 5));
});

test('dL/dg = Σ dy·x / max(‖x‖, ε) for the scalar g', () => {
  const x = tf.randomNormal([3, 5], 0, 1, 'float32', 5);
  const dy = tf.randomNormal([3, 5], 0, 1, 'float32', 6);
  const g = tf.scalar(1.5);
  const got = tf.grad((value: tf.Tensor) => tf.sum(tf.mul(scaleNorm(x, value), dy)))(g).dataSync()[0];
  const want = tf.sum(tf.mul(dy, tf.div(x, tf.norm(x, 'euclidean', -1, true)))).dataSync()[0];
  expect(got).toBeCloseTo(want, 4);
});

test('the layer learns one scalar g of shape [1], initialised to √d', () => {
  const layer = new ScaleNorm();
  layer.apply(tf.zeros([2, 64]));
  expect(layer.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['g', [1]]]);
  expect(layer.getWeights()[0].dataSync()[0]).toBe(8);
});
