// CRMSNorm quirks: the compressed vector gives the kept coordinates of RMSNorm and LayerNorm of
// the full zero-mean vector (the catalog oracle and random vectors), and the layer's affine.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { CRMSNorm, crmsNorm, layerNorm, rmsNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('x = [1, 2, −3], ε = 0: CRMSNorm([1, 2]) = the first two of RMSNorm(x) = [0.46291005, 0.9258201]', () => {
  const got = crmsNorm(tf.tensor2d([[1, 2]]), null, null, { epsilon: 0 }).dataSync();
  const full = rmsNorm(tf.tensor2d([[1, 2, -3]]), null, { epsilon: 0 }).dataSync();
  expect(got[0]).toBeCloseTo(0.46291005, 6);
  expect(got[1]).toBeCloseTo(0.9258201, 6);
  expect(got[0]).toBeCloseTo(full[0], 6);
  expect(got[1]).toBeCloseTo(full[1], 6);
});

test('for random zero-mean vectors it equals the kept coordinates of LayerNorm with the same ε', () => {
  const raw = tf.randomNormal([6, 9], 0, 2, 'float32', 8);
  const centred = tf.sub(raw, tf.mean(raw, -1, true));
  const want = tf.slice(layerNorm(centred, null, null, { epsilon: 1e-5 }), [0, 0], [6, 8]).dataSync();
  const got = crmsNorm(tf.slice(centred, [0, 0], [6, 8]), null, null, { epsilon: 1e-5 }).dataSync();
  got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 4));
});

test('the layer has no weights by default (the affine folds into the next layer) and gamma, beta with affine', () => {
  const plain = new CRMSNorm();
  plain.apply(tf.zeros([1, 7]));
  expect(plain.weights).toEqual([]);
  const affine = new CRMSNorm({ affine: true });
  affine.apply(tf.zeros([1, 7]));
  expect(affine.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['gamma', [7]], ['beta', [7]]]);
});
