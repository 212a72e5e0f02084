// Adaptive gradient clipping, AGC (Brock et al., "High-Performance Large-Scale Image Recognition
// Without Normalization"), unit-wise as in the NFNets code and optax's adaptive_grad_clip: each
// output unit's gradient G_i is rescaled to clipFactor·max(‖W_i‖, ε) when its norm exceeds that.
// A unit is the fan-in slice of one output channel: tfjs kernels keep output channels last, so the
// norm runs over every axis but the last; tensors that squeeze to rank ≤ 1 (biases, gains, a
// [1, units] kernel) use their whole norm, as the reference does. Limit: optax treats rank-3
// weights as multi-head linear (norm over axis 0 only); here a rank-3 kernel is a Conv1D kernel
// [k, in, out] and its unit is [k, in].
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import { matchesAny, patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import type { GradientTransform, NamedGradient, TransformContext, TransformOutput } from './transform.js';

export interface AdaptiveGradientClippingOptions {
  /** λ: the largest allowed ‖G_i‖ / max(‖W_i‖, ε). Default 0.01. */
  clipFactor?: number;
  /** ε: floor on the weight norm, so zero-initialised weights can still move. Default 1e-3. */
  epsilon?: number;
  /** Variables left unclipped (the final classifier, as in the paper). Default ['classifier']. */
  exclude?: VariablePattern | VariablePattern[];
}

export const AGC_OPTION_NAMES = ['clipFactor', 'epsilon', 'exclude'] as const;

/** The norm of each unit, broadcastable against `tensor` (see the file header for the unit). */
export function unitwiseNorm(tensor: tf.Tensor): tf.Tensor {
  return tf.tidy(() => {
    const squeezedRank = tensor.shape.filter((size) => size !== 1).length;
    if (squeezedRank <= 1) return tf.norm(tensor);
    const axes = tensor.shape.slice(0, -1).map((_, axis) => axis);
    return tf.sqrt(tf.sum(tf.square(tensor), axes, true));
  });
}

export class AdaptiveGradientClipping implements GradientTransform {
  static readonly className = 'AdaptiveGradientClipping';
  static fromConfig(config: tf.serialization.ConfigDict): AdaptiveGradientClipping {
    return new AdaptiveGradientClipping(config as AdaptiveGradientClippingOptions);
  }

  readonly className = AdaptiveGradientClipping.className;
  readonly clipFactor: number;
  readonly epsilon: number;
  readonly exclude: readonly RegExp[];

  constructor(options: AdaptiveGradientClippingOptions = {}) {
    const where = 'adaptiveGradientClipping';
    checkOptionNames(where, options, AGC_OPTION_NAMES);
    this.clipFactor = checkNumber(where, 'clipFactor', options.clipFactor, 0.01, { min: 0, minExclusive: true });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-3, { min: 0 });
    this.exclude = toRegExps(where, 'exclude', options.exclude, ['classifier']);
  }

  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput {
    const clippedUnits: tf.Tensor[] = [];
    const result = gradients.map(({ name, tensor }) => {
      if (tensor == null || matchesAny(this.exclude, name)) return { name, tensor };
      const weight = context.variable(name);
      const gradientNorm = unitwiseNorm(tensor);
      const maxNorm = tf.mul(tf.maximum(unitwiseNorm(weight), this.epsilon), this.clipFactor);
      const keep = tf.less(gradientNorm, maxNorm);
      // One factor per unit (1 where the unit is kept, so those gradients stay bit-identical), then
      // one multiply over the tensor: no full-size select. The 1e-6 floor only guards the division.
      const factor = tf.where(keep, tf.onesLike(maxNorm), tf.div(maxNorm, tf.maximum(gradientNorm, 1e-6)));
      clippedUnits.push(tf.sum(tf.cast(tf.logicalNot(keep), 'int32')));
      return { name, tensor: tf.mul(tensor, factor) };
    });
    const count = clippedUnits.length === 0 ? tf.scalar(0, 'int32') : tf.addN(clippedUnits);
    return { gradients: result, report: { clippedUnits: count } };
  }

  getConfig(): tf.serialization.ConfigDict {
    return { clipFactor: this.clipFactor, epsilon: this.epsilon, exclude: patternsToConfig(this.exclude) };
  }
}

/** AGC for `transformChain({transforms: [...]})`. */
export function adaptiveGradientClipping(options: AdaptiveGradientClippingOptions = {}): AdaptiveGradientClipping {
  return new AdaptiveGradientClipping(options);
}
