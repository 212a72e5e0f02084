// Forward gradients ("Gradients without Backpropagation", Baydin et al.; the local-guess form of
// "Can Forward Gradient Match Backpropagation?", Fournier et al.). tfjs has no forward mode, so
// the directional derivative d = ∇f(θ)·u comes from a central difference
// [f(θ + εu) − f(θ − εu)]/(2ε): two forward passes, no tape. With random Gaussian guesses
// u ~ N(0, I) the estimate g = d·u is unbiased (E[g] = ∇f); with a guess function (for example
// the gradient of a block-local loss) the estimate is the projection g = d/(‖u‖² + 1e-16)·u,
// biased but of low variance. `samples` > 1 averages independent estimates. As an optimizer it
// overrides minimize (model.fit calls it): the loss at θ is evaluated once for the report, the
// perturbed passes restore every variable they write (batch-norm statistics), and the base
// optimizer steps with the estimate. The quantised variant of "Stepping Forward on the Last
// Mile" is not implemented.
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { resolveBaseOptimizer, serializeOptimizer, type BaseOptimizer } from './base.js';
import { getLearningRate, setLearningRate } from './hyper-parameters.js';
import { isolated } from './sam.js';
import { seededRandom } from '../multitask/pcgrad.js';
import type { NamedTensor } from './slots.js';

/** A guess direction per variable (same order and shapes). */
export type GuessFunction = (variables: readonly tf.Variable[], sample: number) => tf.Tensor[];

export interface ForwardGradientOptions {
  /** 'gaussian' (default), or a function returning one guess tensor per variable. */
  guess?: 'gaussian' | GuessFunction;
  /** Central-difference step ε. Default 1e-3. */
  epsilon?: number;
  /** Independent estimates averaged per step. Default 1. */
  samples?: number;
  /** Seed of the Gaussian guesses (each call and sample draws from a distinct derived seed). */
  seed?: number | null;
}

export const FORWARD_GRADIENT_OPTION_NAMES = ['guess', 'epsilon', 'samples', 'seed'] as const;

interface Settings {
  guess: 'gaussian' | GuessFunction;
  epsilon: number;
  samples: number;
  seed: number | null;
}

function settings(where: string, options: ForwardGradientOptions): Settings {
  const guess = options.guess ?? 'gaussian';
  if (guess !== 'gaussian' && typeof guess !== 'function') {
    throw new Error(`${where}: expected guess 'gaussian' or a function (variables, sample) => tensors, got ${describe(guess)}`);
  }
  return {
    guess,
    epsilon: checkNumber(where, 'epsilon', options.epsilon, 1e-3, { min: 0, minExclusive: true }),
    samples: checkNumber(where, 'samples', options.samples, 1, { min: 1, integer: true }),
    seed: options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true }),
  };
}

/** The central difference [f(θ + εu) − f(θ − εu)]/(2ε), with θ restored (and variables the loss writes restored too). */
export function directionalDerivative(loss: () => tf.Scalar, variables: readonly tf.Variable[], direction: readonly tf.Tensor[], epsilon: number): number {
  const originals = variables.map((variable) => tf.clone(variable));
  const at = (scale: number) => {
    tf.tidy(() => variables.forEach((variable, index) => variable.assign(tf.add(originals[index]!, tf.mul(direction[index]!, scale)))));
    const { value } = isolated(() => ({ value: tf.tidy(() => loss()) as tf.Scalar, grads: {} }));
    const number = value.dataSync()[0]!;
    value.dispose();
    return number;
  };
  try {
    return (at(epsilon) - at(-epsilon)) / (2 * epsilon);
  } finally {
    variables.forEach((variable, index) => variable.assign(originals[index]!));
    tf.dispose(originals);
  }
}

