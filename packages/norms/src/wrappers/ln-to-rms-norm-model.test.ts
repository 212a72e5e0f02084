// lnToRmsNormModel: a tfjs Pre-LN model (embedding, two residual MLP blocks, final LayerNorm,
// head) rebuilt with RMSNorm and with CRMSNorm layers predicts the same logits.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { LayerNorm, lnToRmsNormModel } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

function preLnModel(): tfl.LayersModel {
  const tokens = tfl.input({ shape: [5], dtype: 'int32' });
  let stream = tfl.layers.embedding({ inputDim: 11, outputDim: 8, name: 'embedding', embeddingsInitializer: tfl.initializers.randomNormal({ mean: 0.5, seed: 1 }) }).apply(tokens) as tfl.SymbolicTensor;
  for (const block of [0, 1]) {
    const norm = block === 0 ? tfl.layers.layerNormalization({ name: `ln_${block}`, epsilon: 1e-5 }) : new LayerNorm({ name: `ln_${block}` }) as unknown as tfl.layers.Layer;
    const hidden = tfl.layers.dense({ units: 16, activation: 'relu', name: `up_${block}`, kernelInitializer: tfl.initializers.glorotNormal({ seed: 2 + block }) }).apply(norm.apply(stream)) as tfl.SymbolicTensor;
    const update = tfl.layers.dense({ units: 8, name: `down_${block}`, kernelInitializer: tfl.initializers.glorotNormal({ seed: 4 + block }), biasInitializer: 'ones' }).apply(hidden) as tfl.SymbolicTensor;
    stream = tfl.layers.add().apply([stream, update]) as tfl.SymbolicTensor;
  }
  const head = tfl.layers.dense({ units: 11, name: 'head' }).apply(tfl.layers.layerNormalization({ name: 'ln_final', epsilon: 1e-5 }).apply(stream)) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: tokens, outputs: head });
  // Trained-looking norms: random gains and offsets.
  for (const name of ['ln_0', 'ln_1', 'ln_final']) {
    const layer = model.getLayer(name);
    layer.setWeights([tf.randomUniform([8], 0.5, 1.5, 'float32', name.length), tf.randomNormal([8], 0, 0.5, 'float32', name.length + 7)]);
  }
  return model;
}

const plan = { norms: { ln_0: ['up_0'], ln_1: ['up_1'], ln_final: ['head'] }, writers: ['embedding', 'down_0', 'down_1'] };
const relativeError = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] / tf.max(tf.abs(b)).dataSync()[0]);

test('Pre-RMSNorm and Pre-CRMSNorm rebuilds predict the Pre-LN logits; the norms are RMSNorm / CRMSNorm layers', async () => {
  const model = preLnModel();
  const tokens = tf.tensor2d([[1, 4, 2, 9, 0], [3, 3, 7, 10, 5]], [2, 5], 'int32');
  const want = model.predict(tokens) as tf.Tensor;
  const rms = await lnToRmsNormModel(model, plan);
  expect(['ln_0', 'ln_1', 'ln_final'].map((name) => rms.getLayer(name).getClassName())).toEqual(['RMSNorm', 'RMSNorm', 'RMSNorm']);
  expect(relativeError(rms.predict(tokens) as tf.Tensor, want)).toBeLessThan(1e-5);
  const compressed = await lnToRmsNormModel(model, { ...plan, compress: true });
  expect(compressed.getLayer('ln_final').getClassName()).toBe('CRMSNorm');
  expect(compressed.getLayer('embedding').getWeights()[0].shape).toEqual([11, 7]);
  expect(relativeError(compressed.predict(tokens) as tf.Tensor, want)).toBeLessThan(1e-5);
  const kept = await lnToRmsNormModel(model, { ...plan, foldAffine: false });
  expect(kept.getLayer('ln_0').weights.map((w) => w.originalName.split('/').pop())).toEqual(['gamma', 'beta']);
  expect(relativeError(kept.predict(tokens) as tf.Tensor, want)).toBeLessThan(1e-5);
  // Negative control: a writer left out leaves the stream uncentred, and the logits change.
  const missing = await lnToRmsNormModel(model, { ...plan, writers: ['down_0', 'down_1'] });
  expect(relativeError(missing.predict(tokens) as tf.Tensor, want)).toBeGreaterThan(1e-3);
});

test('clear errors for names that are not there or not the right kind', async () => {
  const model = preLnModel();
  await expect(lnToRmsNormModel(model, { ...plan, writers: ['embeding'] })).rejects.toThrow(/lnToRmsNormModel: the model has no layer named 'embeding' \(given as a writer\)/);
  await expect(lnToRmsNormModel(model, { norms: { up_0: ['head'] }, writers: [] })).rejects.toThrow(/expected a norm 'up_0' to be a LayerNormalization or LayerNorm layer, got Dense/);
  await expect(lnToRmsNormModel(model, { ...plan, compres: true } as never)).rejects.toThrow(/unknown option 'compres' \(did you mean 'compress'\?\)/);
});
