// foldBatchNorm, recalibrate and α-BN on tfjs BatchNormalization and layerkit BatchNorm: folded
// models predict what the originals predict (within 1e-5), recalibrated statistics equal the
// data's pooled statistics, α-BN reproduces the catalog's numbers and its limits.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { BatchNorm, alphaBN, foldBatchNorm, foldBatchNormWeights, recalibrate } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const maxRelativeDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.div(tf.abs(tf.sub(a, b)), tf.add(1, tf.abs(b)))).dataSync()[0]);

/** Random γ, β and moving statistics, as a trained BatchNorm would have. */
function randomizeBatchNorms(model: tfl.LayersModel, seed: number) {
  for (const layer of model.layers) {
    if (!['BatchNormalization', 'BatchNorm'].includes(layer.getClassName())) continue;
    layer.setWeights(layer.getWeights().map((w, i) => (i === 3 ? tf.randomUniform(w.shape, 0.5, 3, 'float32', seed + i) : tf.randomNormal(w.shape, 0, 1, 'float32', seed + i))));
  }
}

test('Sequential: Conv2D → BatchNormalization and Dense(no bias) → layerkit BatchNorm fold; predictions equal within 1e-5', async () => {
  const model = tfl.sequential({
    layers: [
      tfl.layers.conv2d({ filters: 4, kernelSize: 3, inputShape: [6, 6, 3] }),
      tfl.layers.batchNormalization(),
      tfl.layers.activation({ activation: 'relu' }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 5, useBias: false }),
      new BatchNorm() as unknown as tfl.layers.Layer,
      tfl.layers.dense({ units: 2, activation: 'relu' }),
      tfl.layers.batchNormalization(),
    ],
  });
  randomizeBatchNorms(model, 1);
  const folded = await foldBatchNorm(model);
  expect(folded.layers.map((l) => l.getClassName())).toEqual(['Conv2D', 'Activation', 'Flatten', 'Dense', 'Dense', 'BatchNormalization']);
  const x = tf.randomNormal([8, 6, 6, 3], 0, 1, 'float32', 2);
  expect(maxRelativeDifference(folded.predict(x) as tf.Tensor, model.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
  // The original is untouched, and the copy shares no variables with it.
  expect(model.layers.length).toBe(8);
  folded.layers[0].setWeights(folded.layers[0].getWeights().map((w) => tf.zerosLike(w)));
  expect(tf.sum(tf.abs(model.layers[0].getWeights()[0])).dataSync()[0]).toBeGreaterThan(0);
});

test('functional model: a BatchNorm whose Dense also feeds another layer is kept; the single-consumer pair folds', async () => {
  const input = tfl.input({ shape: [4] });
  const shared = tfl.layers.dense({ units: 3 }).apply(input) as tfl.SymbolicTensor;
  const kept = tfl.layers.batchNormalization().apply(shared) as tfl.SymbolicTensor;
  const single = tfl.layers.dense({ units: 3 }).apply(input) as tfl.SymbolicTensor;
  const foldedBn = tfl.layers.batchNormalization({ epsilon: 1e-5 }).apply(single) as tfl.SymbolicTensor;
  const output = tfl.layers.concatenate().apply([kept, shared, foldedBn]) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  randomizeBatchNorms(model, 3);
  const folded = await foldBatchNorm(model);
  expect(folded.layers.filter((l) => l.getClassName() === 'BatchNormalization').length).toBe(1);
  const x = tf.randomNormal([5, 4], 0, 2, 'float32', 4);
  expect(maxRelativeDifference(folded.predict(x) as tf.Tensor, model.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
});

test('foldBatchNormWeights refuses what does not fold, with the reason', () => {
  const dense = tfl.layers.dense({ units: 3, activation: 'relu' });
  const bn = tfl.layers.batchNormalization();
  bn.apply(dense.apply(tfl.input({ shape: [2] })) as tfl.SymbolicTensor);
  expect(() => foldBatchNormWeights(dense, bn)).toThrow(/foldBatchNormWeights: expected dense_Dense\d+ to have a linear activation, got 'relu'/);
  expect(() => foldBatchNormWeights(tfl.layers.flatten(), bn)).toThrow(/expected a Dense, Conv1D, Conv2D, Conv3D layer, got Flatten/);
});

test('recalibrate: moving statistics become the data\'s pooled per-channel mean and biased variance, earlier layers first', async () => {
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 3, inputShape: [2], kernelInitializer: tfl.initializers.glorotNormal({ seed: 5 }), biasInitializer: 'ones' }),
      tfl.layers.batchNormalization(),
      tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotNormal({ seed: 6 }) }),
      new BatchNorm() as unknown as tfl.layers.Layer,
    ],
  });
  const x = tf.randomNormal([50, 2], 3, 2, 'float32', 7);
  const statistics = await recalibrate(model, x, { batchSize: 16 });
  const first = tf.moments(model.layers[0].apply(x) as tf.Tensor, 0);
  const [, , mean1, variance1] = model.layers[1].getWeights();
  expect(maxRelativeDifference(mean1, first.mean)).toBeLessThan(1e-5);
  expect(maxRelativeDifference(variance1, first.variance)).toBeLessThan(1e-5);
  // The second layer sees the first one's new statistics (inference mode).
  const hidden = model.layers[2].apply(model.layers[1].apply(model.layers[0].apply(x))) as tf.Tensor;
  const second = tf.moments(hidden, 0);
  expect(maxRelativeDifference(model.layers[3].getWeights()[2], second.mean)).toBeLessThan(1e-5);
  expect(maxRelativeDifference(model.layers[3].getWeights()[3], second.variance)).toBeLessThan(1e-5);
  expect([...statistics.keys()]).toEqual([model.layers[1].name, model.layers[3].name]);
  const before = tf.memory().numTensors;
  await recalibrate(model, [x]);
  expect(tf.memory().numTensors).toBe(before);
  await expect(recalibrate(model, x, { batchsize: 8 } as never)).rejects.toThrow(/recalibrate: unknown option 'batchsize' \(did you mean 'batchSize'\?\)/);
});

