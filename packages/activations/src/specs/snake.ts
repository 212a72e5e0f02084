import { abs, add, cos, div, gt, mul, param, sin, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');
const u = mul(alpha, x);
const s = sin(u);
const s2 = sin(mul(mul(2, alpha), x));

export const snake: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.snake',
  name: 'snake',
  className: 'Snake',
  layerLearns: 'channel',
  catalogKind: 'layer',
  // TF-Addons' snake(x, frequency = 1) is this form with alpha = frequency.
  activationStrings: { snake: {}, 'Addons>snake': {} },
  params: [{
    name: 'alpha', default: 1, trainable: true, domain: { min: 0, exclusiveMin: true },
    doc: 'Frequency a of the periodic part (the catalog calls it frequency); learned per channel by the layer.',
  }],
  math: () => ({
    // sin(±∞) is NaN; the bounded periodic part vanishes next to an infinite x, so ±∞ maps to ±∞.
    forward: where(gt(abs(x), 3.4e38), x, add(x, div(mul(s, s), alpha))),
    derivative: add(1, s2),
    // d/da [sin²(ax)/a] = x·sin(2ax)/a − sin²(ax)/a² = sin(u)·(2u·cos(u) − sin(u))/a², u = ax:
    // the factored form rounds once less where the two terms nearly cancel.
    paramDerivatives: { alpha: div(mul(s, sub(mul(mul(2, u), cos(u)), s)), mul(alpha, alpha)) },
  }),
  reference: (v, { alpha: a = 1 }) => v + Math.sin(a * v) ** 2 / a,
  domain: { min: -10, max: 10 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Periodic inductive bias: x plus a squared sine, monotone, with a learnable frequency.',
    formula: 'snake(x) = x + sin²(a·x)/a',
    papers: ['Neural Networks Fail to Learn Periodic Functions and How to Fix It'],
    example: "new Snake({learn: 'channel'})",
  },
};
