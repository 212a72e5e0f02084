// DeepNorm (Wang et al., 2022, DeepNet): x_{l+1} = LN(α·x_l + G(x_l)), a Post-LN residual with
// the input up-weighted by α; paired with DeepNormInit (@layerkit/initializers), which scales
// the sublayers' FFN, value and output projections by β at init.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { layerNorm } from '../ops.js';
import { ResidualWrapper } from './residual-wrapper.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

export type DeepNormArchitecture = 'encoderOnly' | 'decoderOnly' | 'encoderDecoder';

/** The same options as deepNormBeta of @layerkit/initializers, so one object configures both. */
export interface DeepNormAlphaOptions {
  /** Default 'decoderOnly' (as deepNormBeta). */
  readonly architecture?: DeepNormArchitecture;
  /** N, the encoder's layer count. */
  readonly encoderLayers?: number | null;
  /** M, the decoder's layer count. */
  readonly decoderLayers?: number | null;
  /** Which stack of an encoder-decoder the block belongs to. Default 'encoder'. */
  readonly stack?: 'encoder' | 'decoder';
}

/**
 * DeepNet's α: (2N)^(1/4) encoder-only, (2M)^(1/4) decoder-only; encoder-decoder: encoder
 * 0.81·(N⁴M)^(1/16), decoder (3M)^(1/4).
 */
export function deepNormAlpha(options: DeepNormAlphaOptions): number {
  rejectUnknownOptions('deepNormAlpha', options, ['architecture', 'encoderLayers', 'decoderLayers', 'stack', 'encoderBetaConstant']);
  const architecture = options.architecture ?? 'decoderOnly';
  const layers = (value: number | null | undefined, label: string) => {
    if (!(Number.isInteger(value) && (value as number) >= 1)) {
      throw new Error(`deepNormAlpha: expected ${label} to be a positive integer for architecture '${architecture}', got ${String(value)} — pass the number of layers of the stack`);
    }
    return value as number;
  };
  switch (architecture) {
    case 'encoderOnly': return (2 * layers(options.encoderLayers, 'encoderLayers')) ** 0.25;
    case 'decoderOnly': return (2 * layers(options.decoderLayers, 'decoderLayers')) ** 0.25;
    case 'encoderDecoder': {
      const n = layers(options.encoderLayers, 'encoderLayers');
      const m = layers(options.decoderLayers, 'decoderLayers');
      return (options.stack ?? 'encoder') === 'encoder' ? 0.81 * (n ** 4 * m) ** (1 / 16) : (3 * m) ** 0.25;
    }
    default: throw new Error(`deepNormAlpha: expected architecture 'encoderOnly', 'decoderOnly' or 'encoderDecoder', got '${String(architecture)}'`);
  }
}

interface DeepNormOwn {
  /** α itself; null computes it from the architecture and layer counts. Default null. */
  readonly alpha?: number | null;
  readonly architecture?: DeepNormArchitecture;
  readonly encoderLayers?: number | null;
  readonly decoderLayers?: number | null;
  readonly stack?: 'encoder' | 'decoder';
  /** The LayerNorm's ε. Default 1e-5 (DeepNet, PyTorch). */
  readonly epsilon?: number;
}

export interface DeepNormOptions extends DeepNormOwn, WrapperBaseOptions {
  /** The sublayer G (attention or FFN): maps [..., d] to [..., d]. */
  readonly layer: tfl.layers.Layer;
}

/**
 * DeepNorm residual: LN(α·x + G(x)) with the LayerNorm's `norm_gamma` and `norm_beta` ([d],
 * ones and zeros) besides the sublayer's weights.
 */
export class DeepNorm extends ResidualWrapper {
  static className = 'DeepNorm';
  readonly alpha: number;
  private gamma!: tfl.LayerVariable;
  private beta!: tfl.LayerVariable;

  constructor(options: DeepNormOptions) {
    super('DeepNorm', options?.layer, resolveOptions<DeepNormOwn>('DeepNorm', options, {
      alpha: null, architecture: 'decoderOnly', encoderLayers: null, decoderLayers: null, stack: 'encoder', epsilon: 1e-5,
    }, ['layer']));
    const { alpha, architecture, encoderLayers, decoderLayers, stack } = this.options as DeepNormOwn;
    if (alpha != null && !(alpha > 0)) throw new Error(`DeepNorm: expected alpha > 0, got ${alpha} — or leave it null and give the layer counts`);
    this.alpha = alpha ?? deepNormAlpha({ architecture, encoderLayers, decoderLayers, stack });
  }

  protected buildOwn(width: number): void {
    this.gamma = this.addWeight('norm_gamma', [width], 'float32', tfl.initializers.ones());
    this.beta = this.addWeight('norm_beta', [width], 'float32', tfl.initializers.zeros());
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const residual = tf.add(tf.mul(x, this.alpha), this.sublayer(x, kwargs));
      return layerNorm(residual, this.gamma.read(), this.beta.read(), { epsilon: this.options.epsilon as number });
    });
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(DeepNorm, 'layerkit');
