import type { TrainingEntry } from './entry.js';
import { GradientReversal } from './layers/gradient-reversal.js';
import { AdamP, SGDP } from './optimizers/adamp.js';
import { AdamW } from './optimizers/adamw.js';
import { SAM } from './optimizers/sam.js';
import { StableAdamW } from './optimizers/stable-adamw.js';
import { GradientAccumulation } from './transforms/accumulation.js';
import { AdaptiveGradientClipping } from './transforms/adaptive-clipping.js';
import { TransformChain } from './transforms/chain.js';
import { GradientClipping } from './transforms/clipping.js';
import { GradientNoise } from './transforms/noise.js';
import { GradualPruning } from './transforms/pruning.js';
import { DorefaGradients } from './transforms/dorefa.js';
import { ElasticWeightConsolidation } from './regularizers/ewc.js';
import { GradientRegularization } from './optimizers/gradient-regularization.js';
import { ForwardGradient } from './optimizers/forward-gradient.js';
import { Temperature } from './utilities/temperature-scaling.js';
import { NormalizeAndProject } from './transforms/normalize-and-project.js';
import { SortedDense } from './layers/sorted-net.js';
import { ActivationL1, FatReLU } from './regularizers/prosparse.js';
import { DfaHook, DfaOutput } from './layers/dfa.js';
import { TrActDense } from './layers/tract.js';
import { GradES } from './transforms/grades.js';
import { BinaryConnectUpdate, BinaryConv2D, BinaryDense } from './layers/binary-connect.js';

