import './register.js';

export type { TrainingEntry, TransformClass } from './entry.js';
export { TRAINING } from './registry.js';
export {
  GradientReversal, gradientReversal, dannLambda, dannLambdaSchedule, dannLearningRate, GradientReversalScheduler,
  type GradientReversalOptions, type DannScheduleOptions, type DannLearningRateOptions,
} from './layers/gradient-reversal.js';
export { AdamW, type AdamWOptions } from './optimizers/adamw.js';
export { StableAdamW, foldedBeta, type StableAdamWOptions } from './optimizers/stable-adamw.js';
export { AdamP, SGDP, projectUpdate, type AdamPOptions, type SgdpOptions } from './optimizers/adamp.js';
export { SAM, sam, type SamOptions } from './optimizers/sam.js';
export { resolveBaseOptimizer, serializeOptimizer, BASE_OPTIMIZER_NAMES, type BaseOptimizer, type SerializedOptimizer } from './optimizers/base.js';
export { getLearningRate, setLearningRate, setMomentum, momentumKind } from './optimizers/hyper-parameters.js';
export { TransformChain, transformChain, type TransformChainOptions, type ChainReport, type TransformReport } from './transforms/chain.js';
export {
  registerTransform, transformFromConfig, transformNames,
  type GradientTransform, type TransformContext, type TransformOutput, type SerializedTransform, type NamedGradient,
} from './transforms/transform.js';
export { GradientClipping, gradientClipping, globalNorm, squaredNorm, clipByNorm, globalClipScale, type GradientClippingOptions } from './transforms/clipping.js';
export { AdaptiveGradientClipping, adaptiveGradientClipping, unitwiseNorm, type AdaptiveGradientClippingOptions } from './transforms/adaptive-clipping.js';
export { GradientAccumulation, gradientAccumulation, type GradientAccumulationOptions } from './transforms/accumulation.js';
export { GradientNoise, gradientNoise, noiseVariance, type GradientNoiseOptions } from './transforms/noise.js';
export { defineSchedule, type Schedule, type SerializedSchedule } from './schedules/schedule.js';
export { warmupLinearDecay, type WarmupDecayOptions } from './schedules/warmup.js';
export { sgdr, sgdrCycle, type SgdrOptions } from './schedules/sgdr.js';
export { oneCycle, type OneCycleOptions } from './schedules/one-cycle.js';
export {
  exponentialDecay, piecewiseConstantDecay, polynomialDecay, inverseTimeDecay, cosineDecay, cosineDecayRestarts,
  type ExponentialDecayOptions, type PiecewiseConstantDecayOptions, type PolynomialDecayOptions, type InverseTimeDecayOptions,
  type CosineDecayOptions, type CosineDecayRestartsOptions,
} from './schedules/keras.js';
export { composeSchedule, type ComposeScheduleOptions, type Segment } from './schedules/compose.js';
export { scheduleFromJSON } from './schedules/serialization.js';
export {
  LearningRateScheduler, learningRateScheduler, ReduceLROnPlateau, reduceLROnPlateau, PlateauTracker,
  type LearningRateSchedulerOptions, type ReduceLROnPlateauOptions,
} from './schedules/callbacks.js';
export { SumCombiner, sumGradients, listDot, type GradientCombiner, type CombineContext, type CombineOutput, type TaskGradients } from './multitask/combiner.js';
export { PCGrad, pcgrad, projectConflicts, type PCGradOptions } from './multitask/pcgrad.js';
export { GradNorm, gradNorm, gradNormUpdate, type GradNormOptions, type GradNormState, type GradNormStepResult } from './multitask/gradnorm.js';
export {
  MultiLossTrainer, multiLossTrainer,
  type MultiLossTrainerOptions, type TaskLosses, type TrainStepResult, type TrainerCallback, type TrainerFitOptions, type TrainerHistory,
} from './multitask/trainer.js';
export { GradCache, gradCache, type GradCacheOptions } from './multitask/grad-cache.js';
export { type Scorable, type TargetOptions } from './attribution/score.js';
export { smoothGrad, type SmoothGradOptions } from './attribution/smoothgrad.js';
export { integratedGradients, integratedGradientsCompleteness, type IntegratedGradientsOptions, type CompletenessReport } from './attribution/integrated-gradients.js';
export { fullGrad, fullGradDecompose, type FullGradOptions, type FullGradDecomposition, type BiasTerm } from './attribution/fullgrad.js';
export { LayerRotationMonitor, layerRotation, cosineDistance, type LayerRotationOptions } from './monitors/layer-rotation.js';
export {
  ActivationSparsityMonitor, activationSparsityMonitor, activationSparsity, cett, cettThreshold, cettForPerplexity,
  type CettForPerplexityOptions, type ActivationSparsityMonitorOptions, type SparsityOptions, type SparsityStatistics, type CettThreshold,
} from './monitors/activation-sparsity.js';
export { SharpnessMonitor, sharpnessMonitor, hessianTopEigenvalue, type SharpnessMonitorOptions, type SharpnessOptions, type SharpnessResult } from './monitors/sharpness.js';
export { GradualPruning, gradualPruning, pruningSparsity, type GradualPruningOptions } from './transforms/pruning.js';
export {
  DorefaGradients, dorefaGradients, quantizeK, dorefaWeights, dorefaActivations, quantizeGradient, quantizeGradientValues, type DorefaGradientsOptions,
} from './transforms/dorefa.js';
export {
  ElasticWeightConsolidation, elasticWeightConsolidation, computeFisher,
  type ElasticWeightConsolidationOptions, type FisherOptions,
} from './regularizers/ewc.js';
export { GradientRegularization, gradientRegularization, type GradientRegularizationOptions } from './optimizers/gradient-regularization.js';
export { rewarmSchedule, infiniteSchedule, replayMixer, ReplayMixer, type RewarmOptions, type InfiniteScheduleOptions, type ReplayMixerOptions } from './schedules/rewarm.js';
export { refinedSchedule, refineSchedule, medianSmooth, type RefinedScheduleOptions } from './schedules/refinement.js';
export { lrRangeTest, type LrRangeTestOptions, type LrRangeTestResult } from './schedules/lr-range-test.js';
export { Temperature, fitTemperature, expectedCalibrationError, type TemperatureOptions, type FitTemperatureOptions, type TemperatureFit } from './utilities/temperature-scaling.js';
export { trainOnlyNormParams, type TrainOnlyNormParamsOptions } from './utilities/train-only-norm-params.js';
export {
  BinaryDense, BinaryConv2D, BinaryConnectUpdate, binaryConnect, binarize, glorotScale,
  type BinaryConnectOptions, type BinaryDenseOptions, type BinaryConv2DOptions, type BinarizationMode,
} from './layers/binary-connect.js';
export { NormalizeAndProject, normalizeAndProject, insertNormalization, type NormalizeAndProjectOptions } from './transforms/normalize-and-project.js';
export { dannModel, dannLosses, type DannModelOptions, type DannModel } from './layers/dann.js';
export {
  SortedDense, SortedNetSampler, sortedNetSampler, setSubnetworkWidth, extractSubnetwork, sortedDepthModel,
  type SortedDepthOptions, type SortedDenseOptions, type SortedNetSamplerOptions,
} from './layers/sorted-net.js';
export { signalPropagation, channelStatistics, type SignalPropagationOptions, type SignalStatistics } from './monitors/signal-propagation.js';
export {
  lossLandscape, interpolationLosses, filterNormalizedDirection, landscapeSvg, type LossLandscapeOptions, type LossLandscape,
} from './monitors/loss-landscape.js';
export {
  ActivationL1, FatReLU, ProSparseScheduler, proSparseScheduler, proSparseLambda, fatRelu, l1Penalty,
  type ProSparseScheduleOptions, type FatReluOptions, type ActivationL1Options,
} from './regularizers/prosparse.js';
export { ForwardGradient, forwardGradient, directionalDerivative, type ForwardGradientOptions, type GuessFunction } from './optimizers/forward-gradient.js';
export { DfaHook, DfaOutput, type DfaHookOptions, type DfaOutputOptions } from './layers/dfa.js';
export { TrActDense, tractWeightGradient, type TrActDenseOptions } from './layers/tract.js';
export { GradES, GradESStopping, gradES, type GradESOptions } from './transforms/grades.js';
