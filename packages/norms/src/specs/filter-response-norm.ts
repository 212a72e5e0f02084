import { abs, add, div, input, max, mul, param, rsqrt, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

/**
 * FRN + TLU: "Filter Response Normalization Layer: Eliminating Batch Dependence in the Training
 * of Deep Neural Networks" (Singh & Krishnan, 2019). Per example and channel, x is divided by
 * the root of its mean square over the spatial positions (no centring), then a per-channel
 * affine and the thresholded linear unit max(·, τ).
 *
 * ε as in the paper's listing and TF-Addons: added under the root as |ε|, plus |ε_learned| when a
 * learned part is used (TF-Addons initialises it to 1e-4). timm's FilterResponseNormTlu2d uses
 * ε = 1e-5 and no learned part.
 */
export const filterResponseNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.frn-tlu',
  name: 'filterResponseNorm',
  aliases: ['FilterResponseNormalization', 'Addons>FilterResponseNormalization'],
  view: 'spatial',
  weights: [
    { name: 'gamma', fill: 1, doc: 'Per-channel gain.' },
    { name: 'beta', fill: 0, doc: 'Per-channel offset.' },
    { name: 'tau', fill: 0, doc: 'Per-channel TLU threshold (read with tlu: \'on\').' },
    { name: 'learnedEpsilon', fill: 0, doc: 'The learned part of ε, one value broadcast over the channels (read with learnedEpsilon: \'on\').' },
  ],
  params: [{ name: 'epsilon', default: 1e-6, domain: { min: 0 }, doc: 'Added to the mean square under the root (paper, TF-Addons 1e-6; timm 1e-5).' }],
  variants: [
    { name: 'tlu', choices: ['on', 'off'], default: 'on', doc: "'on': max(y, τ), the paper's TLU; 'off': FRN alone, as TF-Addons' FilterResponseNormalization." },
    { name: 'learnedEpsilon', choices: ['off', 'on'], default: 'off', doc: "'on': ε + |ε_learned| under the root (TF-Addons learned_epsilon)." },
  ],
  math: (variants) => {
    // A learned ε is read per element (weights are per channel), so it costs an rsqrt per element:
    // only the 'on' kernel pays for it.
    const epsilon = variants.learnedEpsilon === 'on' ? add(param('epsilon'), abs(input('learnedEpsilon'))) : param('epsilon');
    const normalized = add(mul(mul(x, rsqrt(add(div(input('squares'), param('count')), epsilon))), input('gamma')), input('beta'));
    return {
      statistics: [{ name: 'squares', reduce: 'sum', of: mul(x, x) }],
      output: variants.tlu === 'off' ? normalized : max(normalized, input('tau')),
    };
  },
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    const { gamma, beta, tau, learnedEpsilon } = given.weights;
    const tlu = (given.variants.tlu ?? 'on') === 'on';
    const learned = given.variants.learnedEpsilon === 'on';
    forEachGroup(given, (offsets, channels) => {
      const meanSquare = offsets.reduce((s, i) => s + given.x[i] ** 2, 0) / offsets.length;
      offsets.forEach((i, n) => {
        const c = channels[n];
        const epsilon = given.params.epsilon + (learned ? Math.abs(learnedEpsilon[c]) : 0);
        const y = given.x[i] / Math.sqrt(meanSquare + epsilon) * gamma[c] + beta[c];
        out[i] = tlu ? Math.max(y, tau[c]) : y;
      });
    });
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Divides each example and channel by the root mean square of its spatial responses (no centring, batch-independent), then a per-channel affine and a learned threshold max(·, τ).',
    formula: 'ν² = mean_{spatial}(x²); y = max(γ_c · x / √(ν² + |ε|) + β_c, τ_c)',
    papers: ['Singh & Krishnan, "Filter Response Normalization Layer: Eliminating Batch Dependence in the Training of Deep Neural Networks", CVPR 2020'],
    example: 'filterResponseNorm(images, gamma, beta, tau, {epsilon: 1e-6})',
  },
};
