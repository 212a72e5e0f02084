import { abs, add, div, input, mul, param, sub, x, type ReductionSpec } from '@layerkit/core';

/**
 * L1 normalization: LayerNorm with the mean absolute deviation in place of the standard
 * deviation — abs, sign, additions and one division, no square or root ("Towards Accurate and
 * Efficient Sub-8-Bit Integer Training"). The deviation is a statistic of the mean: the kernels
 * take a third pass over each row, and the backward differentiates through both (sign(x − μ),
 * 0 at 0, with μ and MAD functions of x: the exact gradient).
 */
const mean = input('mean');
const deviation = div(input('deviation'), param('count'));
const scale = (variants: { rescale?: string }) => (variants.rescale === 'on' ? Math.sqrt(Math.PI / 2) : 1);

export const l1NormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.l1-norm',
  name: 'l1Norm',
  view: 'rows',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-feature gain.' },
    { name: 'beta', fill: 0, doc: 'Per-feature offset.' },
  ],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added to the (scaled) mean absolute deviation in the denominator.' }],
  variants: [{
    name: 'rescale', choices: ['off', 'on'], default: 'off',
    doc: "'on': divide by √(π/2)·MAD, so that Gaussian inputs come out with standard deviation ≈ 1 (the L1 BatchNorm scaling of Wu et al. 2018).",
  }],
  math: (variants) => ({
    statistics: [
      { name: ['mean', 'variance'], reduce: 'moments', of: x },
      { name: 'deviation', reduce: 'sum', of: abs(sub(x, mean)) },
    ],
    output: add(mul(div(sub(x, mean), add(mul(scale(variants), deviation), param('epsilon'))), input('gamma')), input('beta')),
  }),
  reference: (given) => {
    const [outer, , , within] = given.view;
    const out = new Float64Array(given.x.length);
    const { gamma, beta } = given.weights;
    const s = scale(given.variants);
    for (let o = 0; o < outer; o++) {
      const row = given.x.subarray(o * within, (o + 1) * within);
      const mu = row.reduce((a, b) => a + b, 0) / within;
      const mad = row.reduce((a, b) => a + Math.abs(b - mu), 0) / within;
      row.forEach((v, j) => { out[o * within + j] = (v - mu) / (s * mad + given.params.epsilon) * gamma[j] + beta[j]; });
    }
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'LayerNorm with the mean absolute deviation instead of the standard deviation: integer-friendly, no square or root.',
    formula: 'y = (x − μ) / (s·MAD + ε) · γ + β, MAD = mean|x − μ| over the row, s = 1 or √(π/2) with rescale',
    papers: ['Guo et al., "Towards Accurate and Efficient Sub-8-Bit Integer Training", 2024', 'Wu, Wang, Liu, Yan & Cheng, "L1-Norm Batch Normalization for Efficient Training of Deep Neural Networks", 2018'],
    example: 'l1Norm(x, gamma, beta, {rescale: true})',
  },
};
