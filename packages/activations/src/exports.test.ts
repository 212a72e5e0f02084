// Every catalog entry of the package lists what to import, the main export first, and each name
// listed is a real export of the package.
import { catalog } from '@layerkit/core';
import { expect, test } from 'vitest';
import * as activations from './index.js';
// The catalog entries come from the register module (the main entry registers only what is created).
import './register.js';

test('every activations entry lists its exports, each one a real export', () => {
  const entries = catalog().filter((entry) => entry.package === 'activations');
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    expect(entry.exports?.length, entry.id).toBeGreaterThan(0);
    for (const name of entry.exports ?? []) expect(name in activations, `${entry.id}: ${name}`).toBe(true);
    if (entry.layer) expect(entry.exports, entry.id).toContain(entry.layer);
  }
});
