import { serialization } from '@tensorflow/tfjs-core';
import { registerReductionKernels, registerReductionSpec, registerWasmModule, type BackendName, type ReductionOverride } from '@layerkit/core';
import { NORMS_WASM_MODULE } from './gen/wasm-module.js';
import { webglRowNorm } from './overrides/webgl-row-norms.js';
import { webgpuRowNorm } from './overrides/webgpu-row-norms.js';
import { NORMS } from './registry.js';

// Side effects of importing @layerkit/norms: the kernels of every norm spec (generated, or the
// named overrides below), their derived gradients, the layer classes (and their Keras / TF-Addons
// aliases) for serialization and the catalog entries.
registerWasmModule('norms', NORMS_WASM_MODULE);

/** The hand-written kernels the specs name in `overrides`, by spec name. */
const OVERRIDES: Record<string, Partial<Record<BackendName, ReductionOverride>>> = {
  rmsNorm: { webgl: webglRowNorm('rms'), webgpu: webgpuRowNorm('rms') },
  layerNorm: { webgl: webglRowNorm('layer'), webgpu: webgpuRowNorm('layer') },
};

for (const norm of NORMS) {
  for (const layer of norm.layer ? [norm.layer, ...norm.layer.aliases] : []) serialization.registerClass(layer, 'layerkit');
  registerReductionSpec(norm.spec, {
    package: 'norms',
    kind: norm.layer ? 'layer' : 'op',
    layer: norm.layer?.className ?? null,
    exports: norm.exports,
  }, OVERRIDES[norm.spec.name]);
  for (const form of norm.forms ?? []) registerReductionKernels(form);
}
