import { gt, mul, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');
const positive = gt(x, 0);

export const prelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.prelu',
  name: 'prelu',
  // tfjs registers 'PReLU' (its own layer, alpha initialised to zeros); this class keeps a name
  // of its own, the op's name in PascalCase like LeakyRelu beside tfjs's LeakyReLU.
  className: 'Prelu',
  layerLearns: 'element',
  catalogKind: 'layer',
  // No activation string: a string cannot hold a learned slope, and with alpha fixed it is
  // leakyRelu (use 'leakyRelu' or the Prelu layer).
  activationStrings: {},
  params: [{
    name: 'alpha', default: 0.25, trainable: true,
    doc: 'Slope for x <= 0 (the paper\'s initial 0.25); learned per element of the non-batch shape by the Prelu layer, shared over sharedAxes.',
  }],
  math: () => ({
    // Written as a select, not max(0, x) + a·min(0, x): no 0·∞ at x = −∞ with a = 0, and −0 keeps its sign.
    forward: where(positive, x, mul(alpha, x)),
    derivative: where(positive, 1, alpha),
    paramDerivatives: { alpha: where(positive, 0, x) },
  }),
  reference: (v, { alpha: a = 0.25 }) => (v > 0 ? v : a * v),
  domain: { min: -10, max: 10, kinks: [0] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Parametric ReLU: a learned slope for negative inputs, one per channel (or per element) of the layer.',
    formula: 'prelu(x) = x for x > 0, alpha·x otherwise; d/dalpha = min(0, x)',
    papers: [
      'Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification',
      'PReLU: Yet Another Single-Layer Solution to the XOR Problem',
    ],
    example: "new Prelu({sharedAxes: [1, 2]}); prelu(x, {alpha: tf.fill([64], 0.25)})",
    tfjs: "tfjs has tf.prelu(x, alpha) (a native kernel) and the PReLU layer ('PReLU' in saved models, alpha initialised to zeros). "
      + "Both keep working unchanged. layerkit's op is prelu(x, {alpha}) with alpha a number or a tensor that broadcasts against x "
      + "(it then gets a gradient), and its layer is Prelu (saved as 'Prelu'): the same Keras semantics (alpha of the input's "
      + "non-batch shape, sharedAxes of size 1) with the paper's initial 0.25.",
    differences: "Keras's alpha_initializer, alpha_regularizer and alpha_constraint are not options: alpha starts at the `alpha` option "
      + "(default 0.25) and gets no weight decay, as the paper trains it. There is no 'prelu' activation string.",
  },
};
