import { add, input, mul, param, rsqrt, sigmoid, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup, moments } from './group-reference.js';

/**
 * EvoNorm-S0: "Evolving Normalization-Activation Layers" (Liu, Brock, Simonyan & Le, 2020), as
 * the TF reference (tensorflow/tpu resnet_model.py) computes it: x·σ(v·x) over the group
 * standard deviation of x (biased variance over the spatial positions and the group's
 * channels, centred), then a per-channel affine. The numerator x is not centred.
 */
export const evoNormS0Spec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.evonorm-s0',
  name: 'evoNormS0',
  view: 'channel-groups',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-channel gain.' },
    { name: 'beta', fill: 0, doc: 'Per-channel offset.' },
    { name: 'v', fill: 1, doc: 'Per-channel slope inside the sigmoid (read with nonlinearity: \'on\').' },
  ],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added to the group variance under the root (TF reference and timm EvoNorm2dS0).' }],
  variants: [
    { name: 'nonlinearity', choices: ['on', 'off'], default: 'on', doc: "'off': y = γ·x + β, no statistics (the reference's nonlinearity=False)." },
  ],
  math: (variants) => (variants.nonlinearity === 'off'
    ? { statistics: [], output: add(mul(x, input('gamma')), input('beta')) }
    : {
      statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
      output: add(mul(mul(mul(x, sigmoid(mul(input('v'), x))), rsqrt(add(input('variance'), param('epsilon')))), input('gamma')), input('beta')),
    }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta, v } = given.weights;
    const linear = given.variants.nonlinearity === 'off';
    forEachGroup(given, (offsets, channels) => {
      const inverse = linear ? 1 : 1 / Math.sqrt(moments(given.x, offsets).variance + given.params.epsilon);
      offsets.forEach((i, n) => {
        const c = channels[n];
        const value = given.x[i];
        out[i] = (linear ? value : value / (1 + Math.exp(-v[c] * value)) * inverse) * gamma[c] + beta[c];
      });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'A batch-independent norm-activation: x·sigmoid(v·x) divided by the standard deviation of its group of channels, then a per-channel affine.',
    formula: 'y = x · σ(v_c · x) / √(var_g + ε) · γ_c + β_c, var_g per example and group g of channels',
    papers: ['Liu, Brock, Simonyan & Le, "Evolving Normalization-Activation Layers", NeurIPS 2020'],
    example: 'evoNormS0(images, gamma, beta, v, {groups: 32})',
  },
};
