import { div, gt, mul, param, sigmoid, softplus as softplusExpr, where, x, type ElementwiseSpec } from '@layerkit/core';

const beta = param('beta');
const threshold = param('threshold');
const scaled = mul(beta, x);
const linear = gt(scaled, threshold);

export const softplus: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.softplus',
  name: 'softplus',
  className: 'Softplus',
  params: [
    { name: 'beta', default: 1, domain: { min: 0, exclusiveMin: true }, doc: 'Sharpness: softplus(βx)/β approaches relu as β grows.' },
    { name: 'threshold', default: 20, doc: 'Above β·x > threshold the function returns x (PyTorch semantics).' },
  ],
  activationStrings: { softplus: {} },
  replacesTfjs: ['softplus'],
  math: () => ({
    forward: where(linear, x, div(softplusExpr(scaled), beta)),
    derivative: where(linear, 1, sigmoid(scaled)),
  }),
  reference: (v, { beta: b = 1, threshold: t = 20 }) =>
    (b * v > t ? v : (Math.max(b * v, 0) + Math.log1p(Math.exp(-Math.abs(b * v)))) / b),
  domain: { min: -30, max: 30, kinks: [20] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Smooth relu, log(1 + e^(βx))/β, with PyTorch\'s beta and threshold.',
    formula: 'softplus(x) = log1p(exp(β·x))/β, or x where β·x > threshold',
    papers: ['Incorporating Second-Order Functional Knowledge for Better Option Pricing'],
    example: 'softplus(x, {beta: 2})',
    tfjs: "tfjs's softplus has no beta or threshold. Importing layerkit replaces the 'softplus' activation string with the fused kernel (same math at β = 1; at x > 20 it returns x, which differs from log1p(e^x) by less than 3e-9).",
  },
};
