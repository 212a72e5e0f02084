// Side-effect module: registers every optimizer and layer class with tfjs serialization (so a model compiled
// with one saves and loads with includeOptimizer), every gradient transform with the chain's
// loader, and every item with the layerkit catalog. Evaluating it twice is harmless: every
// registry replaces by name.
import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import type { TrainingEntry } from './entry.js';
import { TRAINING } from './registry.js';
import { registerTransform } from './transforms/transform.js';

for (const entry of TRAINING as readonly TrainingEntry[]) {
  for (const optimizer of entry.optimizers ?? []) {
    serialization.registerClass(optimizer as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
  }
  for (const layer of entry.layers ?? []) {
    serialization.registerClass(layer as unknown as serialization.SerializableConstructor<serialization.Serializable>, 'layerkit');
  }
  for (const transform of entry.transforms ?? []) registerTransform(transform.className, (config) => transform.fromConfig(config));
  registerCatalogEntry({
    id: entry.id,
    package: 'training',
    kind: entry.kind,
    // Every item is a composition of tfjs ops, so it runs wherever tfjs runs.
    backends: everyBackend('composite'),
    gradient: entry.gradient ?? 'none',
    layer: (entry.layers?.[0] as { className?: string } | undefined)?.className ?? null,
    names: entry.exports,
    exports: entry.exports,
  });
}
