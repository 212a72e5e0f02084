import { add, input, mul, param, rsqrt, sub, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup, moments } from './group-reference.js';

const epsilon = { name: 'epsilon', default: 1e-3, domain: { min: 0 }, doc: 'Added to the variance under the root (Keras 3 and tfjs 1e-3; PyTorch 1e-5).' } as const;
const affine = [
  { name: 'gamma', fill: 1, doc: 'Per-channel gain.' },
  { name: 'beta', fill: 0, doc: 'Per-channel offset.' },
] as const;
const docs = {
  summary: 'Normalizes each channel over the batch and spatial positions: batch statistics in training, moving averages of them in inference.',
  formula: 'y = (x − μ_c) / √(σ²_c + ε) · γ_c + β_c; training: μ, σ² of the batch (biased), moving ← moving·momentum + batch·(1 − momentum)',
  papers: ['Ioffe & Szegedy, "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", ICML 2015'],
  example: 'batchNorm(x, gamma, beta, {epsilon: 1e-3})',
  tfjs: 'tf.layers.batchNormalization composes tfjs ops; the BatchNorm layer here runs one fused kernel per step and returns the batch statistics from it.',
};

/**
 * BatchNorm in training: per-channel batch statistics (biased variance, as Keras and tfjs
 * normalize with), returned as group outputs for the moving averages.
 */
export const batchNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.batch-norm',
  name: 'batchNorm',
  view: 'batch',
  weights: affine,
  params: [epsilon],
  math: () => ({
    statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
    output: add(mul(mul(sub(x, input('mean')), rsqrt(add(input('variance'), param('epsilon')))), input('gamma')), input('beta')),
  }),
  groupOutputs: ['mean', 'variance'],
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      const { mean, variance } = moments(given.x, offsets);
      const inverse = 1 / Math.sqrt(variance + given.params.epsilon);
      offsets.forEach((i, n) => { out[i] = (given.x[i] - mean) * inverse * gamma[channels[n]] + beta[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs,
};

/** BatchNorm in inference: the moving statistics as per-channel weights, no reduction at all. */
export const batchNormInferenceSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.batch-norm',
  name: 'batchNormInference',
  view: 'batch',
  weights: [
    ...affine,
    { name: 'movingMean', fill: 0, doc: 'Moving average of the batch means.' },
    { name: 'movingVariance', fill: 1, doc: 'Moving average of the batch variances.' },
  ],
  params: [epsilon],
  math: () => ({
    statistics: [],
    output: add(mul(mul(sub(x, input('movingMean')), rsqrt(add(input('movingVariance'), param('epsilon')))), input('gamma')), input('beta')),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta, movingMean, movingVariance } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      offsets.forEach((i, n) => {
        const c = channels[n];
        out[i] = (given.x[i] - movingMean[c]) / Math.sqrt(movingVariance[c] + given.params.epsilon) * gamma[c] + beta[c];
      });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs,
};