/** The forward-gradient estimate of ∇loss for `variables` (one tensor per variable), no tape. */
export function forwardGradient(loss: () => tf.Scalar, variables: readonly tf.Variable[], options: ForwardGradientOptions = {}): tf.Tensor[] {
  const where = 'forwardGradient';
  checkOptionNames(where, options, FORWARD_GRADIENT_OPTION_NAMES);
  if (!Array.isArray(variables) || variables.length === 0 || variables.some((variable) => !(variable instanceof tf.Variable))) {
    throw new Error(`${where}: expected a non-empty array of tf.Variable, got ${describe(variables)}`);
  }
  const { guess, epsilon, samples, seed } = settings(where, options);
  let sums = variables.map((variable) => tf.zerosLike(variable));
  for (let sample = 0; sample < samples; sample++) {
    // A seeded call is repeatable: sample s draws from a seed derived from (seed, s). Seeds of
    // nearby values give correlated first draws in tfjs's generator, so they are hashed.
    const mixer = seed == null ? null : seededRandom(seed * 1_000_003 + sample * 7919);
    const direction = guess === 'gaussian'
      ? variables.map((variable) => tf.randomNormal(variable.shape, 0, 1, 'float32', mixer == null ? undefined : Math.floor(mixer() * 2 ** 32)))
      : guess(variables, sample);
    if (direction.length !== variables.length || direction.some((tensor, index) => tensor.shape.join() !== variables[index]!.shape.join())) {
      throw new Error(`${where}: the guess function returned ${direction.length} tensors; expected one shaped like each of the ${variables.length} variables`);
    }
    const derivative = directionalDerivative(loss, variables, direction, epsilon);
    const next = tf.tidy(() => {
      const scale = guess === 'gaussian' ? derivative : derivative / (tf.addN(direction.map((tensor) => tf.sum(tf.square(tensor)))).dataSync()[0]! + 1e-16);
      return sums.map((sum, index) => tf.add(sum, tf.mul(direction[index]!, scale)));
    });
    tf.dispose([...sums, ...direction]);
    sums = next;
  }
  if (samples === 1) return sums;
  const means = sums.map((sum) => tf.div(sum, samples));
  tf.dispose(sums);
  return means;
}

export class ForwardGradient extends tf.Optimizer {
  static className = 'ForwardGradient';

  readonly base: tf.Optimizer;
  private readonly settings: Settings;

  constructor(options: ForwardGradientOptions & { base?: BaseOptimizer } = {}) {
    super();
    const where = 'ForwardGradient';
    checkOptionNames(where, options, [...FORWARD_GRADIENT_OPTION_NAMES, 'base']);
    const { base, ...rest } = options;
    this.settings = settings(where, rest);
    this.base = resolveBaseOptimizer(where, base, 'sgd');
  }

  get learningRate(): number {
    return getLearningRate(this.base);
  }

  set learningRate(value: number) {
    setLearningRate(this.base, value);
  }

  override minimize(f: () => tf.Scalar, returnCost = false, varList?: tf.Variable[]): tf.Scalar | null {
    const variables = varList ?? Object.values(tf.engine().registeredVariables).filter((variable) => variable.trainable);
    const { guess, epsilon, samples, seed } = this.settings;
    // Each step draws fresh guesses: its seed is derived from the optimizer's seed and step.
    const stepSeed = seed == null ? null : Math.floor(seededRandom(seed * 7_368_787 + this.iterations)() * 2 ** 31);
    const estimate = forwardGradient(f, variables, { guess, epsilon, samples, seed: stepSeed });
    // The loss at θ, for model.fit's logs (and the one pass whose state updates are kept).
    const cost = tf.tidy(() => f());
    this.base.applyGradients(variables.map((variable, index) => ({ name: variable.name, tensor: estimate[index]! })));
    tf.dispose(estimate);
    this.incrementIterations();
    if (returnCost) return cost;
    cost.dispose();
    return null;
  }

  override applyGradients(): void {
    throw new Error('ForwardGradient: applyGradients got backpropagated gradients, but this optimizer estimates its own from forward passes — call minimize(lossFunction) (model.fit does)');
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
    if (typeof this.settings.guess === 'function') {
      throw new Error('ForwardGradient: a guess function cannot be saved — use the gaussian guess for models saved with includeOptimizer');
    }
    const { epsilon, samples, seed } = this.settings;
    return { guess: 'gaussian', epsilon, samples, seed, base: serializeOptimizer(this.base) as unknown as tf.serialization.ConfigDictValue };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}
