import { serialization } from '@tensorflow/tfjs-core';
import { registerReductionSpec, registerWasmModule, type BackendName, type ReductionOverride } from '@layerkit/core';
import { NORMS_WASM_MODULE } from './gen/wasm-module.js';
import { webglRowNorm } from './overrides/webgl-row-norms.js';
import { webgpuRowNorm } from './overrides/webgpu-row-norms.js';
import { NORMS } from './registry.js';

// Side effects of importing @layerkit/norms: the kernels of every norm spec (generated, or the
// named overrides below), their derived gradients, the layer classes for serialization and the
// catalog entries.
registerWasmModule('norms', NORMS_WASM_MODULE);

/** The hand-written kernels the specs name in `overrides`, by spec name. */
const OVERRIDES: Record<string, Partial<Record<BackendName, ReductionOverride>>> = {
  rmsNorm: { webgl: webglRowNorm('rms'), webgpu: webgpuRowNorm('rms') },
  layerNorm: { webgl: webglRowNorm('layer'), webgpu: webgpuRowNorm('layer') },
};

for (const norm of NORMS) {
  if (norm.layer) serialization.registerClass(norm.layer, 'layerkit');
  registerReductionSpec(norm.spec, {
    package: 'norms',
    kind: norm.layer ? 'layer' : 'op',
    layer: norm.layer?.className ?? null,
    exports: [norm.spec.name, ...(norm.layer ? [norm.layer.className] : []), `${norm.spec.name}Spec`],
  }, OVERRIDES[norm.spec.name]);
}
