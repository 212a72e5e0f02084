// The README's item table and the catalog must list every registry entry and every name it exports.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '@layerkit/core';
import * as training from '@layerkit/training';
import { TRAINING } from '@layerkit/training';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README and catalog', () => {
  it.each(TRAINING.map((entry) => [entry.id, entry] as const))('%s: in the README table, exported, and in the catalog with its exports', (id, entry) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `README row for ${id}`).toBeDefined();
    for (const name of entry.exports) {
      expect(row, name).toContain(`\`${name}\``);
      expect(training, `${id}: ${name}`).toHaveProperty(name);
    }
    const registered = catalog().find((item) => item.id === id);
    expect(registered).toMatchObject({ package: 'training', kind: entry.kind, exports: entry.exports });
  });

  it('registers every optimizer class with tfjs serialization under its className', () => {
    const classes = (training as unknown as { TRAINING: typeof TRAINING }).TRAINING.flatMap((entry) => ('optimizers' in entry ? [...entry.optimizers] : []));
    expect(classes.map((cls) => (cls as unknown as { className: string }).className)).toEqual(['TransformChain', 'AdamW', 'StableAdamW', 'AdamP', 'SGDP', 'SAM', 'GradientRegularization', 'ForwardGradient']);
    expect(catalog().find((item) => item.id === 'training.gradient-reversal')).toMatchObject({ layer: 'GradientReversal', gradient: 'composite' });
    expect(training.transformNames()).toEqual(expect.arrayContaining(['GradientClipping', 'AdaptiveGradientClipping', 'GradientAccumulation', 'GradientNoise', 'GradualPruning', 'DorefaGradients', 'ElasticWeightConsolidation']));
  });
});
