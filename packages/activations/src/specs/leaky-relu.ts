import { ge, gt, mul, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');

export const leakyRelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.leaky-relu',
  name: 'leakyRelu',
  className: 'LeakyRelu',
  aliases: ['leaky_relu'],
  params: [{ name: 'alpha', default: 0.2, doc: 'Slope for x < 0 (Keras 3\'s negative_slope). The op and the activation strings use 0.2 (Keras 3\'s leaky_relu); the LeakyRelu layer defaults to 0.3, as tfjs\'s and Keras\'s LeakyReLU layers.' }],
  layerDefaults: { alpha: 0.3 },
  math: () => ({
    // x >= 0 keeps x (and −0); NaN takes the other piece and stays NaN.
    forward: where(ge(x, 0), x, mul(alpha, x)),
    // alpha at x = 0, as tfjs's leakyRelu gradient.
    derivative: where(gt(x, 0), 1, alpha),
  }),
  reference: (v, { alpha: a = 0.2 }) => (v >= 0 ? v : a * v),
  domain: { min: -8, max: 8, kinks: [0] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Leaky ReLU as an activation string that survives model.save and tf.loadLayersModel.',
    formula: 'leakyRelu(x) = x for x >= 0, alpha·x otherwise',
    papers: ['Rectifier Nonlinearities Improve Neural Network Acoustic Models'],
    example: "tf.layers.dense({units: 64, activation: activation('leakyRelu')})",
    tfjs: "tfjs has a leakyRelu op with a native kernel and a LeakyReLU layer (alpha 0.3), but no activation string. 'leakyRelu' here is save-safe; Keras 3's 'leaky_relu' arrives as 'leakyRelu' when a model loads.",
  },
};
