import { gt, lt, max, min, param, where, x, type ElementwiseSpec } from '@layerkit/core';

const minVal = param('minVal');
const maxVal = param('maxVal');

export const hardTanh: ElementwiseSpec = {
  kind: 'elementwise',
  id: 'activations.hard-tanh',
  name: 'hardTanh',
  className: 'HardTanh',
  aliases: ['hardtanh', 'hard_tanh'],
  params: [
    { name: 'minVal', default: -1, doc: 'Lower clamp (PyTorch\'s min_val).' },
    { name: 'maxVal', default: 1, doc: 'Upper clamp (PyTorch\'s max_val); must exceed minVal.' },
  ],
  validate: ({ minVal: low, maxVal: high }) => (low < high ? null
    : `expected minVal < maxVal, got minVal ${low} and maxVal ${high} — give a maxVal above minVal`),
  math: () => ({
    forward: min(max(x, minVal), maxVal),
    // 1 strictly inside (minVal, maxVal), 0 at and beyond the clamps, as PyTorch's hardtanh.
    derivative: where(gt(x, minVal), where(lt(x, maxVal), 1, 0), 0),
  }),
  reference: (v, { minVal: low = -1, maxVal: high = 1 }) => Math.min(Math.max(v, low), high),
  domain: { min: -4, max: 4, kinks: [-1, 1] },
  tolerance: { relative: 1e-6, absolute: 1e-7 },
  docs: {
    summary: 'Clamps x to [minVal, maxVal] (PyTorch\'s Hardtanh, Keras 3\'s hard_tanh).',
    formula: 'hardTanh(x) = min(max(x, minVal), maxVal)',
    papers: ['Activation Functions in Deep Learning: A Comprehensive Survey and Benchmark'],
    example: 'hardTanh(x, {minVal: 0, maxVal: 6})',
  },
};
