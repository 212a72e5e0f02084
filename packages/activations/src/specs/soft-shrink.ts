import { abs, add, gt, le, lt, max, min, neg, param, sub, where, x, type ElementwiseMath, type ElementwiseSpec } from '@layerkit/core';

const threshold = param('threshold');
const clip = param('clip');

function softShrinkMath(given: ReadonlySet<string>): ElementwiseMath {
  const clipped = given.has('clip');
  const inside = le(abs(x), threshold);
  const upper = sub(x, threshold);
  const lower = add(x, threshold);
  return {
    // |x| <= threshold is the dead zone; NaN takes the lower piece and stays NaN.
    forward: where(inside, 0, where(gt(x, 0), clipped ? min(upper, clip) : upper, clipped ? max(lower, neg(clip)) : lower)),
    // 0 at both kinks (|x| = threshold and, clipped, |x| = threshold + clip).
    derivative: where(inside, 0, clipped ? where(lt(abs(x), add(threshold, clip)), 1, 0) : 1),
  };
}

export const softShrink: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.soft-shrink',
  name: 'softShrink',
  className: 'SoftShrink',
  aliases: ['softshrink', 'soft_shrink', 'Addons>softshrink'],
  params: [
    { name: 'threshold', default: 0.5, domain: { min: 0 }, doc: 'Half-width τ of the dead zone (Keras 3, PyTorch lambd).' },
    { name: 'clip', default: Infinity, optional: true, domain: { min: 0, exclusiveMin: true }, doc: 'Magnitude clip m of the sparsity-inducing paper: |f(x)| <= m. Unset, no clip.' },
  ],
  math: (_variants, given) => softShrinkMath(given),
  reference: (v, { threshold: t = 0.5, clip: m = Infinity }) => (Math.abs(v) <= t ? 0 : Math.sign(v) * Math.min(Math.abs(v) - t, m)),
  domain: { min: -4, max: 4, kinks: [-0.5, 0.5] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Soft threshold: shrinks x towards 0 by τ, exactly 0 inside [−τ, τ]; optionally clipped in magnitude.',
    formula: 'softShrink(x) = sign(x)·min(max(|x| − τ, 0), m); m = ∞ (no clip) gives x − τ, 0, x + τ',
    papers: ['Deep Neural Network Initialization with Sparsity Inducing Activations'],
    example: 'softShrink(x, {threshold: 1, clip: 1})',
    differences: "NaN stays NaN; Keras 3's soft_shrink maps NaN to 0. TF-Addons' asymmetric form (lower ≠ −upper) and the catalog's edge-of-chaos init helper are not shipped; 'Addons>softshrink' loads with TF-Addons' defaults (±0.5), which equal threshold 0.5.",
  },
};
