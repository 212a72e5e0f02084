// ProSparse ("ProSparse: Introducing and Enhancing Intrinsic Activation Sparsity within Large
// Language Models", Song et al.). (1) Use ReLU in the FFN. (2) Progressive L1: loss + λ(t)·Σ_layers
// mean over tokens of Σ_j |a_j| on the FFN activations a, with λ rising in K stages: inside stage k,
// f = (t − T_{k−1})/(T_k − T_{k−1}) and λ(t) = λ_{k−1} + (λ_k − λ_{k−1})·sin(πf/2) (λ_0 = 0, T_0 = start),
// λ_K afterwards. (3) FATReLU_T(x) = x if x > T else 0 at inference.
// tfjs-layers does not run activity regularizers, so the L1 term is an identity layer placed after
// the activation whose backward adds the penalty's gradient λ·sign(a)/tokens (tokens = every
// position of the batch); the logged loss therefore excludes the penalty, and `l1Penalty` gives
// its value. The per-stage quarter-sine is as the catalog writes it (not checked against the paper
// body).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, describe, type LayerArgs } from '../options.js';

export interface ProSparseScheduleOptions {
  /** λ_1 < … < λ_K, the target of each stage. Required. */
  stageLambdas?: number[];
  /** T_1 < … < T_K, the step each stage ends at. Required. */
  stageSteps?: number[];
  /** T_0, where the first stage starts. Default 0. */
  start?: number;
}

/** λ(t) of the progressive schedule. */
export function proSparseLambda(options: ProSparseScheduleOptions): (step: number) => number {
  const where = 'proSparseLambda';
  checkOptionNames(where, options, ['stageLambdas', 'stageSteps', 'start']);
  const lambdas = options?.stageLambdas;
  const steps = options?.stageSteps;
  if (!Array.isArray(lambdas) || !Array.isArray(steps) || lambdas.length === 0 || lambdas.length !== steps.length) {
    throw new Error(`${where}: expected stageLambdas and stageSteps of the same non-zero length, got ${describe(lambdas)} and ${describe(steps)} — e.g. stageLambdas: [1e-4, 5e-4, 1e-3], stageSteps: [1000, 2000, 3000]`);
  }
  const start = checkNumber(where, 'start', options.start, 0, { min: 0 });
  lambdas.forEach((lambda, index) => checkNumber(where, `stageLambdas[${index}]`, lambda, undefined, { min: index === 0 ? 0 : lambdas[index - 1]! }));
  steps.forEach((step, index) => checkNumber(where, `stageSteps[${index}]`, step, undefined, { min: index === 0 ? start : steps[index - 1]!, minExclusive: true }));
  return (step: number) => {
    if (step <= start) return 0;
    let previousLambda = 0;
    let previousStep = start;
    for (let stage = 0; stage < lambdas.length; stage++) {
      if (step < steps[stage]!) {
        const fraction = (step - previousStep) / (steps[stage]! - previousStep);
        return previousLambda + (lambdas[stage]! - previousLambda) * Math.sin((Math.PI * fraction) / 2);
      }
      previousLambda = lambdas[stage]!;
      previousStep = steps[stage]!;
    }
    return lambdas[lambdas.length - 1]!;
  };
}

/** FATReLU_T: x where x > T, else 0. */
export function fatRelu(x: tf.Tensor | tf.TensorLike, threshold = 0): tf.Tensor {
  const where = 'fatRelu';
  const t = checkNumber(where, 'threshold', threshold, 0, { min: 0 });
  const input = x instanceof tf.Tensor ? x : tf.tensor(x as tf.TensorLike);
  if (input.dtype !== 'float32') throw new Error(`${where}: expected a float32 tensor, got ${input.dtype} — cast first with tf.cast(x, 'float32')`);
  // where, not x·1[x > T]: a negative x times 0 would give −0.
  return tf.tidy(() => tf.where(tf.greater(input, t), input, tf.zerosLike(input)));
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;

export interface FatReluOptions extends LayerArgs {
  /** T. Default 0 (plain ReLU). */
  threshold?: number;
}

/** The FATReLU activation as a layer. */
export class FatReLU extends tfl.layers.Layer {
  static className = 'FatReLU';
  readonly threshold: number;

  constructor(options: FatReluOptions = {}) {
    super(options);
    checkOptionNames('FatReLU', options, ['threshold', ...LAYER_ARGS]);
    this.threshold = checkNumber('FatReLU', 'threshold', options.threshold, 0, { min: 0 });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return fatRelu(Array.isArray(inputs) ? inputs[0]! : inputs, this.threshold);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), threshold: this.threshold };
  }
}

