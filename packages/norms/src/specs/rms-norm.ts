import { add, div, floor, input, lt, max, mul, param, rsqrt, x, type ReductionSpec } from '@layerkit/core';
import { webglRowNorm } from '../overrides/webgl-row-norms.js';
import { forEachGroup } from './group-reference.js';

/** The features the mean square is taken over: ⌊p·n⌋, at least 1 (all of them when p = 1). */
const counted = max(floor(mul(param('partial'), param('count'))), 1);

/** RMSNorm: "Root Mean Square Layer Normalization" (Zhang & Sennrich, 2019), with its partial form. */
export const rmsNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.rms-norm',
  name: 'rmsNorm',
  view: 'rows',
  weights: [{ name: 'gamma', fill: 1, doc: 'Per-feature gain over the normalized axes.' }],
  params: [
    { name: 'epsilon', default: 1e-6, domain: { min: 0 }, doc: 'Added to the mean square under the root (Keras RMSNormalization, timm).' },
    {
      name: 'partial', default: 1, domain: { min: 0, exclusiveMin: true, max: 1 }, optional: true,
      doc: 'Partial RMSNorm: estimate the mean square from the first ⌊p·n⌋ features (at least 1).',
    },
  ],
  // Without `partial`, no mask: the full form reads every feature at no extra cost.
  math: (_, given) => (given.has('partial')
    ? {
      statistics: [{ name: 'squares', reduce: 'sum', of: mul(x, x), where: lt(input('index'), counted) }],
      output: mul(mul(x, rsqrt(add(div(input('squares'), counted), param('epsilon')))), input('gamma')),
    }
    : {
      statistics: [{ name: 'squares', reduce: 'sum', of: mul(x, x) }],
      output: mul(mul(x, rsqrt(add(div(input('squares'), param('count')), param('epsilon')))), input('gamma')),
    }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma } = given.weights;
    forEachGroup(given, (offsets, channels) => {
      const k = Math.max(1, Math.floor(given.params.partial * offsets.length));
      const squares = offsets.slice(0, k).reduce((s, i) => s + given.x[i] ** 2, 0);
      const inverse = 1 / Math.sqrt(squares / k + given.params.epsilon);
      offsets.forEach((i, n) => { out[i] = given.x[i] * inverse * gamma[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Scales each example by the root mean square of its features (no re-centring), then by a per-feature gain.',
    formula: 'y = x / √(mean(x²) + ε) · γ',
    papers: ['Zhang & Sennrich, "Root Mean Square Layer Normalization", NeurIPS 2019'],
    example: 'rmsNorm(x, gamma, {epsilon: 1e-6})',
  },
  overrides: { webgl: webglRowNorm('rms'), webgpu: { load: () => import('../overrides/webgpu-row-norms.js').then((m) => m.webgpuRowNorm('rms')) } },
};
