import './register.js';

export { INITIALIZERS } from './registry.js';
export type { InitializerEntry, InitializerExample } from './entry.js';
export { InitializerBase, computeFans, TRUNCATION_STD, type Initializer, type FanMode, type Distribution } from './base.js';
export {
  builtinActivation, resolveActivation, BUILTIN_ACTIVATION_NAMES, type ActivationFunction, type ActivationOptions,
} from './activations.js';
export {
  secondMomentGain, calculateGain, PYTORCH_NONLINEARITIES, varianceMap, activationAwareVariances, secondMoment, secondMomentSlope,
  derivativeSecondMoment, firstMoment,
  type PytorchNonlinearity, type VarianceMap, type VarianceMapOptions, type ActivationAwareRule, type ActivationAwareVariances, type ActivationLike,
} from './variance-map.js';
export { gaussianExpectation, normalCdf, normalQuantile } from './math64.js';
export { HeNegativeSlope, heNegativeSlope, type HeNegativeSlopeOptions } from './items/he-negative-slope.js';
export { Orthogonal, DeltaOrthogonal, randomOrthogonal, orthogonalityError, type OrthogonalOptions } from './items/orthogonal.js';
export {
  ActivationAware, ActivationAwareBias, activationAware, activationAwareBias, type ActivationAwareOptions,
} from './items/activation-aware.js';
export { KerasVarianceScaling, TruncatedNormalBounded, truncatedNormalMoments, Dirac, type VarianceScalingOptions, type TruncatedNormalOptions, type DiracOptions } from './items/simple.js';
export { SpectralMup, spectralLearningRateMultiplier, DeepNormInit, deepNormBeta, type SpectralMupOptions, type DeepNormInitOptions, type DeepNormBetaOptions } from './items/scaled.js';
export { SparseClippedKernel, SparseClippedBias, sparseClippedParameters, sparseClippedActivation, type SparseClippedOptions, type SparseClippedParameters } from './items/sparse-clipped.js';
export { Fixup, fixupScale, ScalarBias, ScalarScale, type FixupOptions } from './items/fixup.js';
export { lsuv, type LsuvOptions, type LsuvLayerReport } from './items/lsuv.js';
