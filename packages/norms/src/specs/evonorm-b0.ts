import { add, div, input, max, mul, param, sqrt, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup, moments } from './group-reference.js';

/**
 * EvoNorm-B0: "Evolving Normalization-Activation Layers" (Liu, Brock, Simonyan & Le, 2020), as
 * the TF reference (tensorflow/tpu resnet_model.py) computes it:
 * x / max(√(s²_B + ε), v·x + √(s²_I + ε)) · γ + β, with s²_I the biased variance of each example
 * and channel over the spatial positions (computed here) and s²_B the per-channel weight
 * `batchVariance`: the batch's biased variance over (N, H, W) in training — the op computes it
 * with tfjs ops, so its gradient reaches x through this kernel's weight gradient — and the
 * moving variance in inference.
 */
const epsilon = param('epsilon');
const batchDeviation = sqrt(add(input('batchVariance'), epsilon));
const instanceTerm = add(mul(input('v'), x), sqrt(add(input('instanceVariance'), epsilon)));

export const evoNormB0Spec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.evonorm-b0',
  name: 'evoNormB0',
  view: 'spatial',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-channel gain.' },
    { name: 'beta', fill: 0, doc: 'Per-channel offset.' },
    { name: 'v', fill: 1, doc: 'Per-channel slope of the instance term (read with nonlinearity: \'on\').' },
    { name: 'batchVariance', fill: 1, doc: 'Per-channel s²_B: the batch variance in training, the moving variance in inference.' },
  ],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added under both roots (TF reference 1e-5; timm EvoNorm2dB0 1e-3).' }],
  variants: [
    { name: 'nonlinearity', choices: ['on', 'off'], default: 'on', doc: "'off': y = γ·x + β, no statistics (the reference's nonlinearity=False)." },
  ],
  math: (variants) => (variants.nonlinearity === 'off'
    ? { statistics: [], output: add(mul(x, input('gamma')), input('beta')) }
    : {
      statistics: [{ name: ['instanceMean', 'instanceVariance'], reduce: 'moments', of: x }],
      output: add(mul(div(x, max(batchDeviation, instanceTerm)), input('gamma')), input('beta')),
    }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta, v, batchVariance } = given.weights;
    const linear = given.variants.nonlinearity === 'off';
    const epsilon = given.params.epsilon;
    forEachGroup(given, (offsets, channels) => {
      const instance = linear ? 0 : Math.sqrt(moments(given.x, offsets).variance + epsilon);
      offsets.forEach((i, n) => {
        const c = channels[n];
        const value = given.x[i];
        out[i] = (linear ? value : value / Math.max(Math.sqrt(batchVariance[c] + epsilon), v[c] * value + instance)) * gamma[c] + beta[c];
      });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'A batch-dependent norm-activation that replaces BatchNorm + ReLU: x over the larger of the batch deviation and v·x plus the instance deviation.',
    formula: 'y = x / max(√(s²_B + ε), v_c·x + √(s²_I + ε)) · γ_c + β_c; s²_B per channel over (N, H, W), s²_I per example and channel over (H, W); moving s²_B ← d·s²_B + (1 − d)·batch',
    papers: ['Liu, Brock, Simonyan & Le, "Evolving Normalization-Activation Layers", NeurIPS 2020'],
    example: 'new EvoNormB0()',
  },
};
