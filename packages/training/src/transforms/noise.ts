// Annealed gradient noise (Neelakantan et al., "Adding Gradient Noise Improves Learning for Very
// Deep Networks"): g_t ← g_t + N(0, σ_t²), σ_t² = η/(1 + t)^γ, t the number of updates this
// transform has made (it counts its own calls, so after accumulation t counts real updates).
// With a seed, the noise of update t and tensor i comes from a seed derived from (seed, t, i), so
// a run is repeatable and survives save/load (t is saved).
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformOutput } from './transform.js';

export interface GradientNoiseOptions {
  /** η. Default 0.3 (the paper's choices are 0.01, 0.3 and 1). */
  eta?: number;
  /** γ. Default 0.55. */
  gamma?: number;
  /** Seed for repeatable noise; none draws fresh noise. */
  seed?: number | null;
}

export const GRADIENT_NOISE_OPTION_NAMES = ['eta', 'gamma', 'seed'] as const;

/** σ_t² = η/(1 + t)^γ. */
export function noiseVariance(eta: number, gamma: number, step: number): number {
  return eta / (1 + step) ** gamma;
}

export class GradientNoise implements GradientTransform {
  static readonly className = 'GradientNoise';
  static fromConfig(config: tf.serialization.ConfigDict): GradientNoise {
    return new GradientNoise(config as GradientNoiseOptions);
  }

  readonly className = GradientNoise.className;
  readonly eta: number;
  readonly gamma: number;
  readonly seed: number | null;
  private step = 0;

  constructor(options: GradientNoiseOptions = {}) {
    const where = 'gradientNoise';
    checkOptionNames(where, options, GRADIENT_NOISE_OPTION_NAMES);
    this.eta = checkNumber(where, 'eta', options.eta, 0.3, { min: 0 });
    this.gamma = checkNumber(where, 'gamma', options.gamma, 0.55, { min: 0 });
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  apply(gradients: NamedGradient[]): TransformOutput {
    const step = this.step;
    this.step += 1;
    const variance = noiseVariance(this.eta, this.gamma, step);
    if (variance === 0) return { gradients, report: { sigma: 0 } };
    const sigma = Math.sqrt(variance);
    const result = gradients.map(({ name, tensor }, index) => {
      if (tensor == null) return { name, tensor };
      // A distinct, repeatable seed per (update, tensor); tfjs's generator takes any number.
      const seed = this.seed == null ? undefined : this.seed * 1_000_003 + step * 7919 + index;
      return { name, tensor: tf.add(tensor, tf.randomNormal(tensor.shape, 0, sigma, 'float32', seed)) };
    });
    return { gradients: result, report: { sigma } };
  }

  getConfig(): tf.serialization.ConfigDict {
    return { eta: this.eta, gamma: this.gamma, seed: this.seed };
  }

  getWeights(): NamedTensor[] {
    return [{ name: 'step', tensor: tf.scalar(this.step, 'int32') }];
  }

  setWeights(weights: NamedTensor[]): void {
    this.step = weights[0] == null ? 0 : weights[0].tensor.dataSync()[0]!;
  }
}

/** Annealed Gaussian gradient noise for `transformChain({transforms: [...]})`. */
export function gradientNoise(options: GradientNoiseOptions = {}): GradientNoise {
  return new GradientNoise(options);
}
