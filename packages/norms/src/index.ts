import './register.js';

export { NORMS, type NormEntry } from './registry.js';
export {
  rmsNorm, layerNorm, groupNorm, instanceNorm, type RmsNormOptions, type LayerNormOptions, type GroupNormOptions, type InstanceNormOptions,
} from './ops.js';
export { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';
export { RMSNorm, LayerNorm, type RMSNormOptions, type LayerNormOptions as LayerNormLayerOptions } from './layers.js';
export { rmsNormSpec } from './specs/rms-norm.js';
export { layerNormSpec } from './specs/layer-norm.js';
