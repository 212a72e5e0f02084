// hardSigmoid is the Keras 3 / PyTorch form relu6(x + 3)/6; tfjs's own 'hardSigmoid' string stays
// Keras 2's clip(0.2x + 0.5, 0, 1), and this form answers to 'hardsigmoid'.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { hardSigmoid } from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const at = (values: number[]) => Array.from(tf.tidy(() => hardSigmoid(tf.tensor1d(values)).dataSync()));

test('catalog oracle: f(-3) = 0, f(0) = 0.5, f(3) = 1, f(2) = 5/6', () => {
  expect(at([-3, 0, 3])).toEqual([0, 0.5, 1]);
  expect(at([2])[0]).toBeCloseTo(0.8333333, 7);
});

test("differs from tfjs's 'hardSigmoid' string, which keeps its meaning", () => {
  const byString = (name: string) => (tfl.layers.activation({ activation: name as never }).apply(tf.tensor1d([2, -2])) as tf.Tensor).dataSync();
  const keras2 = byString('hardSigmoid');
  expect(keras2[0]).toBeCloseTo(0.9, 6);
  expect(keras2[1]).toBeCloseTo(0.1, 6);
  expect(Array.from(byString('hardsigmoid'))).toEqual(at([2, -2]));
  expect(at([-2])[0]).toBeCloseTo(1 / 6, 7);
});

test('gradient 1/6 inside (-3, 3), 0 at and outside the kinks', () => {
  const gradient = tf.grad((x: tf.Tensor) => hardSigmoid(x))(tf.tensor1d([-4, -3, -1, 0, 2.5, 3, 4]));
  expect(Array.from(gradient.dataSync())).toEqual([0, 0, 1 / 6, 1 / 6, 1 / 6, 0, 0].map(Math.fround));
});
