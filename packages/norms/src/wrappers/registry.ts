import type { serialization } from '@tensorflow/tfjs-core';
import { DeepNorm } from './deepnorm.js';
import { DualPatchNorm } from './dual-patchnorm.js';
import { GDN } from './gdn.js';
import { GPAS } from './gpas.js';
import { GRN, PowerNorm } from '../layers.js';
import { MemorySharingNorm } from '../memory-sharing-norm.js';
import { OnlineNorm } from './online-norm.js';
import { PeriLN } from './peri-ln.js';
import { QKNormAttention } from './qk-norm.js';
import { ScaledWeightStandardization } from './scaled-weight-standardization.js';
import { SpectralNorm } from './spectral-norm.js';
import { WeightNorm } from './weight-norm.js';

type LayerClass = serialization.SerializableConstructor<serialization.Serializable> & { readonly className: string };

/** One catalog item built from tfjs ops: a wrapper, a residual layer or a model transform. */
export interface WrapperEntry {
  /** Catalog id, for example 'norms.weight-norm'. */
  readonly id: string;
  readonly kind: 'layer' | 'utility';
  /** What to import for this item, the main name first; every name is exported by the package. */
  readonly exports: readonly string[];
  /** The layer class (registered for serialization), or null for a utility. */
  readonly layer: LayerClass | null;
  /** Keras / TF-Addons classes that load a model.json with their semantics (registered too). */
  readonly aliases?: readonly LayerClass[];
  /** Whether the item computes through tfjs ops with gradients ('composite') or is not differentiated ('none'). */
  readonly gradient: 'composite' | 'none';
}

/**
 * The norm wrappers and model utilities of the package, composed of tfjs ops (and the
 * package's fused norm ops): register.ts registers each layer class and catalog entry.
 */
export const WRAPPERS: readonly WrapperEntry[] = [
  {
    id: 'norms.weight-norm', kind: 'layer', exports: ['WeightNorm', 'columnNorms'],
    layer: WeightNorm as unknown as LayerClass, aliases: WeightNorm.aliases as unknown as LayerClass[], gradient: 'composite',
  },
  {
    id: 'norms.spectral-norm', kind: 'layer', exports: ['SpectralNorm', 'powerIteration', 'convPowerIteration', 'spectralScale', 'KerasSpectralNormalization', 'AddonsSpectralNormalization'],
    layer: SpectralNorm as unknown as LayerClass, aliases: SpectralNorm.aliases as unknown as LayerClass[], gradient: 'composite',
  },
  {
    id: 'norms.scaled-weight-standardization', kind: 'layer', exports: ['ScaledWeightStandardization', 'scaledWeightStandardization', 'nfGamma', 'NF_GAMMA'],
    layer: ScaledWeightStandardization as unknown as LayerClass, gradient: 'composite',
  },
  {
    id: 'norms.qk-norm', kind: 'layer', exports: ['qkNormAttention', 'QKNormAttention', 'qkNormLogits', 'qkNormScale'],
    layer: QKNormAttention as unknown as LayerClass, gradient: 'composite',
  },
  { id: 'norms.peri-ln', kind: 'layer', exports: ['PeriLN'], layer: PeriLN as unknown as LayerClass, gradient: 'composite' },
  { id: 'norms.dual-patchnorm', kind: 'layer', exports: ['DualPatchNorm'], layer: DualPatchNorm as unknown as LayerClass, gradient: 'composite' },
  { id: 'norms.gpas', kind: 'layer', exports: ['GPAS', 'gpas'], layer: GPAS as unknown as LayerClass, gradient: 'composite' },
  { id: 'norms.ln-to-rmsnorm', kind: 'utility', exports: ['lnToRmsNorm', 'lnToRmsNormModel'], layer: null, gradient: 'none' },
  { id: 'norms.gdn', kind: 'layer', exports: ['gdn', 'GDN'], layer: GDN as unknown as LayerClass, gradient: 'composite' },
  { id: 'norms.online-norm', kind: 'layer', exports: ['OnlineNorm', 'onlineNormalize'], layer: OnlineNorm as unknown as LayerClass, gradient: 'composite' },
  { id: 'norms.alpha-bn', kind: 'utility', exports: ['alphaBN', 'alphaBatchNorm'], layer: null, gradient: 'none' },
  { id: 'norms.deepnorm', kind: 'layer', exports: ['DeepNorm', 'deepNormAlpha'], layer: DeepNorm as unknown as LayerClass, gradient: 'composite' },
  // Composed of tfjs ops: a mean over channels of per-channel spatial norms (src/ops.ts).
  { id: 'norms.grn', kind: 'layer', exports: ['GRN', 'grn'], layer: GRN as unknown as LayerClass, gradient: 'composite' },
  // tfjs ops with the paper's approximate backward (src/power-norm.ts).
  { id: 'norms.power-norm', kind: 'layer', exports: ['PowerNorm', 'powerNorm', 'groupScaling'], layer: PowerNorm as unknown as LayerClass, gradient: 'composite' },
  // The fused norm forward with a saved-output backward (src/memory-sharing-norm.ts).
  {
    id: 'norms.memory-sharing-norm', kind: 'layer', exports: ['MemorySharingNorm', 'memorySharingNorm', 'toMemorySharing'],
    layer: MemorySharingNorm as unknown as LayerClass, gradient: 'composite',
  },
];
