// ScaledWS: standardized columns (mean 0, variance 1/N), the γ table, gain, fold(), training,
// save → load, and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { NF_GAMMA, ScaledWeightStandardization, nfGamma, scaledWeightStandardization } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(saved!));
}

test('gain 1, γ 1: every output unit\'s column has mean 0 and variance 1/N (N = fan-in), against a float64 computation', () => {
  const kernel = tf.randomNormal([3, 3, 4, 5], 0.3, 2, 'float32', 1);
  const got = scaledWeightStandardization(kernel, null).dataSync();
  const values = kernel.dataSync();
  const n = 36;
  for (let unit = 0; unit < 5; unit++) {
    const column = Array.from({ length: n }, (_, i) => values[i * 5 + unit]);
    const mean = column.reduce((a, b) => a + b, 0) / n;
    const variance = column.reduce((a, b) => a + (b - mean) ** 2, 0) / n;
    const want = column.map((value) => (value - mean) / Math.sqrt(Math.max(n * variance, 1e-4)));
    want.forEach((value, i) => expect(Math.abs(got[i * 5 + unit] - value)).toBeLessThan(1e-5));
    const out = Array.from({ length: n }, (_, i) => got[i * 5 + unit]);
    expect(out.reduce((a, b) => a + b, 0) / n).toBeCloseTo(0, 6);
    expect(out.reduce((a, b) => a + b * b, 0) / n).toBeCloseTo(1 / n, 6);
  }
});

test('γ: the relu entry is within 1e-3 of the analytic √(2/(1 − 1/π)); names resolve, typos get a did-you-mean', () => {
  expect(Math.abs(NF_GAMMA.relu - Math.sqrt(2 / (1 - 1 / Math.PI)))).toBeLessThan(1.2e-3);
  expect(nfGamma('gelu')).toBe(1.7015043497085571);
  expect(nfGamma(2)).toBe(2);
  expect(() => nfGamma('rleu')).toThrow(/nfGamma: unknown nonlinearity 'rleu' \(did you mean 'relu'\?\)/);
});

test('the layer scales by gain·γ; fold() reproduces it; it trains, saves and loads', async () => {
  const model = tfl.sequential({
    layers: [
      new ScaledWeightStandardization({ layer: tfl.layers.conv2d({ filters: 4, kernelSize: 3, activation: 'relu' }), inputShape: [5, 5, 3] }) as unknown as tfl.layers.Layer,
      tfl.layers.flatten(),
      new ScaledWeightStandardization({ layer: tfl.layers.dense({ units: 1 }), gamma: 'relu' }) as unknown as tfl.layers.Layer,
    ],
  });
  const dense = model.layers[2] as unknown as ScaledWeightStandardization;
  const kernel = dense.getWeights()[0];
  const want = tf.mul(scaledWeightStandardization(kernel, null), NF_GAMMA.relu);
  expect(tf.max(tf.abs(tf.sub(dense.foldedKernel(), want))).dataSync()[0]).toBeLessThan(1e-6);
  model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 5, 5, 3], 0, 1, 'float32', 2);
  const y = tf.reshape(tf.mean(x, [1, 2, 3]), [16, 1]);
  const history = await model.fit(x, y, { epochs: 15, batchSize: 16, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
  expect(Array.from(dense.getWeights()[2].dataSync()).some((g) => g !== 1)).toBe(true);
  const loaded = await roundTrip(model);
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const conv = model.layers[0] as unknown as ScaledWeightStandardization;
  const folded = conv.fold();
  expect(tf.max(tf.abs(tf.sub(folded.apply(x) as tf.Tensor, conv.apply(x) as tf.Tensor))).dataSync()[0]).toBeLessThan(1e-5);
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
});

test('clear errors', () => {
  const dense = () => tfl.layers.dense({ units: 2 });
  expect(() => new ScaledWeightStandardization({ layer: dense(), epsilon: 0 })).toThrow(/ScaledWeightStandardization: expected epsilon > 0, got 0/);
  expect(() => new ScaledWeightStandardization({ layer: dense(), gama: 1 } as never)).toThrow(/unknown option 'gama' \(did you mean 'gamma'\?\)/);
  expect(() => new ScaledWeightStandardization({ layer: dense(), gamma: 'tanhh' })).toThrow(/did you mean 'tanh'/);
});
