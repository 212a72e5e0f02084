import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullGrad, fullGradDecompose, integratedGradients, integratedGradientsCompleteness, smoothGrad } from '@layerkit/training';
import { maxRelativeError, randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });

/** A small tanh MLP with three class scores. */
function mlp() {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 16, inputShape: [5], activation: 'tanh', kernelInitializer: seeded(1), biasInitializer: tfl.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 7 }) }),
      tfl.layers.dense({ units: 3, kernelInitializer: seeded(2) }),
    ],
  });
}

describe('smoothGrad', () => {
  it('equals the weights of a linear model for any noise level, and the plain gradient at noise 0', () => {
    const weights = [0.5, -2, 1.5, 3];
    const linear = (x: tf.Tensor) => tf.sum(tf.mul(x, tf.tensor(weights)), 1);
    const x = tf.tensor(randomValues(8, 3), [2, 4]);
    const before = tf.memory().numTensors;
    const map = smoothGrad(linear, x, { samples: 10, noiseLevel: 0.5, seed: 1 });
    expect(tf.memory().numTensors).toBe(before + 1);
    expect(maxRelativeError(map.dataSync(), [...weights, ...weights])).toBeLessThan(1e-6);
    const model = mlp();
    const plain = tf.grad((input: tf.Tensor) => tf.sum(tf.slice(model.apply(input) as tf.Tensor, [0, 1], [-1, 1])))(tf.pad(x, [[0, 0], [0, 1]]));
    const noiseless = smoothGrad(model, tf.pad(x, [[0, 0], [0, 1]]), { target: 1, noiseLevel: 0, samples: 3 });
    expect(maxRelativeError(noiseless.dataSync(), plain.dataSync())).toBeLessThan(1e-6);
    tf.dispose([map, x, plain, noiseless]);
  });

  it('averages noisy gradients: σ is a fraction of each example\u2019s range, and the variants differ as they should', () => {
    // f(x) = Σ x² has gradient 2x: the mean of 2(x + ε) is 2x, of (2(x + ε))² is 4x² + 4σ².
    const square = (x: tf.Tensor) => tf.sum(tf.square(x), 1);
    const x = tf.tensor([[0, 1, 2, 3]]);
    const sigma = 0.1 * 3;
    const plain = smoothGrad(square, x, { samples: 4000, noiseLevel: 0.1, seed: 2 });
    const squared = smoothGrad(square, x, { samples: 4000, noiseLevel: 0.1, seed: 2, variant: 'squared' });
    const absolute = smoothGrad(square, x, { samples: 50, noiseLevel: 0.1, seed: 2, variant: 'absolute' });
    values(plain).forEach((value, index) => expect(Math.abs(value - 2 * index)).toBeLessThan(4 * (2 * sigma) / Math.sqrt(4000)));
    values(squared).forEach((value, index) => expect(Math.abs(value - (4 * index * index + 4 * sigma * sigma)) / (4 * index * index + 4 * sigma * sigma)).toBeLessThan(0.08));
    expect(Math.min(...values(absolute))).toBeGreaterThanOrEqual(0);
    tf.dispose([x, plain, squared, absolute]);
  });

  it('explains bad input', () => {
    const model = mlp();
    expect(() => smoothGrad(model, tf.zeros([1, 5]))).toThrow(/smoothGrad: the model has 3 outputs per example — pass target/);
    expect(() => smoothGrad(model, tf.zeros([1, 5]), { target: 3 })).toThrow(/expected target to be a class index in \[0, 3\)/);
    expect(() => smoothGrad(model, tf.zeros([1, 5], 'int32'), { target: 0 })).toThrow(/expected a float32 tensor of inputs, got int32 — cast first/);
    expect(() => smoothGrad(model, tf.zeros([1, 5]), { target: 0, noiselevel: 1 } as never)).toThrow(/unknown option 'noiselevel' \(did you mean 'noiseLevel'\?\)/);
  });
});

describe('integratedGradients', () => {
  it('is exact for a linear model at any step count and zero at the baseline', () => {
    const weights = tf.tensor([[1, -2], [3, 0.5], [-1, 1]]);
    const linear = (x: tf.Tensor) => tf.add(tf.matMul(x, weights), 0.25);
    const x = tf.tensor([[1, 2, 3], [0.5, -1, 2]]);
    const attributions = integratedGradients(linear, x, { steps: 1, target: 0 });
    // (x − 0)·w for class 0.
    expect(values(attributions)).toEqual([1, 6, -3, 0.5, -3, -2]);
    const atBaseline = integratedGradients(linear, x, { baseline: x, target: [0, 1] });
    expect(values(atBaseline).every((value) => value === 0)).toBe(true);
    tf.dispose([weights, x, attributions, atBaseline]);
  });

  it('completeness on a tanh MLP: Σ IG = F(x) − F(x′) within 1% at 256 steps, and the gap shrinks like 1/m', () => {
    const model = mlp();
    const x = tf.tensor(randomValues(20, 9).map((value) => 2 * value), [4, 5]);
    const baseline = tf.tensor([[0.1, -0.2, 0, 0.3, 0]]);
    const before = tf.memory().numTensors;
    const coarse = integratedGradients(model, x, { target: 2, steps: 16, baseline });
    const fine = integratedGradients(model, x, { target: 2, steps: 256, baseline });
    const coarseReport = integratedGradientsCompleteness(model, x, coarse, { target: 2, baseline });
    const fineReport = integratedGradientsCompleteness(model, x, fine, { target: 2, baseline });
    expect(tf.memory().numTensors).toBe(before + 2);
    // Relative to |ΔF| where ΔF is not tiny (here all four are above 0.3); absolute everywhere.
    fineReport.relativeErrors.forEach((error, index) => {
      if (Math.abs(fineReport.scoreDifferences[index]!) > 0.1) expect(error).toBeLessThan(0.01);
    });
    const gaps = (report: typeof fineReport) => report.attributionSums.map((sum, index) => Math.abs(sum - report.scoreDifferences[index]!));
    expect(Math.max(...gaps(fineReport))).toBeLessThan(3e-3);
    // The right Riemann sum's error is first order: 16× the steps, about 1/16 of the gap.
    const ratio = Math.max(...gaps(coarseReport)) / Math.max(...gaps(fineReport));
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(32);
    // F(x) − F(x′) is what the model computes.
    const direct = tf.tidy(() => tf.sub(tf.slice(model.predict(x) as tf.Tensor, [0, 2], [-1, 1]), tf.slice(model.predict(baseline) as tf.Tensor, [0, 2], [1, 1])));
    expect(maxRelativeError(fineReport.scoreDifferences, direct.dataSync(), 1e-6)).toBeLessThan(1e-5);
    tf.dispose([x, baseline, coarse, fine, direct]);
  });
});

