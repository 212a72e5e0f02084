// sparsemax and kSparse are tfjs ops under tf.customGrad: the wasm backend gives cpu's values
// and gradients (webgl and webgpu run the same ops; their kernels are tfjs's own).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, expect, test } from 'vitest';
import { kSparse, sparsemax } from '../index.js';

afterAll(async () => { await tf.setBackend('cpu'); });

async function on(backend: 'cpu' | 'wasm', compute: () => tf.Tensor[]): Promise<number[][]> {
  expect(await tf.setBackend(backend)).toBe(true);
  await tf.ready();
  expect(tf.getBackend()).toBe(backend);
  const results = tf.tidy(compute);
  const values = results.map((t) => Array.from(t.dataSync()));
  tf.dispose(results);
  return values;
}

const cases = (): tf.Tensor[] => {
  const x = tf.tensor3d([[[0.5, 1.2, -0.3, 0.9], [3, 3, 1, -2]], [[0.1, 0.1, 0.1, 0.1], [2, -1, 2, NaN]]]);
  const g = tf.tensor3d([[[1, -2, 0.5, 3], [0.4, -1, 2, 0.3]], [[1, 2, 3, 4], [-1, 0.5, 2, 1]]]);
  const finite = tf.slice(x, [0, 0, 0], [1, 2, 4]);
  return [
    sparsemax(x), sparsemax(x, { axis: 1 }),
    tf.grad((input: tf.Tensor) => tf.sum(tf.mul(sparsemax(input), tf.slice(g, [0, 0, 0], [1, 2, 4]))))(finite),
    kSparse(x, { k: 2 }), kSparse(x, { k: 1, testMultiplier: 3 }),
    tf.grad((input: tf.Tensor) => tf.sum(tf.mul(kSparse(input, { k: 2, training: true }), g)))(x),
  ];
};

test('wasm computes what cpu computes, gradients included', async () => {
  const cpu = await on('cpu', cases);
  const wasm = await on('wasm', cases);
  cpu.forEach((values, n) => values.forEach((v, i) => {
    if (Number.isNaN(v)) expect(wasm[n][i], `case ${n}, ${i}`).toBeNaN();
    else expect(wasm[n][i], `case ${n}, ${i}`).toBeCloseTo(v, 6);
  }));
});
