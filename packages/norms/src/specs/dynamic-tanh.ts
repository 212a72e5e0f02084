import { add, input, mul, tanh, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

/**
 * DyT: "Transformers without Normalization" (Zhu, Chen, He, LeCun & Liu, 2025). Elementwise, no
 * statistics: a reduction spec only for its per-feature weights and view. α is one learned
 * scalar per layer in the authors' code (jiachenzhu/DyT dynamic_tanh.py); the kernels take it
 * as a per-feature weight the op broadcasts from a scalar, so the gradient of the scalar is
 * the sum of the per-feature gradients.
 */
export const dynamicTanhSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.dyt',
  name: 'dynamicTanh',
  aliases: ['dyt', 'DyT'],
  view: 'rows',
  weights: [
    { name: 'alpha', fill: 0.5, doc: 'The slope inside tanh: one learned scalar (alphaInit 0.5), broadcast over the features.' },
    { name: 'gamma', fill: 1, doc: 'Per-feature gain.' },
    { name: 'beta', fill: 0, doc: 'Per-feature offset (bias: false drops it, as the LLaMA recipe does).' },
  ],
  params: [],
  math: () => ({ statistics: [], output: add(mul(tanh(mul(input('alpha'), x)), input('gamma')), input('beta')) }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { alpha, gamma, beta } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      offsets.forEach((i, n) => { out[i] = Math.tanh(alpha[channels[n]] * given.x[i]) * gamma[channels[n]] + beta[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'A drop-in replacement for LayerNorm/RMSNorm without statistics: a learned-slope tanh squashes extreme values, then a per-feature affine.',
    formula: 'y = γ · tanh(α · x) + β, α one learned scalar (init 0.5)',
    papers: ['Zhu, Chen, He, LeCun & Liu, "Transformers without Normalization", CVPR 2025'],
    example: 'dynamicTanh(x, 0.5, gamma, beta)',
  },
};
