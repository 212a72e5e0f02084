import { gt, le, mul, where, x, type ElementwiseSpec } from '@layerkit/core';

export const reluSquared: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.relu-squared',
  name: 'reluSquared',
  className: 'ReluSquared',
  params: [],
  math: () => ({
    // x <= 0 is exactly 0; NaN takes the other piece and stays NaN.
    forward: where(le(x, 0), 0, mul(x, x)),
    derivative: where(gt(x, 0), mul(2, x), 0),
  }),
  reference: (v) => (v <= 0 ? 0 : v * v),
  domain: { min: -8, max: 8, kinks: [0] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Squared ReLU: as sparse as relu, with a continuous derivative.',
    formula: 'reluSquared(x) = max(0, x)²; reluSquared′ = 2·max(0, x)',
    papers: ['ReLU^2 Wins: Discovering Efficient Activation Functions for Sparse LLMs'],
    example: "tf.layers.dense({units: 256, activation: activation('reluSquared')})",
  },
};
