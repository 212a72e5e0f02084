import { input, le, sub, where, x, type ReductionSpec } from '@layerkit/core';

/**
 * ABReLU, the average-biased ReLU: relu(x − mean(x)), the mean over the reduced axes (the
 * whole tensor in the authors' code). The mean is the shifted two-pass one, so x − mean keeps
 * its precision for large means, and the gradient flows through it: dxⱼ = dyⱼ·1[cⱼ > 0] −
 * Σᵢ dyᵢ·1[cᵢ > 0]/n, with c = x − mean.
 */
const centred = sub(x, input('mean'));

export const abreluSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'activations.abrelu',
  name: 'abrelu',
  view: 'rows',
  weights: [],
  params: [],
  math: () => ({
    statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
    // `c <= 0` picks 0, so NaN falls through and stays NaN; the slope at c = 0 is 0, as relu's.
    output: where(le(centred, 0), 0, centred),
  }),
  reference: (given) => {
    const [outer, , , within] = given.view;
    const out = new Float64Array(given.x.length);
    for (let o = 0; o < outer; o++) {
      const row = given.x.subarray(o * within, (o + 1) * within);
      const mean = row.reduce((a, b) => a + b, 0) / within;
      row.forEach((v, j) => { const c = v - mean; out[o * within + j] = c <= 0 ? 0 : c; });
    }
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'ReLU of x minus its mean: what stays is the part above the average, whatever the offset of the input.',
    formula: 'abrelu(x) = max(x − mean(x), 0), the mean over meanAxes (default every axis)',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: 'abrelu(x); abrelu(x, {meanAxes: [1, 2, 3]})',
    differences: 'By default the mean is over the whole tensor, batch included, as in the authors\' code: an example\'s output depends on the rest of its batch. meanAxes: [1, …] gives one mean per example.',
  },
};
