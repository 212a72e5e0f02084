import type { LossEntry } from './entry.js';
import { crossEntropyEntry } from './items/cross-entropy.js';
import { distillationEntry } from './items/distillation.js';
import { focalEntry } from './items/focal.js';

/** Every item of @layerkit/losses, one entry per catalog id. Tests, docs and the catalog iterate this list. */
export const LOSSES = [
  crossEntropyEntry,
  focalEntry,
  distillationEntry,
] as const satisfies readonly LossEntry[];
