import { add, input, mul, param, rsqrt, sub, x, type ReductionSpec } from '@layerkit/core';
import { forEachGroup, moments } from './group-reference.js';

/**
 * The shared math of GroupNorm and InstanceNorm: each group of channels (every spatial position
 * of it) normalized to zero mean and unit variance, then a per-channel gain and offset.
 */
export const groupMath = () => ({
  statistics: [{ name: ['mean', 'variance'] as const, reduce: 'moments' as const, of: x }],
  output: add(mul(mul(sub(x, input('mean')), rsqrt(add(input('variance'), param('epsilon')))), input('gamma')), input('beta')),
});

export const groupReference: ReductionSpec['reference'] = (given) => {
  const out = new Float64Array(given.x.length);
  const { gamma, beta } = given.weights;
  forEachGroup(given, (offsets, channels) => {
    const { mean, variance } = moments(given.x, offsets);
    const inverse = 1 / Math.sqrt(variance + given.params.epsilon);
    offsets.forEach((i, n) => { out[i] = (given.x[i] - mean) * inverse * gamma[channels[n]] + beta[channels[n]]; });
  });
  return out;
};

const channelWeights = [
  { name: 'gamma', fill: 1, doc: 'Per-channel gain.' },
  { name: 'beta', fill: 0, doc: 'Per-channel offset.' },
] as const;

/** GroupNorm: "Group Normalization" (Wu & He, 2018); Keras 3 GroupNormalization's defaults. */
export const groupNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.group-norm',
  name: 'groupNorm',
  aliases: ['GroupNormalization', 'Addons>GroupNormalization'],
  view: 'channel-groups',
  weights: channelWeights,
  params: [{ name: 'epsilon', default: 1e-3, domain: { min: 0 }, doc: 'Added to the variance under the root (Keras 3 1e-3; PyTorch uses 1e-5).' }],
  math: groupMath,
  reference: groupReference,
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Normalizes each example over groups of channels (and all spatial positions), independent of the batch size.',
    formula: 'y = (x − mean_g) / √(var_g + ε) · γ_c + β_c, statistics per example and group g of channels',
    papers: ['Wu & He, "Group Normalization", ECCV 2018'],
    example: 'groupNorm(x, gamma, beta, {groups: 32})',
  },
};

/** InstanceNorm: "Instance Normalization" (Ulyanov et al., 2016): one group per channel. */
export const instanceNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.instance-norm',
  name: 'instanceNorm',
  aliases: ['InstanceNormalization', 'Addons>InstanceNormalization'],
  view: 'spatial',
  weights: channelWeights,
  params: [{ name: 'epsilon', default: 1e-3, domain: { min: 0 }, doc: 'Added to the variance under the root (TF-Addons 1e-3; PyTorch uses 1e-5).' }],
  math: groupMath,
  reference: groupReference,
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Normalizes each example and channel over the spatial positions.',
    formula: 'y = (x − mean_{n,c}) / √(var_{n,c} + ε) · γ_c + β_c',
    papers: ['Ulyanov, Vedaldi & Lempitsky, "Instance Normalization: The Missing Ingredient for Fast Stylization", 2016'],
    example: 'instanceNorm(x, gamma, beta)',
  },
};
