// Side-effect module: registers every initializer class with tfjs serialization (so models using
// them save and load) and every item with the layerkit catalog. Evaluating it twice is harmless:
// both registries replace by name.
import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import { INITIALIZERS } from './registry.js';

for (const entry of INITIALIZERS) {
  for (const cls of entry.classes) {
    serialization.registerClass(cls as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
  }
  registerCatalogEntry({
    id: entry.id,
    package: 'initializers',
    kind: entry.kind,
    backends: everyBackend('composite'),
    gradient: 'none',
    layer: entry.id === 'initializers.fixup' ? 'ScalarBias' : null,
    names: entry.names,
    // Every name in an entry is a package export (readme.test.ts checks), listed main first.
    exports: entry.names,
  });
}
