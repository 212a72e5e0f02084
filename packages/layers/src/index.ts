import './register.js';

export type { LayersEntry } from './entry.js';
export { LAYERS } from './registry.js';
export type { LayerArgs, InitializerIdentifier } from './options.js';
export {
  dotProductAttention, reluAttention, causalMask, attentionWeights, kerpleBias, SCORE_MAPS, POSITION_BIASES,
  type AttentionOptions, type ScoreMap, type PositionBias,
} from './attention.js';
export { MultiHeadAttention, type MultiHeadAttentionOptions, type MultiHeadAttentionCallArgs, type QkNorm } from './multi-head-attention.js';
export { GluFfn, type GluFfnOptions } from './glu-ffn.js';
export {
  DropPath, StochasticDepth, DropPathScheduler, dropPathRate, linearDropPathRates,
  type DropPathOptions, type StochasticDepthOptions, type DropPathRateOptions,
} from './drop-path.js';
export { SqueezeExcitation, type SqueezeExcitationOptions, type SqueezeExcitationGate } from './squeeze-excitation.js';
export { Maxout, type MaxoutOptions, type MaxoutGrouping } from './maxout.js';
export { FiLM, type FiLMOptions } from './film.js';
export { TFiLM, tfilmScale, type TFiLMOptions } from './tfilm.js';
export { LoRADense, type LoRADenseOptions } from './lora.js';
export { MlpMixerBlock, type MlpMixerBlockOptions } from './mlp-mixer-block.js';
export { NFResidual, nfBetas, type NFResidualOptions } from './nf-residual.js';
export { TiedDense, type TiedDenseOptions } from './tied-dense.js';
export { GroupedConv2D, type GroupedConv2DOptions } from './grouped-conv.js';
export { ResNeXtBlock, type ResNeXtBlockOptions } from './resnext-block.js';
export { groupedConv2d, type Conv2DBaseOptions } from './convolution.js';
export { SoftMoE, GumbelMoE, moeGates, loadBalancingLoss, type SoftMoEOptions, type GumbelMoEOptions } from './soft-moe.js';
export { BlurPool, binomialTaps, type BlurPoolOptions, type BlurPoolPadding } from './blur-pool.js';
export { PHMDense, type PHMDenseOptions } from './phm.js';
export { NAU, NMU, ArithmeticWeightClipper, sparsityLambda, arithmeticSparsity, type ArithmeticUnitOptions } from './nau-nmu.js';
export { Bilinear, symmetricEigen, type BilinearOptions } from './bilinear.js';
export { Retention, retentionDecays, type RetentionOptions, type RetentionMode } from './retention.js';
export { LinearBatchEnsemble, type LinearBatchEnsembleOptions, type AdapterInit } from './batch-ensemble.js';
export { LinearEnsemble, type LinearEnsembleOptions } from './linear-ensemble.js';
export { tabm, ensembleTargets, ensembleMean, type TabMOptions, type TabMActivation } from './tabm.js';
export { Hopfield, HopfieldPooling, hopfieldRetrieve, type HopfieldOptions, type HopfieldPoolingOptions } from './hopfield.js';
export { LoReFT, ReftOrthonormalizer, orthonormalRows, type LoReFTOptions } from './loreft.js';
export { LoRAConv2D, type LoRAConv2DOptions } from './lora-conv.js';
export { Capsule, Squash, squash, type CapsuleOptions } from './capsule.js';
export { MultiresConv, multiresDepth, type MultiresConvOptions } from './multires-conv.js';
export { ReversibleBlock, type ReversibleBlockOptions } from './reversible-block.js';
export { FractalJoin, FractalDropPath, type FractalJoinOptions } from './fractal-join.js';
export { PackedDense, packedLayerPlan, type PackedDenseOptions, type PackedLayerPlanOptions } from './packed-ensemble.js';
export { TverskyProjection, type TverskyProjectionOptions, type TverskyIntersection, type TverskyDifference } from './tversky.js';
export { XUnit, type XUnitOptions } from './xunit.js';
export { SelectiveKernel, dilateKernel, type SelectiveKernelOptions } from './selective-kernel.js';
export { LambdaLayer, type LambdaLayerOptions } from './lambda-layer.js';
export { ProductKeyMemory, topKByRounds, type ProductKeyMemoryOptions } from './product-key-memory.js';
export { Sandwich, cayley, SANDWICH_ACTIVATIONS, type SandwichOptions, type SandwichActivation } from './sandwich.js';
export { matrixInverse } from './matrix-inverse.js';
