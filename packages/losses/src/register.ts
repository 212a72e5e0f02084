// Side-effect module: registers every loss with the layerkit catalog and every serializable
// class with tfjs. Evaluating it twice is harmless (both registries replace by name).
import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import { MinimumHypersphericalEnergy, NormLoss } from './items/regularizers.js';
import { LOSSES } from './registry.js';

for (const entry of LOSSES) {
  registerCatalogEntry({
    id: entry.id,
    package: 'losses',
    kind: entry.kind,
    backends: everyBackend('composite'),
    gradient: 'composite',
    layer: null,
    names: entry.names,
  });
}

// Regularizers are tfjs classes: registered so layers using them save and load.
for (const regularizer of [MinimumHypersphericalEnergy, NormLoss]) {
  serialization.registerClass(regularizer as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
}
