import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { suggestion } from '@layerkit/core';

/** The one "did you mean" of every package (core's options.ts). */
export { suggestion };

/**
 * How per-sample losses become the value `model.compile` minimises. Keras names are accepted:
 * 'sumOverBatchSize' is 'mean'; 'meanWithSampleWeight' divides by the sum of the weights.
 */
export type Reduction = 'mean' | 'sum' | 'none' | 'sumOverBatchSize' | 'meanWithSampleWeight';

export const REDUCTIONS: readonly Reduction[] = ['mean', 'sum', 'none', 'sumOverBatchSize', 'meanWithSampleWeight'];

/** Per-sample ([batch]) or per-element ([batch, steps ...], like the per-sample loss) weights. */
export type SampleWeight = Tensor | readonly number[] | readonly (readonly number[])[];

export interface ReductionOptions {
  /** Default 'mean' (the batch mean, a scalar). */
  readonly reduction?: Reduction;
  /**
   * Weights broadcast against the per-sample loss before the reduction (Keras): shape [batch],
   * or a leading part of the per-sample loss's shape such as [batch, steps] for sequences.
   */
  readonly sampleWeight?: SampleWeight;
  /**
   * Check input ranges (probabilities in [0, 1]) on every call. It reads yPred back from the
   * backend, so turn it off for speed once a model is known to be wired correctly. Default true.
   */
  readonly validate?: boolean;
}

/**
 * The option names a loss accepts, one `true` per key of its options interface: TypeScript
 * rejects a table that misses a key or adds one, so the runtime check cannot drift from the type.
 */
export type OptionNames<Options> = { readonly [Key in keyof Options]-?: true };

export const REDUCTION_OPTIONS: OptionNames<ReductionOptions> = { reduction: true, sampleWeight: true, validate: true };


/**
 * Every options object of the package passes through here: a misspelt key (`gama`) would
 * otherwise be ignored silently and the default used.
 */
export function checkOptionNames(name: string, options: unknown, known: OptionNames<object>): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options) || options instanceof tf.Tensor) {
    throw new Error(`${name}: expected an options object, got ${describe(options)} — pass options as {name: value}`);
  }
  const names = Object.keys(known);
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(known, key)) {
      throw new Error(`${name}: unknown option '${key}'${suggestion(key, names)} — expected one of ${[...names].sort().join(', ')}`);
    }
  }
}

/** The function shape `model.compile({loss})` accepts. */
export type LossFunction = (yTrue: Tensor, yPred: Tensor) => Tensor;

/** A configured loss: callable like a tfjs loss, and carrying what `serializeLoss` needs. */
export interface ConfiguredLoss extends LossFunction {
  readonly lossName: string;
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * Set when the targets are not shaped like the model's output (labels, packed targets, ids):
   * what `model.fit(x, y)` expects as y. tfjs-layers' own shape check is skipped for such a
   * loss (see fit-targets.ts) and the loss checks its targets itself.
   */
  readonly targetLayout?: string;
}

/**
 * A loss usable both directly, `focalLoss(yTrue, yPred, {gamma: 2})`, and as a factory,
 * `model.compile({loss: focalLoss({gamma: 2})})`.
 */
export interface LossFactory<Options> {
  (yTrue: Tensor, yPred: Tensor, options?: Options): Tensor;
  (options?: Options): ConfiguredLoss;
  readonly lossName: string;
  /** The option names the loss accepts. */
  readonly optionNames: readonly string[];
  /** See `ConfiguredLoss.targetLayout`. */
  readonly targetLayout?: string;
}

export interface LossDefinition<Options> {
  readonly options: OptionNames<Options>;
  /** What model.fit's y must be when it is not shaped like the model's output. */
  readonly targetLayout?: string;
}

const FACTORIES = new Map<string, LossFactory<never>>();

/** Marks a loss function as taking targets of its own layout (see `ConfiguredLoss.targetLayout`). */
export function withTargetLayout<Loss extends LossFunction>(loss: Loss, targetLayout: string | undefined): Loss {
  if (targetLayout !== undefined) Object.defineProperty(loss, 'targetLayout', { value: targetLayout, enumerable: false });
  return loss;
}

