import { add, div, ge, le, mul, neg, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const beta = param('beta');
const shifted = add(x, beta);

export const smelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.smelu',
  name: 'smelu',
  className: 'Smelu',
  params: [{ name: 'beta', default: 1, domain: { min: 0, exclusiveMin: true }, doc: 'Half-width of the quadratic piece; beta = 1 is Keras 3\'s sparse_plus.' }],
  // Keras 3's sparse_plus is SmeLU with beta = 1 (its file spelling 'sparse_plus' arrives as 'sparsePlus').
  activationStrings: { smelu: {}, sparsePlus: {}, sparse_plus: {} },
  math: () => ({
    // Value and slope are continuous at ±beta, so the joints need no convention; NaN takes the
    // middle piece and stays NaN.
    forward: where(le(x, neg(beta)), 0, where(ge(x, beta), x, div(mul(shifted, shifted), mul(4, beta)))),
    derivative: where(le(x, neg(beta)), 0, where(ge(x, beta), 1, div(shifted, mul(2, beta)))),
  }),
  reference: (v, { beta: b = 1 }) => (v <= -b ? 0 : v >= b ? v : (v + b) ** 2 / (4 * b)),
  domain: { min: -4, max: 4 },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Smooth ReLU: a quadratic bridge of width 2β between 0 and x.',
    formula: 'smelu(x) = 0 for x <= −β; (x + β)²/(4β) for |x| < β; x for x >= β',
    papers: ['Smooth activations and reproducibility in deep networks'],
    example: "tf.layers.dense({units: 64, activation: activation('sparsePlus')}); smelu(x, {beta: 2})",
    differences: "The generalized SmeLU (gLeft, gRight, betaLeft, betaRight) is not shipped: the paper's anchoring of its outer pieces could not be confirmed.",
  },
};
