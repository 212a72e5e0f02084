import { add, input, lt, mul, sigmoid, sqrt, sub, where, x, type ReductionSpec } from '@layerkit/core';

/**
 * ASH, adaptive sparse swish ("Hard ASH: Sparsity and the right optimizer make a continual
 * learner"; kyungsu-lee-ksl/ASH util/tf1/layers.py): x·σ(2α(x − μ − z_k·σ_X)), μ and σ_X the
 * mean and population standard deviation of each example's feature map. The gradient flows
 * through μ and σ_X, as in the reference code (no stop-gradient). α (sharpness) and z_k are
 * scalars; the kernels read them as weights over the features, so the op broadcasts them.
 */
// x − μ first, so the shifted mean subtracts exactly for large means.
const excess = sub(sub(x, input('mean')), mul(input('zk'), sqrt(add(input('variance'), 1e-12))));

export const ashSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'activations.ash',
  name: 'ash',
  view: 'rows',
  weights: [
    { name: 'sharpness', fill: 1, doc: 'α: the slope of the sigmoid gate; α → ∞ gives the hard threshold. One learned scalar.' },
    { name: 'zk', fill: 0.001, doc: 'z_k: the Z-score threshold, μ + z_k·σ; z_k = Φ⁻¹(1 − k) keeps the top k under a Gaussian assumption. One learned scalar.' },
  ],
  params: [],
  variants: [{
    name: 'hard', choices: ['off', 'on'], default: 'off',
    doc: "'on' (hard: true): x·1[x >= μ + z_k·σ], the exact top-k-percentile rectifier (no gradient reaches α, z_k, μ or σ).",
  }],
  math: (variants) => ({
    statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
    // `excess < 0` picks 0 in the hard form, so NaN falls through and stays NaN.
    output: variants.hard === 'on' ? where(lt(excess, 0), 0, x) : mul(x, sigmoid(mul(mul(2, input('sharpness')), excess))),
  }),
  reference: (given) => {
    const [outer, , , within] = given.view;
    const out = new Float64Array(given.x.length);
    const { sharpness, zk } = given.weights;
    for (let o = 0; o < outer; o++) {
      const row = given.x.subarray(o * within, (o + 1) * within);
      const mean = row.reduce((a, b) => a + b, 0) / within;
      const sigma = Math.sqrt(row.reduce((a, b) => a + (b - mean) ** 2, 0) / within + 1e-12);
      row.forEach((v, j) => {
        const e = v - mean - zk[j] * sigma;
        out[o * within + j] = given.variants.hard === 'on' ? (e < 0 ? 0 : v) : v / (1 + Math.exp(-2 * sharpness[j] * e));
      });
    }
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'A swish whose gate opens only for values well above the example\'s mean: a smooth, learned top-k-percentile sparsifier.',
    formula: 'ash(x) = x·σ(2α(x − μ − z_k·σ_X)), μ, σ_X = mean and population std over every non-batch axis (+1e-12 under the root); hard: x·1[x >= μ + z_k·σ_X]',
    papers: ['Hard ASH: Sparsity and the right optimizer make a continual learner', 'ASH: adaptive sparse swish (kyungsu-lee-ksl/ASH)'],
    example: 'new ASH(); ash(x, {k: 0.1}); ash(x, {hard: true, zk: 1.96})',
    differences: "Whether the Hard ASH paper's hard form is exactly the threshold x·1[x >= μ + z_k·σ] was not readable; that is what hard: true computes.",
  },
};
