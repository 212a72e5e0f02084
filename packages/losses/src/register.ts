// Side-effect module: registers every loss with the layerkit catalog and every serializable
// class with tfjs, and lets model.fit take the targets of losses with their own layout
// (fit-targets.ts). Evaluating it twice is harmless (both registries replace by name; the fit
// hook is installed once).
import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import { acceptOwnTargetLayouts } from './fit-targets.js';
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
    // Every name in an entry is a package export (readme.test.ts checks), listed main first.
    exports: entry.names,
  });
}

// Regularizers are tfjs classes: registered so layers using them save and load.
for (const regularizer of [MinimumHypersphericalEnergy, NormLoss]) {
  serialization.registerClass(regularizer as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
}

acceptOwnTargetLayouts();
