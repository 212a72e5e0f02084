import type { LossEntry } from './entry.js';
import { registryEntry } from './serialization.js';
import { anyLossEntry } from './items/anyloss.js';
import { iConEntry, infoNceEntry, patchNceEntry, supConEntry } from './items/contrastive.js';
import { crossEntropyEntry } from './items/cross-entropy.js';
import { distillationEntry } from './items/distillation.js';
import { floodingEntry } from './items/flooding.js';
import { focalEntry } from './items/focal.js';
import { capsuleEntry, contrastiveEntry, tripletEntry } from './items/margin.js';
import { generalizedCeEntry, normalizedAplEntry } from './items/noise-robust.js';
import { hlGaussEntry, huberEntry, pinballEntry } from './items/regression.js';
import { diceEntry, tverskyEntry } from './items/segmentation.js';
import { sparsemaxEntry } from './items/sparsemax.js';
import { neuralNdcgEntry } from './items/neural-ndcg.js';
import { deepSupervisionEntry, fgsmEntry, matryoshkaEntry } from './items/objectives.js';
import { mheEntry, normLossEntry } from './items/regularizers.js';
import { centerLossEntry, elrEntry } from './items/stateful.js';

/** Every item of @layerkit/losses, one entry per catalog id. Tests, docs and the catalog iterate this list. */
export const LOSSES = [
  registryEntry,
  crossEntropyEntry,
  focalEntry,
  distillationEntry,
  supConEntry,
  infoNceEntry,
  iConEntry,
  patchNceEntry,
  tripletEntry,
  contrastiveEntry,
  capsuleEntry,
  normalizedAplEntry,
  generalizedCeEntry,
  huberEntry,
  pinballEntry,
  hlGaussEntry,
  diceEntry,
  tverskyEntry,
  sparsemaxEntry,
  anyLossEntry,
  floodingEntry,
  centerLossEntry,
  elrEntry,
  mheEntry,
  normLossEntry,
  fgsmEntry,
  deepSupervisionEntry,
  matryoshkaEntry,
  neuralNdcgEntry,
] as const satisfies readonly LossEntry[];
