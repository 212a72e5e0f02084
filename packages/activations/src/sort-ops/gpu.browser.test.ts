// sparsemax and kSparse on webgl and webgpu (tfjs's own topk, cumsum and select kernels there)
// give cpu's values and gradients, ties and −∞ included.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { expect, test } from 'vitest';
import { kSparse, sparsemax } from '../index.js';

async function on(backend: string, compute: () => tf.Tensor[]): Promise<number[][]> {
  expect(await tf.setBackend(backend)).toBe(true);
  await tf.ready();
  const results = tf.tidy(compute);
  const values = await Promise.all(results.map(async (t) => Array.from(await t.data())));
  tf.dispose(results);
  return values;
}

const cases = (): tf.Tensor[] => {
  const x = tf.tensor3d([[[0.5, 1.2, -0.3, 0.9, 4], [3, 3, 1, -2, 3]], [[0.1, 0.1, 0.1, 0.1, 0.1], [2, -1, 2, -Infinity, 0]]]);
  const g = tf.tensor3d([[[1, -2, 0.5, 3, 1], [0.4, -1, 2, 0.3, 1]], [[1, 2, 3, 4, 5], [-1, 0.5, 2, 1, 3]]]);
  const wide = tf.randomNormal([8, 300], 0, 1, 'float32', 3);
  return [
    sparsemax(x), sparsemax(x, { axis: 1 }), sparsemax(wide),
    tf.grad((input: tf.Tensor) => tf.sum(tf.mul(sparsemax(input), g)))(x),
    kSparse(x, { k: 2 }), kSparse(x, { k: 1, testMultiplier: 3 }), kSparse(wide, { k: 20 }),
    tf.grad((input: tf.Tensor) => tf.sum(tf.mul(kSparse(input, { k: 2, training: true }), g)))(x),
  ];
};

for (const backend of ['webgl', 'webgpu']) {
  test(`${backend} computes what cpu computes, gradients included`, async () => {
    const cpu = await on('cpu', cases);
    const gpu = await on(backend, cases);
    cpu.forEach((values, n) => values.forEach((v, i) => expect(gpu[n][i], `case ${n}, ${i}`).toBeCloseTo(v, 5)));
  });
}
