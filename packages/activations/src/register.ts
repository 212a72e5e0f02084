import { registerElementwiseSpec, registerGatedSpec, registerReductionSpec, registerWasmModule } from '@layerkit/core';
import { elementwiseExports, gatedExports } from './exports.js';
import { ACTIVATIONS_WASM_MODULE } from './gen/wasm-module.js';
import { registerActivationString } from './layers.js';
import { ACTIVATIONS, GATED } from './registry.js';
import { GATED_LAYERS } from './gated-layer.js';
import { ROW_OPS } from './row-ops.js';

// Side effects of importing @layerkit/activations: fused kernels and gradients on every
// backend, catalog entries, and the activation strings. Safe to evaluate twice.
for (const spec of ACTIVATIONS) {
  registerElementwiseSpec(spec, 'activations', spec.className, spec.catalogKind, elementwiseExports(spec));
  const strings = spec.activationStrings
    ?? Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((name) => [name, {}]));
  for (const [name, options] of Object.entries(strings)) registerActivationString(spec, [name], options);
}
for (const spec of GATED) registerGatedSpec(spec, 'activations', GATED_LAYERS[spec.name].className, gatedExports(spec));
for (const spec of ROW_OPS) registerReductionSpec(spec, { package: 'activations', layer: null, exports: [spec.name, `${spec.name}Spec`] });
registerWasmModule('activations', ACTIVATIONS_WASM_MODULE);
