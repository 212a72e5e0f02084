import {
  everyBackend, registerCatalogEntry, registerElementwiseSpec, registerGatedSpec, registerReductionSpec, registerWasmModule,
} from '@layerkit/core';
import { elementwiseExports, gatedExports } from './exports.js';
import { ACTIVATIONS_WASM_MODULE } from './gen/wasm-module.js';
import { activationNames, NAME_REGISTRY, registerActivationStrings } from './names.js';
import { ACTIVATIONS, GATED } from './registry.js';
import { GATED_LAYERS } from './gated-layer.js';
import { ROW_OPS } from './row-ops.js';
import { TAAF } from './taaf-layer.js';

// Side effects of importing @layerkit/activations: fused kernels and gradients on every
// backend, catalog entries, and the activation strings. Safe to evaluate twice.
for (const spec of ACTIVATIONS) {
  registerElementwiseSpec(spec, 'activations', spec.className, spec.catalogKind, elementwiseExports(spec));
  registerActivationStrings(spec);
}
for (const spec of GATED) registerGatedSpec(spec, 'activations', GATED_LAYERS[spec.name].className, gatedExports(spec));
for (const spec of ROW_OPS) registerReductionSpec(spec, { package: 'activations', layer: null, exports: [spec.name, `${spec.name}Spec`] });
registerWasmModule('activations', ACTIVATIONS_WASM_MODULE);
// TAAF wraps another activation: tfjs ops around that activation's own op (fused where it has kernels).
registerCatalogEntry({
  id: TAAF.id, package: 'activations', kind: 'layer', backends: everyBackend('composite'), gradient: 'composite',
  layer: 'Taaf', names: ['Taaf'], exports: TAAF.exports,
});
// The activation strings themselves run no kernel of their own: each one is its spec's op.
registerCatalogEntry({
  id: NAME_REGISTRY.id,
  package: 'activations',
  kind: 'utility',
  backends: everyBackend('none'),
  gradient: 'none',
  layer: null,
  names: activationNames(ACTIVATIONS).map((entry) => entry.name),
  exports: NAME_REGISTRY.exports,
});
