// GroupNorm and InstanceNorm catalog oracles: groups = 1 is LayerNorm over every non-batch axis,
// groups = C is InstanceNorm, and each group comes out with mean 0 and variance 1 (ε → 0).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { groupNorm, instanceNorm, layerNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const images = () => tf.randomNormal([3, 4, 5, 6], 1, 2, 'float32', 30);
const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];

test('groups = 1 equals LayerNorm over all non-batch axes; groups = C (or −1) equals InstanceNorm', () => {
  const x = images();
  expect(maxDifference(groupNorm(x, null, null, { groups: 1, epsilon: 1e-3 }), layerNorm(x, null, null, { axis: [1, 2, 3], epsilon: 1e-3 }))).toBeLessThan(1e-5);
  expect(maxDifference(groupNorm(x, null, null, { groups: 6 }), instanceNorm(x))).toBeLessThan(1e-6);
  expect(maxDifference(groupNorm(x, null, null, { groups: -1 }), instanceNorm(x))).toBeLessThan(1e-6);
});

test('each example and group has mean 0 and variance 1 (ε → 0)', () => {
  const y = groupNorm(images(), null, null, { groups: 3, epsilon: 1e-12 });
  const grouped = tf.reshape(y, [3, 20, 3, 2]);
  const { mean, variance } = tf.moments(grouped, [1, 3]);
  mean.dataSync().forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-5));
  variance.dataSync().forEach((v) => expect(v).toBeCloseTo(1, 4));
});
