// The README's item table must list every registry entry and every public name it provides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as initializers from '@layerkit/initializers';
import { INITIALIZERS } from '@layerkit/initializers';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(INITIALIZERS.map((entry) => [entry.id, entry] as const))('lists %s and its names', (id, entry) => {
    expect(readme).toContain(`\`${id}\``);
    for (const name of entry.names) expect(readme, name).toContain(name);
  });
  it('every name in the registry is exported', () => {
    for (const entry of INITIALIZERS) for (const name of entry.names) expect(initializers, `${entry.id}: ${name}`).toHaveProperty(name);
  });
});
