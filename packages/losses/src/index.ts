import './register.js';

export * from './common.js';
export type { ConformanceCase, BadInputCase, LossEntry } from './entry.js';
export { LOSSES } from './registry.js';
export {
  categoricalCrossentropy, binaryCrossentropy, sparseCategoricalCrossentropy,
  type CrossEntropyOptions, type SparseCrossEntropyOptions,
} from './items/cross-entropy.js';
export {
  focalLoss, binaryFocalCrossentropy, categoricalFocalLoss, categoricalFocalCrossentropy,
  type FocalOptions, type CategoricalFocalOptions,
} from './items/focal.js';
export { knowledgeDistillation, packDistillationTargets, type DistillationOptions } from './items/distillation.js';