/** λ·mean over tokens of Σ_j |a_j| (units on the last axis). */
export function l1Penalty(activations: tf.Tensor, lambda: number): tf.Scalar {
  return tf.tidy(() => tf.mul(lambda, tf.div(tf.sum(tf.abs(activations)), activations.size / activations.shape[activations.rank - 1]!)) as tf.Scalar);
}

export interface ActivationL1Options extends LayerArgs {
  /** λ; set it from ProSparseScheduler. Default 0. */
  lambda?: number;
}

/** Identity forward; backward adds λ·sign(a)/tokens, the gradient of λ·mean_tokens Σ_j |a_j|. */
export class ActivationL1 extends tfl.layers.Layer {
  static className = 'ActivationL1';
  private lambdaValue: number;

  constructor(options: ActivationL1Options = {}) {
    super(options);
    checkOptionNames('ActivationL1', options, ['lambda', ...LAYER_ARGS]);
    this.lambdaValue = checkNumber('ActivationL1', 'lambda', options.lambda, 0, { min: 0 });
  }

  get lambda(): number {
    return this.lambdaValue;
  }

  set lambda(value: number) {
    this.lambdaValue = checkNumber('ActivationL1', 'lambda', value, undefined, { min: 0 });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = Array.isArray(inputs) ? inputs[0]! : inputs;
    const lambda = this.lambdaValue;
    const tokens = input.size / input.shape[input.rank - 1]!;
    const op = tf.customGrad(((value: tf.Tensor, save: (tensors: tf.Tensor[]) => void) => {
      save([value]);
      return {
        value: tf.clone(value),
        gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => (lambda === 0 ? dy : tf.add(dy, tf.mul(tf.sign(saved[0]!), lambda / tokens))),
      };
    }) as never);
    return (op as (x: tf.Tensor) => tf.Tensor)(input);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), lambda: this.lambdaValue };
  }
}

/** Sets λ(t) on every ActivationL1 layer of the model before each batch of model.fit. */
export class ProSparseScheduler extends tfl.Callback {
  step: number;
  readonly lambdaAt: (step: number) => number;

  constructor(options: ProSparseScheduleOptions & { initialStep?: number }) {
    super();
    const { initialStep, ...schedule } = options ?? {};
    this.lambdaAt = proSparseLambda(schedule);
    this.step = checkNumber('ProSparseScheduler', 'initialStep', initialStep, 0, { min: 0, integer: true });
  }

  override async onBatchBegin(): Promise<void> {
    const lambda = this.lambdaAt(this.step);
    const layers = (this.model as tfl.LayersModel).layers.filter((layer): layer is ActivationL1 => layer instanceof ActivationL1);
    if (layers.length === 0) throw new Error('ProSparseScheduler: the model has no ActivationL1 layer — place new ActivationL1() after each FFN activation');
    for (const layer of layers) layer.lambda = lambda;
  }

  override async onBatchEnd(): Promise<void> {
    this.step += 1;
  }
}

/** `model.fit(x, y, {callbacks: [proSparseScheduler({stageLambdas, stageSteps})]})`. */
export function proSparseScheduler(options: ProSparseScheduleOptions & { initialStep?: number }): ProSparseScheduler {
  return new ProSparseScheduler(options);
}
