import {
  abs, add, div, erf, erfc64, exp, gt, lt, mul, param, sigmoid, sub, where, x, type ElementwiseSpec, type Expr,
} from '@layerkit/core';

const alpha = param('alpha');
const widen = add(1, mul(2, alpha));
const negative = lt(x, 0);

/**
 * The arctangent gate atan(x)/π + 1/2 and its slope. atan(|x|) = base + r·(1 + r²·p(r²)) after
 * reducing |x| to |r| <= tan(π/8) with one division (r = |x|, (|x| − 1)/(|x| + 1) or −1/|x|); p
 * is a least-squares fit of (atan(r) − r)/r³ (relative error below 3e-8). For x < 0 the gate is
 * (π/2 − atan|x|)/π, formed as (π/2 − base − poly)/π so that it keeps its digits as x → −∞.
 */
function arctanGate(): { gate: Expr; slope: Expr } {
  const t = abs(x);
  const big = gt(t, 2.414213562373095);
  const middle = gt(t, 0.41421356237309503);
  const r = div(where(big, -1, where(middle, sub(t, 1), t)), where(big, t, where(middle, add(t, 1), 1)));
  const z = mul(r, r);
  const p = add(-0.3333294980750451, mul(z, add(0.1997773770286282, mul(z, add(-0.13877994968085722, mul(z, 0.08054792259274343))))));
  const poly = add(r, mul(mul(r, z), p));
  const base = where(big, Math.PI / 2, where(middle, Math.PI / 4, 0));
  const gate = div(where(negative, sub(sub(Math.PI / 2, base), poly), add(add(Math.PI / 2, base), poly)), Math.PI);
  return { gate, slope: div(1 / Math.PI, add(1, mul(x, x))) };
}

function gateOf(name: string): { gate: Expr; slope: Expr; tail: number } {
  if (name === 'gelu') {
    return {
      gate: mul(0.5, add(1, erf(mul(x, Math.SQRT1_2)))),
      slope: mul(1 / Math.sqrt(2 * Math.PI), exp(mul(-0.5, mul(x, x)))),
      tail: 0,
    };
  }
  if (name === 'silu') {
    const s = sigmoid(x);
    return { gate: s, slope: mul(s, sigmoid(mul(-1, x))), tail: 0 };
  }
  // x·(atan(x)/π + 1/2) → −1/π as x → −∞.
  return { ...arctanGate(), tail: -1 / Math.PI };
}

function gate64(name: string, v: number): number {
  if (name === 'gelu') return 0.5 * erfc64(-v * Math.SQRT1_2);
  if (name === 'silu') return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
  return v < 0 ? Math.atan(-1 / v) / Math.PI : 0.5 + Math.atan(v) / Math.PI;
}

export const expandedGating: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.expanded-gating',
  name: 'expandedGating',
  className: 'ExpandedGating',
  layerLearns: 'scalar',
  catalogKind: 'layer',
  // Only ATLU gets a string: with alpha fixed at 0, xGELU and xSiLU are gelu and silu.
  activationStrings: { atlu: {} },
  params: [{
    name: 'alpha', default: 0, trainable: true,
    doc: 'Expansion of the gate range to [−alpha, 1 + alpha]; learned as one scalar per layer from 0 (the plain ATLU/GELU/SiLU).',
  }],
  variants: [{
    name: 'gate', choices: ['atan', 'gelu', 'silu'], default: 'atan',
    doc: "The gate g: 'atan' atan(x)/π + 1/2 (xATLU), 'gelu' Φ(x) (xGELU), 'silu' σ(x) (xSiLU).",
  }],
  math: ({ gate: name }) => {
    const { gate, slope, tail } = gateOf(name);
    const scaled = sub(mul(gate, widen), alpha);
    // Far below 0 the gate is (nearly) 0 and x·gate tends to `tail`; at x = −∞ the plain product
    // would be ∞·0 = NaN: the limit is −alpha·x (±∞) for alpha ≠ 0, else the tail.
    const far = where(gt(abs(alpha), 0), mul(mul(-1, alpha), x), tail);
    return {
      // −1e20, not −1e30: that literal rounds to the float32 −1e30 itself on some targets, not others.
      forward: where(lt(x, -1e20), far, mul(x, scaled)),
      derivative: add(scaled, mul(mul(x, slope), widen)),
      paramDerivatives: { alpha: mul(x, sub(mul(2, gate), 1)) },
    };
  },
  reference: (v, { alpha: a = 0 }, { gate = 'atan' } = {}) => v * (gate64(gate, v) * (1 + 2 * a) - a),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Expanded gating ranges: x times a gate stretched to [−alpha, 1 + alpha] by a learned alpha (xATLU, xGELU, xSiLU).',
    formula: 'x_g(x) = x·(g(x)·(1 + 2·alpha) − alpha), g = atan(x)/π + 1/2, Φ(x) or σ(x); d/dalpha = x·(2·g(x) − 1)',
    papers: ['Expanded Gating Ranges Improve Activation Functions'],
    example: "new ExpandedGating({gate: 'gelu'}); tf.layers.dense({units: 64, activation: activation('atlu')})",
    differences: "The string 'atlu' is ATLU (alpha = 0); the learned expansion needs the layer or the op's alpha. The GLU form (xATGLU, the expanded gate in a gated FFN) is not part of this op.",
  },
};
