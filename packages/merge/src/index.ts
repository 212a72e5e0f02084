/**
 * @layerkit/merge: weight-space model merging and neuron alignment for TensorFlow.js models.
 * This entry runs in browsers and Node alike (no node: module, directly or through an import);
 * model directories, the IOHandler and the tool are in ./node/index.ts (`@layerkit/merge/node`),
 * which Node gets from this entry too (./index.node.ts, the "node" export condition).
 */
import './register.js';

export { defineMergeMethod, type MergeMethod, type MergeMethodOptions, type TensorMergeInput, type BaseUse } from './define-merge-method.js';
export { MERGE_METHODS, getMergeMethod, registerMergeMethod } from './merge-methods.js';
export { MERGE_UTILITIES } from './register.js';
export {
  parameter, resolveSetting, type ParameterDefinition, type ParameterDefinitions, type ParameterScope, type ParameterSetting,
  type ParameterSettings, type ParameterScalar,
} from './parameters.js';
export { planMerge, executeMerge, executeMergeAsync, type MergeRequest, type MergePlan, type MergeSummary, type MergeProgress, type MergeInput } from './merge-engine.js';
export {
  mergeWeights, mergeModels, alignSources,
  type AlignOptions, type WeightMatchingAlignOptions, type ActivationMatchingAlignOptions, type OtfusionAlignOptions, type SinkhornAlignOptions, type MergeOptions, type MergeResult, type ModelEntry, type AlignmentReport,
} from './merge.js';
export type { WeightInfo, WeightSource, WeightValues, WeightDtype } from './weight-source.js';
export type { SliceDefinition, SliceSource } from './slice-definition.js';
export type { StorageDtype } from './tensor-math.js';
export { sourceFromTensorMap, sourceFromArtifacts, modelToArtifacts, weightAlgebra, disposeWeights } from './weight-map.js';
export { linearAssignment, type AssignmentOptions } from './alignment/linear-assignment.js';
export { permutationSpecFromTopology, type PermutationSpec, type AxisTag } from './alignment/permutation-spec.js';
export {
  weightMatching, permuteTensor, permutedSource, randomPermutations, invertPermutations, identityPermutations,
  type Permutations, type WeightMatchingOptions, type WeightMatchingResult, type WeightMatchingTiming,
} from './alignment/weight-matching.js';
export { initializeMatchingBackend, type SimilarityBackend } from './alignment/similarity.js';
export {
  combineTaskVectors, trimByMagnitude, randomDrop, dropOutliersAndSmall, magnitudeRankedDrop, type Consensus, type Convention, type SparsifyOptions,
} from './task-vectors.js';
export { greedySoupWeights, greedySoupModels, type GreedySoupOptions, type GreedySoupResult } from './greedy-soup.js';
export { interpolateWeights, lossBarrier, modelLossBarrier, type LossBarrierOptions, type LossBarrierResult, type ModelLossBarrierOptions } from './loss-barrier.js';
export { WeightEma, WeightAverage, type WeightEmaOptions } from './weight-averaging.js';
export { parseConfig, type MergeConfig, type ParseConfigOptions } from './config.js';
export { mergeConfigSchema, parameterTablesMarkdown } from './schema.js';
export { activationMatching } from './alignment/activation-matching.js';
export { tallMasks, packMask, unpackMask, reconstructTask } from './tall-masks.js';
export { otfusionAlignment } from './alignment/otfusion.js';
export { sinkhorn, sinkhornRebasin, type SinkhornRebasinOptions } from './alignment/sinkhorn-rebasin.js';
export { zipit, zipMatching, featureCorrelation, type ZipitOptions, type ZipitResult, type ZipMatrices } from './zipit.js';
export { layerwiseBarrierSweep, type LayerwiseBarrierOptions, type LayerwiseBarrierEntry } from './layerwise-barrier.js';
export { activationCapture, captureStatistics, correlationFromCovariance, StreamingStatistics, type FeatureStatistics, type CaptureStatisticsOptions } from './activation-capture.js';
export { renormalizeMerged, type RenormalizeOptions } from './renormalize.js';
export { cabsMasks, pytorchOrder } from './methods/cabs.js';
export { quantizeSignature } from './methods/robust-weight-signatures.js';
export { oneBitCompress, packSigns, unpackSigns } from './methods/one-bit.js';
export { functionalMerge, FunctionalMerge, SUPPORTED_LAYERS, type FunctionalMergeOptions, type FunctionalGranularity } from './functional-merge.js';
export { adaMerging, predictionEntropy, batchSampler, type AdaMergingOptions, type AdaMergingResult, type AdaMergingStep } from './adamerging.js';
export { atlas, type AtlasOptions, type AtlasResult, type AtlasStep } from './atlas.js';
