import { add, mul, sub, tanh, x, type ElementwiseSpec } from '@layerkit/core';

const t = tanh(x);

export const lisht: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.lisht',
  name: 'lisht',
  className: 'Lisht',
  params: [],
  activationStrings: { lisht: {}, 'Addons>lisht': {} },
  math: () => ({
    forward: mul(x, t),
    derivative: add(t, mul(x, sub(1, mul(t, t)))),
  }),
  reference: (v) => v * Math.tanh(v),
  domain: { min: -10, max: 10 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Linearly scaled hyperbolic tangent: even, non-negative, unbounded.',
    formula: 'lisht(x) = x·tanh(x); lisht′ = tanh(x) + x·(1 − tanh²(x))',
    papers: ['LiSHT: Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function for Neural Networks'],
    example: "tf.layers.dense({units: 64, activation: activation('lisht')})",
  },
};
