import { mul, sigmoid as sigmoidExpr, sub, x, y, type ElementwiseSpec } from '@layerkit/core';

export const sigmoid: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.sigmoid',
  name: 'sigmoid',
  className: 'Sigmoid',
  params: [],
  // tfjs's own 'sigmoid' string keeps its native kernel (XNNPACK on wasm).
  activationStrings: {},
  math: () => ({
    forward: sigmoidExpr(x),
    derivative: mul(y, sub(1, y)),
  }),
  reference: (v) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v))),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Logistic sigmoid, 1/(1 + e^−x); the gradient reads the saved output.',
    formula: 'sigmoid(x) = 1/(1 + exp(−x)); sigmoid′ = y·(1 − y)',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: 'new Sigmoid()',
    tfjs: "tfjs has a native Sigmoid kernel with a gradient on every backend and the 'sigmoid' string; importing layerkit leaves both alone. This spec gives the op, a layer, the float64 reference, gallery and benchmark rows.",
  },
};
