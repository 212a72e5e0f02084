import { add, div, gt, lt, max, min, where, x, type ElementwiseSpec } from '@layerkit/core';

export const hardSigmoid: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.hard-sigmoid',
  name: 'hardSigmoid',
  className: 'HardSigmoid',
  params: [],
  // tfjs's 'hardSigmoid' string is Keras 2's clip(0.2x + 0.5, 0, 1) and keeps that meaning:
  // this form answers to PyTorch's spelling, which survives save and load.
  activationStrings: { hardsigmoid: {} },
  math: () => ({
    // relu6(x + 3)/6 in that order, as Keras 3 and PyTorch compute it.
    forward: div(min(max(add(x, 3), 0), 6), 6),
    derivative: where(gt(x, -3), where(lt(x, 3), 1 / 6, 0), 0),
  }),
  reference: (v) => Math.min(Math.max(v + 3, 0), 6) / 6,
  domain: { min: -8, max: 8, kinks: [-3, 3] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Hard sigmoid of Keras 3, PyTorch, timm and MobileNetV3: relu6(x + 3)/6.',
    formula: 'hardSigmoid(x) = relu6(x + 3)/6 = clip(x/6 + 0.5, 0, 1)',
    papers: ['Searching for MobileNetV3'],
    example: "tf.layers.dense({units: 64, activation: activation('hardsigmoid')})",
    tfjs: "tfjs's 'hardSigmoid' activation string is Keras 2's clip(0.2·x + 0.5, 0, 1) (hardSigmoid(2) = 0.9 there, 0.8333 here). Importing layerkit keeps that meaning for tfjs's string, so existing models do not change; this form's string is 'hardsigmoid' (PyTorch's spelling). A Keras 3 file's 'hard_sigmoid' arrives as 'hardSigmoid' and so loads with tfjs's Keras 2 meaning: use the HardSigmoid layer or 'hardsigmoid' in models that need this form.",
  },
};
