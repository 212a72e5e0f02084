// GPAS (gradient-preserving activation scaling): y = x − silu(α)·sg(x). The forward scales the
// residual stream by 1 − silu(α); the backward passes dy to x unchanged.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

export interface GpasOptions {
  /** Clip dL/dα to [−c, c] (the gate's gradient only). Default null: no clip. */
  readonly gateGradientClip?: number | null;
}

const sigmoidOf = (alpha: Tensor) => tf.sigmoid(alpha);

/**
 * GPAS: y = x − silu(α)·sg(x), α a scalar (a number or a one-value tensor). dL/dx = dy;
 * dL/dα = −silu′(α)·Σ dy·x, silu′(α) = σ(α)·(1 + α·(1 − σ(α))), clipped with gateGradientClip.
 */
export function gpas(x: Tensor | TensorLike, alpha: Tensor | TensorLike | number, options: GpasOptions = {}): Tensor {
  rejectUnknownOptions('gpas', options, ['gateGradientClip']);
  const { gateGradientClip = null } = options;
  if (gateGradientClip !== null && !(gateGradientClip > 0)) throw new Error(`gpas: expected gateGradientClip > 0 or null, got ${gateGradientClip} — null leaves the gate's gradient unclipped`);
  return tf.tidy(() => {
    const input = requireFloatTensor('gpas', x);
    const gate = typeof alpha === 'number' ? tf.tensor1d([alpha]) : requireFloatTensor('gpas', alpha, 'alpha');
    if (gate.size !== 1) throw new Error(`gpas: expected alpha to be one value, got shape [${gate.shape.join(', ')}] — GPAS learns one scalar per block`);
    const forward = tf.customGrad(((value: Tensor, a: Tensor, save: (tensors: Tensor[]) => void) => {
      save([value, a]);
      const silu = tf.mul(a, sigmoidOf(a));
      return {
        value: tf.mul(value, tf.sub(1, tf.reshape(silu, []))),
        gradFunc: (dy: Tensor, [saved, savedAlpha]: Tensor[]) => {
          const s = sigmoidOf(savedAlpha);
          const derivative = tf.mul(s, tf.add(1, tf.mul(savedAlpha, tf.sub(1, s))));
          let gateGradient = tf.mul(tf.neg(derivative), tf.sum(tf.mul(dy, saved)));
          if (gateGradientClip !== null) gateGradient = tf.clipByValue(gateGradient, -gateGradientClip, gateGradientClip);
          return [tf.clone(dy), tf.reshape(gateGradient, savedAlpha.shape)];
        },
      };
    }) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (value: Tensor, a: Tensor) => Tensor;
    return forward(input, gate);
  });
}

interface GpasOwn {
  /** Clip dL/dα to [−c, c]. Default null: no clip. */
  readonly gateGradientClip?: number | null;
}
export interface GpasLayerOptions extends GpasOwn, WrapperBaseOptions {}

/** GPAS layer: one trainable scalar `alpha`, initialised to 0 (identity at start). Place after each residual add. */
export class GPAS extends tfl.layers.Layer {
  static className = 'GPAS';
  readonly options: Readonly<Record<string, unknown>>;
  private alpha!: tfl.LayerVariable;

  constructor(options: GpasLayerOptions = {}) {
    const { own, base } = resolveOptions<GpasOwn>('GPAS', options, { gateGradientClip: null });
    super(base as never);
    this.options = own;
    const clip = own.gateGradientClip as number | null;
    if (clip !== null && !(typeof clip === 'number' && clip > 0)) throw new Error(`GPAS: expected gateGradientClip > 0 or null, got ${String(clip)} — null leaves the gate's gradient unclipped`);
    this.supportsMasking = true;
  }

  override build(): void {
    this.alpha = this.addWeight('alpha', [1], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => gpas(Array.isArray(inputs) ? inputs[0] : inputs, this.alpha.read(), { gateGradientClip: this.options.gateGradientClip as number | null }));
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
tf.serialization.registerClass(GPAS, 'layerkit');
