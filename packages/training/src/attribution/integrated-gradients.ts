// Integrated Gradients (Sundararajan et al., "Axiomatic Attribution for Deep Networks"):
// IG_i(x) = (x_i − x′_i)·(1/m)·Σ_{k=1..m} ∂F(x′ + (k/m)·(x − x′))/∂x_i, the right Riemann sum of the
// path integral from the baseline x′. Completeness, Σ_i IG_i = F(x) − F(x′), holds up to the
// Riemann error (exactly for a model linear in x); `integratedGradientsCompleteness` measures it.
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { floatInput, inputGradients, scoreFunction, type Scorable, type TargetOptions } from './score.js';

export interface IntegratedGradientsOptions extends TargetOptions {
  /** Riemann steps m. Default 50. */
  steps?: number;
  /** x′: 'zeros' (default), a number, or a tensor broadcastable to x. */
  baseline?: 'zeros' | number | tf.Tensor;
}

export const INTEGRATED_GRADIENTS_OPTION_NAMES = ['target', 'steps', 'baseline'] as const;

function baselineFor(where: string, input: tf.Tensor, baseline: IntegratedGradientsOptions['baseline']): tf.Tensor {
  if (baseline == null || baseline === 'zeros') return tf.zerosLike(input);
  if (typeof baseline === 'number') return tf.fill(input.shape, baseline);
  if (baseline instanceof tf.Tensor) {
    try {
      return tf.add(tf.zerosLike(input), baseline);
    } catch {
      throw new Error(`${where}: expected a baseline broadcastable to the inputs' shape [${input.shape}], got shape [${baseline.shape}]`);
    }
  }
  throw new Error(`${where}: expected baseline 'zeros', a number or a tensor, got ${describe(baseline)}`);
}

/** Integrated Gradients of every example of `x` (same shape as x). */
export function integratedGradients(model: Scorable, x: tf.Tensor | tf.TensorLike, options: IntegratedGradientsOptions = {}): tf.Tensor {
  const where = 'integratedGradients';
  checkOptionNames(where, options, INTEGRATED_GRADIENTS_OPTION_NAMES);
  const steps = checkNumber(where, 'steps', options.steps, 50, { min: 1, integer: true });
  const score = scoreFunction(where, model, options.target);
  return tf.tidy(() => {
    // Converted inside the tidy: a TensorLike's tensor is freed with the rest.
    const input = floatInput(where, x);
    const baseline = baselineFor(where, input, options.baseline);
    const difference = tf.sub(input, baseline);
    let total: tf.Tensor | null = null;
    for (let step = 1; step <= steps; step++) {
      const next = tf.tidy(() => {
        const gradient = inputGradients(score, tf.add(baseline, tf.mul(difference, step / steps)));
        return total == null ? gradient : tf.add(total, gradient);
      });
      total?.dispose();
      total = next;
    }
    return tf.mul(difference, tf.div(total!, steps));
  });
}

export interface CompletenessReport {
  /** Σ_i IG_i per example. */
  readonly attributionSums: number[];
  /** F(x) − F(x′) per example. */
  readonly scoreDifferences: number[];
  /** |Σ IG − ΔF|/max(|ΔF|, 1e-12) per example. */
  readonly relativeErrors: number[];
}

/** How well `attributions` satisfy completeness for `x` against the same baseline and target. */
export function integratedGradientsCompleteness(model: Scorable, x: tf.Tensor | tf.TensorLike, attributions: tf.Tensor, options: IntegratedGradientsOptions = {}): CompletenessReport {
  const where = 'integratedGradientsCompleteness';
  checkOptionNames(where, options, INTEGRATED_GRADIENTS_OPTION_NAMES);
  const score = scoreFunction(where, model, options.target);
  const [sums, differences] = tf.tidy((): tf.Tensor[] => {
    const input = floatInput(where, x);
    if (attributions.shape.join() !== input.shape.join()) {
      throw new Error(`${where}: expected attributions of the inputs' shape [${input.shape}], got [${attributions.shape}] — pass what integratedGradients returned for these inputs`);
    }
    const baseline = baselineFor(where, input, options.baseline);
    return [tf.sum(tf.reshape(attributions, [input.shape[0]!, -1]), 1), tf.sub(score(input), score(baseline))];
  });
  const attributionSums = Array.from(sums!.dataSync());
  const scoreDifferences = Array.from(differences!.dataSync());
  tf.dispose([sums!, differences!]);
  return {
    attributionSums,
    scoreDifferences,
    relativeErrors: attributionSums.map((sum, index) => Math.abs(sum - scoreDifferences[index]!) / Math.max(Math.abs(scoreDifferences[index]!), 1e-12)),
  };
}
