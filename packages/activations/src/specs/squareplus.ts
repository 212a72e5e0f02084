import { add, div, gt, lt, mul, param, sqrt, sub, where, x, type ElementwiseSpec } from '@layerkit/core';

const b = param('b');
const root = sqrt(add(mul(x, x), b));
// (x + √(x² + b))/2 cancels for x << 0; there it equals b/(2(√(x² + b) − x)). Above 1e18 it is x
// in float32, and x² would overflow beyond 1.8e19.
const stable = where(lt(x, 0), div(b, mul(2, sub(root, x))), mul(0.5, add(x, root)));
const huge = gt(x, 1e18);

export const squareplus: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.squareplus',
  name: 'squareplus',
  className: 'Squareplus',
  params: [{ name: 'b', default: 4, domain: { min: 0, exclusiveMin: true }, doc: 'Curvature at 0: squareplus(0) = √b/2; b → 0 approaches relu.' }],
  math: () => ({
    forward: where(huge, x, stable),
    // (1 + x/√(x² + b))/2 is f(x)/√(x² + b): the stable value, one more division.
    derivative: where(huge, 1, div(stable, root)),
  }),
  reference: (v, { b: c = 4 }) => {
    const s = Math.sqrt(v * v + c);
    return v < 0 ? c / (2 * (s - v)) : (v + s) / 2;
  },
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Softplus-like smooth relu from one square root, no exponential.',
    formula: 'squareplus(x) = (x + √(x² + b))/2; squareplus′ = (1 + x/√(x² + b))/2',
    papers: ['Squareplus: A Softplus-Like Algebraic Rectifier'],
    example: "tf.layers.dense({units: 64, activation: activation('squareplus')})",
    differences: 'b must be positive: Keras 3 also takes b = 0 (relu, whose gradient at 0 the formula leaves undefined).',
  },
};
