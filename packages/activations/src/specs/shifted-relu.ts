import { add, gt, le, lt, min, param, sub, where, x, type ElementwiseMath, type ElementwiseSpec } from '@layerkit/core';

const tau = param('tau');
const clip = param('clip');

function shiftedReluMath(given: ReadonlySet<string>): ElementwiseMath {
  const clipped = given.has('clip');
  const shifted = sub(x, tau);
  return {
    // x <= tau is the dead zone; NaN takes the other piece and stays NaN.
    forward: where(le(x, tau), 0, clipped ? min(shifted, clip) : shifted),
    // 0 at both kinks (x = tau and, clipped, x = tau + clip).
    derivative: where(gt(x, tau), clipped ? where(lt(x, add(tau, clip)), 1, 0) : 1, 0),
  };
}

export const shiftedRelu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.shifted-relu',
  name: 'shiftedRelu',
  className: 'ShiftedRelu',
  params: [
    { name: 'tau', default: 0, domain: { min: 0 }, doc: 'Shift τ: outputs are exactly 0 for x <= τ.' },
    { name: 'clip', default: Infinity, optional: true, domain: { min: 0, exclusiveMin: true }, doc: 'Magnitude clip m of the sparsity-inducing paper: outputs <= m. Unset, no clip.' },
  ],
  math: (_variants, given) => shiftedReluMath(given),
  reference: (v, { tau: t = 0, clip: m = Infinity }) => (v <= t ? 0 : Math.min(v - t, m)),
  domain: { min: -4, max: 4, kinks: [0] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'ReLU shifted right by τ, optionally clipped at m: a sparsity-inducing activation.',
    formula: 'shiftedRelu(x) = min(max(0, x − τ), m); τ = 0 and m = ∞ give relu',
    papers: ['Deep Neural Network Initialization with Sparsity Inducing Activations'],
    example: 'shiftedRelu(x, {tau: 1, clip: 1})',
    differences: "The catalog's edge-of-chaos init helper (σ_w, σ_b for a target sparsity) is not shipped.",
  },
};
