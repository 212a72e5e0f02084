// The browser main entry registers nothing by itself: each op and layer registers its kernels,
// serialization class and activation strings when it is created, so a bundle keeps only what the
// app imports. '@layerkit/activations/register' registers everything (index.node.ts does in Node).
export { ACTIVATIONS, GATED, RANDOM_ACTIVATIONS, REDUCTION_ACTIVATIONS, REDUCTIONS, SORT_ACTIVATIONS } from './registry.js';
export { ROW_OPS, softmax, logSoftmax, type SoftmaxOptions } from './row-ops.js';
export { softmaxSpec, logSoftmaxSpec } from './row-specs/softmax.js';
export {
  gatedLayer, GATED_LAYERS, GatedActivationLayer, type GatedLayerClass, type GatedLayerOptions,
} from './gated-layer.js';
export {
  activationLayer, ActivationLayer, type ActivationLayerClass, type ActivationLayerInfo,
  type ActivationLayerOptions, type LayerArgs, type Learn, type LearnOption,
} from './layers.js';
export {
  activationNames, activationStringsOf, isSaveSafe, NAME_REGISTRY, registerActivationString, registerActivationStrings, savedNameOf,
} from './names.js';
export { withLayerForm, type ActivationOp, type LayerOutput } from './layer-form.js';
export { Taaf, TAAF, type TaafOptions } from './taaf-layer.js';
export {
  approxBp, fewBitBackward, MEMORY_SAVING_BACKWARDS, mobiletlBackward, reGelu2, reSilu2,
} from './memory-saving/api.js';
export { ApproxBp, FewBitBackward, MobiletlBackward } from './memory-saving/layers.js';
export {
  APPROX_BP_CONSTANTS, approxBpLevels, fewBitFit, type ApproxBpOptions, type FewBitBackwardOptions, type MobiletlBackwardOptions,
} from './memory-saving/ops.js';
export type { PiecewiseConstantFit } from './memory-saving/solver.js';
export { RReLU, rrelu, type RreluLayerOptions, type RreluOptions } from './rrelu.js';
export {
  StochasticReluSilu, stochasticReluSilu, type Granularity, type InferenceMode, type StochasticReluSiluLayerOptions, type StochasticReluSiluOptions,
} from './stochastic-relu-silu.js';
export { ABReLU, abrelu, type AbreluOptions } from './abrelu.js';
export { abreluSpec } from './row-specs/abrelu.js';
export { ASH, ash, type AshOptions } from './ash.js';
export { ashSpec } from './row-specs/ash.js';
export { normalQuantile } from './normal-quantile.js';
export { PolyNorm, polyNorm, PolyReLU, polyRelu, type PolyNormOptions, type PolyReluOptions } from './poly-norm.js';
export { polyNormSpec } from './row-specs/poly-norm.js';
export { sparsemax, Sparsemax, SPARSEMAX, type SparsemaxLayerOptions } from './sort-ops/sparsemax-layer.js';
export type { SparsemaxOptions } from './sort-ops/sparsemax.js';
export { kSparse, KSparse, TOPK, type KScheduleConfig, type KSparseLayerOptions } from './sort-ops/k-sparse-layer.js';
export type { KSparseOptions } from './sort-ops/k-sparse.js';
export { KSchedule, scheduledK, type KScheduleOptions, type ScheduledKOptions } from './sort-ops/k-schedule.js';
export { isActivationLayer, SparsityMeter, type SparsityMeterOptions, type SparsityRecord } from './sparsity-meter.js';
export * from './gen/api.js';
