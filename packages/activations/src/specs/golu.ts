import { add, exp, lt, max, mul, neg, where, x, type ElementwiseSpec } from '@layerkit/core';

// exp(-x) overflows float32 below x ≈ −88.7 and then 0·∞ makes the derivative NaN; clamping
// at −80 changes nothing visible (exp(−exp(80)) is 0 in every precision).
const e = exp(neg(max(x, -80)));
const gate = exp(neg(e));

export const golu: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.golu',
  name: 'golu',
  className: 'Golu',
  params: [],
  math: () => ({
    forward: where(lt(x, -80), 0, mul(x, gate)),
    // Below −80 the gate is exactly 0; x·e would overflow to −∞ and make 0·∞ = NaN.
    derivative: where(lt(x, -80), 0, mul(gate, add(1, mul(x, e)))),
  }),
  reference: (v) => v * Math.exp(-Math.exp(-v)),
  domain: { min: -20, max: 20 },
  tolerance: { relative: 1e-5, absolute: 1e-6 },
  docs: {
    summary: 'Gompertz linear unit: x gated by the Gompertz function, asymmetric around 0.',
    formula: 'golu(x) = x·exp(−exp(−x))',
    papers: ['Gompertz Linear Units: Leveraging Asymmetry for Enhanced Learning Dynamics'],
    example: "tf.layers.dense({units: 64, activation: 'golu'})",
  },
};
