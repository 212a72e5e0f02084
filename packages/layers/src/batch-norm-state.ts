// BatchNorm inside a layer, with Keras 3's semantics: batch statistics (biased variance) in
// training, which also move the moving averages (moving ← moving·momentum + batch·(1 − momentum)),
// and the moving averages at inference; @layerkit/norms' fused kernels do the normalizing.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { batchNormInference, batchNormTraining } from '@layerkit/norms';

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

/** The four weights of one BatchNorm, as a layer made them with addWeight. */
export interface BatchNormWeights {
  gamma: Variable;
  beta: Variable;
  movingMean: Variable;
  movingVariance: Variable;
}

/** How a layer adds one weight (its protected addWeight, passed in by the layer). */
export type AddWeight = (name: string, shape: number[], initializer: ReturnType<typeof tfl.initializers.ones>, trainable: boolean) => Variable;

/** Adds `${prefix}/gamma`, `beta`, `moving_mean`, `moving_variance` of `channels` values to a layer being built. */
export function addBatchNormWeights(add: AddWeight, prefix: string, channels: number): BatchNormWeights {
  return {
    gamma: add(`${prefix}/gamma`, [channels], tfl.initializers.ones(), true),
    beta: add(`${prefix}/beta`, [channels], tfl.initializers.zeros(), true),
    movingMean: add(`${prefix}/moving_mean`, [channels], tfl.initializers.zeros(), false),
    movingVariance: add(`${prefix}/moving_variance`, [channels], tfl.initializers.ones(), false),
  };
}

/** BatchNorm over the last (channel) axis of x. */
export function applyBatchNorm(x: tf.Tensor, weights: BatchNormWeights, options: { training: boolean; momentum: number; epsilon: number }): tf.Tensor {
  const { gamma, beta, movingMean, movingVariance } = weights;
  if (!options.training) return batchNormInference(x, movingMean.read(), movingVariance.read(), gamma.read(), beta.read(), { epsilon: options.epsilon });
  const { output, mean, variance } = batchNormTraining(x, gamma.read(), beta.read(), { epsilon: options.epsilon });
  for (const [moving, batch] of [[movingMean, mean], [movingVariance, variance]] as const) {
    const updated = tf.tidy(() => tf.add(tf.mul(moving.read(), options.momentum), tf.mul(batch, 1 - options.momentum)));
    moving.write(updated);
    updated.dispose();
  }
  return output;
}
