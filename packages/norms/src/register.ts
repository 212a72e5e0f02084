import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, reductionSupport, registerCatalogEntry, registerReductionKernels, registerReductionSpec } from '@layerkit/core';
import { NORMS } from './registry.js';
import { BatchNormAct, GroupNormAct, LayerNormAct, RMSNormAct } from './layers.js';
import { NORM_ACT_EXPORTS } from './norm-act.js';
import { batchNormSpec } from './specs/batch-norm.js';
import { registerNormsWasmModule } from './wasm-module-loader.js';
import { WRAPPERS } from './wrappers/registry.js';

// @layerkit/norms/register: everything of the package registered up front, for an app that loads
// a model whose layerkit layers it does not import itself (tf.loadLayersModel), and the catalog.
// The main entry needs none of it for what it uses: ops register their kernels on first run and
// layer classes register themselves when created. Here: the kernels of every norm spec and
// form (generated, or the overrides a spec carries) with their derived gradients, every layer
// class with its Keras / TF-Addons aliases (importing NORMS creates them) and the catalog entries.
registerNormsWasmModule();

for (const norm of NORMS) {
  registerReductionSpec(norm.spec, {
    package: 'norms',
    kind: norm.layer ? 'layer' : 'op',
    layer: norm.layer?.className ?? null,
    exports: norm.exports,
  });
  for (const form of norm.forms ?? []) registerReductionKernels(form);
}

// The wrappers and model utilities (src/wrappers/): tfjs-op compositions, so they run wherever
// tfjs runs. Their layer classes register themselves in their modules.
for (const entry of WRAPPERS) {
  registerCatalogEntry({
    id: entry.id, package: 'norms', kind: entry.kind, backends: everyBackend('composite'), gradient: entry.gradient,
    layer: entry.layer?.className ?? null, names: entry.exports, exports: entry.exports,
  });
}

// NormAct: any norm op with an activation, fused into the norm's generated kernels (norm-act.ts).
// Its layer classes register themselves when created; named here because no registry lists them,
// and a bundle would otherwise drop them from this module too.
for (const layer of [BatchNormAct, GroupNormAct, LayerNormAct, RMSNormAct]) serialization.registerClass(layer, 'layerkit');
const normActSupport = reductionSupport(batchNormSpec);
registerCatalogEntry({
  id: 'norms.norm-act', package: 'norms', kind: 'layer', backends: normActSupport.forward, gradients: normActSupport.backward,
  gradient: 'fused', layer: 'BatchNormAct', names: [...NORM_ACT_EXPORTS], exports: [...NORM_ACT_EXPORTS],
});
