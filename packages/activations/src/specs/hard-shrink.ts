import { abs, le, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const threshold = param('threshold');

export const hardShrink: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.hard-shrink',
  name: 'hardShrink',
  className: 'HardShrink',
  aliases: ['hardshrink', 'hard_shrink', 'Addons>hardshrink'],
  params: [{ name: 'threshold', default: 0.5, domain: { min: 0 }, doc: 'Half-width of the dead zone (Keras 3, PyTorch lambd).' }],
  math: () => {
    // |x| <= threshold is the dead zone; NaN falls outside it and stays NaN.
    const inside = le(abs(x), threshold);
    return { forward: where(inside, 0, x), derivative: where(inside, 0, 1) };
  },
  reference: (v, { threshold: t = 0.5 }) => (Math.abs(v) <= t ? 0 : v),
  domain: { min: -4, max: 4, kinks: [-0.5, 0.5] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Zeroes x inside [−threshold, threshold], passes it through outside.',
    formula: 'hardShrink(x) = x for |x| > threshold, 0 otherwise',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: "tf.layers.dense({units: 64, activation: activation('hardShrink')})",
    differences: "NaN stays NaN (PyTorch's hardshrink); Keras 3's hard_shrink maps NaN to 0. 'Addons>hardshrink' loads with TF-Addons' defaults (±0.5); its asymmetric form is not shipped.",
  },
};
