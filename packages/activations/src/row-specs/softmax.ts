import { exp, gt, input, mul, param, recip, sub, where, x, type ReductionSpec, type ReferenceInput, type Statistic } from '@layerkit/core';

/**
 * softmax and logSoftmax over any axis, with a temperature and an optional mask: positions
 * where the mask is 0 (or false) are left out of the row and get exactly 0 (softmax) or −∞
 * (logSoftmax). A row with every position masked gives all zeros (softmax) and all −∞
 * (logSoftmax) — never NaN; PyTorch gives NaN there, Keras 3 a uniform row.
 */
// x·(1/T): the reciprocal is computed once per row, a division per element would not be.
const scaled = mul(x, recip(param('temperature')));
const masked = gt(input('mask'), 0.5);
const lse = input('lse');

function statistic(given: ReadonlySet<string>): Statistic {
  return { name: 'lse', reduce: 'logsumexp', of: scaled, ...(given.has('mask') ? { where: masked } : {}) };
}

/** log Σ e^(v/T) over each group's (unmasked) values, in float64; −∞ for an empty group. */
function rowReference(given: ReferenceInput, each: (i: number, logit: number, lse: number, kept: boolean) => void): void {
  const [outer, , , within] = given.view;
  const mask = given.inputs.mask;
  for (let o = 0; o < outer; o++) {
    const start = o * within;
    const kept = (i: number) => !mask || mask[i] > 0.5;
    let peak = -Infinity;
    for (let j = 0; j < within; j++) if (kept(start + j)) peak = Math.max(peak, given.x[start + j] / given.params.temperature);
    if (Number.isNaN(peak) || [...given.x.subarray(start, start + within)].some((v, j) => kept(start + j) && Number.isNaN(v))) peak = NaN;
    let total = 0;
    for (let j = 0; j < within; j++) if (kept(start + j)) total += Math.exp(given.x[start + j] / given.params.temperature - peak);
    const logSum = peak + Math.log(total);
    for (let j = 0; j < within; j++) each(start + j, given.x[start + j] / given.params.temperature, logSum, kept(start + j));
  }
}

const common = {
  kind: 'reduction',
  view: 'rows',
  inputs: ['mask'],
  weights: [],
  params: [{ name: 'temperature', default: 1, domain: { min: 0, exclusiveMin: true }, doc: 'Divides the logits before the softmax (T > 1 flattens, T < 1 sharpens).' }],
  tolerance: { relative: 1e-5, absolute: 1e-6 },
} as const;

export const softmaxSpec: ReductionSpec = {
  ...common,
  id: 'activations.softmax',
  name: 'softmax',
  math: (_, given) => ({
    statistics: [statistic(given)],
    output: given.has('mask') ? where(masked, exp(sub(scaled, lse)), 0) : exp(sub(scaled, lse)),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    rowReference(given, (i, logit, logSum, kept) => { out[i] = kept && logSum !== -Infinity ? Math.exp(logit - logSum) : 0; });
    return out;
  },
  docs: {
    summary: 'Normalized exponentials over an axis: non-negative, summing to 1 over each (unmasked) row.',
    formula: 'softmax(x)ᵢ = e^(xᵢ/T) / Σⱼ e^(xⱼ/T)',
    papers: ['Bridle, "Probabilistic Interpretation of Feedforward Classification Network Outputs", 1990'],
    example: 'softmax(logits, {axis: -1, temperature: 2, mask})',
    tfjs: "tf.softmax takes the last axis only and has no temperature or mask; the 'softmax' activation string stays tfjs's.",
  },
};

export const logSoftmaxSpec: ReductionSpec = {
  ...common,
  id: 'activations.log-softmax',
  name: 'logSoftmax',
  math: (_, given) => ({
    statistics: [statistic(given)],
    // A masked position is −∞: log(0) at run time, since no target prints an infinity literal.
    output: given.has('mask') ? where(masked, sub(scaled, lse), { kind: 'unary', op: 'log', arg: { kind: 'const', value: 0 } }) : sub(scaled, lse),
  }),
  reference: (given) => {
    const out = new Float64Array(given.x.length);
    rowReference(given, (i, logit, logSum, kept) => { out[i] = kept && logSum !== -Infinity ? logit - logSum : -Infinity; });
    return out;
  },
  docs: {
    summary: 'log softmax over an axis, computed as x/T − logsumexp(x/T): no overflow, no log of 0 for unmasked positions.',
    formula: 'logSoftmax(x)ᵢ = xᵢ/T − log Σⱼ e^(xⱼ/T)',
    papers: ['Bridle, 1990'],
    example: 'logSoftmax(logits, {axis: -1})',
    tfjs: 'tf.logSoftmax takes the last axis only and has no temperature or mask.',
  },
};