describe('fullGrad', () => {
  /** A ReLU CNN with batch norm (non-trivial moving statistics) and max-pooling, ending in logits. */
  function cnn() {
    const model = tfl.sequential({
      layers: [
        tfl.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, padding: 'same', activation: 'relu', kernelInitializer: seeded(4), biasInitializer: tfl.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 8 }) }),
        tfl.layers.conv2d({ filters: 4, kernelSize: 3, kernelInitializer: seeded(5), biasInitializer: tfl.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 9 }) }),
        tfl.layers.batchNormalization(),
        tfl.layers.reLU(),
        tfl.layers.maxPooling2d({ poolSize: 2 }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 3, kernelInitializer: seeded(6), biasInitializer: tfl.initializers.randomUniform({ minval: -0.5, maxval: 0.5, seed: 10 }) }),
      ],
    });
    const norm = model.layers[2]!;
    norm.setWeights([tf.tensor([1.5, 0.5, 2, 1]), tf.tensor([0.1, -0.3, 0.2, 0]), tf.tensor([0.2, -0.1, 0.05, 0.3]), tf.tensor([0.5, 2, 1, 0.8])]);
    return model;
  }

  it('completeness: f(x) = Σ ∇ₓf·x + Σ bias terms on a ReLU CNN with batch norm; the map of each term lies in [0, 1]', () => {
    const model = cnn();
    const x = tf.tensor(randomValues(2 * 72, 12), [2, 6, 6, 2]);
    const before = tf.memory().numTensors;
    const { inputTerm, biasTerms } = fullGradDecompose(model, x, { target: 1 });
    expect(biasTerms.map((term) => term.layer)).toEqual([model.layers[0]!.name, model.layers[1]!.name, model.layers[2]!.name, model.layers[6]!.name]);
    const total = tf.tidy(() => tf.addN([tf.sum(inputTerm, [1, 2, 3]), ...biasTerms.map(({ contribution }) => tf.sum(tf.reshape(contribution, [2, -1]), 1))]));
    const output = tf.tidy(() => tf.reshape(tf.slice(model.predict(x) as tf.Tensor, [0, 1], [-1, 1]), [2]));
    expect(maxRelativeError(total.dataSync(), output.dataSync(), 1e-3)).toBeLessThan(1e-5);
    // Without the batch-norm term the identity breaks: the implicit bias matters.
    const withoutNorm = tf.tidy(() => tf.sub(total, tf.sum(tf.reshape(biasTerms[2]!.contribution, [2, -1]), 1)));
    expect(maxRelativeError(withoutNorm.dataSync(), output.dataSync(), 1e-3)).toBeGreaterThan(1e-2);
    const expectedScore = output.dataSync()[0]!;
    tf.dispose([inputTerm, ...biasTerms.map((term) => term.contribution), total, output, withoutNorm]);
    expect(tf.memory().numTensors).toBe(before);
    const map = fullGrad(model, x, { target: 1 });
    expect(map.shape).toEqual([2, 6, 6, 1]);
    // Input term over 2 channels plus two conv layers and batch norm (3 and 4 channels): at most 2 + 3 + 4 + 4.
    expect(Math.min(...values(map))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values(map))).toBeLessThanOrEqual(13);
    const rescaled = fullGrad(model, x, { target: 1, rescale: true });
    expect(Math.min(...values(rescaled))).toBeCloseTo(0, 6);
    expect(Math.max(...values(rescaled))).toBeCloseTo(1, 4);
    // The model is left as it was: its prediction did not change.
    const after = model.predict(x) as tf.Tensor;
    expect(values(after)[1]).toBe(expectedScore);
    tf.dispose([x, map, rescaled, after]);
  });

  it('explains bad input', () => {
    expect(() => fullGrad(((x: tf.Tensor) => x) as never, tf.zeros([1, 2]))).toThrow(/fullGradDecompose: expected a tf.LayersModel/);
    expect(() => fullGrad(cnn(), tf.zeros([1, 6, 6, 2]), { target: 0, rescal: true } as never)).toThrow(/did you mean 'rescale'/);
  });
});
