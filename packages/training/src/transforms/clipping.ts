// Gradient clipping with Keras 3's exact rules (keras/src/optimizers/base_optimizer.py
// `_clip_gradients`, `_clip_by_norm`, `clip_by_global_norm`): at most one of clipnorm,
// globalClipnorm and clipvalue; a value of 0 or null is off. The global scale is Keras's
// c·min(1/N, 1/c) + (N − N), so a non-finite norm turns every gradient into NaN instead of hiding
// the overflow, and per-tensor clipping takes an all-zero tensor's norm as 0 without a √0 on the
// gradient path. Pascanu et al. ("On the difficulty of training recurrent neural networks").
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import { type GradientTransform, type NamedGradient, type TransformOutput } from './transform.js';

export interface GradientClippingOptions {
  /** Scale all gradients together so their joint L2 norm is at most this. Keras `global_clipnorm`. */
  globalClipnorm?: number | null;
  /** Scale each gradient tensor so its L2 norm is at most this. Keras `clipnorm`. */
  clipnorm?: number | null;
  /** Clip every element to [−clipvalue, clipvalue]. Keras `clipvalue`. */
  clipvalue?: number | null;
}

export const GRADIENT_CLIPPING_OPTION_NAMES = ['globalClipnorm', 'clipnorm', 'clipvalue'] as const;

/**
 * Σ g² of one tensor. On the cpu backend a dot product of the flattened tensor with itself runs
 * about 6× faster than sum(square(g)) (tfjs's cpu Sum kernel is slow; its MatMul is not); other
 * backends keep sum(square(g)), their fastest form. Only the summation order differs.
 */
export function squaredNorm(tensor: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    if (tf.getBackend() === 'cpu' && tensor.size > 1) {
      const flat = tf.reshape(tensor, [-1]);
      return tf.reshape(tf.dot(flat, flat), []) as tf.Scalar;
    }
    return tf.sum(tf.square(tensor));
  });
}

/** √(Σ_i Σ g_i²) over the non-null gradients, as Keras's `global_norm`. */
export function globalNorm(gradients: readonly (tf.Tensor | null)[]): tf.Scalar {
  return tf.tidy(() => {
    const squares = gradients.filter((gradient): gradient is tf.Tensor => gradient != null).map(squaredNorm);
    if (squares.length === 0) return tf.scalar(0);
    return tf.sqrt(squares.length === 1 ? squares[0]! : tf.addN(squares)) as tf.Scalar;
  });
}

/** Keras's `_clip_by_norm` for one tensor: g·c / max(‖g‖, c), with ‖0‖ taken as 0 without a √0. */
export function clipByNorm(gradient: tf.Tensor, clipnorm: number): tf.Tensor {
  return tf.tidy(() => {
    const squaredSum = squaredNorm(gradient);
    // sign(Σg²) > 0 rather than greater(Σg², 0): tfjs has no gradient for Greater, and this keeps
    // the clip differentiable (sign's gradient is zero, like a condition's).
    const positive = tf.cast(tf.sign(squaredSum), 'bool');
    const safe = tf.where(positive, squaredSum, tf.onesLike(squaredSum));
    const norm = tf.where(positive, tf.sqrt(safe), squaredSum);
    return tf.div(tf.mul(gradient, clipnorm), tf.maximum(norm, clipnorm));
  });
}

/** The global clipping scale c·min(1/N, 1/c) + (N − N) for a norm tensor N. */
export function globalClipScale(norm: tf.Tensor, clipnorm: number): tf.Tensor {
  return tf.tidy(() => tf.add(tf.mul(clipnorm, tf.minimum(tf.div(1, norm), 1 / clipnorm)), tf.sub(norm, norm)));
}

export class GradientClipping implements GradientTransform {
  static readonly className = 'GradientClipping';
  static fromConfig(config: tf.serialization.ConfigDict): GradientClipping {
    return new GradientClipping(config as GradientClippingOptions);
  }

  readonly className = GradientClipping.className;
  readonly globalClipnorm: number | null;
  readonly clipnorm: number | null;
  readonly clipvalue: number | null;

  constructor(options: GradientClippingOptions = {}) {
    const where = 'gradientClipping';
    checkOptionNames(where, options, GRADIENT_CLIPPING_OPTION_NAMES);
    const read = (name: keyof GradientClippingOptions) => {
      const value = options[name];
      return value == null ? null : checkNumber(where, name, value, undefined, { min: 0 });
    };
    this.globalClipnorm = read('globalClipnorm');
    this.clipnorm = read('clipnorm');
    this.clipvalue = read('clipvalue');
    const set = GRADIENT_CLIPPING_OPTION_NAMES.filter((name) => this[name] != null);
    if (set.length > 1) {
      throw new Error(
        `${where}: only one of clipnorm, globalClipnorm and clipvalue can be set (as in Keras 3), got ${set.map((name) => `${name}: ${this[name]}`).join(', ')} — `
        + 'chain two gradientClipping transforms if you want both, in the order you want them applied',
      );
    }
  }

  /** Which rule runs: Keras tests clipnorm, then globalClipnorm, then clipvalue, each only when > 0. */
  get mode(): 'clipnorm' | 'globalClipnorm' | 'clipvalue' | 'off' {
    if (this.clipnorm != null && this.clipnorm > 0) return 'clipnorm';
    if (this.globalClipnorm != null && this.globalClipnorm > 0) return 'globalClipnorm';
    if (this.clipvalue != null && this.clipvalue > 0) return 'clipvalue';
    return 'off';
  }

  apply(gradients: NamedGradient[]): TransformOutput {
    const norm = globalNorm(gradients.map((gradient) => gradient.tensor));
    const mode = this.mode;
    const map = (fn: (gradient: tf.Tensor) => tf.Tensor) => gradients.map(({ name, tensor }) => ({ name, tensor: tensor == null ? null : fn(tensor) }));
    switch (mode) {
      case 'clipnorm':
        return { gradients: map((gradient) => clipByNorm(gradient, this.clipnorm!)), report: { globalNorm: norm } };
      case 'globalClipnorm': {
        const scale = globalClipScale(norm, this.globalClipnorm!);
        return { gradients: map((gradient) => tf.mul(gradient, scale)), report: { globalNorm: norm, scale } };
      }
      case 'clipvalue':
        return { gradients: map((gradient) => tf.clipByValue(gradient, -this.clipvalue!, this.clipvalue!)), report: { globalNorm: norm } };
      default:
        return { gradients, report: { globalNorm: norm } };
    }
  }

  getConfig(): tf.serialization.ConfigDict {
    return { globalClipnorm: this.globalClipnorm, clipnorm: this.clipnorm, clipvalue: this.clipvalue };
  }
}

/** Keras-compatible gradient clipping for `transformChain({transforms: [...]})`. */
export function gradientClipping(options: GradientClippingOptions = {}): GradientClipping {
  return new GradientClipping(options);
}
