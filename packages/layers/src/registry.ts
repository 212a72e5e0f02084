import * as tfl from '@tensorflow/tfjs-layers';
import type { LayersEntry } from './entry.js';
import { LinearBatchEnsemble } from './batch-ensemble.js';
import { LinearEnsemble } from './linear-ensemble.js';
import { Bilinear } from './bilinear.js';
import { Capsule, Squash } from './capsule.js';
import { BlurPool } from './blur-pool.js';
import { DropPath, StochasticDepth } from './drop-path.js';
import { FiLM } from './film.js';
import { TFiLM } from './tfilm.js';
import { FractalJoin } from './fractal-join.js';
import { GluFfn } from './glu-ffn.js';
import { GroupedConv2D } from './grouped-conv.js';
import { LambdaLayer } from './lambda-layer.js';
import { LoReFT } from './loreft.js';
import { LoRADense } from './lora.js';
import { LoRAConv2D } from './lora-conv.js';
import { Maxout } from './maxout.js';
import { MlpMixerBlock } from './mlp-mixer-block.js';
import { Hopfield, HopfieldPooling } from './hopfield.js';
import { MultiHeadAttention } from './multi-head-attention.js';
import { MultiresConv } from './multires-conv.js';
import { NAU, NMU } from './nau-nmu.js';
import { NFResidual } from './nf-residual.js';
import { PackedDense } from './packed-ensemble.js';
import { PHMDense } from './phm.js';
import { ProductKeyMemory } from './product-key-memory.js';
import { Retention } from './retention.js';
import { ResNeXtBlock } from './resnext-block.js';
import { ReversibleBlock } from './reversible-block.js';
import { Sandwich } from './sandwich.js';
import { SelectiveKernel } from './selective-kernel.js';
import { GumbelMoE, SoftMoE } from './soft-moe.js';
import { SqueezeExcitation } from './squeeze-excitation.js';
import { TiedDense } from './tied-dense.js';
import { TverskyProjection } from './tversky.js';
import { XUnit } from './xunit.js';

/** TiedDense's example options: a built 6 × 4 Embedding of seeded values, the same on every backend, to tie to. */
function tiedEmbedding(): Record<string, unknown> {
  const embedding = tfl.layers.embedding({ inputDim: 6, outputDim: 4, embeddingsInitializer: tfl.initializers.randomUniform({ minval: -1, maxval: 1, seed: 7 }) });
  embedding.build([null, 1]);
  return { embedding, biasInitializer: 'randomNormal' };
}

