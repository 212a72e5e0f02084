// The wrappers' registry: every entry's exports are real exports (the main one first), its
// catalog entry carries them with the layer's class name, and each layer class loads by name.
import * as tf from '@tensorflow/tfjs-core';
import { serialization } from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { catalog } from '@layerkit/core';

const norms = await import('@layerkit/norms');
const { WRAPPERS, NORMS } = norms;

beforeAll(async () => { await tf.setBackend('cpu'); });

test('every entry: exports exist, catalog entry with composite backends, layer class registered under its name', () => {
  const ids = new Set<string>();
  for (const entry of WRAPPERS) {
    expect(entry.id).toMatch(/^norms\.[a-z0-9-]+$/);
    expect(ids.has(entry.id)).toBe(false);
    ids.add(entry.id);
    for (const name of entry.exports) expect(norms, `${entry.id} exports ${name}`).toHaveProperty(name);
    const registered = catalog().find((item) => item.id === entry.id);
    expect(registered).toMatchObject({ package: 'norms', kind: entry.kind, exports: entry.exports, layer: entry.layer?.className ?? null, gradient: entry.gradient });
    expect(Object.values(registered!.backends)).toEqual(['composite', 'composite', 'composite', 'composite']);
    if (entry.layer) {
      expect(entry.exports).toContain(entry.layer.className);
      expect(serialization.SerializationMap.getMap().classNameMap[entry.layer.className]?.[0]).toBe(entry.layer);
    }
  }
});

test('no id is claimed by both the reduction-spec registry and the wrappers\' registry', () => {
  const specIds = new Set(NORMS.map((norm) => norm.spec.id));
  expect(WRAPPERS.map((entry) => entry.id).filter((id) => specIds.has(id))).toEqual([]);
});
