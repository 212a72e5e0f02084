import type { InitializerEntry } from './entry.js';
import { activationAwareEntry } from './items/activation-aware.js';
import { fixupEntry } from './items/fixup.js';
import { heNegativeSlopeEntry } from './items/he-negative-slope.js';
import { lsuvEntry } from './items/lsuv.js';
import { deltaOrthogonalEntry, orthogonalEntry } from './items/orthogonal.js';
import { deepNormEntry, spectralMupEntry } from './items/scaled.js';
import { diracEntry, truncatedNormalEntry, varianceScalingEntry } from './items/simple.js';
import { sparseClippedEntry } from './items/sparse-clipped.js';

/** Every item of @layerkit/initializers, one entry per catalog id. Tests, docs and the catalog iterate this list. */
export const INITIALIZERS = [
  heNegativeSlopeEntry,
  orthogonalEntry,
  activationAwareEntry,
  fixupEntry,
  spectralMupEntry,
  deepNormEntry,
  sparseClippedEntry,
  lsuvEntry,
  diracEntry,
  truncatedNormalEntry,
  varianceScalingEntry,
  deltaOrthogonalEntry,
] as const satisfies readonly InitializerEntry[];