/** Builds the dual direct/factory form from the direct implementation; options are checked by name in both. */
export function defineLoss<Options extends object>(
  name: string,
  definition: LossDefinition<Options>,
  compute: (yTrue: Tensor, yPred: Tensor, options: Options) => Tensor,
): LossFactory<Options> {
  const known = definition.options as OptionNames<object>;
  function loss(first?: Tensor | Options, yPred?: Tensor, options?: Options): Tensor | ConfiguredLoss {
    if (first instanceof tf.Tensor) {
      if (!(yPred instanceof tf.Tensor)) {
        throw new Error(`${name}: expected (yTrue, yPred, options?) with yPred a tensor, got ${describe(yPred)} — `
          + `call ${name}(options) to get a loss function for model.compile`);
      }
      checkOptionNames(name, options, known);
      return compute(first, yPred, (options ?? {}) as Options);
    }
    checkOptionNames(name, first, known);
    const configured = (yTrue: Tensor, prediction: Tensor) => compute(yTrue, prediction, (first ?? {}) as Options);
    // tfjs-layers names losses in logs and metrics by the function's name.
    Object.defineProperty(configured, 'name', { value: name });
    Object.defineProperty(configured, 'lossName', { value: name, enumerable: false });
    Object.defineProperty(configured, 'options', { value: Object.freeze({ ...(first ?? {}) }), enumerable: false });
    return withTargetLayout(configured as ConfiguredLoss, definition.targetLayout);
  }
  Object.defineProperty(loss, 'lossName', { value: name });
  Object.defineProperty(loss, 'name', { value: name });
  Object.defineProperty(loss, 'optionNames', { value: Object.freeze(Object.keys(known).sort()) });
  if (definition.targetLayout !== undefined) Object.defineProperty(loss, 'targetLayout', { value: definition.targetLayout });
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
  if (Array.isArray(value)) return `an array of length ${value.length}`;
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
 * a/b, 0 where b = 0 (Keras divide_no_nan). Not tf.divNoNan: it compares a zerosLike of the
 * quotient, which puts Equal, an op without a gradient, on the path from yPred.
 */
function divideOrZero(numerator: Tensor, denominator: Tensor): Tensor {
  return tf.tidy(() => {
    const zero = tf.equal(denominator, 0);
    return tf.where(zero, tf.zerosLike(denominator), tf.div(numerator, tf.where(zero, tf.onesLike(denominator), denominator)));
  });
}

function weightTensor(weights: SampleWeight): Tensor {
  return weights instanceof tf.Tensor ? tf.cast(weights, 'float32') : tf.tensor(weights as number[] | number[][], undefined, 'float32');
}

/**
 * Weights lined up with the per-sample loss: equal to a leading part of its shape ([batch],
 * [batch, steps] ...), a trailing 1 allowed, then reshaped with trailing 1s to broadcast.
 */
function alignWeights(name: string, weights: Tensor, values: Tensor): Tensor {
  let shape = weights.shape;
  if (shape.length === values.rank + 1 && shape[shape.length - 1] === 1) shape = shape.slice(0, -1);
  if (values.rank === 0) {
    if (weights.size === 1) return tf.reshape(weights, []);
  } else if (shape.length >= 1 && shape.length <= values.rank && tf.util.arraysEqual(shape, values.shape.slice(0, shape.length))) {
    return tf.reshape(weights, [...shape, ...new Array<number>(values.rank - shape.length).fill(1)]);
  }
  const batch = values.rank === 0 ? 1 : values.shape[0]!;
  const perElement = values.rank > 1 ? ` or ${formatShape(values.shape)} (one per element of the per-sample loss)` : '';
  throw new Error(`${name}: expected sampleWeight of shape [${batch}] (one per sample)${perElement}, got shape ${formatShape(weights.shape)} — `
    + 'give one weight per sample, or per time step for sequence losses');
}

/**
 * Applies the reduction to per-sample losses (shape [batch] or [batch, ...]), following Keras 3's
 * reduce_weighted_values: weights multiply the losses; 'mean' divides by the number of
 * elements, 'meanWithSampleWeight' by the sum of the weights (0 when that is 0). A mask
 * (ignoreClass) zeroes the masked entries and removes them from either denominator: for 'mean'
 * the kept entries are weighted by total/kept, so the mean runs over the kept entries.
 */
export function reduce(name: string, perSample: Tensor, options: ReductionOptions, mask: Tensor | null = null): Tensor {
  const reduction = options.reduction ?? 'mean';
  if (!REDUCTIONS.includes(reduction)) {
    throw new Error(`${name}: expected reduction one of ${REDUCTIONS.join(', ')}, got '${String(reduction)}'${suggestion(String(reduction), REDUCTIONS)}`);
  }
  return tf.tidy(() => {
    let values = perSample;
    let weights = options.sampleWeight === undefined ? null : alignWeights(name, weightTensor(options.sampleWeight), values);
    if (mask !== null) {
      // where(), not a product: a masked entry's loss may be anything, NaN included.
      values = tf.where(tf.cast(mask, 'bool'), values, tf.zerosLike(values));
      let maskWeight = tf.cast(mask, 'float32');
      if (reduction === 'mean' || reduction === 'sumOverBatchSize') maskWeight = tf.mul(maskWeight, divideOrZero(tf.scalar(maskWeight.size), tf.sum(maskWeight)));
      weights = weights === null ? maskWeight : tf.mul(weights, maskWeight);
    }
    if (weights !== null) values = tf.mul(values, weights);
    switch (reduction) {
      case 'none': return values;
      case 'sum': return tf.sum(values);
      case 'meanWithSampleWeight':
        // The weights' sum over every element they multiply (Keras sums the weight tensor, which has
        // that shape): a weight broadcast over k elements counts k times.
        return weights === null ? tf.mean(values) : divideOrZero(tf.sum(values), tf.mul(tf.sum(weights), perSample.size / weights.size));
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
