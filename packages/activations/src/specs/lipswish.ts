import { add, div, lt, mul, neg, param, sigmoid, softplus, where, x, type ElementwiseSpec } from '@layerkit/core';

const betaRaw = param('betaRaw');
// beta = softplus(betaRaw) keeps beta > 0 whatever the optimizer does to betaRaw.
const beta = softplus(betaRaw);
const s = sigmoid(mul(beta, x));
// s·(1 − s) with 1 − s as σ(−βx): the subtraction would cancel to 0 for large βx.
const slope = mul(s, sigmoid(neg(mul(beta, x))));
const LIPSCHITZ = 1.1;

export const lipswish: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.lipswish',
  name: 'lipswish',
  className: 'Lipswish',
  layerLearns: 'scalar',
  catalogKind: 'layer',
  activationStrings: { lipswish: {} },
  params: [{
    name: 'betaRaw', default: 0.5413248546, trainable: true,
    doc: 'Unconstrained parameter of the gate slope beta = softplus(betaRaw); the default gives beta = 1.',
  }],
  math: () => ({
    // σ(βx) < 4e−44 below βx = −100: return 0, so x = −∞ gives the limit 0, not ∞·0 = NaN.
    forward: where(lt(mul(beta, x), -100), 0, div(mul(x, s), LIPSCHITZ)),
    derivative: div(add(s, mul(mul(beta, x), slope)), LIPSCHITZ),
    // d/dbetaRaw = d/dbeta · σ(betaRaw); x·(x·slope) rather than x²·slope, which overflows first.
    paramDerivatives: { betaRaw: div(mul(mul(x, mul(x, slope)), sigmoid(betaRaw)), LIPSCHITZ) },
  }),
  reference: (v, { betaRaw: raw = 0.5413248546 }) => {
    const b = raw > 0 ? raw + Math.log1p(Math.exp(-raw)) : Math.log1p(Math.exp(raw));
    return b * v < -100 ? 0 : v / (1 + Math.exp(-b * v)) / LIPSCHITZ;
  },
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Swish scaled by 1/1.1 so that its slope stays below 1 for every beta > 0: a 1-Lipschitz activation for invertible residual networks.',
    formula: 'lipswish(x) = x·σ(β·x)/1.1, β = softplus(betaRaw)',
    papers: ['Residual Flows for Invertible Generative Modeling'],
    example: "new Lipswish(); tf.layers.dense({units: 64, activation: activation('lipswish')})",
  },
};
