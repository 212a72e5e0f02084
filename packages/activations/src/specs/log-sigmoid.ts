import { abs, exp, log1p, min, neg, sigmoid, sub, x, type ElementwiseSpec } from '@layerkit/core';

export const logSigmoid: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.log-sigmoid',
  name: 'logSigmoid',
  className: 'LogSigmoid',
  aliases: ['log_sigmoid'],
  params: [],
  math: () => ({
    // min(x, 0) − log1p(e^−|x|): exp never overflows, and x = −1000 gives −1000.
    forward: sub(min(x, 0), log1p(exp(neg(abs(x))))),
    derivative: sigmoid(neg(x)),
  }),
  reference: (v) => Math.min(v, 0) - Math.log1p(Math.exp(-Math.abs(v))),
  domain: { min: -30, max: 30 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'log(sigmoid(x)) in one stable kernel.',
    formula: 'logSigmoid(x) = −softplus(−x) = min(x, 0) − log1p(exp(−|x|)); logSigmoid′ = sigmoid(−x)',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: "tf.layers.dense({units: 64, activation: activation('logSigmoid')})",
    tfjs: "tfjs's logSigmoid op is composed from softplus and neg through customGrad (no kernel of its own) and is no activation string. Keras 3's 'log_sigmoid' arrives as 'logSigmoid'.",
  },
};
