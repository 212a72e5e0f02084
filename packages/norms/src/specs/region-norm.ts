import { add, constant, div, gt, max, input, le, mul, param, rsqrt, sub, where, x, type Expr, type ReductionMath, type ReductionSpec, type ReferenceInput } from '@layerkit/core';
import { forEachGroup } from './group-reference.js';

/**
 * Region Normalization, RN-B: "Region Normalization for Image Inpainting" (Yu et al., AAAI 2020),
 * as the authors' code (geekyutao/RN, rn.py RN_B) computes it. A mask (1 = hole, 0 = valid, in
 * x's shape: broadcast it over the channels first) splits each channel into two regions; each
 * is normalized with its own mean and biased variance, then gets its own per-channel affine
 * y·(1 + γ_R) + β_R (γ and β start at 0). Without a mask the whole map is one valid region.
 *
 * Two styles, one spec each: 'instance' (statistics per example and channel, batch-independent;
 * layerkit's default) and 'batch' (pooled over the batch as the released code does, in training
 * and inference alike, with its ε on the whole map's variance: ε·N·H·W/|R| on the region's).
 * An empty region has mean and variance 0 and normalizes nothing.
 */
const hole = gt(input('mask'), 0.5);
const valid = le(input('mask'), 0.5);

const affine = (gamma: string, beta: string) => [
  { name: gamma, fill: 0, doc: `Per-channel gain offset of the ${gamma.endsWith('Hole') ? 'hole' : 'valid'} region: y·(1 + γ).` },
  { name: beta, fill: 0, doc: `Per-channel offset of the ${beta.endsWith('Hole') ? 'hole' : 'valid'} region.` },
] as const;

const normalized = (region: string, epsilon: Expr, gamma: string, beta: string) =>
  add(mul(mul(sub(x, input(`${region}Mean`)), rsqrt(add(input(`${region}Variance`), epsilon))), add(1, input(gamma))), input(beta));

/** The math of a style: its ε on a region's variance from the region's size. */
function regionMath(given: ReadonlySet<string>, scaledEpsilon: boolean): ReductionMath {
  // The released code adds ε to the whole map's variance: ε·|map|/|R| on the region's.
  const epsilon = (region: string) => (scaledEpsilon ? mul(param('epsilon'), div(param('count'), max(input(`${region}Size`), 1))) : param('epsilon'));
  if (!given.has('mask')) {
    return {
      statistics: [{ name: ['validMean', 'validVariance'], reduce: 'moments', of: x }],
      output: normalized('valid', param('epsilon'), 'gammaValid', 'betaValid'),
    };
  }
  return {
    statistics: [
      { name: ['holeMean', 'holeVariance'], reduce: 'moments', of: x, where: hole },
      { name: ['validMean', 'validVariance'], reduce: 'moments', of: x, where: valid },
      ...(scaledEpsilon ? [
        { name: 'holeSize', reduce: 'sum', of: constant(1), where: hole } as const,
        { name: 'validSize', reduce: 'sum', of: constant(1), where: valid } as const,
      ] : []),
    ],
    output: where(hole, normalized('hole', epsilon('hole'), 'gammaHole', 'betaHole'), normalized('valid', epsilon('valid'), 'gammaValid', 'betaValid')),
  };
}

function regionReference(given: ReferenceInput, scaledEpsilon: boolean): Float64Array {
  const out = new Float64Array(given.x.length);
  const { gammaHole, betaHole, gammaValid, betaValid } = given.weights;
  const mask = given.inputs.mask;
  forEachGroup(given, (offsets, channels) => {
    const regions = [offsets.filter((i) => mask && mask[i] > 0.5), offsets.filter((i) => !mask || !(mask[i] > 0.5))];
    regions.forEach((members, r) => {
      if (!members.length) return;
      const mean = members.reduce((s, i) => s + given.x[i], 0) / members.length;
      const variance = members.reduce((s, i) => s + (given.x[i] - mean) ** 2, 0) / members.length;
      const epsilon = given.params.epsilon * (scaledEpsilon && mask ? offsets.length / members.length : 1);
      const [gamma, beta] = r === 0 ? [gammaHole, betaHole] : [gammaValid, betaValid];
      members.forEach((i) => {
        const c = channels[offsets.indexOf(i)];
        out[i] = (given.x[i] - mean) / Math.sqrt(variance + epsilon) * (1 + gamma[c]) + beta[c];
      });
    });
  });
  return out;
}

const common = {
  kind: 'reduction',
  id: 'norms.region-norm',
  inputs: ['mask'],
  weights: [...affine('gammaHole', 'betaHole'), ...affine('gammaValid', 'betaValid')],
  params: [{ name: 'epsilon', default: 1e-5, domain: { min: 0 }, doc: 'Added to each region\'s variance under the root (authors\' code 1e-5).' }],
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Mask-aware normalization for inpainting: the hole and the valid pixels of each channel are normalized separately, each with its own affine.',
    formula: 'y = (x − μ_R) / √(σ²_R + ε) · (1 + γ_R,c) + β_R,c on each region R ∈ {mask = 1, mask = 0}',
    papers: ['Yu, Guo, Jin, Wu, Chen, Li, Zhang & Liu, "Region Normalization for Image Inpainting", AAAI 2020'],
    example: 'regionNorm(features, {mask: holes})',
  },
} as const;

/** RN-B with statistics per example and channel over the spatial positions (style 'instance'). */
export const regionNormSpec: ReductionSpec = {
  ...common,
  name: 'regionNorm',
  view: 'spatial',
  math: (_, given) => regionMath(given, false),
  reference: (given) => regionReference(given, false),
};

/** RN-B with statistics pooled over the batch and spatial positions (style 'batch', the released code). */
export const regionNormBatchSpec: ReductionSpec = {
  ...common,
  name: 'regionNormBatch',
  view: 'batch',
  math: (_, given) => regionMath(given, true),
  reference: (given) => regionReference(given, true),
};
