import './register.js';

export { NORMS } from './registry.js';
export { rmsNorm, layerNorm, rmsNormRows, layerNormRows, type RmsNormOptions, type LayerNormOptions } from './ops.js';
export { RMSNorm, LayerNorm, type RMSNormOptions, type LayerNormOptions as LayerNormLayerOptions } from './layers.js';
