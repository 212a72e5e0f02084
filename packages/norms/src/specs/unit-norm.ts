import type { ReductionSpec } from '@layerkit/core';
import { scaledUnitMath, scaledUnitReference } from './scale-norm.js';

/**
 * UnitNorm: L2 normalization over the given axes with Keras 3 UnitNormalization's semantics,
 * x·rsqrt(max(Σx², ε²)) with ε = 1e-12 (keras/src/ops/nn.py normalize), times a scale s (1 in
 * Keras; √d for the Feature Normalization of the federated label-shift paper).
 */
export const unitNormSpec: ReductionSpec = {
  kind: 'reduction',
  id: 'norms.unit-norm',
  name: 'unitNorm',
  aliases: ['UnitNormalization'],
  view: 'rows',
  weights: [{ name: 'scale', fill: 1, doc: 'The radius s: a scalar broadcast over the normalized features (fixed, or learned with trainableScale).' }],
  params: [{ name: 'epsilon', default: 1e-12, domain: { min: 0 }, doc: 'Lower bound of the norm (Keras 3 1e-12; tf.keras 2\'s l2_normalize floored Σx² at 1e-12, a norm of 1e-6).' }],
  math: () => scaledUnitMath('scale'),
  reference: scaledUnitReference('scale'),
  tolerance: { relative: 1e-5, absolute: 1e-5 },
  docs: {
    summary: 'Scales each vector over the given axes to unit L2 norm (or to a fixed or learned radius s).',
    formula: 'y = s · x / max(‖x‖₂, ε)',
    papers: [
      'Keras UnitNormalization (no paper)',
      '"Normalization Is All You Need: Understanding Layer-Normalized Federated Learning under Extreme Label Shift", 2023 (feature normalization, s = √d)',
    ],
    example: 'unitNorm(x, {axis: -1})',
  },
};
