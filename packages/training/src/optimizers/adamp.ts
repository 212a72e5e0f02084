// AdamP and SGDP (Heo et al., "AdamP: Slowing Down the Slowdown for Momentum Optimizers on
// Scale-invariant Weights"), following clovaai/AdamP: for a weight of rank > 1 whose gradient is
// nearly orthogonal to it (max |cos| < delta/√(view size), tested per output channel first, then on
// the whole tensor), the radial part of the update is removed and weight decay scaled by wdRatio.
// Layout: tfjs kernels put output channels last ([in, out], [kh, kw, in, out]); PyTorch puts them
// first. The per-channel view here is the fan-in slice of each output channel, which is what
// PyTorch's `x.view(x.size(0), -1)` selects in its layout. The test and both projections run on the
// device and are chosen with `where`, so a step never reads a value back.
import * as tf from '@tensorflow/tfjs-core';
import { checkBoolean, checkNumber, checkOptionNames } from '../options.js';
import { disposeSlots, gradientList, registeredVariable, slot, slotsFrom, splitSlots, type NamedTensor, type OptimizerVariable } from './slots.js';

interface ProjectionOptions {
  readonly delta: number;
  readonly wdRatio: number;
  readonly epsilon: number;
}

/**
 * |cos(x, y)| per row of [rows, size] views, as torch.nn.functional.cosine_similarity:
 * x·y / (max(‖x‖, ε)·max(‖y‖, ε)).
 */
function absoluteCosine(x: tf.Tensor, y: tf.Tensor, axis: number | undefined, epsilon: number): tf.Tensor {
  const dot = tf.sum(tf.mul(x, y), axis);
  const xNorm = tf.maximum(tf.norm(x, 'euclidean', axis), epsilon);
  const yNorm = tf.maximum(tf.norm(y, 'euclidean', axis), epsilon);
  return tf.abs(tf.div(dot, tf.mul(xNorm, yNorm)));
}

/** Removes the component of `update` along the unit weight of each view (axis 0 of `weight2d`, or all). */
function removeRadial(weight: tf.Tensor, update: tf.Tensor, axis: number | undefined, epsilon: number): tf.Tensor {
  const unit = tf.div(weight, tf.add(tf.norm(weight, 'euclidean', axis, true), epsilon));
  return tf.sub(update, tf.mul(unit, tf.sum(tf.mul(unit, update), axis, true)));
}

/**
 * The projected update and the weight-decay factor (1 or wdRatio), as clovaai's `_projection`.
 * Exported for tests; `weight`, `gradient` and `update` share a shape of rank ≥ 2.
 */
export function projectUpdate(weight: tf.Tensor, gradient: tf.Tensor, update: tf.Tensor, options: ProjectionOptions): { update: tf.Tensor; decayRatio: tf.Tensor } {
  return tf.tidy(() => {
    const channels = weight.shape[weight.rank - 1]!;
    const fanIn = weight.size / channels;
    const asChannels = (tensor: tf.Tensor) => tf.reshape(tensor, [fanIn, channels]);
    const [weight2d, gradient2d, update2d] = [asChannels(weight), asChannels(gradient), asChannels(update)];
    const channelCosine = tf.max(absoluteCosine(gradient2d, weight2d, 0, options.epsilon));
    const layerCosine = absoluteCosine(tf.reshape(gradient, [-1]), tf.reshape(weight, [-1]), undefined, options.epsilon);
    const channelWise = tf.less(channelCosine, options.delta / Math.sqrt(fanIn));
    const layerWise = tf.logicalAnd(tf.logicalNot(channelWise), tf.less(layerCosine, options.delta / Math.sqrt(weight.size)));
    const channelProjected = tf.reshape(removeRadial(weight2d, update2d, 0, options.epsilon), weight.shape);
    const layerProjected = removeRadial(weight, update, undefined, options.epsilon);
    const projected = tf.where(channelWise, channelProjected, tf.where(layerWise, layerProjected, update));
    const decayRatio = tf.where(tf.logicalOr(channelWise, layerWise), tf.scalar(options.wdRatio), tf.scalar(1));
    return { update: projected, decayRatio };
  });
}

export interface AdamPOptions {
  /** Default 0.001. */
  learningRate?: number;
  /** Default 0.9. */
  beta1?: number;
  /** Default 0.999. */
  beta2?: number;
  /** Default 1e-8 (clovaai/AdamP; also the cosine and norm guard). */
  epsilon?: number;
  /** Decoupled decay. Default 0. */
  weightDecay?: number;
  /** Scale-invariance threshold: project when max |cos| < delta/√(view size). Default 0.1. */
  delta?: number;
  /** Weight-decay factor for projected (scale-invariant) weights. Default 0.1. */
  wdRatio?: number;
  /** Nesterov-style first moment. Default false. */
  nesterov?: boolean;
}

