import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';

/**
 * sg(x): x forward, no gradient back (tfjs has no stop-gradient op). Used where a formula
 * treats a value as a constant: spectral norm's u and v, GPAS's scaled copy of x.
 */
export const stopGradient = tf.customGrad(((x: Tensor) => ({
  value: tf.clone(x),
  gradFunc: (dy: Tensor) => tf.zerosLike(dy),
})) as unknown as Parameters<typeof tf.customGrad>[0]) as unknown as (x: Tensor) => Tensor;
