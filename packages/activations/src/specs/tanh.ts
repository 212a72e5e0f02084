import { mul, sub, tanh as tanhExpr, x, y, type ElementwiseSpec } from '@layerkit/core';

export const tanh: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.tanh',
  name: 'tanh',
  className: 'Tanh',
  params: [],
  // tfjs's own 'tanh' string keeps its native kernel.
  activationStrings: {},
  math: () => ({
    forward: tanhExpr(x),
    derivative: sub(1, mul(y, y)),
  }),
  reference: (v) => Math.tanh(v),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Hyperbolic tangent; the gradient reads the saved output.',
    formula: 'tanh(x); tanh′ = 1 − y²',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: 'new Tanh()',
    tfjs: "tfjs has a native Tanh kernel with a gradient on every backend and the 'tanh' string; importing layerkit leaves both alone. This spec gives the op, a layer, the float64 reference, gallery and benchmark rows.",
  },
};
