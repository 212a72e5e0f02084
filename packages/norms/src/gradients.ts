import * as tf from '@tensorflow/tfjs-core';
import { registerGradient, type Tensor } from '@tensorflow/tfjs-core';
import { NORM_KERNELS } from '@layerkit/core';

/**
 * Analytic backward passes over [rows, width], composed from tfjs ops (a fused backward kernel
 * is only worth it where the benchmark says so). Statistics are recomputed from the saved
 * input rather than saved, so the forward kernel stays one output.
 */
export function registerNormGradients(): void {
  registerGradient({
    kernelName: NORM_KERNELS.rmsNorm,
    inputsToSave: ['x', 'gamma'],
    gradFunc: (dy, saved, attrs) => {
      const [x, gamma] = saved as Tensor[];
      const upstream = dy as Tensor;
      const epsilon = attrs.epsilon as number;
      const k = attrs.k as number;
      const width = x.shape[1]!;
      const head = () => (k === width ? x : tf.slice(x, [0, 0], [-1, k]));
      const inverse = () => tf.rsqrt(tf.add(tf.mean(tf.square(head()), -1, true), epsilon));
      return {
        // dx = r·(dy·γ) − r³/k · Σ(dy·γ·x) · x·1[j < k]
        x: () => {
          const r = inverse();
          const scaled = tf.mul(upstream, gamma);
          const dot = tf.sum(tf.mul(scaled, x), -1, true);
          const correction = tf.mul(tf.div(tf.mul(tf.pow(r, 3), dot), k), x);
          const masked = k === width ? correction : tf.mul(correction, tf.concat([tf.ones([1, k]), tf.zeros([1, width - k])], 1));
          return tf.sub(tf.mul(scaled, r), masked);
        },
        gamma: () => tf.sum(tf.mul(upstream, tf.mul(x, inverse())), 0),
      };
    },
  });
  registerGradient({
    kernelName: NORM_KERNELS.layerNorm,
    inputsToSave: ['x', 'gamma'],
    gradFunc: (dy, saved, attrs) => {
      const [x, gamma] = saved as Tensor[];
      const upstream = dy as Tensor;
      const epsilon = attrs.epsilon as number;
      const normalized = () => {
        const { mean, variance } = tf.moments(x, -1, true);
        const r = tf.rsqrt(tf.add(variance, epsilon));
        return { r, xHat: tf.mul(tf.sub(x, mean), r) };
      };
      return {
        // dx = r·(g − mean(g) − x̂·mean(g·x̂)), g = dy·γ
        x: () => {
          const { r, xHat } = normalized();
          const g = tf.mul(upstream, gamma);
          return tf.mul(r, tf.sub(tf.sub(g, tf.mean(g, -1, true)), tf.mul(xHat, tf.mean(tf.mul(g, xHat), -1, true))));
        },
        gamma: () => tf.sum(tf.mul(upstream, normalized().xHat), 0),
        beta: () => tf.sum(upstream, 0),
      };
    },
  });
}
