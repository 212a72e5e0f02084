import { add, div, input, mul, param, rsqrt, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

const total = input('total');

/**
 * CRMSNorm: "Pre-RMSNorm and Pre-CRMSNorm Transformers: Equivalent and Efficient Pre-LN
 * Transformers" (Jiang et al., 2023). A zero-mean d-vector is stored as its first d − 1
 * coordinates x̃ (the last is −Σx̃); CRMSNorm(x̃) is RMSNorm of the full vector on the kept
 * coordinates: x̃ / √((Σx̃² + (Σx̃)²)/d + ε). The reference layers have no affine (it is folded
 * into the next linear layer); gamma and beta here default to 1 and 0.
 */
export const crmsNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.crms-norm',
  name: 'crmsNorm',
  view: 'rows',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-feature gain on the d − 1 kept coordinates (affine only).' },
    { name: 'beta', fill: 0, doc: 'Per-feature offset on the d − 1 kept coordinates (affine only).' },
  ],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added under the root (reference 1e-5; use the ε of the LayerNorm being replaced).' }],
  math: () => ({
    statistics: [
      { name: 'total', reduce: 'sum', of: x },
      { name: 'squares', reduce: 'sum', of: mul(x, x) },
    ],
    // d = n + 1: the dropped coordinate is −Σx̃, whose square is (Σx̃)².
    output: add(mul(mul(x, rsqrt(add(div(add(input('squares'), mul(total, total)), add(param('count'), 1)), param('epsilon')))), input('gamma')), input('beta')),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      const sum = offsets.reduce((s, i) => s + given.x[i], 0);
      const squares = offsets.reduce((s, i) => s + given.x[i] ** 2, 0);
      const inverse = 1 / Math.sqrt((squares + sum * sum) / (offsets.length + 1) + given.params.epsilon);
      offsets.forEach((i, n) => { out[i] = given.x[i] * inverse * gamma[channels[n]] + beta[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'RMSNorm of a zero-mean d-vector stored without its last coordinate (d − 1 kept): equal to the first d − 1 outputs of RMSNorm and of LayerNorm of the full vector.',
    formula: 'y = x̃ / √((Σx̃² + (Σx̃)²)/d + ε) · γ + β, d = n + 1',
    papers: ['Jiang, Gu, Zhu & Pan, "Pre-RMSNorm and Pre-CRMSNorm Transformers: Equivalent and Efficient Pre-LN Transformers", NeurIPS 2023'],
    example: 'crmsNorm(compressed, null, null, {epsilon: 1e-5})',
  },
};
