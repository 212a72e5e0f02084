import { div, exp, expm1, gt, le, log1p, mul, param, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');
const t = param('t');
const rate = sub(1, t);
const base = mul(rate, x);
const outside = le(base, -1);
// (1 + (1 − t)·x)^(1/(1 − t)) − 1 as expm1(log1p(·)/(1 − t)): accurate near 0 and for any t < 1.
const logPower = div(log1p(base), rate);
const deformed = where(outside, -1, expm1(logPower));
const positive = gt(x, 0);

export const pdelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.pdelu',
  name: 'pdelu',
  className: 'Pdelu',
  layerLearns: 'channel',
  catalogKind: 'layer',
  activationStrings: { pdelu: {} },
  params: [
    { name: 'alpha', default: 1, trainable: true, doc: 'Scale of the negative part (its limit is −alpha); learned per channel by the layer.' },
    { name: 't', default: 0.9, doc: 'Deformation of the exponential: (1 + (1 − t)·x)^(1/(1 − t)); t → 1 tends to ELU. Fixed; below 1.' },
  ],
  validate: ({ t: value }) => (value < 1 ? null
    : `expected option 't' < 1 (the exponent is 1/(1 − t)), got ${value} — use t = 0.9, or elu for the limit t → 1`),
  math: () => ({
    forward: where(positive, x, mul(alpha, deformed)),
    // alpha·(1 + (1 − t)x)^(t/(1 − t)); 0 where the base is cut at 0.
    derivative: where(positive, 1, where(outside, 0, mul(alpha, exp(mul(t, logPower))))),
    paramDerivatives: { alpha: where(positive, 0, deformed) },
  }),
  reference: (v, { alpha: a = 1, t: tv = 0.9 }) => {
    if (v > 0) return v;
    const b = (1 - tv) * v;
    return a * (b <= -1 ? -1 : Math.expm1(Math.log1p(b) / (1 - tv)));
  },
  domain: { min: -15, max: 10, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Parametric deformable ELU: the exponential of ELU replaced by a deformed exponential of fixed shape t, with a learned scale.',
    formula: 'pdelu(x) = x for x > 0, alpha·([1 + (1 − t)·x]₊^(1/(1 − t)) − 1) otherwise (t = 0.9: alpha·((1 + 0.1x)^10 − 1))',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: 'new Pdelu(); pdelu(x, {alpha: 0.5})',
    differences: 'For x <= −1/(1 − t) (−10 at t = 0.9) the base of the power is cut at 0, so the value stays at −alpha '
      + '(the deformed exponential [·]₊); a literal power of a negative base would turn back up (t = 0.9) or be NaN. '
      + 'The layer learns alpha per channel, as PReLU does; t is a fixed option.',
  },
};
