import { abs, add, div, lt, mul, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

// r = 1/(1 + |x|): 0.5·x/(1 + |x|) + 0.5 is 0.5·r for x < 0 and 1 − 0.5·r otherwise, one
// division for value and slope, no cancellation in the left tail, and ±∞ give 0 and 1
// instead of ∞/∞.
const r = div(1, add(1, abs(x)));

export const elliott: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.elliott',
  name: 'elliott',
  className: 'Elliott',
  params: [],
  math: () => ({
    forward: where(lt(x, 0), mul(0.5, r), sub(1, mul(0.5, r))),
    derivative: mul(0.5, mul(r, r)),
  }),
  reference: (v) => (0.5 * v) / (1 + Math.abs(v)) + 0.5,
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Elliott\'s fast sigmoid: a rational squashing to (0, 1) with no exponential.',
    formula: 'elliott(x) = 0.5·x/(1 + |x|) + 0.5; elliott′ = 0.5/(1 + |x|)²',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: "tf.layers.dense({units: 64, activation: activation('elliott')})",
  },
};
