import { add, div, exp, expm1, gt, max, min, mul, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');

export const celu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.celu',
  name: 'celu',
  className: 'Celu',
  params: [{ name: 'alpha', default: 1, domain: { min: 0, exclusiveMin: true }, doc: 'Scale of the negative part; the derivative is continuous at 0 for every alpha.' }],
  math: () => ({
    forward: add(max(x, 0), min(0, mul(alpha, expm1(div(x, alpha))))),
    derivative: where(gt(x, 0), 1, exp(div(x, alpha))),
  }),
  reference: (v, { alpha: a = 1 }) => Math.max(v, 0) + Math.min(0, a * Math.expm1(v / a)),
  domain: { min: -20, max: 20, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Continuously differentiable ELU.',
    formula: 'celu(x) = max(0, x) + min(0, alpha·(exp(x/alpha) − 1))',
    papers: ['Continuously Differentiable Exponential Linear Units'],
    example: 'celu(x, {alpha: 0.5})',
  },
};
