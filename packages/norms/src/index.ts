import './register.js';

export { NORMS } from './registry.js';
export { rmsNorm, layerNorm, type RmsNormOptions, type LayerNormOptions } from './ops.js';
export { RMSNorm, LayerNorm, type RMSNormOptions, type LayerNormOptions as LayerNormLayerOptions } from './layers.js';
export { rmsNormSpec } from './specs/rms-norm.js';
export { layerNormSpec } from './specs/layer-norm.js';
