// Online Norm: the catalog's dense and conv oracles (forward, state, controlled backward),
// frozen inference, the clamp ECM, training at batch size 1, save → load with the state.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { OnlineNorm, onlineNormalize, type OnlineNormState } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const fresh = (): OnlineNormState => ({ mu: new Float32Array([0]), variance: new Float32Array([1]), u: new Float32Array([0]), v: new Float32Array([0]) });
const settings = { alphaForward: 0.5, alphaBackward: 0.5, epsilon: 0 };

test('dense, one feature, α = 0.5, ε = 0, batch [1, 3]: y, μ, σ² and the controlled backward as the catalog gives them', () => {
  const state = fresh();
  const x = tf.tensor3d([[[1]], [[3]]]);
  const y = onlineNormalize(x, state, settings).dataSync();
  expect(y[0]).toBeCloseTo(1, 6);
  expect(y[1]).toBeCloseTo(2.8867513459, 6);
  expect(state.mu[0]).toBeCloseTo(1.75, 6);
  expect(state.variance[0]).toBeCloseTo(1.9375, 6);
  const backward = fresh();
  const dx = tf.grad((input: tf.Tensor) => tf.sum(onlineNormalize(input, backward, settings)))(x).dataSync();
  expect(dx[0]).toBeCloseTo(1, 6);
  expect(dx[1]).toBeCloseTo(-1.0119661283, 6);
  expect(backward.u[0]).toBeCloseTo(-0.0119661283, 6);
  expect(backward.v[0]).toBeCloseTo(-0.2799153207, 6);
});

test('conv input, one sample, one channel, spatial [1, 3]: y = [1, 3], then σ² = 2 and μ = 1', () => {
  const state = fresh();
  const y = onlineNormalize(tf.tensor3d([[[1], [3]]]), state, settings).dataSync();
  expect(Array.from(y)).toEqual([1, 3]);
  expect(state.variance[0]).toBeCloseTo(2, 6);
  expect(state.mu[0]).toBeCloseTo(1, 6);
});

test('the layer: inference uses the frozen state and leaves it; the clamp ECM clips at ±5 with zero gradient there', () => {
  const layer = new OnlineNorm();
  const x = tf.tensor2d([[1, -20], [3, 0.5]]);
  layer.apply(x, { training: true });
  const state = layer.getWeights().slice(2).map((w) => Array.from(w.dataSync()));
  const out = (layer.apply(x) as tf.Tensor).arraySync() as number[][];
  const [mu, variance] = state;
  expect(out[0][0]).toBeCloseTo((1 - mu[0]) / Math.sqrt(variance[0] + 1e-5), 5);
  expect(out[0][1]).toBe(-5);
  expect(layer.getWeights().slice(2).map((w) => Array.from(w.dataSync()))).toEqual(state);
  const gradient = tf.grad((input: tf.Tensor) => tf.sum(layer.apply(input) as tf.Tensor))(x).dataSync();
  expect(gradient[1]).toBe(0);
  expect(gradient[0]).not.toBe(0);
});

test('trains at batch size 1 with fit; the state (μ, σ², u, v) saves and loads; errors', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.conv2d({ filters: 3, kernelSize: 3, inputShape: [5, 5, 1] }), new OnlineNorm() as unknown as tfl.layers.Layer, tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([24, 5, 5, 1], 0, 1, 'float32', 1);
  const y = tf.reshape(tf.mean(x, [1, 2, 3]), [24, 1]);
  const history = await model.fit(x, y, { epochs: 6, batchSize: 1, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
  const [, , , , u, v] = model.layers[1].getWeights();
  expect(Array.from(u.dataSync()).some((value) => value !== 0)).toBe(true);
  expect(Array.from(v.dataSync()).some((value) => value !== 0)).toBe(true);
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  await model.fit(x, y, { epochs: 1, batchSize: 8, verbose: 0 });
  expect(tf.memory().numTensors).toBe(before);
  expect(() => new OnlineNorm({ alphaForwad: 0.9 } as never)).toThrow(/OnlineNorm: unknown option 'alphaForwad' \(did you mean 'alphaForward'\?\)/);
  expect(() => new OnlineNorm({ ecm: 'scale' as 'clamp' })).toThrow(/OnlineNorm: expected ecm 'clamp', 'layerScaling' or 'none', got 'scale'/);
});
