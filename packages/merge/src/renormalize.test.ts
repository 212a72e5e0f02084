/** REPAIR-style re-normalisation: the catalog oracles on a small MLP with same-batch statistics. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { renormalizeMerged } from '@layerkit/merge';
import { randomFloats, randomizeWeights, useCpu } from './test-helpers.js';

beforeAll(useCpu);

function mlp(seed: number): tfl.LayersModel {
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 6, activation: 'relu', inputShape: [4], name: 'hidden_0' }),
    tfl.layers.dense({ units: 5, activation: 'relu', name: 'hidden_1' }),
    tfl.layers.dense({ units: 3, name: 'output' }),
  ] });
  randomizeWeights(model, seed);
  return model;
}

/** Per-unit batch mean and unbiased std of hidden_0's pre-activation (a one-layer probe: x·K + b). */
function moments(model: tfl.LayersModel, data: tf.Tensor): { mean: number[]; std: number[] } {
  return tf.tidy(() => {
    const [kernel, bias] = model.getLayer('hidden_0').getWeights();
    const x = tf.add(tf.matMul(data as tf.Tensor2D, kernel as tf.Tensor2D), bias!);
    const { mean, variance } = tf.moments(x, 0);
    const rows = data.shape[0]!;
    return { mean: Array.from(mean.dataSync()), std: Array.from(variance.dataSync()).map((value) => Math.sqrt((value * rows) / (rows - 1))) };
  });
}

describe('renormalizeMerged (merge.rebasin-renormalize)', () => {
  const a = mlp(1); const b = mlp(2);
  const data = tf.tensor2d(randomFloats(40 * 4, 5, 2), [40, 4]);

  it('REPAIR: each corrected channel has std (1 − λ)σ_A + λσ_B and mean (1 − λ)μ_A + λμ_B (eps 0, same batch)', async () => {
    const lambda = 0.3;
    const repaired = await renormalizeMerged({ endpoints: [a, b], lambda, data: [data], rescale: true, reshift: true, eps: 0 });
    const [left, right, own] = [moments(a, data), moments(b, data), moments(repaired, data)];
    own.std.forEach((value, unit) => expect(value).toBeCloseTo((1 - lambda) * left.std[unit]! + lambda * right.std[unit]!, 4));
    own.mean.forEach((value, unit) => expect(value).toBeCloseTo((1 - lambda) * left.mean[unit]! + lambda * right.mean[unit]!, 4));
  });

  it('reshift alone matches means and keeps stds; rescale alone keeps each channel\'s mean/std ratio', async () => {
    const plain = await renormalizeMerged({ endpoints: [a, b], data: [data], rescale: false, reshift: false });
    const shifted = await renormalizeMerged({ endpoints: [a, b], data: [data], rescale: false, reshift: true, eps: 0 });
    const scaled = await renormalizeMerged({ endpoints: [a, b], data: [data], rescale: true, reshift: false, eps: 0 });
    const [left, right, before, afterShift, afterScale] = [a, b, plain, shifted, scaled].map((model) => moments(model, data));
    afterShift!.mean.forEach((value, unit) => expect(value).toBeCloseTo(0.5 * left!.mean[unit]! + 0.5 * right!.mean[unit]!, 4));
    afterShift!.std.forEach((value, unit) => expect(value).toBeCloseTo(before!.std[unit]!, 4));
    afterScale!.std.forEach((value, unit) => {
      expect(value).toBeCloseTo(0.5 * left!.std[unit]! + 0.5 * right!.std[unit]!, 4);
      expect(afterScale!.mean[unit]! / value).toBeCloseTo(before!.mean[unit]! / before!.std[unit]!, 4);
    });
  });

  it('merging a model with itself (eps 0, same-batch statistics) leaves its outputs unchanged', async () => {
    const repaired = await renormalizeMerged({ endpoints: [a, a], data: [data], rescale: true, reshift: true, eps: 0 });
    const expected = (a.predict(data) as tf.Tensor).dataSync();
    const actual = (repaired.predict(data) as tf.Tensor).dataSync();
    expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, 5));
  });

  it('resetBN re-estimates BatchNormalization moving statistics as batch-averaged mean and unbiased variance', async () => {
    const withNorm = (seed: number) => {
      const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [4] }), tfl.layers.batchNormalization({ name: 'norm' }), tfl.layers.dense({ units: 2 })] });
      randomizeWeights(model, seed);
      return model;
    };
    const reset = await renormalizeMerged({ endpoints: [withNorm(3), withNorm(4)], data: [data], resetBN: true });
    const [kernel, bias] = reset.layers[0]!.getWeights();
    const x = tf.add(tf.matMul(data as tf.Tensor2D, kernel as tf.Tensor2D), bias!);
    const { mean, variance } = tf.moments(x, 0);
    const norm = reset.getLayer('norm');
    const movingMean = norm.weights.find((weight) => weight.originalName.endsWith('moving_mean'))!.read().dataSync();
    const movingVariance = norm.weights.find((weight) => weight.originalName.endsWith('moving_variance'))!.read().dataSync();
    mean.dataSync().forEach((value, unit) => expect(movingMean[unit]).toBeCloseTo(value, 4));
    variance.dataSync().forEach((value, unit) => expect(movingVariance[unit]).toBeCloseTo((value * 40) / 39, 4));
  });
});
