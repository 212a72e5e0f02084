/**
 * Side-effect module: puts every merge method and merge utility into the core catalog. Importing
 * it twice is harmless (the catalog replaces entries by id).
 */
import { everyBackend, registerCatalogEntry } from '@layerkit/core';
import { MERGE_METHODS } from './merge-methods.js';

// Merges run in JavaScript over typed arrays read from weight files, not through a tfjs backend.
const noBackend = everyBackend('none');

/** Utilities this package ships besides the merge methods (catalog id → public names). */
export const MERGE_UTILITIES: Readonly<Record<string, readonly string[]>> = {
  'merge.weight-map': ['weightAlgebra', 'sourceFromTensorMap', 'sourceFromDirectory', 'directoryHandler', 'ModelDirectory'],
  'merge.git-rebasin': ['weightMatching', 'permutationSpecFromTopology', 'alignSources'],
  'merge.linear-assignment': ['linearAssignment'],
  'merge.permute': ['randomPermutations', 'invertPermutations', 'permuteTensor', 'permutedSource'],
  'merge.loss-barrier': ['interpolateWeights', 'lossBarrier', 'modelLossBarrier'],
  'merge.ema': ['WeightEma'],
  'merge.swa': ['WeightAverage'],
  'merge.gta': ['combineTaskVectors', 'trimByMagnitude', 'randomDrop', 'dropOutliersAndSmall', 'magnitudeRankedDrop'],
  'merge.parameter-schedule': ['resolveSetting'],
  'merge.otfusion': ['otfusionAlignment'],
  'merge.sinkhorn-rebasin': ['sinkhornRebasin', 'sinkhorn'],
  'merge.ot-solver': ['sinkhorn', 'linearAssignment'],
  'merge.layerwise-average': ['layerwiseBarrierSweep'],
  'merge.activation-capture': ['activationCapture', 'captureStatistics', 'correlationFromCovariance', 'StreamingStatistics'],
  'merge.rebasin-renormalize': ['renormalizeMerged'],
  'merge.cabs': ['cabsMasks', 'pytorchOrder'],
  'merge.robust-weight-signatures': ['quantizeSignature'],
  'merge.one-bit': ['oneBitCompress', 'packSigns', 'unpackSigns'],
  'merge.zipit': ['zipit', 'zipMatching', 'featureCorrelation'],
  'merge.functional-merge': ['functionalMerge', 'FunctionalMerge'],
  'merge.adamerging': ['adaMerging', 'predictionEntropy'],
  'merge.atlas': ['atlas'],
  'merge.tall-masks': ['consensus', 'tallMasks', 'packMask', 'unpackMask', 'reconstructTask'],
};

/** The functions that run any registered method by its config name: what a method entry imports. */
export const MERGE_ENTRY_POINTS = ['mergeModels', 'mergeModelDirectories', 'mergeWeights'] as const;

const namesById = new Map<string, string[]>();
for (const method of MERGE_METHODS) {
  if (!namesById.has(method.id)) namesById.set(method.id, []);
  namesById.get(method.id)!.push(method.name);
}
const methodNames = new Set(MERGE_METHODS.map((method) => method.name));

/**
 * What to import for an entry, main export first: its utilities' functions (a method's config name,
 * listed among them for the catalog, is no export), then for a method the entry points that run it.
 */
function exportsOf(id: string): string[] {
  const utilities = (Object.hasOwn(MERGE_UTILITIES, id) ? MERGE_UTILITIES[id]! : []).filter((name) => !methodNames.has(name));
  return [...new Set([...utilities, ...(namesById.has(id) ? MERGE_ENTRY_POINTS : [])])];
}

for (const [id, names] of namesById) {
  if (Object.hasOwn(MERGE_UTILITIES, id)) continue;
  registerCatalogEntry({ id, package: 'merge', kind: 'merge-method', backends: noBackend, gradient: 'none', layer: null, names, exports: exportsOf(id) });
}
for (const [id, names] of Object.entries(MERGE_UTILITIES)) {
  // Ids that are merge methods in the catalog keep that kind, and their method names too.
  const methodNamesOfId = namesById.get(id) ?? [];
  const kind = ['merge.git-rebasin', 'merge.otfusion', 'merge.sinkhorn-rebasin', 'merge.zipit', 'merge.adamerging', 'merge.atlas'].includes(id) || methodNamesOfId.length > 0 ? 'merge-method' : 'utility';
  registerCatalogEntry({
    id, package: 'merge', kind, backends: noBackend, gradient: 'none', layer: null, names: [...new Set([...methodNamesOfId, ...names])], exports: exportsOf(id),
  });
}
