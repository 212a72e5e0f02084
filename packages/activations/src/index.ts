import './register.js';

export { ACTIVATIONS, GATED } from './registry.js';
export { ROW_OPS, softmax, logSoftmax, type SoftmaxOptions } from './row-ops.js';
export { softmaxSpec, logSoftmaxSpec } from './row-specs/softmax.js';
export { gatedLayer, GATED_LAYERS } from './gated-layer.js';
export { activationLayer, registerActivationString, type ActivationLayerOptions, type Learn } from './layers.js';
export * from './gen/api.js';
