// Gradient reversal (Ganin & Lempitsky, "Unsupervised Domain Adaptation by Backpropagation";
// Ganin et al., "Domain-Adversarial Training of Neural Networks"): forward y = x, backward
// dL/dx = −λ·dL/dy. Placed between a feature extractor and a domain classifier, it trains the
// classifier to tell domains apart and the extractor to make them indistinguishable. λ is read
// on every call, so a callback can anneal it (the DANN schedule λ_p = 2/(1 + e^(−γp)) − 1).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, type LayerArgs } from '../options.js';
import { defineSchedule, type Schedule } from '../schedules/schedule.js';

/** y = x with dL/dx = −λ·dL/dy. */
export function gradientReversal(x: tf.Tensor | tf.TensorLike, lambda = 1): tf.Tensor {
  const where = 'gradientReversal';
  checkNumber(where, 'lambda', lambda, undefined);
  const input = x instanceof tf.Tensor ? x : tf.tensor(x);
  if (input.dtype !== 'float32') {
    throw new Error(`${where}: expected a float32 tensor, got ${input.dtype} — cast first with tf.cast(x, 'float32')`);
  }
  // customGrad needs a new tensor as its value: a clone shares the data, so the forward is free.
  const reverse = tf.customGrad(((value: tf.Tensor) => ({ value: tf.clone(value), gradFunc: (dy: tf.Tensor) => tf.mul(dy, -lambda) })) as never);
  return (reverse as (x: tf.Tensor) => tf.Tensor)(input);
}

export interface GradientReversalOptions extends LayerArgs {
  /** λ, the factor on the reversed gradient; settable during training. Default 1. */
  lambda?: number;
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;

export class GradientReversal extends tfl.layers.Layer {
  static className = 'GradientReversal';
  private lambdaValue: number;

  constructor(options: GradientReversalOptions = {}) {
    super(options);
    checkOptionNames('GradientReversal', options, ['lambda', ...LAYER_ARGS]);
    this.lambdaValue = checkNumber('GradientReversal', 'lambda', options.lambda, 1);
  }

  /** λ used by the next call; set it from a callback to anneal. */
  get lambda(): number {
    return this.lambdaValue;
  }

  set lambda(value: number) {
    this.lambdaValue = checkNumber('GradientReversal', 'lambda', value, undefined);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    return gradientReversal(input, this.lambdaValue);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), lambda: this.lambdaValue };
  }
}

/** DANN's λ_p = 2/(1 + e^(−γ·p)) − 1 for training progress p ∈ [0, 1]. */
export function dannLambda(progress: number, gamma = 10): number {
  return 2 / (1 + Math.exp(-gamma * progress)) - 1;
}

export interface DannScheduleOptions {
  /** Steps over which progress p goes from 0 to 1. Required. */
  totalSteps?: number;
  /** γ of the λ schedule. Default 10. */
  gamma?: number;
}

/** λ_p as a schedule of the optimizer step (p = step/totalSteps, capped at 1). */
export function dannLambdaSchedule(options: DannScheduleOptions): Schedule {
  const where = 'dannLambdaSchedule';
  checkOptionNames(where, options, ['totalSteps', 'gamma']);
  if (options.totalSteps === undefined) throw new Error(`${where}: expected totalSteps, got none — pass the number of training steps`);
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: 1, integer: true });
  const gamma = checkNumber(where, 'gamma', options.gamma, 10, { min: 0 });
  return defineSchedule('DannLambda', { totalSteps, gamma }, (step) => dannLambda(Math.min(1, step / totalSteps), gamma));
}

export interface DannLearningRateOptions {
  /** μ0. Default 0.01. */
  initialLearningRate?: number;
  /** α. Default 10. */
  alpha?: number;
  /** β. Default 0.75. */
  beta?: number;
  /** Steps over which p goes from 0 to 1. Required. */
  totalSteps?: number;
}

/** DANN's learning-rate annealing μ_p = μ0/(1 + α·p)^β, p = step/totalSteps (capped at 1). */
export function dannLearningRate(options: DannLearningRateOptions): Schedule {
  const where = 'dannLearningRate';
  checkOptionNames(where, options, ['initialLearningRate', 'alpha', 'beta', 'totalSteps']);
  if (options.totalSteps === undefined) throw new Error(`${where}: expected totalSteps, got none — pass the number of training steps`);
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: 1, integer: true });
  const initialLearningRate = checkNumber(where, 'initialLearningRate', options.initialLearningRate, 0.01, { min: 0 });
  const alpha = checkNumber(where, 'alpha', options.alpha, 10, { min: 0 });
  const beta = checkNumber(where, 'beta', options.beta, 0.75, { min: 0 });
  return defineSchedule('DannLearningRate', { initialLearningRate, alpha, beta, totalSteps }, (step) => initialLearningRate / (1 + alpha * Math.min(1, step / totalSteps)) ** beta);
}

/** Sets `layer.lambda` from a schedule before every batch of model.fit. */
export class GradientReversalScheduler extends tfl.Callback {
  step = 0;
  constructor(readonly layer: GradientReversal, readonly schedule: Schedule) {
    super();
    if (!(layer instanceof GradientReversal)) throw new Error('GradientReversalScheduler: expected a GradientReversal layer as the first argument');
  }

  override async onBatchBegin(): Promise<void> {
    this.layer.lambda = this.schedule(this.step);
  }

  override async onBatchEnd(): Promise<void> {
    this.step += 1;
  }
}
