// Memory-sharing norms: the saved-output backward equals the standard gradient, and the
// converted model predicts the same.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { LayerNorm, MemorySharingNorm, RMSNorm, layerNorm, memorySharingNorm, rmsNorm, toMemorySharing } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];

test('values and gradients equal LayerNorm / RMSNorm without affine', () => {
  const x = tf.randomNormal([6, 10], 2, 3, 'float32', 1);
  const probe = tf.randomNormal([6, 10], 0, 1, 'float32', 2);
  for (const kind of ['layerNorm', 'rmsNorm'] as const) {
    const standard = (v: tf.Tensor) => (kind === 'layerNorm' ? layerNorm(v, null, null, { epsilon: 1e-5 }) : rmsNorm(v, null, { epsilon: 1e-5 }));
    const shared = (v: tf.Tensor) => memorySharingNorm(v, { kind, epsilon: 1e-5 });
    expect(maxDifference(shared(x), standard(x)), kind).toBeLessThan(1e-6);
    const want = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(standard(v), probe)))(x);
    const got = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(shared(v), probe)))(x);
    expect(maxDifference(got, want), kind).toBeLessThan(1e-5);
  }
});

test('toMemorySharing folds γ and β into the Dense readers and predicts the same', async () => {
  const input = tfl.input({ shape: [12] });
  const hidden = tfl.layers.dense({ units: 16 }).apply(input) as tfl.SymbolicTensor;
  const normed = new LayerNorm({ name: 'ln', gammaInitializer: 'randomNormal', betaInitializer: 'randomNormal' }).apply(hidden) as tfl.SymbolicTensor;
  const a = tfl.layers.dense({ units: 4, name: 'a' }).apply(normed) as tfl.SymbolicTensor;
  const b = tfl.layers.dense({ units: 3, name: 'b', useBias: false }).apply(normed) as tfl.SymbolicTensor;
  const rms = new RMSNorm({ name: 'rms' }).apply(hidden) as tfl.SymbolicTensor;
  const c = tfl.layers.activation({ activation: 'relu' }).apply(rms) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: [a, b, c] });
  const { model: converted, converted: done, skipped } = await toMemorySharing(model);
  expect(done).toEqual([{ norm: 'ln', readers: ['a', 'b'] }]);
  expect(skipped).toEqual([{ norm: 'rms', reason: 'is read by Activation, not only by Dense layers' }]);
  expect(converted.getLayer('ln')).toBeInstanceOf(MemorySharingNorm);
  const x = tf.randomNormal([5, 12], 0, 1, 'float32', 4);
  const want = model.predict(x) as tf.Tensor[];
  const got = converted.predict(x) as tf.Tensor[];
  want.forEach((w, i) => expect(maxDifference(got[i], w), `output ${i}`).toBeLessThan(1e-5));
  // It trains and saves like any model.
  let artifacts: tf.io.ModelArtifacts | null = null;
  await converted.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(maxDifference((loaded.predict(x) as tf.Tensor[])[0], got[0])).toBe(0);
  expect(() => memorySharingNorm(x, { kind: 'batchNorm' as never })).toThrow(/memorySharingNorm: expected kind 'layerNorm' or 'rmsNorm', got 'batchNorm'/);
  expect(() => memorySharingNorm(x, { epsilom: 1 } as never)).toThrow(/did you mean 'epsilon'/);
});
