// UnitNorm quirks: the catalog oracle values, Keras 3's ε, a zero vector, the FN preset and the
// layer's fixed or trainable scale.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { UnitNormalization, unitNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('[3, 4, 0, 0] → [0.6, 0.8, 0, 0]; s = √4 (feature normalization) → [1.2, 1.6, 0, 0]', () => {
  const x = tf.tensor2d([[3, 4, 0, 0]]);
  unitNorm(x).dataSync().forEach((v, i) => expect(v).toBeCloseTo([0.6, 0.8, 0, 0][i], 6));
  unitNorm(x, { scale: 2 }).dataSync().forEach((v, i) => expect(v).toBeCloseTo([1.2, 1.6, 0, 0][i], 6));
});

test('‖y‖ = s for every row with ‖x‖ > ε, over several axes too', () => {
  const x = tf.randomNormal([3, 4, 5], 0, 3, 'float32', 7);
  const norms = tf.norm(unitNorm(x, { axis: [1, 2], scale: 3 }), 'euclidean', [1, 2]).dataSync();
  norms.forEach((v) => expect(v).toBeCloseTo(3, 5));
});

test('a zero vector gives zeros and a finite gradient', () => {
  const zero = tf.zeros([1, 4]);
  expect(Array.from(unitNorm(zero).dataSync())).toEqual([0, 0, 0, 0]);
  const gradient = tf.grad((v: tf.Tensor) => tf.sum(unitNorm(v)))(zero).dataSync();
  expect(Array.from(gradient).every(Number.isFinite)).toBe(true);
});

test('the layer has no weight unless trainableScale, then one scalar "scale" starting at the scale option', () => {
  const fixed = new UnitNormalization();
  fixed.apply(tf.zeros([1, 4]));
  expect(fixed.weights).toEqual([]);
  const learned = new UnitNormalization({ scale: 2, trainableScale: true });
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3] }), learned] });
  expect(learned.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['scale', [1]]]);
  const y = model.predict(tf.ones([2, 3])) as tf.Tensor;
  tf.norm(y, 'euclidean', -1).dataSync().forEach((v) => expect(v).toBeCloseTo(2, 5));
});
