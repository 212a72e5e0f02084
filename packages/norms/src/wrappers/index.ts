export { WRAPPERS, type WrapperEntry } from './registry.js';
export { WrapperLayer, type WrapperBaseOptions } from './wrapper-layer.js';
export { KernelWrapper } from './kernel-wrapper.js';
export { WeightNorm, columnNorms, type WeightNormOptions } from './weight-norm.js';
export { SpectralNorm, powerIteration, spectralScale, type SpectralNormOptions, type PowerIterationResult } from './spectral-norm.js';
