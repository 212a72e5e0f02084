import { add, div, input, mul, param, rsqrt, x, type Expr, type ReductionSpec } from '@layerkit/core';

/**
 * PolyNorm ("Polynomial Composition Activations: Unleashing the Dynamics of Large Language
 * Models"; BryceZhuo/PolyCom): Σᵢ wᵢ·N(x^(r−i)) + b, N(y) = y/√(mean(y²) + ε) over the last
 * axis, one sum of squares per power. The weights and bias are scalars; the kernels read them as
 * weights over the features, so the op broadcasts them.
 */
const powers: Expr[] = [x, mul(x, x), mul(mul(x, x), x)];
const ORDERS = ['1', '2', '3'] as const;

/** y/√(mean(y²) + ε), y = x^power. */
const normalized = (power: number): Expr =>
  mul(powers[power - 1], rsqrt(add(div(input(`squares${power}`), param('count')), param('epsilon'))));

export const polyNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'activations.polynorm',
  name: 'polyNorm',
  view: 'rows',
  weights: [
    { name: 'weight0', fill: 1 / 3, doc: 'w₀, the scale of N(x^r), the highest power. One learned scalar.' },
    { name: 'weight1', fill: 1 / 3, doc: 'w₁, the scale of N(x^(r−1)) (order 2 and 3). One learned scalar.' },
    { name: 'weight2', fill: 1 / 3, doc: 'w₂, the scale of N(x) (order 3). One learned scalar.' },
    { name: 'bias', fill: 0, doc: 'b, added to the sum. One learned scalar.' },
  ],
  params: [{ name: 'epsilon', default: 1e-6, domain: { min: 0 }, doc: 'Added to each mean square under the root.' }],
  variants: [{ name: 'order', choices: ORDERS, default: '3', doc: 'r, the highest power: the sum runs over x^r … x.' }],
  math: (variants) => {
    const order = Number(variants.order);
    const terms = Array.from({ length: order }, (_, i) => mul(input(`weight${i}`), normalized(order - i)));
    return {
      statistics: Array.from({ length: order }, (_, i) => ({ name: `squares${i + 1}`, reduce: 'sum' as const, of: mul(powers[i], powers[i]) })),
      output: add(terms.reduce((sum, term) => add(sum, term)), input('bias')),
    };
  },
  reference: (given) => {
    const [outer, , , within] = given.view;
    const order = Number(given.variants.order ?? '3');
    const out = new Float64Array(given.x.length);
    for (let o = 0; o < outer; o++) {
      const row = given.x.subarray(o * within, (o + 1) * within);
      const scales = Array.from({ length: order }, (_, i) => 1 / Math.sqrt(row.reduce((a, v) => a + v ** (2 * (i + 1)), 0) / within + given.params.epsilon));
      row.forEach((v, j) => {
        let sum = given.weights.bias[j];
        for (let i = 0; i < order; i++) sum += given.weights[`weight${i}`][j] * v ** (order - i) * scales[order - i - 1];
        out[o * within + j] = sum;
      });
    }
    return out;
  },
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'A polynomial activation whose powers are each RMS-normalized over the features, so higher powers do not blow up.',
    formula: 'polyNorm(x) = w₀·N(x³) + w₁·N(x²) + w₂·N(x) + b, N(y) = y/√(mean(y²) + ε) over the last axis (order 3)',
    papers: ['Polynomial Composition Activations: Unleashing the Dynamics of Large Language Models'],
    example: 'new PolyNorm(); polyNorm(x, {weight: [0.3, 0.4, 0.3], bias: 0.1})',
  },
};
