// Finite-difference gradient regularization ("Understanding Gradient Regularization in Deep
// Learning: Efficient Finite-Difference Computation and Implicit Bias", Karakida et al.): the
// objective L(θ) + (γ/2)·‖∇L(θ)‖² has gradient g + γ·H·g, g = ∇L(θ), and H·g is taken as a finite
// difference of two gradients on the same batch: 'forward' (ascent then descent, the default)
// [∇L(θ + εg) − g]/ε, 'backward' [g − ∇L(θ − εg)]/ε. With ε = γ the forward direction is ∇L(θ + γg),
// an unnormalised SAM step. As SAM, it needs the loss twice per step, so it overrides minimize
// (model.fit calls it); the second pass restores every variable the forward writes (batch-norm
// statistics) and frees tfjs-layers' metric values, and θ is restored before the base step.
import * as tf from '@tensorflow/tfjs-core';
import { checkChoice, checkNumber, checkOptionNames } from '../options.js';
import { resolveBaseOptimizer, serializeOptimizer, type BaseOptimizer } from './base.js';
import { getLearningRate, setLearningRate } from './hyper-parameters.js';
import { isolated } from './sam.js';
import type { NamedTensor } from './slots.js';

export interface GradientRegularizationOptions {
  /** γ, the weight of (1/2)‖∇L‖². Default 0.05. */
  gamma?: number;
  /** ε, the finite-difference step along g. Default 0.05. */
  epsilon?: number;
  /** 'forward' (ascent then descent, default) or 'backward'. */
  difference?: 'forward' | 'backward';
  /** The optimizer that applies g + γ·Hg. Default 'sgd'. */
  base?: BaseOptimizer;
}

export const GRADIENT_REGULARIZATION_OPTION_NAMES = ['gamma', 'epsilon', 'difference', 'base'] as const;

export class GradientRegularization extends tf.Optimizer {
  static className = 'GradientRegularization';

  readonly base: tf.Optimizer;
  readonly gamma: number;
  readonly epsilon: number;
  readonly difference: 'forward' | 'backward';

  constructor(options: GradientRegularizationOptions = {}) {
    super();
    const where = 'GradientRegularization';
    checkOptionNames(where, options, GRADIENT_REGULARIZATION_OPTION_NAMES);
    this.gamma = checkNumber(where, 'gamma', options.gamma, 0.05, { min: 0 });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 0.05, { min: 0, minExclusive: true });
    this.difference = checkChoice(where, 'difference', options.difference, 'forward', ['forward', 'backward'] as const);
    this.base = resolveBaseOptimizer(where, options.base, 'sgd');
  }

  get learningRate(): number {
    return getLearningRate(this.base);
  }

  set learningRate(value: number) {
    setLearningRate(this.base, value);
  }

  override minimize(f: () => tf.Scalar, returnCost = false, varList?: tf.Variable[]): tf.Scalar | null {
    const first = this.computeGradients(f, varList);
    const names = Object.keys(first.grads).filter((name) => first.grads[name] != null);
    let gradients: tf.NamedTensorMap;
    if (this.gamma === 0) gradients = first.grads;
    else {
      const variables = names.map((name) => tf.engine().registeredVariables[name]!);
      const originals = variables.map((variable) => tf.keep(variable.clone()));
      const sign = this.difference === 'forward' ? 1 : -1;
      let second: { value: tf.Scalar; grads: tf.NamedTensorMap } | null = null;
      try {
        tf.tidy(() => variables.forEach((variable, index) => variable.assign(tf.add(variable, tf.mul(first.grads[names[index]!]!, sign * this.epsilon)))));
        second = isolated(() => this.computeGradients(f, varList));
      } finally {
        variables.forEach((variable, index) => variable.assign(originals[index]!));
        tf.dispose(originals);
      }
      second.value.dispose();
      // g + γ·(g(θ + εg) − g)/ε, or g + γ·(g − g(θ − εg))/ε.
      gradients = tf.tidy(() => {
        const combined: tf.NamedTensorMap = {};
        for (const name of names) {
          const g = first.grads[name]!;
          const other = second!.grads[name] ?? tf.zerosLike(g);
          const product = sign === 1 ? tf.sub(other, g) : tf.sub(g, other);
          combined[name] = tf.add(g, tf.mul(product, this.gamma / this.epsilon));
        }
        return combined;
      });
      tf.dispose([...Object.values(first.grads), ...Object.values(second.grads)]);
    }
    const list = varList != null ? varList.filter((variable) => gradients[variable.name] != null).map((variable) => ({ name: variable.name, tensor: gradients[variable.name]! })) : gradients;
    this.base.applyGradients(list);
    tf.dispose(Object.values(gradients));
    this.incrementIterations();
    if (returnCost) return first.value;
    first.value.dispose();
    return null;
  }

  override applyGradients(): void {
    throw new Error(
      'GradientRegularization: applyGradients got gradients at θ only, but the finite difference needs a second gradient on the same batch — '
      + 'call minimize(lossFunction) (model.fit does), or apply the gradients with .base if plain steps are intended',
    );
  }

  override dispose(): void {
    this.base.dispose();
  }

  override async getWeights(): Promise<NamedTensor[]> {
    return this.base.getWeights();
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    await this.base.setWeights(weightValues);
    this.iterations_ = this.base.iterations;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { gamma: this.gamma, epsilon: this.epsilon, difference: this.difference, base: serializeOptimizer(this.base) as unknown as tf.serialization.ConfigDictValue };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}

/** `model.compile({optimizer: gradientRegularization({gamma: 0.05, base: tf.train.sgd(0.1)})})`. */
export function gradientRegularization(options: GradientRegularizationOptions = {}): GradientRegularization {
  return new GradientRegularization(options);
}
