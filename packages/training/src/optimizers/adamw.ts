// AdamW — Adam with decoupled weight decay (Loshchilov & Hutter), the update of torch.optim.AdamW:
// p ← p·(1 − lr·wd), then the Adam step with bias-corrected moments. Written with tfjs's own Adam
// op sequence (and its running β-power variables), so `weightDecay: 0` equals tf.train.adam bit
// for bit. Limits: bias correction uses the running product of past β1 values (as tf.train.adam
// does), which differs from PyTorch's β1^t only when β1 changes during training (momentum cycling).
import * as tf from '@tensorflow/tfjs-core';
import { checkBoolean, checkNumber, checkOptionNames } from '../options.js';
import { matchesAny, patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import { disposeSlots, gradientList, registeredVariable, slot, slotsFrom, splitSlots, type NamedTensor, type OptimizerVariable } from './slots.js';

export interface AdamWOptions {
  /** Step size. Default 0.001. */
  learningRate?: number;
  /** Decay of the first moment. Default 0.9. */
  beta1?: number;
  /** Decay of the second moment. Default 0.999. */
  beta2?: number;
  /** Added to √v̂. Default 1e-7 (Keras and tf.train.adam; PyTorch uses 1e-8). */
  epsilon?: number;
  /** Decoupled decay per unit learning rate. Default 0.004 (Keras 3; PyTorch uses 0.01). */
  weightDecay?: number;
  /**
   * Variables whose name matches any pattern are not decayed (substring for strings, search for
   * RegExps; '/…/flags' strings are RegExps). Default ['bias', 'gamma', 'beta']: biases and
   * normalization scale/offset. Pass [] to decay everything, as PyTorch and Keras do by default.
   */
  exclude?: VariablePattern | VariablePattern[];
  /** Use the running maximum of v (Reddi et al.). Default false. */
  amsgrad?: boolean;
}

export const ADAMW_OPTION_NAMES = ['learningRate', 'beta1', 'beta2', 'epsilon', 'weightDecay', 'exclude', 'amsgrad'] as const;
export const ADAMW_DEFAULT_EXCLUDE: readonly string[] = ['bias', 'gamma', 'beta'];

/** AdamW as a tf.Optimizer: works with model.fit, saves and loads with includeOptimizer. */
export class AdamW extends tf.Optimizer {
  static className = 'AdamW';

  learningRate: number;
  beta1: number;
  beta2: number;
  readonly epsilon: number;
  weightDecay: number;
  readonly exclude: readonly RegExp[];
  readonly amsgrad: boolean;

  private accBeta1: tf.Variable;
  private accBeta2: tf.Variable;
  private firstMoments: OptimizerVariable[] = [];
  private secondMoments: OptimizerVariable[] = [];
  private maxSecondMoments: OptimizerVariable[] = [];

  constructor(options: AdamWOptions = {}) {
    super();
    const where = 'AdamW';
    checkOptionNames(where, options, ADAMW_OPTION_NAMES);
    this.learningRate = checkNumber(where, 'learningRate', options.learningRate, 0.001, { min: 0 });
    this.beta1 = checkNumber(where, 'beta1', options.beta1, 0.9, { min: 0, max: 1, maxExclusive: true });
    this.beta2 = checkNumber(where, 'beta2', options.beta2, 0.999, { min: 0, max: 1, maxExclusive: true });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-7, { min: 0 });
    this.weightDecay = checkNumber(where, 'weightDecay', options.weightDecay, 0.004, { min: 0 });
    this.exclude = toRegExps(where, 'exclude', options.exclude, ADAMW_DEFAULT_EXCLUDE);
    this.amsgrad = checkBoolean(where, 'amsgrad', options.amsgrad, false);
    this.accBeta1 = tf.tidy(() => tf.scalar(this.beta1).variable(false));
    this.accBeta2 = tf.tidy(() => tf.scalar(this.beta2).variable(false));
  }

  /** True when the variable called `name` is decayed (not matched by `exclude`). */
  decays(name: string): boolean {
    return this.weightDecay > 0 && !matchesAny(this.exclude, name);
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const gradients = gradientList(variableGradients);
    tf.tidy(() => {
      const oneMinusAccBeta1 = tf.sub(1, this.accBeta1);
      const oneMinusAccBeta2 = tf.sub(1, this.accBeta2);
      gradients.forEach(({ name, tensor: gradient }, index) => {
        const value = registeredVariable('AdamW', name);
        const firstMoment = slot(this.firstMoments, index, `${name}/m`, value);
        const secondMoment = slot(this.secondMoments, index, `${name}/v`, value);
        const maxSecondMoment = this.amsgrad ? slot(this.maxSecondMoments, index, `${name}/vhat`, value) : null;
        if (gradient == null) return;
        // The op sequence below is tf.train.adam's, so weightDecay 0 reproduces it bit for bit.
        const newFirstMoment = tf.add(tf.mul(firstMoment, this.beta1), tf.mul(gradient, 1 - this.beta1));
        const newSecondMoment = tf.add(tf.mul(secondMoment, this.beta2), tf.mul(tf.square(gradient), 1 - this.beta2));
        let denominatorMoment: tf.Tensor = newSecondMoment;
        if (maxSecondMoment != null) {
          denominatorMoment = tf.maximum(maxSecondMoment, newSecondMoment);
          maxSecondMoment.assign(denominatorMoment);
        }
        const biasCorrectedFirstMoment = tf.div(newFirstMoment, oneMinusAccBeta1);
        const biasCorrectedSecondMoment = tf.div(denominatorMoment, oneMinusAccBeta2);
        firstMoment.assign(newFirstMoment);
        secondMoment.assign(newSecondMoment);
        // Decoupled decay first, from the current weights, as torch.optim.AdamW does.
        const decayed = this.decays(name) ? tf.mul(value, 1 - this.learningRate * this.weightDecay) : value;
        const newValue = tf.add(
          tf.mul(tf.div(biasCorrectedFirstMoment, tf.add(tf.sqrt(biasCorrectedSecondMoment), this.epsilon)), -this.learningRate),
          decayed,
        );
        value.assign(newValue);
      });
      this.accBeta1.assign(tf.mul(this.accBeta1, this.beta1));
      this.accBeta2.assign(tf.mul(this.accBeta2, this.beta2));
    });
    this.incrementIterations();
  }

  override dispose(): void {
    this.accBeta1.dispose();
    this.accBeta2.dispose();
    disposeSlots(this.firstMoments, this.secondMoments, this.maxSecondMoments);
    this.firstMoments = [];
    this.secondMoments = [];
    this.maxSecondMoments = [];
  }

  override async getWeights(): Promise<NamedTensor[]> {
    // tf.train.adam's order (iterations, all m, all v) with the AMSGrad maxima appended.
    const slots = [...this.firstMoments, ...this.secondMoments, ...(this.amsgrad ? this.maxSecondMoments : [])];
    return [await this.saveIterations(), ...slots.map((entry) => ({ name: entry.originalName, tensor: entry.variable }))];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    const [first, second, maxima] = splitSlots('AdamW.setWeights', rest, this.amsgrad ? 3 : 2, this.amsgrad ? 'm, v and v̂max' : 'm and v');
    tf.tidy(() => {
      this.accBeta1.assign(tf.pow(this.beta1, this.iterations + 1));
      this.accBeta2.assign(tf.pow(this.beta2, this.iterations + 1));
    });
    disposeSlots(this.firstMoments, this.secondMoments, this.maxSecondMoments);
    this.firstMoments = slotsFrom(first!);
    this.secondMoments = slotsFrom(second!);
    this.maxSecondMoments = maxima ? slotsFrom(maxima) : [];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      learningRate: this.learningRate,
      beta1: this.beta1,
      beta2: this.beta2,
      epsilon: this.epsilon,
      weightDecay: this.weightDecay,
      exclude: patternsToConfig(this.exclude),
      amsgrad: this.amsgrad,
    };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}
