import { serialization } from '@tensorflow/tfjs-core';
import { normSupport, registerCatalogEntry, registerNormKernels } from '@layerkit/core';
import { registerNormGradients } from './gradients.js';
import { NORMS } from './registry.js';

// Side effects of importing @layerkit/norms: fused kernels on every backend with a norm
// runner, their gradients, the layer classes for serialization and the catalog entries.
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
