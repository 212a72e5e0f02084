// GroupNorm with four channels a group runs on wasm as four groups per sweep (one per vector)
// and the remaining groups one vector at a time; with one channel a group (InstanceNorm),
// sixteen per sweep then four. Values, batch statistics and gradients against the cpu backend.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, expect, test } from 'vitest';
import { batchNormTraining, groupNorm, instanceNorm } from '@layerkit/norms';

afterAll(async () => { await tf.setBackend('cpu'); });

async function on(backend: string, f: () => tf.Tensor[]): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const tensors = tf.tidy(f);
  const values = await Promise.all(tensors.map((t) => t.data() as Promise<Float32Array>));
  tf.dispose(tensors);
  return values;
}

const cases: Array<[string, number[], (x: tf.Tensor, g: tf.Tensor, b: tf.Tensor) => tf.Tensor]> = [
  ['groupNorm, 6 groups of 4 (one sweep of four groups, then two single groups)', [2, 3, 5, 24], (x, g, b) => groupNorm(x, g, b, { groups: 6 })],
  ['groupNorm, 4 groups of 4', [3, 4, 2, 16], (x, g, b) => groupNorm(x, g, b, { groups: 4 })],
  ['instanceNorm, 20 channels (sixteen, then four)', [2, 3, 3, 20], (x, g, b) => instanceNorm(x, g, b)],
  ['batchNorm, 24 channels', [4, 3, 3, 24], (x, g, b) => batchNormTraining(x, g, b).output],
];

for (const [label, shape, op] of cases) {
  test(`${label}: wasm equals cpu in values and gradients`, async () => {
    const channels = shape[shape.length - 1];
    const make = () => {
      const x = tf.randomNormal(shape, 3, 2, 'float32', 11);
      const g = tf.randomNormal([channels], 1, 0.5, 'float32', 12);
      const b = tf.randomNormal([channels], 0, 0.5, 'float32', 13);
      const probe = tf.randomNormal(shape, 0, 1, 'float32', 14);
      const grads = tf.grads((a: tf.Tensor, gg: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.mul(op(a, gg, bb), probe)))([x, g, b]);
      return [op(x, g, b), ...grads];
    };
    const cpu = await on('cpu', make);
    const wasm = await on('wasm', make);
    cpu.forEach((want, n) => {
      const worst = want.reduce((m, v, i) => Math.max(m, Math.abs(v - wasm[n][i]) / (1e-4 + Math.abs(v))), 0);
      expect(worst, `output ${n}`).toBeLessThan(1e-3);
    });
  });
}
