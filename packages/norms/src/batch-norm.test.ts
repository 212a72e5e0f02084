// BatchNorm against tfjs-layers' own BatchNormalization (Keras semantics): the same model with
// either norm, trained the same way, must keep the same moving statistics and predict the same.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import { BatchNorm, batchNormTraining } from './index.js';

const close = (got: Float32Array | Int32Array | Uint8Array, want: Float32Array | Int32Array | Uint8Array, tolerance: number) => {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) expect(Math.abs(got[i] - want[i]), `element ${i}: ${got[i]} vs ${want[i]}`).toBeLessThanOrEqual(tolerance * (1 + Math.abs(want[i])));
};

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`BatchNorm on ${backend}`, () => {
    beforeAll(async () => { await tf.setBackend(backend); });

    test('batch statistics: mean and biased variance per channel, as tf.moments gives them', async () => {
      const x = tf.randomNormal([4, 3, 5, 6], 2, 3, 'float32', 1);
      const { output, mean, variance } = batchNormTraining(x);
      const want = tf.moments(x, [0, 1, 2]);
      close(await mean.data(), await want.mean.data(), 1e-5);
      close(await variance.data(), await want.variance.data(), 1e-5);
      const normalized = tf.div(tf.sub(x, want.mean), tf.sqrt(tf.add(want.variance, 1e-3)));
      close(await output.data(), await normalized.data(), 1e-4);
      tf.dispose([x, output, mean, variance, want.mean, want.variance, normalized]);
    });

    test('trains like tfjs-layers BatchNormalization: same moving statistics and predictions after fit', async () => {
      const build = (norm: () => tfl.layers.Layer) => {
        const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 6, inputShape: [5], kernelInitializer: 'ones', biasInitializer: 'zeros' }), norm(), tfl.layers.dense({ units: 2, kernelInitializer: 'ones' })] });
        model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
        return model;
      };
      const ours = build(() => new BatchNorm({ momentum: 0.9 }) as unknown as tfl.layers.Layer);
      const stock = build(() => tfl.layers.batchNormalization({ momentum: 0.9 }));
      const x = tf.randomNormal([16, 5], 0, 1, 'float32', 3);
      const y = tf.randomNormal([16, 2], 0, 1, 'float32', 4);
      for (const model of [ours, stock]) await model.fit(x, y, { epochs: 3, batchSize: 8, shuffle: false, verbose: 0 });
      const weights = (model: tfl.LayersModel) => model.layers[1].getWeights();
      const [ourWeights, stockWeights] = [weights(ours), weights(stock)];
      // gamma, beta, moving mean, moving variance, in Keras's order for both.
      expect(ourWeights.map((w) => w.shape)).toEqual(stockWeights.map((w) => w.shape));
      for (let n = 0; n < 4; n++) close(await ourWeights[n].data(), await stockWeights[n].data(), 1e-4);
      expect(Math.abs((await ourWeights[2].data())[0])).toBeGreaterThan(1e-3);
      close(await (ours.predict(x) as tf.Tensor).data(), await (stock.predict(x) as tf.Tensor).data(), 1e-4);
      tf.dispose([x, y]);
      ours.dispose();
      stock.dispose();
    });

    test('names its weights as Keras does and refuses a momentum outside [0, 1]', () => {
      const layer = new BatchNorm();
      layer.build([null, 3]);
      expect(layer.weights.map((w) => w.originalName.split('/').pop())).toEqual(['gamma', 'beta', 'moving_mean', 'moving_variance']);
      expect(layer.trainableWeights.length).toBe(2);
      expect(() => new BatchNorm({ momentum: 1.5 }).build([null, 3])).toThrow(/BatchNorm: expected momentum in \[0, 1\], got 1.5/);
    });
  });
}
