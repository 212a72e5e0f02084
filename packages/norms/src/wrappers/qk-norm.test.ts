// QK-Norm: the catalog's g0 values, logits bounded by g, invariance to rescaling a query or key,
// rows that sum to 1, masking, equality with scaled dot-product attention on unit vectors, a
// functional model that trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { QKNormAttention, qkNormAttention, qkNormLogits, qkNormScale } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

test('g0 = log2(L² − L): seqLen 72 → 12.319672121, 100 → 13.273212810', () => {
  expect(qkNormScale(72)).toBeCloseTo(12.319672121, 8);
  expect(qkNormScale(100)).toBeCloseTo(13.27321281, 8);
  expect(() => qkNormScale(1)).toThrow(/qkNormScale: expected seqLen > 1/);
});

test('logits lie in [−g, g]; rescaling a query or key row by c > 0 changes nothing; attention rows sum to 1', () => {
  const q = tf.randomNormal([2, 3, 5, 4], 0, 3, 'float32', 1);
  const k = tf.randomNormal([2, 3, 6, 4], 0, 3, 'float32', 2);
  const v = tf.randomNormal([2, 3, 6, 7], 0, 1, 'float32', 3);
  const logits = qkNormLogits(q, k, 5);
  expect(tf.max(tf.abs(logits)).dataSync()[0]).toBeLessThanOrEqual(5 + 1e-5);
  const scale = tf.randomUniform([2, 3, 5, 1], 0.1, 10, 'float32', 4);
  const keyScale = tf.randomUniform([2, 3, 6, 1], 0.1, 10, 'float32', 5);
  const out = qkNormAttention(q, k, v, 5);
  expect(maxDifference(qkNormAttention(tf.mul(q, scale), tf.mul(k, keyScale), v, 5), out)).toBeLessThan(1e-5);
  const weights = qkNormAttention(q, k, tf.broadcastTo(tf.eye(6), [2, 3, 6, 6]), 5);
  tf.sum(weights, -1).dataSync().forEach((sum) => expect(sum).toBeCloseTo(1, 5));
});

test('with unit-norm q and k it equals scaled dot-product attention with scale g; masked keys get weight 0', () => {
  const unit = (x: tf.Tensor) => tf.div(x, tf.norm(x, 'euclidean', -1, true));
  const q = unit(tf.randomNormal([3, 4], 0, 1, 'float32', 6));
  const k = unit(tf.randomNormal([5, 4], 0, 1, 'float32', 7));
  const v = tf.randomNormal([5, 2], 0, 1, 'float32', 8);
  const want = tf.matMul(tf.softmax(tf.mul(tf.matMul(q, k, false, true), 3)), v);
  expect(maxDifference(qkNormAttention(q, k, v, 3), want)).toBeLessThan(1e-5);
  const mask = tf.tensor2d([[1, 1, 0, 1, 0]]);
  const weights = qkNormAttention(q, k, tf.eye(5), 3, { mask }).arraySync() as number[][];
  for (const row of weights) expect([row[2], row[4]]).toEqual([0, 0]);
});

test('the layer: per-head g, trains in a functional model, saves and loads; no tensors leak; errors', async () => {
  const input = tfl.input({ shape: [6, 8] });
  const split = (units: number) => tfl.layers.permute({ dims: [2, 1, 3] }).apply(tfl.layers.reshape({ targetShape: [6, 2, units / 2] }).apply(tfl.layers.dense({ units }).apply(input))) as tfl.SymbolicTensor;
  const attended = new QKNormAttention({ seqLen: 6, perHead: true }).apply([split(8), split(8), split(8)]) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: 1 }).apply(tfl.layers.flatten().apply(attended)) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  const attention = model.layers.find((l) => l.getClassName() === 'QKNormAttention')!;
  expect(attention.getWeights()[0].shape).toEqual([2]);
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 6, 8], 0, 1, 'float32', 9);
  const y = tf.reshape(tf.mean(x, [1, 2]), [16, 1]);
  await model.fit(x, y, { epochs: 3, verbose: 0 });
  expect(Array.from(attention.getWeights()[0].dataSync()).every((g) => g !== qkNormScale(6))).toBe(true);
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
  const fixed = new QKNormAttention({ gInit: 2, trainableScale: false });
  fixed.apply([tf.ones([1, 2, 3]), tf.ones([1, 2, 3]), tf.ones([1, 2, 3])]);
  expect(fixed.trainableWeights.length).toBe(0);
  expect(() => new QKNormAttention()).toThrow(/qkNormScale: expected seqLen > 1/);
  expect(() => new QKNormAttention({ seqlen: 10 } as never)).toThrow(/QKNormAttention: unknown option 'seqlen' \(did you mean 'seqLen'\?\)/);
  expect(() => qkNormLogits(tf.ones([2, 3]), tf.ones([2, 4]), 1)).toThrow(/qkNorm: expected q \[\.\.\., Tq, d\] and k \[\.\.\., Tk, d\] of the same rank and head size/);
});

test('QK-RMSNorm / QK-LayerNorm: equal to the package\'s norms applied to q and k with the gains; g0 = 1/√d; the layer has trainable gains and biases, a fixed g is not', async () => {
  const q = tf.randomNormal([2, 5, 4], 1, 2, 'float32', 11);
  const k = tf.randomNormal([2, 6, 4], -1, 2, 'float32', 12);
  const queryGain = tf.tensor1d([1, 2, 0.5, 1.5]);
  const keyGain = tf.tensor1d([0.3, 1, 1, 2]);
  const rms = (x: tf.Tensor, gain: tf.Tensor) => tf.mul(tf.div(x, tf.sqrt(tf.add(tf.mean(tf.square(x), -1, true), 1e-6))), gain);
  const want = tf.mul(tf.matMul(rms(q, queryGain), rms(k, keyGain), false, true), 0.5);
  expect(maxDifference(qkNormLogits(q, k, 0.5, { norm: 'rmsNorm', queryGain, keyGain }), want)).toBeLessThan(1e-4);
  const centred = (x: tf.Tensor) => tf.sub(x, tf.mean(x, -1, true));
  const layerNormed = (x: tf.Tensor) => rms(centred(x), tf.ones([4]));
  expect(maxDifference(qkNormLogits(q, k, 1, { norm: 'layerNorm' }), tf.matMul(layerNormed(q), layerNormed(k), false, true))).toBeLessThan(1e-4);

  const layer = new QKNormAttention({ norm: 'layerNorm', trainableScale: false });
  const v = tf.randomNormal([2, 6, 3], 0, 1, 'float32', 13);
  layer.apply([q, k, v]);
  expect(layer.weights.map((w) => w.originalName.split('/').pop())).toEqual(['query_gamma', 'query_beta', 'key_gamma', 'key_beta', 'g']);
  expect(layer.getWeights()[4].dataSync()[0]).toBeCloseTo(0.5, 7);
  expect(layer.trainableWeights.length).toBe(4);
  expect(() => qkNormLogits(q, k, 1, { norm: 'batchNorm' as 'l2' })).toThrow(/qkNorm: expected norm 'l2', 'rmsNorm' or 'layerNorm', got 'batchNorm'/);
});
