import { gt, max, neg, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');

export const helu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.helu',
  name: 'helu',
  className: 'Helu',
  params: [{ name: 'alpha', default: 0.05, domain: { min: 0 }, doc: 'The backward gate opens at x > −alpha (relu\'s at x > 0).' }],
  math: () => ({
    // Forward bit-identical to relu (max(x, 0), as tfjs's relu).
    forward: max(x, 0),
    // Deliberately not d/dx of the forward: the gate is wider by alpha (hysteresis).
    derivative: where(gt(x, neg(alpha)), 1, 0),
  }),
  reference: (v) => Math.max(v, 0),
  referenceDerivative: (v, { alpha: a = 0.05 }) => (v > -a ? 1 : 0),
  domain: { min: -4, max: 4, kinks: [0, -0.05] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Hysteresis ReLU: relu forward, a backward gate that also lets gradients through just below 0.',
    formula: 'helu(x) = max(x, 0); backward dx = dy·1[x > −alpha]',
    papers: ['Hysteresis Activation Function for Efficient Inference'],
    example: 'new Helu({alpha: 0.05})',
    differences: 'The gradient is not the derivative of the forward: it is 1 on (−alpha, 0] where relu\'s is 0, by design. Finite differences of the output do not match it; the tests compare it with the stated gate.',
  },
};
