import { serialization } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  everyBackend, registerCatalogEntry, registerElementwiseSpec, registerGatedSpec, registerReductionSpec,
} from '@layerkit/core';
import { elementwiseExports, gatedExports } from './exports.js';
import { activationNames, NAME_REGISTRY, registerActivationStrings } from './names.js';
import { ACTIVATIONS, GATED, RANDOM_ACTIVATIONS, REDUCTION_ACTIVATIONS, SORT_ACTIVATIONS } from './registry.js';
import { GATED_LAYERS } from './gated-layer.js';
import { ROW_OPS } from './row-ops.js';
import { TAAF } from './taaf-layer.js';
import { MEMORY_SAVING_BACKWARDS } from './memory-saving/api.js';
import { registerWasmKernels } from './wasm-kernels.js';
import * as activations from './index.js';

// Side effects of importing @layerkit/activations/register (and the Node main entry): fused
// kernels and gradients on every backend, the layer classes, catalog entries, and every
// activation string, for an app that loads saved models whose layers it does not import itself.
// Each op and layer registers what it needs when it is created; this registers everything.
// Safe to evaluate twice.
for (const spec of ACTIVATIONS) {
  registerElementwiseSpec(spec, 'activations', spec.className, spec.catalogKind, elementwiseExports(spec));
  registerActivationStrings(spec);
}
for (const spec of GATED) registerGatedSpec(spec, 'activations', GATED_LAYERS[spec.name].className, gatedExports(spec));
for (const spec of ROW_OPS) registerReductionSpec(spec, { package: 'activations', layer: null, exports: [spec.name, `${spec.name}Spec`] });
for (const entry of REDUCTION_ACTIVATIONS) {
  registerReductionSpec(entry.spec, { package: 'activations', kind: entry.kind, layer: entry.layer, exports: entry.exports });
}
// The random activations run tfjs ops around their draws on every backend.
for (const entry of RANDOM_ACTIVATIONS) {
  registerCatalogEntry({
    id: entry.id, package: 'activations', kind: entry.kind, backends: everyBackend('composite'), gradient: 'composite',
    layer: entry.layer, names: [...entry.exports], exports: entry.exports,
  });
}
registerWasmKernels();
// Each layer class and activation string registers when its module or factory creates it; reading
// every export of the package creates them all (and keeps them all in a bundle). A layer class
// that did not register itself is a bug here.
for (const value of Object.values(activations)) {
  if (typeof value !== 'function' || !Object.hasOwn(value, 'className') || !(value.prototype instanceof tfl.layers.Layer)) continue;
  const className = (value as unknown as { className: string }).className;
  if (serialization.SerializationMap.getMap().classNameMap[className]?.[0] !== value) {
    throw new Error(`@layerkit/activations: layer class ${className} is not registered for serialization — a bug in layerkit, please report it`);
  }
}
// TAAF wraps another activation: tfjs ops around that activation's own op (fused where it has kernels).
registerCatalogEntry({
  id: TAAF.id, package: 'activations', kind: 'layer', backends: everyBackend('composite'), gradient: 'composite',
  layer: 'Taaf', names: ['Taaf'], exports: TAAF.exports,
});
// sparsemax and k-sparse sort each row: tfjs ops (tf.topk) under tf.customGrad on every backend.
for (const entry of SORT_ACTIVATIONS) {
  registerCatalogEntry({
    id: entry.id, package: 'activations', kind: 'op', backends: everyBackend('composite'), gradient: 'composite',
    layer: entry.layer, names: [...entry.names], exports: [...entry.exports],
  });
}
// Memory-saving backwards: the base activation's op forward, tfjs ops around saved low-bit codes backward.
for (const entry of MEMORY_SAVING_BACKWARDS) {
  registerCatalogEntry({
    id: entry.id, package: 'activations', kind: 'op', backends: everyBackend('composite'), gradient: 'composite',
    layer: entry.layer, names: [...entry.names], exports: [...entry.exports],
  });
}
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
