// GDN / IGDN (Ballé et al., 2016): y_i = x_i / √(β_i + Σ_j γ_ji·x_j²) across the channels of each
// position (IGDN multiplies instead). The common form (exponents 2 and ½) of the general GDN.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

export interface GdnOptions {
  /** IGDN: multiply by the root instead of dividing (the decoder's inverse). Default false. */
  readonly inverse?: boolean;
}

/**
 * GDN over the last (channel) axis: x [..., C], β [C] (> 0), γ [C, C] (≥ 0, γ[j, i] weighs x_j²
 * in channel i's pool, the matmul layout of TensorFlow Compression). Gradients flow to x, β, γ.
 */
export function gdn(x: Tensor | TensorLike, beta: Tensor | TensorLike, gamma: Tensor | TensorLike, options: GdnOptions = {}): Tensor {
  rejectUnknownOptions('gdn', options, ['inverse']);
  return tf.tidy(() => {
    const input = requireFloatTensor('gdn', x);
    const b = requireFloatTensor('gdn', beta, 'beta');
    const g = requireFloatTensor('gdn', gamma, 'gamma');
    const channels = input.shape[input.rank - 1];
    if (b.rank !== 1 || b.shape[0] !== channels || g.rank !== 2 || g.shape[0] !== channels || g.shape[1] !== channels) {
      throw new Error(`gdn: expected beta [${channels}] and gamma [${channels}, ${channels}] for ${channels} channels (the last axis), got [${b.shape.join(', ')}] and [${g.shape.join(', ')}]`);
    }
    const pool = tf.reshape(tf.add(tf.matMul(tf.reshape(tf.square(input), [-1, channels]), g), b), input.shape);
    return options.inverse ? tf.mul(input, tf.sqrt(pool)) : tf.mul(input, tf.rsqrt(pool));
  });
}

/**
 * max(x, bound) whose gradient also passes below the bound when it points back up (TensorFlow
 * Compression's lower_bound): a parameter stuck under its bound can still leave it.
 */
const lowerBound = tf.customGrad(((x: Tensor, bound: Tensor, save: (tensors: Tensor[]) => void) => {
  save([x, bound]);
  return {
    value: tf.maximum(x, bound),
    gradFunc: (dy: Tensor, [saved, savedBound]: Tensor[]) => [
      tf.where(tf.logicalOr(tf.greaterEqual(saved, savedBound), tf.less(dy, 0)), dy, tf.zerosLike(dy)),
      tf.zerosLike(savedBound),
    ],
  };
}) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (x: Tensor, bound: Tensor) => Tensor;

/** Ballé's non-negative reparameterisation: stored p, used max(p, √(minimum + ρ))² − ρ, ρ = offset². */
const REPARAMETERIZATION_OFFSET = 2 ** -18;
const PEDESTAL = REPARAMETERIZATION_OFFSET ** 2;
const stored = (value: number) => Math.sqrt(Math.max(value + PEDESTAL, PEDESTAL));
const used = (parameter: Tensor, minimum: number) => tf.sub(tf.square(lowerBound(parameter, tf.scalar(Math.sqrt(minimum + PEDESTAL)))), PEDESTAL);

interface GDNOwn {
  /** IGDN. Default false. */
  readonly inverse?: boolean;
  /** Initial β. Default 1. */
  readonly betaInit?: number;
  /** Initial γ on the diagonal (off-diagonal 0). Default 0.1 (TensorFlow Compression). */
  readonly gammaInit?: number;
  /** Lower bound of β. Default 1e-6 (TensorFlow Compression). */
  readonly betaMinimum?: number;
}
export interface GDNOptions extends GDNOwn, WrapperBaseOptions {}

/**
 * GDN layer over the channels-last axis. Weights `beta` [C] and `gamma` [C, C] hold the
 * reparameterised values √(value + ρ); the layer uses β = max(p, √(βmin + ρ))² − ρ ≥ βmin and
 * γ = max(p, √ρ)² − ρ ≥ 0, so both constraints hold after any optimizer step.
 */
export class GDN extends tfl.layers.Layer {
  static className = 'GDN';
  readonly options: Readonly<Record<string, unknown>>;
  private beta!: tfl.LayerVariable;
  private gamma!: tfl.LayerVariable;

  constructor(options: GDNOptions = {}) {
    const { own, base } = resolveOptions<GDNOwn>('GDN', options, { inverse: false, betaInit: 1, gammaInit: 0.1, betaMinimum: 1e-6 });
    super(base as never);
    this.options = own;
    const { betaInit, gammaInit, betaMinimum } = own as Required<GDNOwn>;
    if (!(betaMinimum > 0)) throw new Error(`GDN: expected betaMinimum > 0, got ${betaMinimum} — the pool must stay positive`);
    if (!(betaInit >= betaMinimum)) throw new Error(`GDN: expected betaInit ≥ betaMinimum (${betaMinimum}), got ${betaInit}`);
    if (!(gammaInit >= 0)) throw new Error(`GDN: expected gammaInit ≥ 0, got ${gammaInit}`);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = inputShape as tfl.Shape;
    const channels = shape[shape.length - 1];
    if (channels == null || shape.length < 2) throw new Error(`GDN: expected a known channel count on the last axis, got input shape [${shape.map(String).join(', ')}] — give the model an inputShape`);
    const { betaInit, gammaInit } = this.options as Required<GDNOwn>;
    this.beta = this.addWeight('beta', [channels], 'float32', tfl.initializers.constant({ value: stored(betaInit) }));
    this.gamma = this.addWeight('gamma', [channels, channels], 'float32', tfl.initializers.zeros());
    tf.tidy(() => {
      const identity = tf.eye(channels);
      this.gamma.write(tf.add(tf.mul(identity, stored(gammaInit)), tf.mul(tf.sub(1, identity), stored(0))));
    });
    this.built = true;
  }

  /** The β and γ the layer computes with (after the reparameterisation). */
  parameters(): { beta: Tensor; gamma: Tensor } {
    return tf.tidy(() => ({ beta: used(this.beta.read(), this.options.betaMinimum as number), gamma: used(this.gamma.read(), 0) }));
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const { beta, gamma } = this.parameters();
      return gdn(Array.isArray(inputs) ? inputs[0] : inputs, beta, gamma, { inverse: this.options.inverse as boolean });
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), ...(this.options as tf.serialization.ConfigDict) };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(GDN, 'layerkit');
