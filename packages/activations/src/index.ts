import './register.js';

export { ACTIVATIONS, GATED } from './registry.js';
export { gatedLayer, GATED_LAYERS } from './gated-layer.js';
export { activationLayer, registerActivationString, type ActivationLayerOptions, type Learn } from './layers.js';
export * from './gen/api.js';
