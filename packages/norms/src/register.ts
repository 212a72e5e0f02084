import { serialization } from '@tensorflow/tfjs-core';
import { reductionSupport, registerReductionKernels, registerReductionSpec, registerWasmModule } from '@layerkit/core';
import { NORMS } from './registry.js';
import { BatchNormAct, GroupNormAct, LayerNormAct, RMSNormAct } from './layers.js';
import { NORM_ACT_EXPORTS } from './norm-act.js';
import { batchNormSpec } from './specs/batch-norm.js';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import { WRAPPERS } from './wrappers/registry.js';

// Side effects of importing @layerkit/norms: the kernels of every norm spec (generated, or the
// overrides a spec carries), their derived gradients, the layer classes (and their Keras /
// TF-Addons aliases) for serialization and the catalog entries.
// The wasm kernels: fetched when the wasm backend first needs them (a chunk bundlers split off;
// register.node.ts registers the bytes up front in Node).
registerWasmModule('norms', () => import('./gen/wasm-module.js').then((module) => module.NORMS_WASM_MODULE));

for (const norm of NORMS) {
  for (const layer of norm.layer ? [norm.layer, ...norm.layer.aliases] : []) serialization.registerClass(layer, 'layerkit');
  registerReductionSpec(norm.spec, {
    package: 'norms',
    kind: norm.layer ? 'layer' : 'op',
    layer: norm.layer?.className ?? null,
    exports: norm.exports,
  });
  for (const form of norm.forms ?? []) registerReductionKernels(form);
}

// The wrappers and model utilities (src/wrappers/): tfjs-op compositions, so they run wherever tfjs runs.
for (const entry of WRAPPERS) {
  for (const layer of entry.layer ? [entry.layer, ...(entry.aliases ?? [])] : []) serialization.registerClass(layer, 'layerkit');
  registerCatalogEntry({
    id: entry.id, package: 'norms', kind: entry.kind, backends: everyBackend('composite'), gradient: entry.gradient,
    layer: entry.layer?.className ?? null, names: entry.exports, exports: entry.exports,
  });
}

// NormAct: any norm op with an activation, fused into the norm's generated kernels (norm-act.ts).
for (const layer of [BatchNormAct, GroupNormAct, LayerNormAct, RMSNormAct]) serialization.registerClass(layer, 'layerkit');
const normActSupport = reductionSupport(batchNormSpec);
registerCatalogEntry({
  id: 'norms.norm-act', package: 'norms', kind: 'layer', backends: normActSupport.forward, gradients: normActSupport.backward,
  gradient: 'fused', layer: 'BatchNormAct', names: [...NORM_ACT_EXPORTS], exports: [...NORM_ACT_EXPORTS],
});
