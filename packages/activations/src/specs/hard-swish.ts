import { add, div, ge, le, min, mul, where, x, type ElementwiseSpec } from '@layerkit/core';

export const hardSwish: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.hard-swish',
  name: 'hardSwish',
  className: 'HardSwish',
  aliases: ['hardSilu', 'hardswish', 'hard_silu', 'hard_swish'],
  params: [],
  math: () => ({
    // x·(relu6(x + 3)/6): dividing first keeps x near the float32 maximum finite.
    // Exactly 0 at and below −3 (also for x = −∞, where the product form gives ∞·0 = NaN).
    forward: where(le(x, -3), 0, mul(x, div(min(add(x, 3), 6), 6))),
    // 0 below -3, 1 above 3, (2x + 3)/6 between.
    derivative: where(le(x, -3), 0, where(ge(x, 3), 1, div(add(mul(2, x), 3), 6))),
  }),
  reference: (v) => (v * Math.min(Math.max(v + 3, 0), 6)) / 6,
  domain: { min: -8, max: 8, kinks: [-3, 3] },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Piecewise-quadratic swish from MobileNetV3: cheap on every device.',
    formula: 'hardSwish(x) = x·relu6(x + 3)/6',
    papers: ['Searching for MobileNetV3'],
    example: "tf.layers.conv2d({filters: 16, kernelSize: 3, activation: 'hardSwish'})",
  },
};
