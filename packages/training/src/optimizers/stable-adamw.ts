// StableAdamW — AdamW with Adafactor-style update clipping (Wortsman et al., "Stable and
// low-precision training for large-scale vision-language models"), following the authors'
// StableAdamWUnfused reference: bias correction folded into the EMA coefficients, and the Adam
// step (not the decay) divided by max(1, RMS_t / clipThreshold) per tensor. RMS_t is kept on the
// device; `lastRms` reads it only when asked, so a step never waits for the accelerator.
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames } from '../options.js';
import { matchesAny, patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import { disposeSlots, gradientList, registeredVariable, slot, slotsFrom, splitSlots, type NamedTensor, type OptimizerVariable } from './slots.js';

export interface StableAdamWOptions {
  /** Default 0.002 (the authors' reference value). */
  learningRate?: number;
  /** Decoupled decay, not shrunk by the update clipping. Default 0.2. */
  weightDecay?: number;
  /** Default 0.9. */
  beta1?: number;
  /** Default 0.99. */
  beta2?: number;
  /** Default 1e-8. */
  epsilon?: number;
  /** The Adam step shrinks by 1/max(1, RMS_t/clipThreshold). Infinity turns clipping off. Default 1. */
  clipThreshold?: number;
  /** Variables never decayed (see AdamW's `exclude`). Default [] (the reference decays every tensor). */
  exclude?: VariablePattern | VariablePattern[];
}

export const STABLE_ADAMW_OPTION_NAMES = ['learningRate', 'weightDecay', 'beta1', 'beta2', 'epsilon', 'clipThreshold', 'exclude'] as const;

/** β·(1 − β^(t−1)) / (1 − β^t): the EMA coefficient that makes the average unbiased at step t. */
export function foldedBeta(beta: number, step: number): number {
  return (beta * (1 - beta ** (step - 1))) / (1 - beta ** step);
}

export class StableAdamW extends tf.Optimizer {
  static className = 'StableAdamW';

  learningRate: number;
  weightDecay: number;
  beta1: number;
  beta2: number;
  readonly epsilon: number;
  readonly clipThreshold: number;
  readonly exclude: readonly RegExp[];

  private firstMoments: OptimizerVariable[] = [];
  private secondMoments: OptimizerVariable[] = [];
  private rms = new Map<string, tf.Tensor>();

  constructor(options: StableAdamWOptions = {}) {
    super();
    const where = 'StableAdamW';
    checkOptionNames(where, options, STABLE_ADAMW_OPTION_NAMES);
    this.learningRate = checkNumber(where, 'learningRate', options.learningRate, 0.002, { min: 0 });
    this.weightDecay = checkNumber(where, 'weightDecay', options.weightDecay, 0.2, { min: 0 });
    this.beta1 = checkNumber(where, 'beta1', options.beta1, 0.9, { min: 0, max: 1, maxExclusive: true });
    this.beta2 = checkNumber(where, 'beta2', options.beta2, 0.99, { min: 0, max: 1, maxExclusive: true });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-8, { min: 0, minExclusive: true });
    this.clipThreshold = checkNumber(where, 'clipThreshold', options.clipThreshold, 1, { min: 0, minExclusive: true, infinite: true });
    this.exclude = toRegExps(where, 'exclude', options.exclude, []);
  }

  /** RMS_t of the last step per variable name (reads the device; for logging and spike detection). */
  get lastRms(): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [name, tensor] of this.rms) result[name] = tensor.dataSync()[0]!;
    return result;
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const gradients = gradientList(variableGradients);
    const step = this.iterations + 1;
    const beta1 = foldedBeta(this.beta1, step);
    const beta2 = foldedBeta(this.beta2, step);
    const epsilonSquared = this.epsilon * this.epsilon;
    for (const tensor of this.rms.values()) tensor.dispose();
    this.rms.clear();
    gradients.forEach(({ name, tensor: gradient }, index) => {
      const value = registeredVariable('StableAdamW', name);
      const firstMoment = slot(this.firstMoments, index, `${name}/m`, value);
      const secondMoment = slot(this.secondMoments, index, `${name}/v`, value);
      if (gradient == null) return;
      const rms = tf.tidy(() => {
        const newFirstMoment = tf.add(tf.mul(firstMoment, beta1), tf.mul(gradient, 1 - beta1));
        const newSecondMoment = tf.add(tf.mul(secondMoment, beta2), tf.mul(tf.square(gradient), 1 - beta2));
        firstMoment.assign(newFirstMoment);
        secondMoment.assign(newSecondMoment);
        // RMS of g/√v with the just-updated v, floored at ε² as in the reference.
        const rmsValue = tf.sqrt(tf.mean(tf.div(tf.square(gradient), tf.maximum(newSecondMoment, epsilonSquared))));
        const shrink = Number.isFinite(this.clipThreshold)
          ? tf.maximum(1, tf.div(rmsValue, this.clipThreshold))
          : tf.scalar(1);
        const decays = this.weightDecay > 0 && !matchesAny(this.exclude, name);
        const decayed = decays ? tf.mul(value, 1 - this.learningRate * this.weightDecay) : value;
        const adamStep = tf.div(newFirstMoment, tf.add(tf.sqrt(newSecondMoment), this.epsilon));
        value.assign(tf.sub(decayed, tf.mul(tf.div(this.learningRate, shrink), adamStep)));
        return rmsValue;
      });
      this.rms.set(name, tf.keep(rms));
    });
    this.incrementIterations();
  }

  override dispose(): void {
    disposeSlots(this.firstMoments, this.secondMoments);
    this.firstMoments = [];
    this.secondMoments = [];
    for (const tensor of this.rms.values()) tensor.dispose();
    this.rms.clear();
  }

  override async getWeights(): Promise<NamedTensor[]> {
    const slots = [...this.firstMoments, ...this.secondMoments];
    return [await this.saveIterations(), ...slots.map((entry) => ({ name: entry.originalName, tensor: entry.variable }))];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    const [first, second] = splitSlots('StableAdamW.setWeights', rest, 2, 'm and v');
    disposeSlots(this.firstMoments, this.secondMoments);
    this.firstMoments = slotsFrom(first!);
    this.secondMoments = slotsFrom(second!);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      learningRate: this.learningRate,
      weightDecay: this.weightDecay,
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon,
      // JSON has no Infinity: a config carries null for "no clipping".
      clipThreshold: Number.isFinite(this.clipThreshold) ? this.clipThreshold : null,
      exclude: patternsToConfig(this.exclude),
    };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls({ ...config, clipThreshold: config['clipThreshold'] ?? Infinity });
  }
}
