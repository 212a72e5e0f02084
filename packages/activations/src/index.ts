import './register.js';

export { ACTIVATIONS } from './registry.js';
export { activationLayer, registerActivationString, type ActivationLayerOptions, type Learn } from './layers.js';
export * from './gen/api.js';
