import { abs, add, div, exp, le, log, log1p, lt, mul, neg, param, recip, sub, where, x, type Expr, type ElementwiseSpec } from '@layerkit/core';

const k = param('k');
const epsilon = param('epsilon');
const t = add(abs(x), epsilon);
// log(1 + 1/t), the base of the power: log1p keeps it accurate for large t, where it is ≈ 1/t.
const base = log1p(recip(t));
// φ(t) = base^(−k) as exp(−k·log(base)); φ(0) = 0, the limit (`t <= 0` so that NaN falls through).
const phi = (of: Expr, logBase: Expr): Expr => where(le(of, 0), 0, exp(mul(neg(k), logBase)));
const phiT = phi(t, log(base));
// The authors' code adds φ(x₊ + ε) and −φ(x₋ + ε) for both signs, so each side carries −φ(ε) of the
// other: the transform is 0 at 0 and odd.
const magnitude = sub(phiT, phi(epsilon, log(log1p(recip(epsilon)))));

export const channelImportanceTransform: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.channel-importance-transform',
  name: 'channelImportanceTransform',
  className: 'ChannelImportanceTransform',
  params: [
    { name: 'k', default: 1.3, domain: { min: 0, exclusiveMin: true }, doc: 'Exponent of the transform φ_k(x) = 1/ln(1/x + 1)^k; larger k evens out channel magnitudes more.' },
    { name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added to |x| inside φ (and subtracted back as φ(ε)): keeps the slope at 0 finite. 0 gives the bare φ.' },
  ],
  math: () => ({
    forward: where(lt(x, 0), neg(magnitude), magnitude),
    // dφ/dt = k·φ(t)/(log(1 + 1/t)·t·(t + 1)), for either sign of x; 0 where t = 0 (ε = 0 at x = 0,
    // where the slope is infinite).
    derivative: where(le(t, 0), 0, div(div(mul(k, phiT), mul(base, t)), add(t, 1))),
  }),
  reference: (v, { k: power = 1.3, epsilon: e = 1e-5 }) => {
    const transform = (value: number) => (value <= 0 ? 0 : Math.log1p(1 / value) ** -power);
    const m = transform(Math.abs(v) + e) - transform(e);
    return v < 0 ? -m : m;
  },
  domain: { min: -20, max: 20, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'A training-free map of (pooled) features that lifts small channel values and compresses large ones, applied at test time before L2 normalisation.',
    formula: 'f(x) = sign(x)·(φ_k(|x| + ε) − φ_k(ε)), φ_k(t) = 1/ln(1/t + 1)^k',
    papers: ['Channel Importance Matters in Few-Shot Image Classification'],
    example: 'channelImportanceTransform(features, {k: 1.3})',
    differences: "As the authors' code (simple_transform): φ of |x| + ε for each sign, which subtracts φ(ε) ≈ 0.042 "
      + '(k = 1.3) from the bare φ_k; epsilon: 0 gives φ_k(x) itself for x >= 0 (φ_k(1) = 1/ln(2)^1.3), whose slope at 0 is infinite '
      + '(the gradient there is 0).',
  },
};
