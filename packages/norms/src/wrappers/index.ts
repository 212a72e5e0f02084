export { WRAPPERS, type WrapperEntry } from './registry.js';
export { WrapperLayer, type WrapperBaseOptions } from './wrapper-layer.js';
export { KernelWrapper } from './kernel-wrapper.js';
export { WeightNorm, AddonsWeightNormalization, columnNorms, type WeightNormOptions } from './weight-norm.js';
export { SpectralNorm, KerasSpectralNormalization, AddonsSpectralNormalization, powerIteration, convPowerIteration, spectralScale, type ConvOperator, type SpectralNormOptions, type PowerIterationResult } from './spectral-norm.js';
export {
  ScaledWeightStandardization, scaledWeightStandardization, nfGamma, NF_GAMMA, type ScaledWeightStandardizationOptions,
} from './scaled-weight-standardization.js';
export { GPAS, gpas, type GpasOptions, type GpasLayerOptions } from './gpas.js';
export { ResidualWrapper } from './residual-wrapper.js';
export { PeriLN, type PeriLNOptions } from './peri-ln.js';
export { DeepNorm, deepNormAlpha, type DeepNormOptions, type DeepNormAlphaOptions, type DeepNormArchitecture } from './deepnorm.js';
export { foldBatchNorm, foldBatchNormWeights } from './fold-batch-norm.js';
export { recalibrate, type RecalibrateOptions, type RecalibrationData } from './recalibrate.js';
export { alphaBN, alphaBatchNorm, type AlphaBNOptions, type AlphaBNHandle } from './alpha-bn.js';
export { replaceNormWithDyT, DYT_REPLACED_CLASSES, type ReplaceNormWithDyTOptions } from './replace-norm-with-dyt.js';
export { QKNormAttention, qkNormAttention, qkNormLogits, qkNormScale, type QkNormOptions, type QkNormKind, type QKNormAttentionOptions } from './qk-norm.js';
export { DualPatchNorm, type DualPatchNormOptions } from './dual-patchnorm.js';
export { lnToRmsNorm, type LnToRmsNormPlan, type LnToRmsNormResult, type PreLnNorm } from './ln-to-rms-norm.js';
export { lnToRmsNormModel, type LnToRmsNormModelPlan } from './ln-to-rms-norm-model.js';
export { GDN, gdn, type GdnOptions, type GDNOptions } from './gdn.js';
export { OnlineNorm, onlineNormalize, type OnlineNormOptions, type OnlineNormState } from './online-norm.js';
