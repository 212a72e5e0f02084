// Dual PatchNorm: tokens LayerNorm-normalized, invariance to a per-patch brightness shift and
// scale, values against a composite of tfjs ops, a model that trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { DualPatchNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
const plainLayerNorm = (x: tf.Tensor, epsilon: number) => tf.tidy(() => {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, epsilon)));
});

test('tokens equal LN(Dense(LN(patch))) from tfjs ops, and each has mean 0 and variance ≈ 1', () => {
  const layer = new DualPatchNorm({ patchSize: 2, units: 5 });
  const x = tf.randomNormal([2, 4, 6, 3], 1, 2, 'float32', 1);
  const got = layer.apply(x) as tf.Tensor;
  expect(got.shape).toEqual([2, 6, 5]);
  const [, , kernel, bias] = layer.getWeights();
  // Patch (row 1, column 2) of image 0: rows 2–3, columns 4–5, all channels, in (row, column, channel) order.
  const patch = tf.reshape(tf.slice(x, [0, 2, 4, 0], [1, 2, 2, 3]), [1, 12]);
  const want = plainLayerNorm(tf.add(tf.matMul(plainLayerNorm(patch, 1e-6), kernel), bias), 1e-6);
  expect(maxDifference(tf.reshape(tf.slice(got, [0, 1 * 3 + 2, 0], [1, 1, 5]), [1, 5]), want)).toBeLessThan(1e-5);
  const { mean, variance } = tf.moments(got, -1);
  mean.dataSync().forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-5));
  variance.dataSync().forEach((value) => expect(value).toBeCloseTo(1, 3));
});

test('a per-patch brightness shift and positive scale leave the tokens unchanged', () => {
  const layer = new DualPatchNorm({ patchSize: 3, units: 4 });
  const x = tf.randomNormal([1, 6, 6, 2], 0, 1, 'float32', 2);
  const out = layer.apply(x) as tf.Tensor;
  // One shift and scale per 3×3 patch, broadcast over its pixels and channels.
  const shift = tf.reshape(tf.tile(tf.reshape(tf.tensor1d([5, -3, 0.5, 2]), [2, 1, 2, 1, 1]), [1, 3, 1, 3, 2]), [1, 6, 6, 2]);
  const scale = tf.reshape(tf.tile(tf.reshape(tf.tensor1d([3, 0.2, 1.5, 7]), [2, 1, 2, 1, 1]), [1, 3, 1, 3, 2]), [1, 6, 6, 2]);
  expect(maxDifference(layer.apply(tf.add(tf.mul(x, scale), shift)) as tf.Tensor, out)).toBeLessThan(1e-4);
});

test('trains in a model, saves and loads; no tensors leak; errors', async () => {
  const model = tfl.sequential({ layers: [new DualPatchNorm({ patchSize: 2, units: 4, inputShape: [4, 4, 1] }) as unknown as tfl.layers.Layer, tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 4, 4, 1], 0, 1, 'float32', 3);
  await model.fit(x, tf.reshape(tf.max(x, [1, 2, 3]), [16, 1]), { epochs: 3, verbose: 0 });
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
  expect(() => new DualPatchNorm({ units: 4 })).toThrow(/DualPatchNorm: expected patchSize to be a positive integer, got null/);
  expect(() => new DualPatchNorm({ patchSize: 2, unit: 4 } as never)).toThrow(/unknown option 'unit' \(did you mean 'units'\?\)/);
  expect(() => new DualPatchNorm({ patchSize: 3, units: 4 }).apply(tf.zeros([1, 4, 4, 1]))).toThrow(/DualPatchNorm: expected images \[batch, H, W, C\] with H and W multiples of patchSize 3, got \[1, 4, 4, 1\]/);
});
