// Scaled Weight Standardization (Brock et al., 2021, NF-ResNets): each output unit's kernel
// column standardized to mean 0 and variance 1/fanIn, times a learned gain and the fixed
// nonlinearity gain γ. Wraps Dense and Conv1D/2D/3D; train == inference.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { suggestion } from '@layerkit/core';
import { KernelWrapper } from './kernel-wrapper.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

/**
 * γ per nonlinearity: 1/√Var[φ(z)] for z ~ N(0, 1), the empirical values of the NF-Nets
 * reference (catalog); relu's analytic value is √(2/(1 − 1/π)) = 1.7128585504.
 */
export const NF_GAMMA: Readonly<Record<string, number>> = {
  relu: 1.7139588594436646,
  gelu: 1.7015043497085571,
  silu: 1.7881293296813965,
  swish: 1.7881293296813965,
  tanh: 1.5939117670059204,
  elu: 1.2716004848480225,
  selu: 1.0008515119552612,
  sigmoid: 4.803835391998291,
  softplus: 1.9203323125839233,
  leakyRelu: 1.70590341091156,
  relu6: 1.7131484746932983,
  linear: 1,
};

/** γ for a nonlinearity name (the one applied to the layer's input), or a number as it is. */
export function nfGamma(gamma: number | string): number {
  if (typeof gamma === 'number') {
    if (!(gamma > 0)) throw new Error(`nfGamma: expected a positive gamma, got ${gamma} — 1 means no correction`);
    return gamma;
  }
  const value = NF_GAMMA[gamma];
  if (value === undefined) {
    throw new Error(`nfGamma: unknown nonlinearity '${gamma}'${suggestion(gamma, Object.keys(NF_GAMMA))} — use one of ${Object.keys(NF_GAMMA).join(', ')} or pass the number`);
  }
  return value;
}

interface ScaledWeightStandardizationOwn {
  /**
   * The nonlinearity gain γ: a number, or the name of the activation applied to this layer's
   * input ('relu' → 1.7139588594436646). Default null: 1.
   */
  readonly gamma?: number | string | null;
  /** Floor of fanIn·Var[w] under the root (NF-Nets reference). Default 1e-4. */
  readonly epsilon?: number;
}

export interface ScaledWeightStandardizationOptions extends ScaledWeightStandardizationOwn, WrapperBaseOptions {
  /** The Dense or Conv layer whose kernel is standardized. */
  readonly layer: tfl.layers.Layer;
}

/**
 * Ŵ = gain·γ·(W − mean(W)) / √max(N·Var(W), ε) per output unit, mean and biased variance over the
 * N = fanIn kernel entries of the unit. `gain`: [out], ones.
 */
export function scaledWeightStandardization(kernel: Tensor, gain: Tensor | null, gamma = 1, epsilon = 1e-4): Tensor {
  return tf.tidy(() => {
    const axes = Array.from({ length: kernel.rank - 1 }, (_, axis) => axis);
    const fanIn = kernel.size / (kernel.shape[kernel.rank - 1] as number);
    const { mean, variance } = tf.moments(kernel, axes);
    let scale = tf.mul(tf.rsqrt(tf.maximum(tf.mul(variance, fanIn), epsilon)), gamma);
    if (gain) scale = tf.mul(scale, gain);
    return tf.mul(tf.sub(kernel, mean), scale);
  });
}

/**
 * ScaledWS wrapper (NF-Nets' WSConv2D for any Dense/Conv). The wrapped kernel stays the raw W
 * (`kernel`); the wrapper adds the learned per-unit `gain` (ones), the reference's name.
 */
export class ScaledWeightStandardization extends KernelWrapper {
  static className = 'ScaledWeightStandardization';
  private gain!: tfl.LayerVariable;
  private readonly gammaValue: number;

  constructor(options: ScaledWeightStandardizationOptions) {
    super('ScaledWeightStandardization', options?.layer, resolveOptions<ScaledWeightStandardizationOwn>(
      'ScaledWeightStandardization', options, { gamma: null as number | string | null, epsilon: 1e-4 }, ['layer'],
    ));
    const { gamma, epsilon } = this.options as Required<ScaledWeightStandardizationOwn>;
    if (gamma !== null && typeof gamma !== 'number' && typeof gamma !== 'string') {
      throw new Error(`ScaledWeightStandardization: expected gamma to be a number or a nonlinearity name, got ${JSON.stringify(gamma)} — pass e.g. gamma: 'relu'`);
    }
    this.gammaValue = nfGamma(gamma ?? 1);
    if (!(epsilon > 0)) throw new Error(`ScaledWeightStandardization: expected epsilon > 0, got ${epsilon} — the reference uses 1e-4`);
  }

  protected buildOwn(): void {
    this.gain = this.addWeight('gain', [this.units], 'float32', tfl.initializers.ones());
  }

  protected effectiveKernel(kernel: Tensor): Tensor {
    return scaledWeightStandardization(kernel, this.gain.read(), this.gammaValue, this.options.epsilon as number);
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(ScaledWeightStandardization, 'layerkit');
