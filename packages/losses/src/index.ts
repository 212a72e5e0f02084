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
export {
  supConLoss, ntXentLoss, infoNce, infoNcePairs, initialLogitScale, iConLoss, patchNceLoss,
  type SupConOptions, type NtXentOptions, type InfoNceOptions, type IConOptions, type PatchNceOptions,
} from './items/contrastive.js';
export {
  contrastiveLoss, tripletLoss, pairwiseDistances, capsuleMarginLoss,
  type ContrastiveOptions, type TripletOptions, type CapsuleMarginOptions,
} from './items/margin.js';
export {
  activePassiveLoss, normalizedCrossEntropy, normalizedFocalLoss, reverseCrossEntropy, symmetricCrossEntropy,
  generalizedCrossEntropy, type ActivePassiveOptions, type ActiveLoss, type PassiveLoss,
} from './items/noise-robust.js';
export {
  huberLoss, smoothL1Loss, pinballLoss, hlGaussLoss, twoHotLoss, hlGaussTarget, twoHotTarget, decodeHistogram,
  type HuberOptions, type PinballOptions, type HistogramOptions,
} from './items/regression.js';
export { diceLoss, tverskyLoss, type DiceOptions, type TverskyOptions } from './items/segmentation.js';
export { sparsemaxLoss, sparsemaxProjection } from './items/sparsemax.js';
export { anyLoss, type AnyLossOptions, type AnyLossMetric } from './items/anyloss.js';
export { flooding, type FloodingOptions } from './items/flooding.js';
export { CenterLoss, EarlyLearningRegularization, type CenterLossOptions, type ElrOptions } from './items/stateful.js';
export { MinimumHypersphericalEnergy, NormLoss, RegularizerBase, type MheOptions, type NormLossOptions } from './items/regularizers.js';
export {
  fgsmAdversarialLoss, deepSupervisionLoss, companionWeight, squaredHingeOneVsRest, matryoshkaLoss, matryoshkaNesting, matryoshkaLogits,
  type FgsmOptions, type DeepSupervisionOptions, type MatryoshkaOptions,
} from './items/objectives.js';
export { serializeLoss, deserializeLoss, attachLoss, lossFromModel, type SerializedLoss } from './serialization.js';
export { neuralNdcgLoss, neuralSort, ndcgOfOrdering, type NeuralNdcgOptions } from './items/neural-ndcg.js';
