import { add, div, erf, erfc64, exp, lt, mul, param, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const alpha = param('alpha');
const sigma = param('sigma');
const u = div(x, sigma);
const cdf = mul(0.5, add(1, erf(mul(u, Math.SQRT1_2))));
const pdf = mul(1 / Math.sqrt(2 * Math.PI), exp(mul(-0.5, mul(u, u))));
// x·Φ(x/σ): Φ is exactly 0 in float32 below u = −10, where x = −∞ would give ∞·0 = NaN.
const smoothRelu = add(where(lt(u, -10), 0, mul(x, cdf)), mul(sigma, pdf));

const cdf64 = (v: number) => 0.5 * erfc64(-v * Math.SQRT1_2);
const pdf64 = (v: number) => Math.exp(-0.5 * v * v) / Math.sqrt(2 * Math.PI);

export const sau: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.sau',
  name: 'sau',
  className: 'Sau',
  layerLearns: 'scalar',
  catalogKind: 'op',
  activationStrings: { sau: {} },
  params: [
    { name: 'alpha', default: 0.15, trainable: true, doc: 'Slope of the smoothed leaky ReLU for x → −∞; learned as one scalar per layer.' },
    {
      name: 'sigma', default: 5e-5, domain: { min: 0, exclusiveMin: true },
      doc: 'Width of the Gaussian the leaky ReLU is smoothed with (the paper\'s 1/n, n = 20000); fixed.',
    },
  ],
  math: () => ({
    // The Φ/φ form: no cancellation, no overflow, and σ → 0 tends to leakyRelu(alpha).
    forward: add(mul(alpha, x), mul(sub(1, alpha), smoothRelu)),
    derivative: add(alpha, mul(sub(1, alpha), cdf)),
    paramDerivatives: { alpha: sub(x, smoothRelu) },
  }),
  reference: (v, { alpha: a = 0.15, sigma: s = 5e-5 }) => {
    const w = v / s;
    return a * v + (1 - a) * ((w < -10 ? 0 : v * cdf64(w)) + s * pdf64(w));
  },
  domain: { min: -10, max: 10, kinks: [0] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Smooth activation from approximate identities: the leaky ReLU convolved with a narrow Gaussian, with a learned slope.',
    formula: 'sau(x) = alpha·x + (1 − alpha)·(x·Φ(x/σ) + σ·φ(x/σ)); d/dx = alpha + (1 − alpha)·Φ(x/σ)',
    papers: ['SAU: Smooth activation function using convolution with approximate identities'],
    example: "new Sau(); sau(x, {alpha: 0.25, sigma: 0.5})",
    differences: 'alpha = 0.15 (learned, one per layer) and sigma = 5e-5 (n = 20000, fixed) follow two secondary sources that agree; '
      + 'the paper\'s experiments could not be read (the catalog marks them UNSURE). sigma is a fixed option, not learned. '
      + 'Some ports drop the (1 − alpha) factor on the exp term; this is the exact convolution (the two differ by at most alpha·sigma/√(2π)).',
  },
};
