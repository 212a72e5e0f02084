// Side-effect module: registers every layer class with tfjs serialization (package 'layerkit', so
// a model that uses one saves and loads) under its className and its Keras / TF-Addons aliases,
// and every item with the layerkit catalog. Evaluating it twice is harmless: every registry
// replaces by name.
import { serialization } from '@tensorflow/tfjs-core';
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import type { LayersEntry } from './entry.js';
import { LAYERS } from './registry.js';


type Serializable = serialization.SerializableConstructor<serialization.Serializable>;

for (const entry of LAYERS as readonly LayersEntry[]) {
  for (const layer of entry.layers) serialization.registerClass(layer as unknown as Serializable, 'layerkit');
  for (const alias of entry.aliases ?? []) {
    // A subclass answering to the alias: tfjs finds a class by its static className.
    const base = entry.layers[0]!;
    const aliased = class extends base {} as unknown as { className: string };
    aliased.className = alias;
    serialization.registerClass(aliased as unknown as Serializable, 'layerkit');
  }
  registerCatalogEntry({
    id: entry.id,
    package: 'layers',
    kind: entry.kind,
    // Every layer is a composition of tfjs ops and layerkit ops, so it runs wherever tfjs runs;
    // some also have a fused kernel of their own on a backend.
    backends: { ...everyBackend('composite'), ...Object.fromEntries((entry.fused ?? []).map((backend) => [backend, 'fused'])) },
    gradient: 'composite',
    layer: (entry.layers[0] as { className?: string } | undefined)?.className ?? null,
    names: entry.exports,
    exports: entry.exports,
  });
}
