import { add, input, mul, param, rsqrt, sub, x, type ReductionSpec } from '@layerkit/core';
import { webglRowNorm } from '../overrides/webgl-row-norms.js';
import { forEachGroup, moments } from './group-reference.js';

const mean = input('mean');
const variance = input('variance');

/** LayerNorm: "Layer Normalization" (Ba, Kiros & Hinton, 2016). */
export const layerNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.layer-norm',
  name: 'layerNorm',
  view: 'rows',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-feature gain over the normalized axes.' },
    { name: 'beta', fill: 0, doc: 'Per-feature offset over the normalized axes.' },
  ],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added to the variance under the root (PyTorch 1e-5; Keras uses 1e-3).' }],
  math: () => ({
    statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
    output: add(mul(mul(sub(x, mean), rsqrt(add(variance, param('epsilon')))), input('gamma')), input('beta')),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      const { mean: m, variance: v } = moments(given.x, offsets);
      const inverse = 1 / Math.sqrt(v + given.params.epsilon);
      offsets.forEach((i, n) => { out[i] = (given.x[i] - m) * inverse * gamma[channels[n]] + beta[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Normalizes each example over its feature axes to zero mean and unit variance, then scales and shifts per feature.',
    formula: 'y = (x − mean) / √(var + ε) · γ + β',
    papers: ['Ba, Kiros & Hinton, "Layer Normalization", 2016'],
    example: 'layerNorm(x, gamma, beta, {epsilon: 1e-5})',
    tfjs: 'tf.layers.layerNormalization composes several ops; the LayerNorm layer here runs one fused kernel.',
  },
  // Hand-written shaders over packed textures (webgl) and one dispatch per row (webgpu).
  overrides: { webgl: webglRowNorm('layer'), webgpu: { load: () => import('../overrides/webgpu-row-norms.js').then((m) => m.webgpuRowNorm('layer')) } },
};
