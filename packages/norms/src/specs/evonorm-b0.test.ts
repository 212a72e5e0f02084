// EvoNorm-B0: the catalog oracle (training, the moving variance, inference), the linear form,
// batch dependence, and the gradient through the batch variance.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { EvoNormB0, evoNormB0 } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const x = () => tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);

test('[1, 2, 3, 4]: s²_B = s²_I = 1.25; x > 0 takes the instance term, x < 0 the batch term', () => {
  const positive = evoNormB0(x()).dataSync();
  [0.47213496, 0.64142891, 0.72850218, 0.78154942].forEach((want, i) => expect(positive[i]).toBeCloseTo(want, 6));
  const negative = evoNormB0(tf.neg(x())).dataSync();
  [-0.89442361, -1.78884723, -2.68327084, -3.57769445].forEach((want, i) => expect(negative[i]).toBeCloseTo(want, 5));
});

test('layer: training updates the moving variance to 1.025; inference with it gives the training values here', () => {
  const layer = new EvoNormB0();
  const training = (layer.apply(x(), { training: true }) as tf.Tensor).dataSync();
  const moving = layer.getWeights()[3].dataSync();
  expect(moving[0]).toBeCloseTo(1.025, 6);
  const inference = (layer.apply(x()) as tf.Tensor).dataSync();
  Array.from(training).forEach((v, i) => expect(inference[i]).toBeCloseTo(v, 6));
  layer.dispose();
});

test('nonlinearity: false is γ·x + β with no statistics and no v or moving variance', () => {
  expect(Array.from(evoNormB0(x(), tf.tensor1d([2]), tf.tensor1d([0.5]), null, { nonlinearity: false }).dataSync())).toEqual([2.5, 4.5, 6.5, 8.5]);
  const layer = new EvoNormB0({ nonlinearity: false, initZero: true });
  layer.apply(tfl.input({ shape: [2, 2, 3] }));
  expect(layer.weights.map((w) => w.originalName.split('/').at(-1))).toEqual(['gamma', 'beta']);
  expect(Array.from(layer.getWeights()[0].dataSync())).toEqual([0, 0, 0]);
});

test('the same sample comes out differently in different batches (training), the same in inference', () => {
  const sample = tf.randomNormal([1, 3, 3, 2], 0, 1, 'float32', 1);
  const others = [tf.randomNormal([3, 3, 3, 2], 0, 1, 'float32', 2), tf.randomNormal([3, 3, 3, 2], 3, 2, 'float32', 3)];
  const first = others.map((o) => tf.slice(evoNormB0(tf.concat([sample, o])), [0], [1]).dataSync());
  expect(Array.from(first[0])).not.toEqual(Array.from(first[1]));
  const variance = tf.ones([2]);
  const fixed = others.map((o) => tf.slice(evoNormB0(tf.concat([sample, o]), null, null, null, { variance }), [0], [1]).dataSync());
  expect(Array.from(fixed[0])).toEqual(Array.from(fixed[1]));
});

test('the gradient reaches x through the batch variance too: central differences of the whole op', () => {
  const xs = tf.randomNormal([3, 2, 2, 2], 0, 1, 'float32', 4);
  const probe = tf.randomNormal([3, 2, 2, 2], 0, 1, 'float32', 5);
  // v = −1 makes the batch term win for many positive x, so s²_B's gradient matters.
  const v = tf.tensor1d([-1, 0.5]);
  const loss = (input: tf.Tensor) => tf.sum(tf.mul(evoNormB0(input, null, null, v, { epsilon: 1e-3 }), probe));
  const got = tf.grad(loss)(xs).dataSync();
  const base = xs.dataSync();
  const step = 1e-2;
  for (let i = 0; i < base.length; i++) {
    const at = (delta: number) => { const copy = Float32Array.from(base); copy[i] += delta; return loss(tf.tensor(copy, xs.shape)).dataSync()[0]; };
    expect(got[i]).toBeCloseTo((at(step) - at(-step)) / (2 * step), 2);
  }
});
