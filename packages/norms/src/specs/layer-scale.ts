import { input, mul, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

/**
 * LayerScale: a per-channel scale on a residual branch's output, x + LayerScale(F(x)), with a
 * small (1e-5, CaiT/timm) or zero initial value. No statistics: a reduction spec for its
 * per-feature weight, its view and its fused weight gradient Σ dy·h.
 */
export const layerScaleSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.layerscale',
  name: 'layerScale',
  view: 'rows',
  weights: [{ name: 'gamma', fill: 1e-5, doc: 'Per-channel scale; the layer initialises it to initValue (1e-5; 0 for zero-init).' }],
  params: [],
  math: () => ({ statistics: [], output: mul(x, input('gamma')) }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    forEachGroup(given, (offsets, channels) => {
      offsets.forEach((i, n) => { out[i] = given.x[i] * given.weights.gamma[channels[n]]; });
    });
    return out;
  },
  tolerance: { relative: 1e-6, absolute: 1e-6 },
  docs: {
    summary: 'Scales a residual branch per channel by a learned factor that starts small (or at zero), so each block starts near the identity.',
    formula: 'y = γ_c · x, γ initialised to initValue (1e-5)',
    papers: [
      'Touvron et al., "Going Deeper with Image Transformers" (CaiT), ICCV 2021',
      'Wortsman et al., "Stable and low-precision training for large-scale vision-language models", NeurIPS 2023 (zero init)',
    ],
    example: 'layerScale(branch, gamma)',
  },
};
