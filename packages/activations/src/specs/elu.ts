import { add, expm1, gt, mul, param, where, x, y, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');

export const elu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.elu',
  name: 'elu',
  className: 'Elu',
  params: [{ name: 'alpha', default: 1, domain: { min: 0, exclusiveMin: true }, doc: 'Value approached as x → −∞ is −alpha.' }],
  activationStrings: { elu: {} },
  replacesTfjs: ['elu'],
  math: () => ({
    forward: where(gt(x, 0), x, mul(alpha, expm1(x))),
    // From the saved output: y + alpha for x <= 0 (y > 0 exactly when x > 0, as alpha > 0).
    derivative: where(gt(y, 0), 1, add(y, alpha)),
  }),
  reference: (v, { alpha: a = 1 }) => (v > 0 ? v : a * Math.expm1(v)),
  domain: { min: -20, max: 20, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Exponential linear unit with any alpha (tfjs\'s ELU layer throws for alpha ≠ 1).',
    formula: 'elu(x) = x for x > 0, alpha·(exp(x) − 1) otherwise',
    papers: ['Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)'],
    example: 'new Elu({alpha: 0.5})',
    tfjs: "tfjs has 'elu' with alpha fixed at 1. Importing layerkit replaces the 'elu' activation string with the fused kernel (same math).",
  },
};
