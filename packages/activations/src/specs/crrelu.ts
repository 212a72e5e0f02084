import { abs, add, exp, gt, mul, param, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const eps = param('eps');
const positive = gt(x, 0);
const gauss = exp(mul(-0.5, mul(x, x)));
// exp(−x²/2) is 0 in float32 beyond |x| ≈ 14; the cut at 40 only keeps ±∞·0 = NaN out.
const far = gt(abs(x), 40);
const correction = where(far, 0, mul(x, gauss));

export const crrelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.crrelu',
  name: 'crrelu',
  className: 'Crrelu',
  layerLearns: 'scalar',
  catalogKind: 'layer',
  activationStrings: { crrelu: {} },
  params: [{ name: 'eps', default: 0.01, trainable: true, doc: 'Weight of the correction x·exp(−x²/2); learned as one scalar per layer; 0 gives relu.' }],
  math: () => ({
    forward: add(where(positive, x, 0), mul(eps, correction)),
    // 1[x > 0] at the kink, like relu.
    derivative: add(where(positive, 1, 0), mul(eps, where(far, 0, mul(sub(1, mul(x, x)), gauss)))),
    paramDerivatives: { eps: correction },
  }),
  reference: (v, { eps: e = 0.01 }) => (v > 0 ? v : 0) + (Math.abs(v) > 40 ? 0 : e * v * Math.exp(-0.5 * v * v)),
  domain: { min: -8, max: 8, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'ReLU plus a learned odd correction eps·x·exp(−x²/2) that lets negative inputs through near 0.',
    formula: 'crrelu(x) = relu(x) + eps·x·exp(−x²/2); d/deps = x·exp(−x²/2)',
    papers: ['A Method on Searching Better Activation Functions'],
    example: "new Crrelu(); tf.layers.dense({units: 64, activation: activation('crrelu')})",
    differences: 'The paper body could not be read: the form, eps = 0.01 and one eps per layer follow two independent public implementations that agree (the catalog marks this UNSURE).',
  },
};
