import { input, max, mul, param, rsqrt, x, type Expr, type ReductionSpec } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

/**
 * s·x / max(‖x‖₂, ε) over the normalized axes, written as s·x·rsqrt(max(Σx², ε²)): the same
 * value, with one rsqrt per row instead of a division per element. Shared by ScaleNorm (a
 * learned scalar g) and UnitNorm (a fixed scale).
 */
export function scaledUnitMath(scale: string): { statistics: [{ name: 'squares'; reduce: 'sum'; of: Expr }]; output: Expr } {
  return {
    statistics: [{ name: 'squares', reduce: 'sum', of: mul(x, x) }],
    output: mul(mul(x, rsqrt(max(input('squares'), mul(param('epsilon'), param('epsilon'))))), input(scale)),
  };
}

export function scaledUnitReference(scale: string): ReductionSpec['reference'] {
  return (given) => {
    const out = new Float64Array(given.x.length);
    const weight = given.weights[scale];
    forEachGroup(given, (offsets, channels) => {
      const norm = Math.sqrt(offsets.reduce((s, i) => s + given.x[i] ** 2, 0));
      const inverse = 1 / Math.max(norm, given.params.epsilon);
      offsets.forEach((i, n) => { out[i] = given.x[i] * inverse * weight[channels[n]]; });
    });
    return out;
  };
}

/**
 * ScaleNorm: "Transformers without Tears: Improving the Normalization of Self-Attention"
 * (Nguyen & Salazar, 2019): each row projected onto the sphere of radius g, g one learned scalar
 * initialised to √d. The norm is clamped from below by ε (not added), as in the authors' code
 * (tnq177/transformers_without_tears layers.py).
 */
export const scaleNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.scale-norm',
  name: 'scaleNorm',
  view: 'rows',
  weights: [{
    name: 'g',
    fill: 1,
    doc: 'The radius: one learned scalar in the paper, broadcast over the normalized features (a per-feature tensor is accepted too). The op and layer default to √d.',
  }],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Lower bound of the norm (authors\' code 1e-5).' }],
  math: () => scaledUnitMath('g'),
  reference: scaledUnitReference('g'),
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Projects each row onto the sphere of a learned radius g: one scalar instead of LayerNorm\'s per-feature gain and bias.',
    formula: 'y = g · x / max(‖x‖₂, ε), g initialised to √d',
    papers: ['Nguyen & Salazar, "Transformers without Tears: Improving the Normalization of Self-Attention", IWSLT 2019'],
    example: 'scaleNorm(x, g, {epsilon: 1e-5})',
  },
};