export const ADAMP_OPTION_NAMES = ['learningRate', 'beta1', 'beta2', 'epsilon', 'weightDecay', 'delta', 'wdRatio', 'nesterov'] as const;

export class AdamP extends tf.Optimizer {
  static className = 'AdamP';

  learningRate: number;
  beta1: number;
  beta2: number;
  readonly epsilon: number;
  weightDecay: number;
  readonly delta: number;
  readonly wdRatio: number;
  readonly nesterov: boolean;

  private firstMoments: OptimizerVariable[] = [];
  private secondMoments: OptimizerVariable[] = [];

  constructor(options: AdamPOptions = {}) {
    super();
    const where = 'AdamP';
    checkOptionNames(where, options, ADAMP_OPTION_NAMES);
    this.learningRate = checkNumber(where, 'learningRate', options.learningRate, 0.001, { min: 0 });
    this.beta1 = checkNumber(where, 'beta1', options.beta1, 0.9, { min: 0, max: 1, maxExclusive: true });
    this.beta2 = checkNumber(where, 'beta2', options.beta2, 0.999, { min: 0, max: 1, maxExclusive: true });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-8, { min: 0, minExclusive: true });
    this.weightDecay = checkNumber(where, 'weightDecay', options.weightDecay, 0, { min: 0 });
    this.delta = checkNumber(where, 'delta', options.delta, 0.1, { min: 0 });
    this.wdRatio = checkNumber(where, 'wdRatio', options.wdRatio, 0.1, { min: 0 });
    this.nesterov = checkBoolean(where, 'nesterov', options.nesterov, false);
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const gradients = gradientList(variableGradients);
    const step = this.iterations + 1;
    // PyTorch-form bias correction with the current betas, as clovaai/AdamP computes it.
    const biasCorrection1 = 1 - this.beta1 ** step;
    const biasCorrection2 = 1 - this.beta2 ** step;
    const stepSize = this.learningRate / biasCorrection1;
    tf.tidy(() => {
      gradients.forEach(({ name, tensor: gradient }, index) => {
        const value = registeredVariable('AdamP', name);
        const firstMoment = slot(this.firstMoments, index, `${name}/m`, value);
        const secondMoment = slot(this.secondMoments, index, `${name}/v`, value);
        if (gradient == null) return;
        const newFirstMoment = tf.add(tf.mul(firstMoment, this.beta1), tf.mul(gradient, 1 - this.beta1));
        const newSecondMoment = tf.add(tf.mul(secondMoment, this.beta2), tf.mul(tf.square(gradient), 1 - this.beta2));
        firstMoment.assign(newFirstMoment);
        secondMoment.assign(newSecondMoment);
        const denominator = tf.add(tf.div(tf.sqrt(newSecondMoment), Math.sqrt(biasCorrection2)), this.epsilon);
        const numerator = this.nesterov
          ? tf.add(tf.mul(newFirstMoment, this.beta1), tf.mul(gradient, 1 - this.beta1))
          : newFirstMoment;
        applyProjectedStep(value, gradient, tf.div(numerator, denominator), stepSize, this.learningRate * this.weightDecay, this);
      });
    });
    this.incrementIterations();
  }

  override dispose(): void {
    disposeSlots(this.firstMoments, this.secondMoments);
    this.firstMoments = [];
    this.secondMoments = [];
  }

  override async getWeights(): Promise<NamedTensor[]> {
    const slots = [...this.firstMoments, ...this.secondMoments];
    return [await this.saveIterations(), ...slots.map((entry) => ({ name: entry.originalName, tensor: entry.variable }))];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    const [first, second] = splitSlots('AdamP.setWeights', rest, 2, 'm and v');
    disposeSlots(this.firstMoments, this.secondMoments);
    this.firstMoments = slotsFrom(first!);
    this.secondMoments = slotsFrom(second!);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      learningRate: this.learningRate, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon,
      weightDecay: this.weightDecay, delta: this.delta, wdRatio: this.wdRatio, nesterov: this.nesterov,
    };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}

/**
 * p ← p·(1 − decay·ratio) − stepSize·update', with update' and ratio from the projection for
 * rank ≥ 2 weights (ratio 1 and no projection for vectors, as in clovaai/AdamP).
 */
