// The browser main entry registers nothing up front: each op registers its kernels and gradient
// on first run, each layer class registers itself for serialization when it is created, so a
// bundle carries only what it uses. '@layerkit/norms/register' registers everything (every
// layer class for tf.loadLayersModel, the catalog entries); Node's entry (index.node.ts) does.

export { NORMS, NORM_ACT_PRESETS, type NormDefinition, type NormEntry, type NormExample } from './registry.js';
export {
  batchNorm, batchNormTraining, batchNormInference, type BatchNormOptions,
  rmsNorm, layerNorm, groupNorm, instanceNorm, filterResponseNorm, evoNormS0, evoNormGroups, evoNormB0, evoNormBatchVariance, scaleNorm, unitNorm, crmsNorm, dynamicTanh, layerScale, regionNorm, l1Norm, grn,
  type RmsNormOptions, type LayerNormOptions, type GroupNormOptions, type InstanceNormOptions, type FilterResponseNormOptions,
  type EvoNormS0Options, type EvoNormB0Options, type ScaleNormOptions, type RegionNormOptions, type L1NormOptions, type GrnOptions, type UnitNormOptions, type CrmsNormOptions, type DynamicTanhOptions, type LayerScaleOptions,
} from './ops.js';
export {
  BatchNorm, type BatchNormOptions as BatchNormLayerOptions,
  RMSNorm, LayerNorm, GroupNorm, InstanceNorm, FilterResponseNorm, EvoNormS0, EvoNormB0, ScaleNorm, UnitNormalization, CRMSNorm, DynamicTanh, LayerScale, RegionNorm, L1Norm, GRN, PowerNorm,
  BatchNormAct, GroupNormAct, LayerNormAct, RMSNormAct, type BatchNormActOptions, type GroupNormActOptions, type LayerNormActOptions, type RMSNormActOptions,
  type RegionNormOptions as RegionNormLayerOptions, type EvoNormB0Options as EvoNormB0LayerOptions, type L1NormOptions as L1NormLayerOptions, type GRNOptions, type PowerNormOptions,
  type RMSNormOptions, type LayerNormOptions as LayerNormLayerOptions, type GroupNormOptions as GroupNormLayerOptions,
  type InstanceNormOptions as InstanceNormLayerOptions, type FilterResponseNormOptions as FilterResponseNormLayerOptions,
  type EvoNormS0Options as EvoNormS0LayerOptions, type ScaleNormOptions as ScaleNormLayerOptions, type UnitNormalizationOptions,
  type CRMSNormOptions, type DynamicTanhOptions as DynamicTanhLayerOptions, type LayerScaleOptions as LayerScaleLayerOptions,
} from './layers.js';
export { derivedNormOp, derivedNormLayer, type DerivedNormOp } from './derived.js';
export { NormLayer, normLayer, type NormCallContext, type NormLayerClass, type NormLayerDefinition, type NormLayerWeight, type NormLayerAlias, type WeightOptions, type BaseLayerOptions } from './layer-factory.js';
export { batchNormSpec, batchNormInferenceSpec } from './specs/batch-norm.js';
export { rmsNormSpec } from './specs/rms-norm.js';
export { layerNormSpec } from './specs/layer-norm.js';
export { l1NormSpec } from './specs/l1-norm.js';
export { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';
export { filterResponseNormSpec } from './specs/filter-response-norm.js';
export { evoNormS0Spec } from './specs/evonorm-s0.js';
export { evoNormB0Spec } from './specs/evonorm-b0.js';
export { scaleNormSpec } from './specs/scale-norm.js';
export { unitNormSpec } from './specs/unit-norm.js';
export { crmsNormSpec } from './specs/crms-norm.js';
export { dynamicTanhSpec } from './specs/dynamic-tanh.js';
export { layerScaleSpec } from './specs/layer-scale.js';
export { regionNormSpec, regionNormBatchSpec } from './specs/region-norm.js';
export { normActivation, type NormActivation } from './norm-act.js';
export { MemorySharingNorm, memorySharingNorm, toMemorySharing, type MemorySharingNormOptions, type MemorySharingResult } from './memory-sharing-norm.js';
export { powerNorm, groupScaling, type PowerNormState, type PowerNormCallOptions } from './power-norm.js';
export { foldNormAffine, centreWriter, compressWriter, compressReader, type Linear } from './pre-rms-norm.js';
export * from './wrappers/index.js';
