// Side-effect module: registers every loss with the layerkit catalog and every serializable
// class with tfjs. Evaluating it twice is harmless (both registries replace by name).
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
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
