import { add, lt, mul, sigmoid, softplus, sub, tanh, where, x, type ElementwiseSpec } from '@layerkit/core';

const spY = tanh(softplus(x));

export const mish: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.mish',
  name: 'mish',
  className: 'Mish',
  params: [],
  activationStrings: { mish: {}, 'Addons>mish': {} },
  replacesTfjs: ['mish'],
  math: () => ({
    // Below −80 the value is under 1e−33: return 0, so x = −∞ gives the limit 0, not ∞·0 = NaN.
    forward: where(lt(x, -80), 0, mul(x, spY)),
    // tanh(sp) + x * sigmoid(x) * (1 - tanh(sp)^2)
    derivative: add(spY, mul(mul(x, sigmoid(x)), sub(1, mul(spY, spY)))),
  }),
  reference: (v) => v * Math.tanh(Math.max(v, 0) + Math.log1p(Math.exp(-Math.abs(v)))),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Self-regularized non-monotonic activation, x·tanh(softplus(x)).',
    formula: 'mish(x) = x * tanh(softplus(x))',
    papers: ['Mish: A Self Regularized Non-Monotonic Activation Function'],
    example: "tf.layers.dense({units: 64, activation: 'mish'})",
    tfjs: "tfjs composes 'mish' from softplus, tanh and mul; importing layerkit replaces the 'mish' activation string with this fused kernel (same math).",
  },
};
