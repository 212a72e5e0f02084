import { add, expm1, gt, mul, where, x, y, type ElementwiseSpec } from '@layerkit/core';

/** Constants of the self-normalizing fixed point (mean 0, variance 1). */
export const SELU_LAMBDA = 1.0507009873554805;
export const SELU_ALPHA = 1.6732632423543772;

export const selu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.selu',
  name: 'selu',
  className: 'Selu',
  params: [],
  activationStrings: { selu: {} },
  replacesTfjs: ['selu'],
  math: () => ({
    forward: where(gt(x, 0), mul(SELU_LAMBDA, x), mul(SELU_LAMBDA * SELU_ALPHA, expm1(x))),
    derivative: where(gt(y, 0), SELU_LAMBDA, add(y, SELU_LAMBDA * SELU_ALPHA)),
  }),
  reference: (v) => (v > 0 ? SELU_LAMBDA * v : SELU_LAMBDA * SELU_ALPHA * Math.expm1(v)),
  domain: { min: -20, max: 20, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Scaled ELU whose fixed point keeps activations at mean 0, variance 1 (with LeCun-normal weights).',
    formula: 'selu(x) = λ·x for x > 0, λ·α·(exp(x) − 1) otherwise; λ = 1.0507009873554805, α = 1.6732632423543772',
    papers: ['Self-Normalizing Neural Networks'],
    example: "tf.layers.dense({units: 64, activation: 'selu', kernelInitializer: 'leCunNormal'})",
    tfjs: "tfjs has a native Selu kernel. Importing layerkit replaces the 'selu' activation string with the fused kernel (same math).",
  },
};
