import type { ElementwiseSpec, GatedSpec } from '@layerkit/core';

/**
 * What @layerkit/activations exports for each spec: the generated API (scripts/gen/
 * activations-api.ts) writes exactly these, and the catalog lists them, the main one first.
 */

/** The op functions of an elementwise spec: its name and the aliases spelled as identifiers. */
export const opNames = (spec: ElementwiseSpec): string[] => [spec.name, ...(spec.aliases ?? []).filter((alias) => /^[a-z][A-Za-z0-9]*$/.test(alias))];

/** The op, then the layer class, then the other op names. */
export const elementwiseExports = (spec: ElementwiseSpec): string[] => {
  const [main, ...aliases] = opNames(spec);
  return [main, spec.className, ...aliases];
};

/** The variants' ops (the first is the family's own), then the layer class. */
export const gatedExports = (spec: GatedSpec): string[] => [...Object.keys(spec.variants), spec.className];
