// SmoothGrad, "SmoothGrad: removing noise by adding noise" (Smilkov et al.):
// M̂(x) = (1/n)·Σ_k M(x + ε_k), ε_k ~ N(0, σ²), M = ∂S_c/∂x, with σ = noiseLevel·(x_max − x_min)
// taken per example. 'absolute' averages |M|, 'squared' averages M² (the SmoothGrad-Squared map).
import * as tf from '@tensorflow/tfjs-core';
import { checkChoice, checkNumber, checkOptionNames } from '../options.js';
import { seededRandom } from '../multitask/pcgrad.js';
import { floatInput, inputGradients, scoreFunction, type Scorable, type TargetOptions } from './score.js';

export interface SmoothGradOptions extends TargetOptions {
  /** Noisy samples n. Default 50. */
  samples?: number;
  /** σ as a fraction of each example's value range. Default 0.15. */
  noiseLevel?: number;
  /** 'plain' (default), 'absolute' or 'squared'. */
  variant?: 'plain' | 'absolute' | 'squared';
  /** Seed for repeatable noise. */
  seed?: number | null;
}

export const SMOOTHGRAD_OPTION_NAMES = ['target', 'samples', 'noiseLevel', 'variant', 'seed'] as const;

/** The SmoothGrad map of every example of `x` (same shape as x). */
export function smoothGrad(model: Scorable, x: tf.Tensor | tf.TensorLike, options: SmoothGradOptions = {}): tf.Tensor {
  const where = 'smoothGrad';
  checkOptionNames(where, options, SMOOTHGRAD_OPTION_NAMES);
  const samples = checkNumber(where, 'samples', options.samples, 50, { min: 1, integer: true });
  const noiseLevel = checkNumber(where, 'noiseLevel', options.noiseLevel, 0.15, { min: 0 });
  const variant = checkChoice(where, 'variant', options.variant, 'plain', ['plain', 'absolute', 'squared'] as const);
  const seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  const score = scoreFunction(where, model, options.target);
  return tf.tidy(() => {
    // Converted inside the tidy: a TensorLike's tensor is freed with the rest.
    const input = floatInput(where, x);
    const perExample = [input.shape[0]!, ...new Array(input.rank - 1).fill(1)];
    const flat = tf.reshape(input, [input.shape[0]!, -1]);
    const sigma = tf.reshape(tf.mul(noiseLevel, tf.sub(tf.max(flat, 1), tf.min(flat, 1))), perExample);
    let total: tf.Tensor | null = null;
    // Per-sample seeds from a hashed stream (tfjs's generator gives correlated first draws for nearby seeds).
    const seeds = seed == null ? null : seededRandom(seed);
    for (let sample = 0; sample < samples; sample++) {
      const sampleSeed = seeds == null ? undefined : Math.floor(seeds() * 2 ** 31);
      const next = tf.tidy(() => {
        const noise = tf.mul(tf.randomNormal(input.shape, 0, 1, 'float32', sampleSeed), sigma);
        const gradient = inputGradients(score, tf.add(input, noise));
        const term = variant === 'absolute' ? tf.abs(gradient) : variant === 'squared' ? tf.square(gradient) : gradient;
        return total == null ? term : tf.add(total, term);
      });
      total?.dispose();
      total = next;
    }
    return tf.div(total!, samples);
  });
}
