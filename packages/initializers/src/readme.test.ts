// The README's item table must list every registry entry and every public name it provides.
import { readFileSync } from 'node:fs';
import { catalog } from '@layerkit/core';
import { describe, expect, it } from 'vitest';
import * as initializers from '@layerkit/initializers';
import { INITIALIZERS } from '@layerkit/initializers';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(INITIALIZERS.map((entry) => [entry.id, entry] as const))('lists %s and its names', (id, entry) => {
    expect(readme).toContain(`\`${id}\``);
    for (const name of entry.names) expect(readme, name).toContain(name);
  });
  it('every catalog entry lists its exports, main first, each one a real export', () => {
    const entries = catalog().filter((item) => item.package === 'initializers');
    expect(entries.map((item) => item.id).sort()).toEqual(INITIALIZERS.map((entry) => entry.id).sort());
    for (const item of entries) {
      expect(item.exports, item.id).toEqual(INITIALIZERS.find((entry) => entry.id === item.id)!.names);
      for (const name of item.exports!) expect(initializers, `${item.id}: ${name}`).toHaveProperty(name);
    }
  });
  it('every name in the registry is exported', () => {
    for (const entry of INITIALIZERS) for (const name of entry.names) expect(initializers, `${entry.id}: ${name}`).toHaveProperty(name);
  });
});