/** Every item of @layerkit/training, one entry per catalog id. register.ts, the README test and the catalog iterate this list. */
export const TRAINING = [
  {
    id: 'training.transform-chain',
    kind: 'utility',
    exports: ['transformChain', 'TransformChain'],
    summary: 'Optimizer wrapper running gradient transforms inside applyGradients before a base optimizer; works in model.fit.',
    optimizers: [TransformChain],
  },
  {
    id: 'training.clip-by-global-norm',
    kind: 'gradient-transform',
    exports: ['gradientClipping', 'GradientClipping', 'globalNorm', 'squaredNorm', 'clipByNorm', 'globalClipScale'],
    summary: "Keras 3's globalClipnorm, clipnorm and clipvalue; reports the pre-clip global norm.",
    transforms: [GradientClipping],
  },
  {
    id: 'training.agc',
    kind: 'gradient-transform',
    exports: ['adaptiveGradientClipping', 'AdaptiveGradientClipping', 'unitwiseNorm'],
    summary: 'Unit-wise adaptive gradient clipping (NFNets).',
    transforms: [AdaptiveGradientClipping],
  },
  {
    id: 'training.gradient-accumulation',
    kind: 'gradient-transform',
    exports: ['gradientAccumulation', 'GradientAccumulation'],
    summary: 'Mean of k micro-batch gradients, one update per k batches.',
    transforms: [GradientAccumulation],
  },
  {
    id: 'training.gradient-noise',
    kind: 'gradient-transform',
    exports: ['gradientNoise', 'GradientNoise', 'noiseVariance'],
    summary: 'Annealed Gaussian gradient noise, σ² = η/(1 + t)^γ, seedable.',
    transforms: [GradientNoise],
  },
  {
    id: 'training.gradient-reversal',
    kind: 'gradient-transform',
    exports: ['GradientReversal', 'gradientReversal', 'dannLambda', 'dannLambdaSchedule', 'dannLearningRate', 'GradientReversalScheduler', 'dannModel', 'dannLosses'],
    summary: 'Identity forward, −λ·gradient backward; λ settable from a callback; the DANN λ and learning-rate schedules, model and losses.',
    layers: [GradientReversal],
    gradient: 'composite',
  },
  {
    id: 'training.adamw',
    kind: 'optimizer',
    exports: ['AdamW'],
    summary: 'Adam with decoupled weight decay (torch.optim.AdamW), name-pattern exclusions, AMSGrad.',
    optimizers: [AdamW],
  },
  {
    id: 'training.stable-adamw',
    kind: 'optimizer',
    exports: ['StableAdamW', 'foldedBeta'],
    summary: 'AdamW with per-tensor update clipping by RMS(g/√v).',
    optimizers: [StableAdamW],
  },
  {
    id: 'training.adamp',
    kind: 'optimizer',
    exports: ['AdamP', 'SGDP', 'projectUpdate'],
    summary: 'Adam and SGD with the radial component removed for scale-invariant weights.',
    optimizers: [AdamP, SGDP],
  },
  {
    id: 'training.sam',
    kind: 'optimizer',
    exports: ['sam', 'SAM'],
    summary: 'Sharpness-aware minimization (and ASAM) around any base optimizer; two passes per step inside model.fit.',
    optimizers: [SAM],
  },
  {
    id: 'training.schedule-warmup-linear-decay',
    kind: 'schedule',
    exports: ['warmupLinearDecay'],
    summary: 'Linear warmup to peakLr, then linear (or cosine) decay to minLr.',
  },
  {
    id: 'training.schedule-sgdr',
    kind: 'schedule',
    exports: ['sgdr', 'sgdrCycle'],
    summary: "Cosine annealing with warm restarts, PyTorch's CosineAnnealingWarmRestarts numbers.",
  },
  {
    id: 'training.schedule-one-cycle',
    kind: 'schedule',
    exports: ['oneCycle'],
    summary: "1cycle learning rate and momentum, PyTorch OneCycleLR's phase table.",
  },
  {
    id: 'training.schedule-builder',
    kind: 'schedule',
    exports: [
      'composeSchedule', 'learningRateScheduler', 'LearningRateScheduler', 'scheduleFromJSON', 'exponentialDecay', 'piecewiseConstantDecay',
      'polynomialDecay', 'inverseTimeDecay', 'cosineDecay', 'cosineDecayRestarts',
    ],
    summary: 'Segments concatenated by step counts, the Keras schedules, JSON round trip and the callback that drives the optimizer.',
  },
  {
    id: 'training.reduce-lr-on-plateau',
    kind: 'schedule',
    exports: ['reduceLROnPlateau', 'ReduceLROnPlateau', 'PlateauTracker'],
    summary: "Keras 3's ReduceLROnPlateau as a tfjs callback.",
  },
  {
    id: 'training.multi-loss-trainer',
    kind: 'utility',
    exports: ['multiLossTrainer', 'MultiLossTrainer', 'SumCombiner', 'sumGradients', 'listDot'],
    summary: 'Custom loop: one gradient per task loss, a combiner (sum, PCGrad, GradNorm), one optimizer step; fit with model.fit-style callbacks.',
  },
  {
    id: 'training.pcgrad',
    kind: 'gradient-transform',
    exports: ['pcgrad', 'PCGrad', 'projectConflicts'],
    summary: 'Gradient surgery: each task gradient loses its components that conflict with the others (seeded random order).',
  },
  {
    id: 'training.gradnorm',
    kind: 'gradient-transform',
    exports: ['gradNorm', 'GradNorm', 'gradNormUpdate'],
    summary: 'Task weights balanced by gradient norms at the last shared kernel (closed-form weight gradient, SGD or Adam).',
  },
  {
    id: 'training.grad-cache',
    kind: 'utility',
    exports: ['gradCache', 'GradCache'],
    summary: 'Full-batch contrastive gradients one sub-batch at a time (embed without tape, cache ∂L/∂z, surrogate backprop).',
  },
  {
    id: 'training.smoothgrad',
    kind: 'utility',
    exports: ['smoothGrad'],
    summary: 'Input gradients averaged over Gaussian-noised copies (plain, absolute, squared); σ a fraction of each example’s range.',
  },
  {
    id: 'training.integrated-gradients',
    kind: 'utility',
    exports: ['integratedGradients', 'integratedGradientsCompleteness'],
    summary: 'Right Riemann sum of input gradients along the straight path from a baseline, and its completeness check.',
  },
  {
    id: 'training.fullgrad',
    kind: 'utility',
    exports: ['fullGrad', 'fullGradDecompose'],
    summary: 'Full-gradient decomposition (input term plus per-layer bias terms, batch norm’s implicit bias included) and the FullGrad map.',
  },
  {
    id: 'training.layer-rotation',
    kind: 'utility',
    exports: ['layerRotation', 'LayerRotationMonitor', 'cosineDistance'],
    summary: 'Callback logging each layer’s kernel cosine distance from its initial value.',
  },
  {
    id: 'training.activation-sparsity-monitor',
    kind: 'utility',
    exports: ['activationSparsityMonitor', 'ActivationSparsityMonitor', 'activationSparsity', 'cett', 'cettThreshold', 'cettForPerplexity'],
    summary: 'Callback logging activation sparsity and dead units per layer; CETT, its threshold search and the PPL-p% bisection for FFNs.',
  },
  {
    id: 'training.sharpness-monitor',
    kind: 'utility',
    exports: ['sharpnessMonitor', 'SharpnessMonitor', 'hessianTopEigenvalue'],
    summary: 'Top Hessian eigenvalue by power iteration on finite-difference Hessian-vector products; a callback on a fixed batch.',
  },
  {
    id: 'training.gradual-pruning',
    kind: 'utility',
    exports: ['gradualPruning', 'GradualPruning', 'pruningSparsity'],
    summary: 'Cubic-schedule magnitude pruning (per layer or global) in the transform chain; masks applied after every step.',
    transforms: [GradualPruning],
  },
  {
    id: 'training.dorefa',
    kind: 'gradient-transform',
    exports: ['dorefaGradients', 'DorefaGradients', 'quantizeK', 'dorefaWeights', 'dorefaActivations', 'quantizeGradient', 'quantizeGradientValues'],
    summary: 'DoReFa quantisers: weights, activations, and stochastic gradient quantisation (of back-propagated errors, or in the chain).',
    transforms: [DorefaGradients],
    gradient: 'composite',
  },
  {
    id: 'training.ewc',
    kind: 'regularizer',
    exports: ['elasticWeightConsolidation', 'ElasticWeightConsolidation', 'computeFisher'],
    summary: 'Elastic weight consolidation: diagonal Fisher (exact, sampled or empirical), penalty gradient added in the chain; online EWC.',
    transforms: [ElasticWeightConsolidation],
  },
  {
    id: 'training.gradient-regularization',
    kind: 'gradient-transform',
    exports: ['gradientRegularization', 'GradientRegularization'],
    summary: 'g + γ·Hg with Hg a forward or backward finite difference of two gradients on the same batch; inside model.fit.',
    optimizers: [GradientRegularization],
  },
  {
    id: 'training.schedule-rewarm',
    kind: 'schedule',
    exports: ['rewarmSchedule', 'infiniteSchedule', 'replayMixer', 'ReplayMixer'],
    summary: 'Continual pre-training: re-warm and cosine re-decay per stage, the infinite schedule, and an exact-share replay mixer.',
  },
  {
    id: 'training.schedule-refinement',
    kind: 'schedule',
    exports: ['refinedSchedule', 'refineSchedule', 'medianSmooth'],
    summary: 'Schedule refined from an earlier run’s gradient norms (median-filtered, closed form), resampled to a new length.',
  },
  {
    id: 'training.lr-range-test',
    kind: 'utility',
    exports: ['lrRangeTest'],
    summary: 'Exponential learning-rate sweep recording the loss, the divergence rate and a suggestion; weights and optimizer restored.',
  },
  {
    id: 'training.temperature-scaling',
    kind: 'utility',
    exports: ['fitTemperature', 'Temperature', 'expectedCalibrationError'],
    summary: 'Fit T on validation logits (float64, convex in 1/T), ECE before and after, and a Temperature layer that saves and loads.',
    layers: [Temperature],
  },
  {
    id: 'training.train-only-norm-params',
    kind: 'utility',
    exports: ['trainOnlyNormParams'],
    summary: 'Freeze everything but normalisation γ and β (β only with shiftsOnly; optionally the output layer), compiled models included.',
  },
  {
    id: 'training.binary-connect',
    kind: 'layer',
    exports: ['BinaryDense', 'BinaryConv2D', 'binaryConnect', 'BinaryConnectUpdate', 'binarize', 'glorotScale'],
    summary: 'Dense and Conv2D with ±H weights in the forward and backward passes (deterministic or stochastic), Glorot learning-rate scale and clipping in the chain.',
    layers: [BinaryDense, BinaryConv2D],
    transforms: [BinaryConnectUpdate],
    gradient: 'composite',
  },
  {
    id: 'training.normalize-and-project',
    kind: 'utility',
    exports: ['normalizeAndProject', 'NormalizeAndProject', 'insertNormalization'],
    summary: 'After every step each kernel is projected back to its initial Frobenius norm; norm parameters free, fixed or jointly projected.',
    transforms: [NormalizeAndProject],
  },
  {
    id: 'training.sortednet',
    kind: 'utility',
    exports: ['sortedNetSampler', 'SortedNetSampler', 'SortedDense', 'setSubnetworkWidth', 'extractSubnetwork', 'sortedDepthModel'],
    summary: 'Width-nested sub-networks (SortedDense, a per-batch width sampler, prefix extraction) and depth-nested exits sharing one head.',
    layers: [SortedDense],
  },
  {
    id: 'training.signal-propagation-plot',
    kind: 'utility',
    exports: ['signalPropagation', 'channelStatistics'],
    summary: 'Per-layer average squared channel mean and channel variance of one batch, a series to plot against depth.',
  },
  {
    id: 'training.loss-landscape',
    kind: 'utility',
    exports: ['lossLandscape', 'interpolationLosses', 'filterNormalizedDirection', 'landscapeSvg'],
    summary: '1-D and 2-D loss slices along filter-normalised directions, linear interpolation between two models, and an SVG drawing.',
  },
  {
    id: 'training.prosparse',
    kind: 'regularizer',
    exports: ['proSparseScheduler', 'ProSparseScheduler', 'ActivationL1', 'FatReLU', 'proSparseLambda', 'fatRelu', 'l1Penalty'],
    summary: 'Progressive activation L1 (staged quarter-sine λ, an identity layer adding the penalty gradient) and FATReLU.',
    layers: [ActivationL1, FatReLU],
    gradient: 'composite',
  },
  {
    id: 'training.forward-gradient',
    kind: 'gradient-transform',
    exports: ['ForwardGradient', 'forwardGradient', 'directionalDerivative'],
    summary: 'Gradient estimates from forward passes only: Gaussian guesses (unbiased) or projections on a guess; an optimizer for model.fit.',
    optimizers: [ForwardGradient],
  },
  {
    id: 'training.dfa',
    kind: 'gradient-transform',
    exports: ['DfaHook', 'DfaOutput'],
    summary: 'Direct feedback alignment: the output error sent to each hidden layer through a fixed random matrix (hook layers, model.fit as is); alignment angles.',
    layers: [DfaHook, DfaOutput],
    gradient: 'composite',
  },
  {
    id: 'training.tract',
    kind: 'gradient-transform',
    exports: ['TrActDense', 'tractWeightGradient'],
    summary: 'First-layer kernel gradient preconditioned by (XᵀX/b + λI)⁻¹ (direct or Woodbury, float64 Cholesky); Dense only.',
    layers: [TrActDense],
    gradient: 'composite',
  },
  {
    id: 'training.grades',
    kind: 'utility',
    exports: ['gradES', 'GradES', 'GradESStopping'],
    summary: 'Per-layer early stopping: a layer whose L1 weight change falls below τ after alpha·T updates is frozen (gradients dropped in the chain).',
    transforms: [GradES],
  },
] as const satisfies readonly TrainingEntry[];
