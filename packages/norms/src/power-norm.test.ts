// PowerNorm: the catalog oracle (GroupScaling, σ²_B, z, ψ² after the first call, the approximate
// backward and G), padding, the switch to ψ² after warm-up, inference, and save/load of the state.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { PowerNorm, groupScaling } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const near = (got: ArrayLike<number>, want: number[], digits = 5) => want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, digits));
const weight = (layer: tfl.layers.Layer, name: string) => layer.weights.find((w) => w.originalName.split('/').at(-1) === name)!.read().dataSync();

test('x = [[3, 4], [1, 1]], first training call: the values and the approximate backward of the catalog', () => {
  const x = tf.tensor3d([[[3, 4], [1, 1]]]);
  near(groupScaling(x, 1).dataSync(), [0.8485278, 1.1313704, 0.999995, 0.999995]);
  const layer = new PowerNorm();
  layer.build([null, 2, 2]);
  const dx = tf.grad((v: tf.Tensor) => tf.sum(layer.apply(v, { training: true }) as tf.Tensor))(x);
  // ψ² after the call equals σ²_B (cumulative mean at it = 1, then an average of equal values).
  near(weight(layer, 'running_phi'), [0.85999471, 1.13999449]);
  near(weight(layer, 'ema_gz'), [0.99665397, 0.99810133]);
  expect(weight(layer, 'iterations')[0]).toBe(1);
  // dL/dy = 1, γ = 1: the gradient at the GroupScaling output is 1/√(σ²_B + ε); through the
  // scaling (differentiated normally) it reaches x.
  const throughScaling = tf.grad((v: tf.Tensor) => tf.sum(tf.mul(groupScaling(v, 1), tf.tensor1d([1.07832478, 0.93658397]))))(x);
  near(dx.dataSync(), Array.from(throughScaling.dataSync()), 4);
  // z itself: the forward output with γ = 1, β = 0.
  near((layer.apply(x, { training: true }) as tf.Tensor).dataSync(), [0.91498855, 1.05962338, 1.07831939, 0.93657929]);
});

test('padding tokens leave σ²_B unchanged; after warm-up the forward divides by ψ²; inference uses ψ²', () => {
  const x = tf.tensor3d([[[3, 4], [1, 1], [9, -2]]]);
  const padded = new PowerNorm({ warmupIters: 2 });
  const plain = new PowerNorm({ warmupIters: 2 });
  padded.apply([x, tf.tensor2d([[0, 0, 1]])], { training: true });
  plain.apply(tf.slice(x, [0, 0, 0], [1, 2, 2]), { training: true });
  near(weight(padded, 'running_phi'), Array.from(weight(plain, 'running_phi')));
  // Calls 2 (last warm-up call) and 3 (running ψ² from before the call).
  const other = tf.tensor3d([[[0.5, -1], [2, 0.3]]]);
  plain.apply(other, { training: true });
  const phi = Array.from(weight(plain, 'running_phi'));
  const third = (plain.apply(other, { training: true }) as tf.Tensor).dataSync();
  const scaled = groupScaling(other, 1).dataSync();
  near(third, Array.from(scaled, (v, i) => v / Math.sqrt(phi[i % 2] + 1e-5)));
  const finalPhi = Array.from(weight(plain, 'running_phi'));
  near((plain.apply(other) as tf.Tensor).dataSync(), Array.from(scaled, (v, i) => v / Math.sqrt(finalPhi[i % 2] + 1e-5)));
});

test('groupNum splits the channels into contiguous groups for the scaling; bad options are clear errors', () => {
  const x = tf.tensor2d([[3, 4, 1, 1]]);
  near(groupScaling(x, 2).dataSync(), [0.8485278, 1.1313704, 0.999995, 0.999995]);
  expect(() => new PowerNorm({ groupNum: 3 }).apply(tfl.input({ shape: [5, 4] }))).toThrow(/powerNorm: expected groupNum to divide the 4 channels, got 3/);
  expect(() => new PowerNorm({ backwardScale: 'ema' as never }).apply(tfl.input({ shape: [5, 4] }))).toThrow(/PowerNorm: expected backwardScale 'batch' or 'running', got "ema"/);
  expect(() => new PowerNorm({ warmupIter: 5 } as never)).toThrow(/did you mean 'warmupIters'/);
});

test('trains in a model with model.fit and saves its state', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 6, inputShape: [4, 3] }), new PowerNorm({ warmupIters: 3 })] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 4, 3], 0, 1, 'float32', 1);
  const y = tf.randomNormal([16, 4, 6], 0, 1, 'float32', 2);
  const history = await model.fit(x, y, { epochs: 6, batchSize: 8, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[5]).toBeLessThan(losses[0]);
  expect(weight(model.layers[1], 'iterations')[0]).toBe(12);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  expect(Array.from(weight(loaded.layers[1], 'ema_gz'))).toEqual(Array.from(weight(model.layers[1], 'ema_gz')));
});
