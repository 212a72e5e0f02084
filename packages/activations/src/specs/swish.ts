import { add, lt, mul, neg, sigmoid, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const beta = param('beta');
const s = sigmoid(mul(beta, x));
// s·(1 − s) with 1 − s as σ(−βx): the subtraction would cancel to 0 for large βx.
const slope = mul(s, sigmoid(neg(mul(beta, x))));

export const swish: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.swish',
  name: 'swish',
  className: 'Swish',
  aliases: ['silu'],
  layerLearns: 'scalar',
  params: [{ name: 'beta', default: 1, trainable: true, doc: 'Slope of the sigmoid gate; 1 gives SiLU, 0 gives x/2, large values approach ReLU.' }],
  activationStrings: { swish: {}, silu: {} },
  replacesTfjs: ['swish'],
  math: () => ({
    // σ(βx) < 4e−44 below βx = −100: return 0, so infinite x gives the limit 0, not ∞·0 = NaN.
    forward: where(lt(mul(beta, x), -100), 0, mul(x, s)),
    derivative: add(s, mul(mul(beta, x), slope)),
    // x·(x·slope), not x²·slope: x² overflows float32 beyond |x| ≈ 1.8e19 while x·slope → 0.
    paramDerivatives: { beta: mul(x, mul(x, slope)) },
  }),
  reference: (v, { beta: b = 1 }) => v / (1 + Math.exp(-b * v)),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'x gated by its own sigmoid; with a trainable beta, the Swish of the activation search paper.',
    formula: 'swish(x) = x·σ(β·x); silu(x) = swish(x) with β = 1',
    papers: ['Searching for Activation Functions', 'Sigmoid-Weighted Linear Units for Neural Network Function Approximation in Reinforcement Learning'],
    example: "tf.layers.dense({units: 64, activation: 'silu'}); new Swish({learn: 'scalar'})",
    tfjs: "tfjs composes 'swish' from sigmoid and mul (beta fixed at 1) and has no 'silu'. Importing layerkit replaces 'swish' with the fused kernel (same math) and adds 'silu'.",
  },
};
