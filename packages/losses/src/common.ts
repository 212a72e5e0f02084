import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';

/**
 * How per-sample losses become the value `model.compile` minimises. Keras names are accepted:
 * 'sumOverBatchSize' is 'mean'; 'meanWithSampleWeight' divides by the sum of the weights.
 */
export type Reduction = 'mean' | 'sum' | 'none' | 'sumOverBatchSize' | 'meanWithSampleWeight';

export const REDUCTIONS: readonly Reduction[] = ['mean', 'sum', 'none', 'sumOverBatchSize', 'meanWithSampleWeight'];

export interface ReductionOptions {
  /** Default 'mean' (the batch mean, a scalar). */
  readonly reduction?: Reduction;
  /** Per-sample weights, shape [batch] (or anything that flattens to it). */
  readonly sampleWeight?: Tensor | readonly number[];
  /**
   * Check input ranges (probabilities in [0, 1]) on every call. It reads yPred back from the
   * backend, so turn it off for speed once a model is known to be wired correctly. Default true.
   */
  readonly validate?: boolean;
}

/** The function shape `model.compile({loss})` accepts. */
export type LossFunction = (yTrue: Tensor, yPred: Tensor) => Tensor;

/** A configured loss: callable like a tfjs loss, and carrying what `serializeLoss` needs. */
export interface ConfiguredLoss extends LossFunction {
  readonly lossName: string;
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * A loss usable both directly, `focalLoss(yTrue, yPred, {gamma: 2})`, and as a factory,
 * `model.compile({loss: focalLoss({gamma: 2})})`.
 */
export interface LossFactory<Options> {
  (yTrue: Tensor, yPred: Tensor, options?: Options): Tensor;
  (options?: Options): ConfiguredLoss;
  readonly lossName: string;
}

const FACTORIES = new Map<string, LossFactory<never>>();

/** Builds the dual direct/factory form from the direct implementation. */
export function defineLoss<Options extends object>(
  name: string,
  compute: (yTrue: Tensor, yPred: Tensor, options: Options) => Tensor,
): LossFactory<Options> {
  function loss(first?: Tensor | Options, yPred?: Tensor, options?: Options): Tensor | ConfiguredLoss {
    if (first instanceof tf.Tensor) {
      if (!(yPred instanceof tf.Tensor)) {
        throw new Error(`${name}: expected (yTrue, yPred, options?) with yPred a tensor, got ${describe(yPred)} — `
          + `call ${name}(options) to get a loss function for model.compile`);
      }
      return compute(first, yPred, (options ?? {}) as Options);
    }
    const configured = (yTrue: Tensor, prediction: Tensor) => compute(yTrue, prediction, (first ?? {}) as Options);
    // tfjs-layers names losses in logs and metrics by the function's name.
    Object.defineProperty(configured, 'name', { value: name });
    Object.defineProperty(configured, 'lossName', { value: name, enumerable: false });
    Object.defineProperty(configured, 'options', { value: Object.freeze({ ...(first ?? {}) }), enumerable: false });
    return configured as ConfiguredLoss;
  }
  Object.defineProperty(loss, 'lossName', { value: name });
  Object.defineProperty(loss, 'name', { value: name });
  const factory = loss as unknown as LossFactory<Options>;
  FACTORIES.set(name, factory as unknown as LossFactory<never>);
  return factory;
}

/** Every loss defined with `defineLoss`, by name (used by `deserializeLoss`). */
export function lossFactory(name: string): LossFactory<Record<string, unknown>> | undefined {
  return FACTORIES.get(name) as LossFactory<Record<string, unknown>> | undefined;
}

export function lossNames(): string[] {
  return [...FACTORIES.keys()].sort();
}

function describe(value: unknown): string {
  if (value instanceof tf.Tensor) return `a tensor of shape [${value.shape.join(', ')}]`;
  if (value === null) return 'null';
  return typeof value;
}

export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Loss inputs must be float tensors: an int32 tensor would silently floor the math. */
export function checkFloat(name: string, tensor: Tensor, label: string): void {
  if (!(tensor instanceof tf.Tensor)) {
    throw new Error(`${name}: expected ${label} to be a tensor, got ${describe(tensor)} — wrap arrays with tf.tensor(...)`);
  }
  if (tensor.dtype !== 'float32') {
    throw new Error(`${name}: expected ${label} to be a float32 tensor, got ${tensor.dtype} — cast first with tf.cast(${label}, 'float32')`);
  }
}

export function checkSameShape(name: string, yTrue: Tensor, yPred: Tensor): void {
  checkFloat(name, yTrue, 'yTrue');
  checkFloat(name, yPred, 'yPred');
  if (!tf.util.arraysEqual(yTrue.shape, yPred.shape)) {
    throw new Error(`${name}: expected yTrue and yPred of the same shape, got yTrue ${formatShape(yTrue.shape)} `
      + `and yPred ${formatShape(yPred.shape)} — one-hot encode integer labels (tf.oneHot) or use the sparse variant`);
  }
}

export function checkRank(name: string, tensor: Tensor, label: string, ranks: readonly number[]): void {
  if (!ranks.includes(tensor.rank)) {
    throw new Error(`${name}: expected ${label} of rank ${ranks.join(' or ')}, got shape ${formatShape(tensor.shape)}`);
  }
}

function formatValue(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/**
 * Probabilities must lie in [0, 1]; logits passed by mistake are the usual cause. The range is
 * checked with two reductions first so the full read-back only happens when there is an error.
 */
export function checkProbabilities(name: string, tensor: Tensor, label = 'yPred', hint = true): void {
  const [minimum, maximum] = tf.tidy(() => [tf.min(tensor), tf.max(tensor)]).map((value) => {
    const number = value.dataSync()[0]!;
    value.dispose();
    return number;
  }) as [number, number];
  if (minimum >= 0 && maximum <= 1) return;
  const values = tensor.dataSync();
  const index = values.findIndex((value) => !(value >= 0 && value <= 1));
  throw new Error(`${name}: expected ${label} probabilities in [0, 1], got a value ${formatValue(values[index]!)} at index ${index}`
    + (hint ? ' — pass fromLogits: true if these are logits' : ''));
}

export function checkOption(name: string, option: string, value: number, valid: (value: number) => boolean, expected: string): void {
  if (typeof value !== 'number' || !valid(value)) {
    throw new Error(`${name}: expected ${option} ${expected}, got ${String(value)}`);
  }
}

/**
 * Applies the reduction to per-sample losses (shape [batch] or [batch, ...]; extra axes are
 * averaged first, as Keras does for the last axis).
 */
export function reduce(name: string, perSample: Tensor, options: ReductionOptions): Tensor {
  const reduction = options.reduction ?? 'mean';
  if (!REDUCTIONS.includes(reduction)) {
    throw new Error(`${name}: expected reduction one of ${REDUCTIONS.join(', ')}, got '${String(reduction)}'`);
  }
  return tf.tidy(() => {
    let values = perSample;
    let weights: Tensor | null = null;
    if (options.sampleWeight !== undefined) {
      const weightTensor = options.sampleWeight instanceof tf.Tensor
        ? options.sampleWeight : tf.tensor1d(options.sampleWeight as number[]);
      const batch = values.rank === 0 ? 1 : values.shape[0]!;
      if (weightTensor.size !== batch) {
        throw new Error(`${name}: expected sampleWeight with ${batch} entries (one per sample), got shape ${formatShape(weightTensor.shape)}`);
      }
      weights = tf.reshape(tf.cast(weightTensor, 'float32'), [batch, ...new Array(Math.max(values.rank - 1, 0)).fill(1)]);
      values = tf.mul(values, weights);
    }
    switch (reduction) {
      case 'none': return values;
      case 'sum': return tf.sum(values);
      case 'meanWithSampleWeight':
        if (weights !== null) {
          const perRow = values.rank > 1 ? values.size / values.shape[0]! : 1;
          return tf.div(tf.sum(values), tf.mul(tf.sum(weights), perRow));
        }
        return tf.mean(values);
      default: return tf.mean(values);
    }
  });
}

/** Clip used by Keras/tfjs before taking logs of probabilities. */
export const EPSILON = 1e-7;

/** Stable log(1 + exp(x)) for any x. */
export function softplus(x: Tensor): Tensor {
  return tf.tidy(() => tf.add(tf.relu(x), tf.log1p(tf.exp(tf.neg(tf.abs(x))))));
}

/** Normalises each row of probabilities to sum 1 (Keras does this for categorical inputs). */
export function normaliseRows(probabilities: Tensor): Tensor {
  return tf.tidy(() => tf.div(probabilities, tf.sum(probabilities, -1, true)));
}

export function resolveAxis(name: string, axis: number | undefined, rank: number): void {
  if (axis !== undefined && axis !== -1 && axis !== rank - 1) {
    throw new Error(`${name}: only the last axis is supported as the class axis, got axis ${axis} for a rank-${rank} tensor — transpose the class axis last first`);
  }
}

/**
 * Identity in the forward pass, zero gradient in the backward pass (tfjs-core 4.22 has no
 * stopGradient op). Used where a definition detaches a branch (teacher targets, PatchNCE keys).
 */
export const stopGradient: (tensor: Tensor) => Tensor = tf.customGrad((tensor) => ({
  value: tf.clone(tensor as Tensor),
  gradFunc: (dy: Tensor) => tf.zerosLike(dy),
})) as (tensor: Tensor) => Tensor;

/** Rows divided by max(||row||, epsilon). */
export function l2Normalise(tensor: Tensor, epsilon = 1e-12): Tensor {
  return tf.tidy(() => tf.div(tensor, tf.maximum(tf.sqrt(tf.sum(tf.square(tensor), -1, true)), epsilon)));
}
