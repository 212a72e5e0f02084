// The README's item table and the catalog must list every registry entry and every name it exports.
import { readFileSync } from 'node:fs';
import { serialization } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { catalog } from '@layerkit/core';
import * as layers from '@layerkit/layers';
import { LAYERS } from '@layerkit/layers';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README and catalog', () => {
  it.each(LAYERS.map((entry) => [entry.id, entry] as const))('%s: in the README table, exported, and in the catalog with its exports and layer', (id, entry) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `README row for ${id}`).toBeDefined();
    for (const name of entry.exports) {
      expect(row, name).toContain(`\`${name}\``);
      expect(layers, `${id}: ${name}`).toHaveProperty(name);
    }
    const registered = catalog().find((item) => item.id === id);
    expect(registered).toMatchObject({ package: 'layers', kind: entry.kind, exports: entry.exports, layer: entry.layers[0]!.className });
    expect(registered!.exports![0]).toBe(entry.exports[0]);
    // Fused where the entry has a kernel of its own (MultiHeadAttention on wasm), composite elsewhere.
    for (const [backend, support] of Object.entries(registered!.backends)) {
      expect(support, `${id} on ${backend}`).toBe((entry.fused as readonly string[] | undefined)?.includes(backend) ? 'fused' : 'composite');
    }
  });

  it('registers every layer class with tfjs serialization under its className', () => {
    const map = serialization.SerializationMap.getMap().classNameMap;
    for (const entry of LAYERS) for (const layer of entry.layers) expect(map[layer.className]?.[0], layer.className).toBe(layer);
  });
});