test('α-BN: the catalog\'s numbers (μ_s 0, σ²_s 1, batch [0, 4], α 0.9, ε 1e-3); α = 1 is inference, α = 0 the batch\'s statistics; nothing is written; restore()', () => {
  const model = tfl.sequential({ layers: [tfl.layers.batchNormalization({ inputShape: [1] })] });
  const x = tf.tensor2d([[0], [4]]);
  const weightsBefore = model.getWeights().map((w) => Array.from(w.dataSync()));
  const handle = alphaBN(model, { alpha: 0.9 });
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
  const got = (model.predict(x) as tf.Tensor).dataSync();
  expect(got[0]).toBeCloseTo(-0.17534418, 6);
  expect(got[1]).toBeCloseTo(3.33153936, 5);
  expect(model.getWeights().map((w) => Array.from(w.dataSync()))).toEqual(weightsBefore);
  alphaBN(model, { alpha: 0 });
  const batchStatistics = (model.predict(x) as tf.Tensor).dataSync();
  expect(batchStatistics[0]).toBeCloseTo(-2 / Math.sqrt(4.001), 6);
  alphaBN(model, { alpha: 1 });
  const inference = Array.from((model.predict(x) as tf.Tensor).dataSync());
  handle.restore();
  expect(Array.from((model.predict(x) as tf.Tensor).dataSync())).toEqual(inference);
  expect(() => alphaBN(model, { alpha: 2 })).toThrow(/alphaBN: expected alpha in \[0, 1\]/);
  expect(() => alphaBN(model, { alfa: 0.5 } as never)).toThrow(/alphaBN: unknown option 'alfa' \(did you mean 'alpha'\?\)/);
});
