import {
  erf64, gateA as a, gateB as b, gt, mul, sigmoid, sub, substitute, tanh, where, type ElementwiseMath, type GatedSpec, type GatedVariant,
} from '@layerkit/core';
import { gelu } from './gelu.js';
import { swish } from './swish.js';

/** A gate from an activation spec's own math, over the second half b: a·act(b). */
function gateFrom(forward: ElementwiseMath, reference: (v: number) => number, params: Record<string, number> = {}): GatedVariant {
  const act = substitute(forward.forward, { x: b }, params);
  const slope = substitute(forward.derivative, { x: b }, params);
  return { forward: mul(a, act), derivativeA: act, derivativeB: mul(a, slope), reference: (va, vb) => va * reference(vb) };
}

const s = sigmoid(b);
const t = tanh(a);
const sigmoid64 = (v: number) => 1 / (1 + Math.exp(-v));

export const glu: GatedSpec = {
  kind: 'gated',
  id: 'activations.glu',
  name: 'glu',
  className: 'GatedLinearUnit',
  defaultVariant: 'glu',
  variants: {
    glu: { forward: mul(a, s), derivativeA: s, derivativeB: mul(a, mul(s, sub(1, s))), reference: (va, vb) => va * sigmoid64(vb) },
    gtu: { forward: mul(t, s), derivativeA: mul(sub(1, mul(t, t)), s), derivativeB: mul(t, mul(s, sub(1, s))), reference: (va, vb) => Math.tanh(va) * sigmoid64(vb) },
    reglu: { forward: mul(a, where(gt(b, 0), b, 0)), derivativeA: where(gt(b, 0), b, 0), derivativeB: where(gt(b, 0), a, 0), reference: (va, vb) => va * Math.max(vb, 0) },
    geglu: gateFrom(gelu.math({ approximate: 'none' }, new Set()), (v) => 0.5 * v * (1 + erf64(v * Math.SQRT1_2))),
    swiglu: gateFrom(swish.math({}, new Set()), (v) => v * sigmoid64(v), { beta: 1 }),
    bilinear: { forward: mul(a, b), derivativeA: b, derivativeB: a, reference: (va, vb) => va * vb },
  },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Split activations: the axis is cut into halves [a, b] and a is gated by act(b); the output has half the width.',
    formula: 'glu = a·σ(b); gtu = tanh(a)·σ(b); reglu = a·relu(b); geglu = a·gelu(b); swiglu = a·silu(b); bilinear = a·b',
    papers: ['Language Modeling with Gated Convolutional Networks', 'GLU Variants Improve Transformer'],
    example: "swiglu(tf.layers.dense({units: 2 * hidden}).apply(x))",
  },
};