function applyProjectedStep(value: tf.Variable, gradient: tf.Tensor, update: tf.Tensor, stepSize: number, decay: number, options: ProjectionOptions): void {
  let projected = update;
  let ratio: tf.Tensor | number = 1;
  if (value.rank > 1) {
    const result = projectUpdate(value, gradient, update, options);
    projected = result.update;
    ratio = result.decayRatio;
  }
  const decayed = decay > 0 ? tf.mul(value, tf.sub(1, tf.mul(decay, ratio))) : value;
  value.assign(tf.sub(decayed, tf.mul(projected, stepSize)));
}

export interface SgdpOptions {
  /** Required, as in PyTorch's SGDP (no default step size). */
  learningRate?: number;
  /** Default 0. */
  momentum?: number;
  /** Default 0. */
  dampening?: number;
  /** Decoupled decay, divided by (1 − momentum) as clovaai/SGDP does. Default 0. */
  weightDecay?: number;
  /** Default false. */
  nesterov?: boolean;
  /** Default 1e-8. */
  epsilon?: number;
  /** Default 0.1. */
  delta?: number;
  /** Default 0.1. */
  wdRatio?: number;
}

export const SGDP_OPTION_NAMES = ['learningRate', 'momentum', 'dampening', 'weightDecay', 'nesterov', 'epsilon', 'delta', 'wdRatio'] as const;

export class SGDP extends tf.Optimizer {
  static className = 'SGDP';

  learningRate: number;
  momentum: number;
  readonly dampening: number;
  weightDecay: number;
  readonly nesterov: boolean;
  readonly epsilon: number;
  readonly delta: number;
  readonly wdRatio: number;

  private buffers: OptimizerVariable[] = [];

  constructor(options: SgdpOptions = {}) {
    super();
    const where = 'SGDP';
    checkOptionNames(where, options, SGDP_OPTION_NAMES);
    if (options.learningRate === undefined) {
      throw new Error('SGDP: expected a learningRate, got none — SGDP has no default step size (as in PyTorch); pass e.g. {learningRate: 0.1}');
    }
    this.learningRate = checkNumber(where, 'learningRate', options.learningRate, undefined, { min: 0 });
    this.momentum = checkNumber(where, 'momentum', options.momentum, 0, { min: 0, max: 1, maxExclusive: true });
    this.dampening = checkNumber(where, 'dampening', options.dampening, 0, { min: 0, max: 1 });
    this.weightDecay = checkNumber(where, 'weightDecay', options.weightDecay, 0, { min: 0 });
    this.nesterov = checkBoolean(where, 'nesterov', options.nesterov, false);
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-8, { min: 0, minExclusive: true });
    this.delta = checkNumber(where, 'delta', options.delta, 0.1, { min: 0 });
    this.wdRatio = checkNumber(where, 'wdRatio', options.wdRatio, 0.1, { min: 0 });
  }

  override applyGradients(variableGradients: tf.NamedTensorMap | NamedTensor[]): void {
    const gradients = gradientList(variableGradients);
    tf.tidy(() => {
      gradients.forEach(({ name, tensor: gradient }, index) => {
        const value = registeredVariable('SGDP', name);
        const buffer = slot(this.buffers, index, `${name}/momentum`, value);
        if (gradient == null) return;
        const newBuffer = tf.add(tf.mul(buffer, this.momentum), tf.mul(gradient, 1 - this.dampening));
        buffer.assign(newBuffer);
        const update = this.nesterov ? tf.add(gradient, tf.mul(newBuffer, this.momentum)) : newBuffer;
        const decay = (this.learningRate * this.weightDecay) / (1 - this.momentum);
        applyProjectedStep(value, gradient, update, this.learningRate, decay, this);
      });
    });
    this.incrementIterations();
  }

  override dispose(): void {
    disposeSlots(this.buffers);
    this.buffers = [];
  }

  override async getWeights(): Promise<NamedTensor[]> {
    return [await this.saveIterations(), ...this.buffers.map((entry) => ({ name: entry.originalName, tensor: entry.variable }))];
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    const rest = await this.extractIterations(weightValues);
    disposeSlots(this.buffers);
    this.buffers = slotsFrom(rest);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      learningRate: this.learningRate, momentum: this.momentum, dampening: this.dampening, weightDecay: this.weightDecay,
      nesterov: this.nesterov, epsilon: this.epsilon, delta: this.delta, wdRatio: this.wdRatio,
    };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}
