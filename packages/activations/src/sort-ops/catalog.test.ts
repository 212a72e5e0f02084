// The sorting activations' catalog entries: catalog id, the main export first, the layer among
// the exports, every export real.
import { catalog } from '@layerkit/core';
import { expect, test } from 'vitest';
import * as activations from '../index.js';
// The catalog entries come from the register module (the main entry registers only what is created).
import '../register.js';

test('activations.sparsemax and activations.topk list their exports (main first) and layer', () => {
  const byId = new Map(catalog().map((entry) => [entry.id, entry]));
  const sparsemax = byId.get('activations.sparsemax');
  const topk = byId.get('activations.topk');
  expect(sparsemax).toMatchObject({ package: 'activations', kind: 'op', layer: 'Sparsemax', exports: ['sparsemax', 'Sparsemax'], gradient: 'composite' });
  expect(topk).toMatchObject({ package: 'activations', kind: 'op', layer: 'KSparse', exports: ['kSparse', 'KSparse', 'KSchedule', 'scheduledK'], gradient: 'composite' });
  for (const entry of [sparsemax!, topk!]) {
    for (const name of entry.exports ?? []) expect(name in activations, `${entry.id}: ${name}`).toBe(true);
  }
  expect(activations.SORT_ACTIVATIONS.map((entry) => entry.id)).toEqual(['activations.sparsemax', 'activations.topk']);
});
