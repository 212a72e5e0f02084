// α-BN test-time calibration (Test-time Batch Statistics Calibration for Covariate Shift): at
// inference every BatchNorm mixes its stored source statistics with the current batch's.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { batchNormInference } from '../ops.js';
import { batchNormAxis, batchNormLayers, weightNamed } from './model-surgery.js';

export interface AlphaBNOptions {
  /** Weight of the SOURCE (stored) statistics: 1 is standard inference, 0 the test batch's own. Default 0.9. */
  readonly alpha?: number;
}

/** Undoes alphaBN: the layers compute as before. */
export interface AlphaBNHandle {
  restore(): void;
}

type Call = (inputs: Tensor | Tensor[], kwargs: Record<string, unknown>) => Tensor | Tensor[];
const PATCHED = new WeakMap<tfl.layers.Layer, Call>();

/**
 * The α-BN output of one BatchNorm layer for a test batch: μ = α·μ_s + (1 − α)·μ_t,
 * σ² = α·σ²_s + (1 − α)·σ²_t (μ_t, σ²_t the batch's per-channel mean and biased variance), with
 * the layer's own γ, β and ε.
 */
export function alphaBatchNorm(layer: tfl.layers.Layer, x: Tensor, alpha: number): Tensor {
  return tf.tidy(() => {
    const axis = batchNormAxis('alphaBN', layer, x.rank);
    const others = Array.from({ length: x.rank }, (_, a) => a).filter((a) => a !== axis);
    const { mean, variance } = tf.moments(x, others);
    const mixedMean = tf.add(tf.mul(weightNamed(layer, 'moving_mean')!.read(), alpha), tf.mul(mean, 1 - alpha));
    const mixedVariance = tf.add(tf.mul(weightNamed(layer, 'moving_variance')!.read(), alpha), tf.mul(variance, 1 - alpha));
    return batchNormInference(x, mixedMean, mixedVariance, weightNamed(layer, 'gamma')?.read() ?? null, weightNamed(layer, 'beta')?.read() ?? null, {
      axis, epsilon: layer.getConfig().epsilon as number,
    });
  });
}

/**
 * Switches every BatchNorm layer of a model (tfjs BatchNormalization and layerkit BatchNorm,
 * nested models included) into α-BN at inference; training calls are unchanged. Nothing is
 * written: weights and moving statistics stay as they are. Calling it again replaces α;
 * `restore()` undoes it.
 */
export function alphaBN(model: tfl.LayersModel, options: AlphaBNOptions = {}): AlphaBNHandle {
  rejectUnknownOptions('alphaBN', options, ['alpha']);
  const { alpha = 0.9 } = options;
  if (!(typeof alpha === 'number' && alpha >= 0 && alpha <= 1)) throw new Error(`alphaBN: expected alpha in [0, 1] (the weight of the stored statistics), got ${String(alpha)} — 1 is standard inference`);
  if (!(model instanceof tfl.LayersModel)) throw new Error(`alphaBN: expected a tfjs LayersModel, got ${typeof model} — pass the model itself`);
  const layers = batchNormLayers(model);
  for (const layer of layers) {
    const original = PATCHED.get(layer) ?? (layer.call.bind(layer) as Call);
    PATCHED.set(layer, original);
    (layer as unknown as { call: Call }).call = (inputs, kwargs = {}) => {
      if (kwargs.training === true) return original(inputs, kwargs);
      return alphaBatchNorm(layer, Array.isArray(inputs) ? inputs[0] : inputs, alpha);
    };
  }
  return {
    restore() {
      for (const layer of layers) {
        if (!PATCHED.has(layer)) continue;
        delete (layer as unknown as { call?: Call }).call;
        PATCHED.delete(layer);
      }
    },
  };
}
