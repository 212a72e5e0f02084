import { serialization } from '@tensorflow/tfjs-core';
import { normSupport, registerCatalogEntry, registerNormKernels, registerWasmModule } from '@layerkit/core';
import { NORMS_WASM_MODULE } from './gen/wasm-module.js';
import { registerNormGradients } from './gradients.js';
import { NORMS } from './registry.js';

// Side effects of importing @layerkit/norms: fused kernels on every backend with a norm
// runner, their gradients, the layer classes for serialization and the catalog entries.
registerWasmModule('norms', NORMS_WASM_MODULE);
registerNormKernels();
registerNormGradients();
for (const norm of NORMS) {
  serialization.registerClass(norm.layer, 'layerkit');
  registerCatalogEntry({
    id: norm.id,
    package: 'norms',
    kind: 'layer',
    backends: normSupport(),
    gradient: 'composite',
    layer: norm.layer.className,
    names: [norm.name, norm.layer.className],
  });
}
