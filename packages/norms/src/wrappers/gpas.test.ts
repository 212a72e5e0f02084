// GPAS: forward (1 − silu(α))·x exactly, dL/dx = dy, dL/dα in closed form and by central
// differences, the gate clip, a layer that trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { GPAS, gpas } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const silu = (a: number) => a / (1 + Math.exp(-a));

test('forward = (1 − silu(α))·x; α = 0 is the identity', () => {
  const x = tf.randomNormal([3, 5], 0, 2, 'float32', 1);
  const values = x.dataSync();
  const got = gpas(x, 0.7).dataSync();
  values.forEach((value, i) => expect(got[i]).toBeCloseTo(Math.fround(value * (1 - silu(0.7))), 6));
  expect(Array.from(gpas(x, 0).dataSync())).toEqual(Array.from(values));
});

test('dL/dx is dy unchanged; dL/dα = −silu′(α)·Σ dy·x matches central differences of the forward', () => {
  const x = tf.randomNormal([4, 6], 0, 1, 'float32', 2);
  const dy = tf.randomNormal([4, 6], 0, 1, 'float32', 3);
  const [dx, dAlpha] = tf.grads((input: tf.Tensor, alpha: tf.Tensor) => tf.sum(tf.mul(gpas(input, alpha), dy)))([x, tf.tensor1d([0.4])]);
  expect(Array.from(dx.dataSync())).toEqual(Array.from(dy.dataSync()));
  const xs = x.dataSync();
  const dys = dy.dataSync();
  const dot = xs.reduce((sum, value, i) => sum + value * dys[i], 0);
  const loss = (a: number) => (1 - silu(a)) * dot;
  const h = 1e-5;
  const numeric = (loss(0.4 + h) - loss(0.4 - h)) / (2 * h);
  expect(dAlpha.dataSync()[0]).toBeCloseTo(numeric, 3);
  const clipped = tf.grad((alpha: tf.Tensor) => tf.sum(tf.mul(gpas(x, alpha, { gateGradientClip: 0.01 }), dy)))(tf.tensor1d([0.4]));
  expect(Math.abs(clipped.dataSync()[0])).toBeCloseTo(Math.min(0.01, Math.abs(numeric)), 6);
});

test('the layer: alpha [1] from 0, trains with fit, saves and loads; no tensors leak', async () => {
  const input = tfl.input({ shape: [4] });
  const hidden = tfl.layers.dense({ units: 4 }).apply(input) as tfl.SymbolicTensor;
  const residual = tfl.layers.add().apply([input, hidden]) as tfl.SymbolicTensor;
  const output = new GPAS().apply(residual) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
  const x = tf.randomNormal([32, 4], 0, 1, 'float32', 4);
  await model.fit(x, tf.mul(x, 0.3), { epochs: 10, verbose: 0 });
  const alpha = model.layers[3].getWeights()[0].dataSync()[0];
  expect(alpha).not.toBe(0);
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
});

test('clear errors', () => {
  expect(() => new GPAS({ gateGradientClp: 1 } as never)).toThrow(/GPAS: unknown option 'gateGradientClp' \(did you mean 'gateGradientClip'\?\)/);
  expect(() => new GPAS({ gateGradientClip: -1 })).toThrow(/GPAS: expected gateGradientClip > 0 or null, got -1/);
  expect(() => gpas(tf.ones([2]), tf.ones([2]))).toThrow(/gpas: expected alpha to be one value, got shape \[2\]/);
  expect(() => gpas(tf.ones([2], 'int32'), 0)).toThrow(/gpas: expected 'x' to be a float32 tensor, got int32/);
});