/** Every item of @layerkit/layers, one entry per catalog id. register.ts, the docs, the README test and the catalog iterate this list. */
export const LAYERS = [
  {
    id: 'layers.multi-head-attention',
    kind: 'layer',
    exports: ['MultiHeadAttention', 'dotProductAttention', 'causalMask', 'attentionWeights'],
    summary: "Keras 3's MultiHeadAttention (weight names and shapes), causal and attention masks, QK-Norm, pluggable score maps.",
    layers: [MultiHeadAttention],
    // The softmax score map without dropout or position bias: one fused kernel (fused-attention.ts).
    fused: ['wasm'],
    docsOptions: [{ numHeads: 8, keyDim: 64 }],
    examples: [{ options: { numHeads: 2, keyDim: 4 }, inputShapes: [[5, 8]] }],
  },
  {
    id: 'layers.relu-attention',
    kind: 'layer',
    exports: ['reluAttention'],
    summary: "ReLU attention relu(q·k/√d)/L·v, L the number of keys: MultiHeadAttention's scoreMap: 'relu'.",
    layers: [MultiHeadAttention],
    docsOptions: [{ numHeads: 8, keyDim: 64, scoreMap: 'relu' }],
    examples: [{ options: { numHeads: 2, keyDim: 4, scoreMap: 'relu' }, inputShapes: [[5, 8]] }],
  },
  {
    id: 'layers.glu-ffn',
    kind: 'layer',
    exports: ['GluFfn'],
    summary: 'Gated FFN (GLU, ReGLU, GEGLU, SwiGLU, bilinear, dReLU) on fused gated kernels: (act(x·W) ⊙ x·V)·W2.',
    layers: [GluFfn],
    docsOptions: [{ hiddenUnits: 2048 }],
    examples: [{ options: { hiddenUnits: 8 }, inputShapes: [[4, 6]] }],
  },
  {
    id: 'layers.drop-path',
    kind: 'layer',
    exports: ['DropPath', 'StochasticDepth', 'dropPathRate', 'linearDropPathRates', 'DropPathScheduler'],
    summary: "Per-sample stochastic depth with NASNet's scheduled rate and the depth-linear rule; TF-Addons' StochasticDepth on [shortcut, residual].",
    layers: [DropPath, StochasticDepth],
    examples: [{ options: { rate: 0.5, seed: 1 }, inputShapes: [[4, 3]] }, { options: { survivalProbability: 0.5, seed: 1 }, inputShapes: [[4, 3], [4, 3]] }],
  },
  {
    id: 'layers.squeeze-excitation',
    kind: 'layer',
    exports: ['SqueezeExcitation'],
    summary: 'Channel gating from globally pooled features: x·sigmoid(W2·relu(W1·mean(x))), channels last.',
    layers: [SqueezeExcitation],
    examples: [{ options: { ratio: 2, biasInitializer: 'randomNormal' }, inputShapes: [[3, 3, 4]] }],
  },
  {
    id: 'layers.maxout',
    kind: 'layer',
    exports: ['Maxout'],
    summary: "Max over groups of k channels, contiguous (the paper's) or strided (TF-Addons' Maxout).",
    layers: [Maxout],
    docsOptions: [{ units: 128 }],
    examples: [{ options: { units: 3 }, inputShapes: [[6]] }],
  },
  {
    id: 'layers.film',
    kind: 'layer',
    exports: ['FiLM', 'TFiLM', 'tfilmScale'],
    summary: 'Feature-wise linear modulation γ(z)·F + β(z) per channel from a conditioning vector, γ = 1 + Δγ by default; TFiLM scales each block of B time steps by an LSTM run over the block max-pools.',
    layers: [FiLM, TFiLM],
    examples: [{ options: { biasInitializer: 'randomNormal' }, inputShapes: [[3, 4], [5]] }, { options: { tfilmBlockSize: 2, biasInitializer: 'randomNormal' }, inputShapes: [[6, 3]] }],
  },
  {
    id: 'layers.lora',
    kind: 'layer',
    exports: ['LoRADense', 'LoRAConv2D'],
    summary: 'LoRA for Dense and Conv2D: frozen kernel plus (alpha/rank)·A·B (B = 0 at init), merge() and unmerge(), Keras 3 weight names.',
    layers: [LoRADense, LoRAConv2D],
    docsOptions: [{ units: 64 }, { filters: 64 }],
    examples: [{ options: { units: 3, rank: 2 }, inputShapes: [[4, 5]] }, { options: { filters: 3, kernelSize: 3, rank: 2 }, inputShapes: [[5, 5, 2]] }],
  },
  {
    id: 'layers.mlp-mixer-block',
    kind: 'layer',
    exports: ['MlpMixerBlock'],
    summary: 'MLP-Mixer block on [batch, tokens, channels]: token-mixing MLP across tokens, then channel-mixing MLP, each pre-LayerNorm with a residual.',
    layers: [MlpMixerBlock],
    examples: [{ options: { tokenHidden: 3, channelHidden: 5 }, inputShapes: [[4, 6]] }],
  },
  {
    id: 'layers.nf-residual',
    kind: 'layer',
    exports: ['NFResidual', 'nfBetas'],
    summary: 'Normalizer-free residual join h + α·s·f(h/β) with a SkipInit gain s (0 at init) and the β schedule.',
    layers: [NFResidual],
    examples: [{ options: { skipInitGain: 0.5 }, inputShapes: [[4], [4]] }],
  },
  {
    id: 'layers.tied-dense',
    kind: 'layer',
    exports: ['TiedDense'],
    summary: "Output projection h·Eᵀ + b sharing an Embedding layer's matrix (one variable); the tie survives save and load.",
    layers: [TiedDense],
    docsOptions: [{ embedding: 'token_embedding' }],
    examples: [{ options: tiedEmbedding, inputShapes: [[4]] }],
  },
  {
    id: 'layers.grouped-conv',
    kind: 'layer',
    exports: ['GroupedConv2D', 'ResNeXtBlock', 'groupedConv2d'],
    summary: "Grouped 2D convolution (Keras 3's Conv2D groups, ResNeXt's cardinality): channels in G groups convolved separately; the ResNeXt bottleneck block built on it.",
    layers: [GroupedConv2D, ResNeXtBlock],
    docsOptions: [{ filters: 128 }, {}],
    examples: [{ options: { filters: 4, kernelSize: 3, groups: 2 }, inputShapes: [[5, 5, 4]] }, { options: { groups: 2, bottleneckWidth: 2 }, inputShapes: [[4, 4, 8]] }],
  },
  {
    id: 'layers.soft-moe',
    kind: 'layer',
    exports: ['SoftMoE', 'moeGates', 'loadBalancingLoss'],
    summary: 'Mixture of MLP experts with softmax gating, optional top-k, and a Switch load-balancing loss added in model.fit.',
    layers: [SoftMoE],
    docsOptions: [{ expertUnits: 64 }],
    examples: [{ options: { numExperts: 3, expertUnits: 4, topK: 2 }, inputShapes: [[3, 6]] }],
  },
  {
    id: 'layers.blurpool',
    kind: 'layer',
    exports: ['BlurPool', 'binomialTaps'],
    summary: 'Anti-aliased downsampling: a fixed binomial low-pass filter per channel with a stride (reflect, replicate or zero padding).',
    layers: [BlurPool],
    examples: [{ inputShapes: [[6, 6, 2]] }],
  },
  {
    id: 'layers.kerple',
    kind: 'layer',
    exports: ['kerpleBias'],
    summary: "KERPLE's learned relative-position bias (log or power kernel, per head): MultiHeadAttention's positionBias.",
    layers: [MultiHeadAttention],
    docsOptions: [{ numHeads: 8, keyDim: 64, positionBias: 'kerple-log' }],
    examples: [{ options: { numHeads: 2, keyDim: 4, positionBias: 'kerple-log' }, inputShapes: [[5, 8]] }],
  },
  {
    id: 'layers.rela',
    kind: 'layer',
    exports: ['MultiHeadAttention'],
    summary: "ReLA: unnormalised relu attention and a gated RMSNorm over the heads' outputs: MultiHeadAttention's scoreMap: 'rela'.",
    layers: [MultiHeadAttention],
    docsOptions: [{ numHeads: 8, keyDim: 64, scoreMap: 'rela' }],
    examples: [{ options: { numHeads: 2, keyDim: 4, scoreMap: 'rela' }, inputShapes: [[5, 8]] }],
  },
  {
    id: 'layers.phm',
    kind: 'layer',
    exports: ['PHMDense'],
    summary: 'Parameterized hypercomplex dense layer: W = Σ A_i ⊗ S_i with about 1/n of the parameters, never forming W.',
    layers: [PHMDense],
    docsOptions: [{ units: 64 }],
    examples: [{ options: { units: 4, n: 2, biasInitializer: 'randomNormal' }, inputShapes: [[4]] }],
  },
  {
    id: 'layers.nau-nmu',
    kind: 'layer',
    exports: ['NAU', 'NMU', 'ArithmeticWeightClipper', 'sparsityLambda', 'arithmeticSparsity'],
    summary: 'Neural addition and multiplication units with clamped weights, the ramped sparsity regulariser and a per-batch weight clipper.',
    layers: [NAU, NMU],
    docsOptions: [{ units: 1 }, { units: 1 }],
    examples: [{ options: { units: 2 }, inputShapes: [[3]] }, { options: { units: 2 }, inputShapes: [[3]] }],
  },
  {
    id: 'layers.bilinear',
    kind: 'layer',
    exports: ['Bilinear', 'symmetricEigen'],
    summary: 'Bilinear layer P·((W1·x + b1) ⊙ (W2·x + b2)) with its interaction matrices Q_u and their eigendecomposition.',
    layers: [Bilinear],
    docsOptions: [{ units: 10, hiddenUnits: 64 }],
    examples: [{ options: { units: 3, hiddenUnits: 4, biasInitializer: 'randomNormal' }, inputShapes: [[5]] }],
  },
  {
    id: 'layers.retention',
    kind: 'layer',
    exports: ['Retention', 'retentionDecays'],
    summary: "RetNet's multi-scale retention in parallel, recurrent and chunkwise forms that agree, with per-head decays, GroupNorm and a swish gate.",
    layers: [Retention],
    examples: [{
      options: { heads: 2, headDim: 2 }, inputShapes: [[6, 4]],
      // The rotary embedding slices [batch, heads, T, pairs, 2]; the gradient of that slice is a rank-5 pad.
      fails: {
        webgl: "tfjs-backend-webgl 4.22's packed PadV2 does not compile for rank-5 tensors (its shader calls lessThan on the ivec5 struct)",
        webgpu: 'on tfjs-backend-webgpu 4.22 (SwiftShader) the output comes back wrong or zero after the backward pass and the device is lost; the rank-5 slice/pad is suspected, not confirmed',
      },
    }],
  },
  {
    id: 'layers.batch-ensemble',
    kind: 'layer',
    exports: ['LinearBatchEnsemble', 'LinearEnsemble', 'tabm', 'ensembleTargets', 'ensembleMean'],
    summary: "BatchEnsemble linear layer with TabM's init: k members sharing W with rank-1 adapters, ((x ⊙ r_i)·W) ⊙ s_i + b_i; TabM's non-shared head and model recipe, trained on the mean of the members' losses.",
    layers: [LinearBatchEnsemble, LinearEnsemble],
    docsOptions: [{ units: 512 }, { units: 1 }],
    examples: [{ options: { units: 3, k: 2, seed: 1 }, inputShapes: [[5]] }, { options: { units: 3, k: 2, seed: 1 }, inputShapes: [[2, 5]] }],
  },
  {
    id: 'layers.hopfield',
    kind: 'layer',
    exports: ['Hopfield', 'HopfieldPooling', 'hopfieldRetrieve'],
    summary: 'Modern Hopfield layers: one-step retrieval softmax(β·ξ·Xᵀ)·X, the projected Hopfield layer and HopfieldPooling with learned state patterns.',
    layers: [Hopfield, HopfieldPooling],
    docsOptions: [{ patternDim: 64 }, { patternDim: 64 }],
    examples: [{ options: { patternDim: 4, units: 3 }, inputShapes: [[3, 5], [4, 6]] }, { options: { patternDim: 4, numPatterns: 2 }, inputShapes: [[5, 3]] }],
  },
  {
    id: 'layers.loreft',
    kind: 'layer',
    exports: ['LoReFT', 'ReftOrthonormalizer', 'orthonormalRows'],
    summary: 'LoReFT representation finetuning h + Rᵀ(W·h + b − R·h) with orthonormal rows of R kept after every batch.',
    layers: [LoReFT],
    examples: [{ options: { rank: 2, seed: 1 }, inputShapes: [[4]] }],
  },
  {
    id: 'layers.capsule',
    kind: 'layer',
    exports: ['Capsule', 'Squash', 'squash'],
    summary: 'Capsule layer with dynamic routing by agreement and the squash nonlinearity (op and layer, for primary capsules).',
    layers: [Capsule, Squash],
    docsOptions: [{ capsules: 10 }, {}],
    examples: [{ options: { capsules: 3, capsuleDim: 4, routingIterations: 2 }, inputShapes: [[5, 6]] }, { inputShapes: [[4, 3]] }],
  },
  {
    id: 'layers.multires-conv',
    kind: 'layer',
    exports: ['MultiresConv', 'multiresDepth'],
    summary: 'Multiresolution causal convolution: shared filters over dilations 1, 2, 4, … with resolution-fading memory and per-level mixing weights.',
    layers: [MultiresConv],
    examples: [{ options: { kernelSize: 3 }, inputShapes: [[8, 2]] }],
  },
  {
    id: 'layers.gg-moe',
    kind: 'layer',
    exports: ['GumbelMoE'],
    summary: 'Gumbel-gated mixture of bias-free MLP experts: one Gumbel-softmax sample in training, the mean of seeded samples at inference.',
    layers: [GumbelMoE],
    docsOptions: [{ expertUnits: 64 }],
    examples: [{ options: { numExperts: 3, expertUnits: 4, seed: 1 }, inputShapes: [[5]] }],
  },
  {
    id: 'layers.reversible-block',
    kind: 'layer',
    exports: ['ReversibleBlock'],
    summary: 'Reversible residual block y1 = x1 + F(x2), y2 = x2 + G(y1) with a backward that recomputes the input from the output.',
    layers: [ReversibleBlock],
    docsOptions: [{ hiddenUnits: 256 }],
    examples: [{ options: { hiddenUnits: 4 }, inputShapes: [[6]] }],
  },
  {
    id: 'layers.fractal-join',
    kind: 'layer',
    exports: ['FractalJoin', 'FractalDropPath'],
    summary: "FractalNet's mean join with local drop-path (at least one survivor) and global drop-path set by a per-batch scheduler.",
    layers: [FractalJoin],
    examples: [{ options: { seed: 1 }, inputShapes: [[4], [4], [4]] }],
  },
  {
    id: 'layers.packed-ensemble',
    kind: 'layer',
    exports: ['PackedDense', 'packedLayerPlan'],
    summary: "Packed-Ensembles: the packed widths and groups of each backbone layer and a grouped dense layer whose members never mix.",
    layers: [PackedDense],
    docsOptions: [{ units: 256, groups: 8 }],
    examples: [{ options: { units: 4, groups: 2, biasInitializer: 'randomNormal' }, inputShapes: [[4]] }],
  },
  {
    id: 'layers.tversky-projection',
    kind: 'layer',
    exports: ['TverskyProjection'],
    summary: "Tversky projection: similarity to learned prototypes through a learned feature bank, Tversky's contrast or ratio model.",
    layers: [TverskyProjection],
    docsOptions: [{ units: 10, features: 64 }],
    examples: [{ options: { units: 3, features: 6, seed: 1 }, inputShapes: [[2]] }],
  },
  {
    id: 'layers.xunit',
    kind: 'layer',
    exports: ['XUnit'],
    summary: 'xUnit spatial activation x·g(BN(DWConv(relu(BN(x))))) with a Gaussian or sigmoid gate and Keras-style BatchNorms.',
    layers: [XUnit],
    examples: [{ options: { kernelSize: 3 }, inputShapes: [[5, 5, 3]] }],
  },
  {
    id: 'layers.selective-kernel',
    kind: 'layer',
    exports: ['SelectiveKernel', 'dilateKernel'],
    summary: 'Selective Kernel unit: grouped 3×3 branches of growing dilation fused and selected by a per-channel softmax over the branches.',
    layers: [SelectiveKernel],
    examples: [{ options: { groups: 2, minDim: 4 }, inputShapes: [[6, 6, 4]] }],
  },
  {
    id: 'layers.lambda-layer',
    kind: 'layer',
    exports: ['LambdaLayer'],
    summary: 'Lambda layer: a content lambda shared by all positions plus a local position lambda (lambda convolution), applied to each query.',
    layers: [LambdaLayer],
    examples: [{ options: { units: 4, keyDim: 2, heads: 2, scope: 3 }, inputShapes: [[3, 4, 3]] }],
  },
  {
    id: 'layers.product-key-memory',
    kind: 'layer',
    exports: ['ProductKeyMemory', 'topKByRounds'],
    summary: 'Product-key memory: exact top-k over n² product keys from two sub-key tables, softmax-weighted value rows summed over heads.',
    layers: [ProductKeyMemory],
    docsOptions: [{}],
    examples: [{
      options: { numKeys: 16, topK: 2, heads: 1, queryDim: 4, units: 3 }, inputShapes: [[4]],
      fails: { webgpu: "on tfjs-backend-webgpu 4.22 (SwiftShader) the GPU device is lost ('A valid external Instance reference no longer exists'); topk or gather on webgpu is suspected, not confirmed" },
    }],
  },
  {
    id: 'layers.sandwich',
    kind: 'layer',
    exports: ['Sandwich', 'cayley', 'matrixInverse', 'SANDWICH_ACTIVATIONS'],
    summary: 'Sandwich layer √2·Aᵀ·Ψ·σ(√2·Ψ⁻¹·B·γh + b): certified γ-Lipschitz dense layer from a Cayley transform (orthonormal [Aᵀ; Bᵀ]).',
    layers: [Sandwich],
    docsOptions: [{ units: 64 }],
    examples: [{
      options: { units: 4 }, inputShapes: [[3]],
      fails: { webgpu: 'on webgpu matrixInverse finds a zero pivot in the Cayley transform (cpu and webgl do not); not yet diagnosed, may be a tfjs-backend-webgpu or a layerkit fault' },
    }],
  },
] as const satisfies readonly LayersEntry[];
