import { registerElementwiseSpec } from '@layerkit/core';
import { registerActivationString } from './layers.js';
import { ACTIVATIONS } from './registry.js';

// Side effects of importing @layerkit/activations: fused kernels and gradients on every
// backend, catalog entries, and the activation strings. Safe to evaluate twice.
for (const spec of ACTIVATIONS) {
  registerElementwiseSpec(spec, 'activations', spec.className, spec.catalogKind);
  const strings = spec.activationStrings
    ?? Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((name) => [name, {}]));
  for (const [name, options] of Object.entries(strings)) registerActivationString(spec, [name], options);
}
