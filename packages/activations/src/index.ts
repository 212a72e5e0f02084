import './register.js';

export { ACTIVATIONS, GATED } from './registry.js';
export { ROW_OPS, softmax, logSoftmax, type SoftmaxOptions } from './row-ops.js';
export { softmaxSpec, logSoftmaxSpec } from './row-specs/softmax.js';
export {
  gatedLayer, GATED_LAYERS, GatedActivationLayer, type GatedLayerClass, type GatedLayerOptions,
} from './gated-layer.js';
export {
  activationLayer, ActivationLayer, type ActivationLayerClass, type ActivationLayerInfo,
  type ActivationLayerOptions, type LayerArgs, type Learn, type LearnOption,
} from './layers.js';
export {
  activationNames, activationStringsOf, isSaveSafe, NAME_REGISTRY, registerActivationString, registerActivationStrings, savedNameOf,
} from './names.js';
export { withLayerForm, type ActivationOp, type LayerOutput } from './layer-form.js';
export { Taaf, TAAF, type TaafOptions } from './taaf-layer.js';
export * from './gen/api.js';
