// The README's item table must list every registry entry and every public name it provides.
import { readFileSync } from 'node:fs';
import { catalog } from '@layerkit/core';
import { describe, expect, it } from 'vitest';
import * as losses from '@layerkit/losses';
import { CenterLoss, EarlyLearningRegularization, LOSSES, lossFactory, lossNames } from '@layerkit/losses';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it.each(LOSSES.map((entry) => [entry.id, entry] as const))('lists %s and its names', (id, entry) => {
    expect(readme).toContain(`\`${id}\``);
    for (const name of entry.names) expect(readme, name).toContain(name);
  });
  it('states what model.fit\'s y must be for every loss with its own target layout, in the words the loss carries', () => {
    const layouts = [
      ...lossNames().map((name) => [name, lossFactory(name)!.targetLayout] as const),
      ['CenterLoss#asLoss', new CenterLoss({ numClasses: 2, featureSize: 2 }).asLoss().targetLayout],
      ['EarlyLearningRegularization#asLoss', new EarlyLearningRegularization({ numExamples: 2, numClasses: 2 }).asLoss().targetLayout],
    ].filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
    expect(layouts.length).toBe(14);
    for (const [name, layout] of layouts) expect(readme, name).toContain(layout);
  });
  it('every catalog entry lists its exports, main first, each one a real export', () => {
    const entries = catalog().filter((item) => item.package === 'losses');
    expect(entries.map((item) => item.id).sort()).toEqual(LOSSES.map((entry) => entry.id).sort());
    for (const item of entries) {
      expect(item.exports, item.id).toEqual(LOSSES.find((entry) => entry.id === item.id)!.names);
      for (const name of item.exports!) expect(losses, `${item.id}: ${name}`).toHaveProperty(name);
    }
  });
  it('every name in the registry is exported', () => {
    for (const entry of LOSSES) for (const name of entry.names) expect(losses, `${entry.id}: ${name}`).toHaveProperty(name);
  });
});
