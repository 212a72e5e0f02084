// Sharpness: the top eigenvalue of the loss Hessian ("A Loss Curvature Perspective on Training
// Instability in Deep Learning"), by power iteration on Hessian-vector products taken as central
// differences of gradients, Hv ≈ [∇L(θ + εv) − ∇L(θ − εv)]/(2ε) with ‖v‖ = 1 over all variables
// jointly: two gradient evaluations per iteration and no second-order autodiff. The estimate is
// the Rayleigh quotient vᵀHv of the last iterate; power iteration converges to the eigenvalue of
// largest magnitude. The weights are restored bit for bit afterwards.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkNumber, checkOptionNames, describe } from '../options.js';

export interface SharpnessOptions {
  /** Power iterations. Default 20. */
  iterations?: number;
  /** Finite-difference step ε along the unit direction. Default 1e-3. */
  epsilon?: number;
  /** Seed of the starting direction. Default 0. */
  seed?: number;
}

export const SHARPNESS_OPTION_NAMES = ['iterations', 'epsilon', 'seed'] as const;

export interface SharpnessResult {
  /** vᵀHv at the last iterate. */
  readonly eigenvalue: number;
  /** The estimate after every iteration. */
  readonly estimates: number[];
}

const squaredNorm = (list: tf.Tensor[]) => tf.addN(list.map((tensor) => tf.sum(tf.square(tensor))));

/** The top Hessian eigenvalue of `loss` with respect to `variables`. */
export function hessianTopEigenvalue(loss: () => tf.Scalar, variables: tf.Variable[], options: SharpnessOptions = {}): SharpnessResult {
  const where = 'hessianTopEigenvalue';
  checkOptionNames(where, options, SHARPNESS_OPTION_NAMES);
  const iterations = checkNumber(where, 'iterations', options.iterations, 20, { min: 1, integer: true });
  const epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-3, { min: 0, minExclusive: true });
  const seed = checkNumber(where, 'seed', options.seed, 0, { integer: true });
  if (typeof loss !== 'function') throw new Error(`${where}: expected loss to be a function returning a scalar, got ${describe(loss)}`);
  if (!Array.isArray(variables) || variables.length === 0 || variables.some((variable) => !(variable instanceof tf.Variable))) {
    throw new Error(`${where}: expected a non-empty array of tf.Variable, got ${describe(variables)}`);
  }
  const originals = variables.map((variable) => tf.clone(variable));
  const gradientAt = (direction: tf.Tensor[], scale: number) => {
    tf.tidy(() => variables.forEach((variable, index) => variable.assign(tf.add(originals[index]!, tf.mul(direction[index]!, scale)))));
    const { value, grads } = tf.variableGrads(loss, variables);
    value.dispose();
    return variables.map((variable) => grads[variable.name] ?? tf.zerosLike(variable));
  };
  let direction = tf.tidy(() => {
    const raw = variables.map((variable, index) => tf.randomNormal(variable.shape, 0, 1, 'float32', seed * 1009 + index));
    const norm = tf.sqrt(squaredNorm(raw));
    return raw.map((tensor) => tf.div(tensor, norm));
  });
  const estimates: number[] = [];
  try {
    for (let iteration = 0; iteration < iterations; iteration++) {
      const plus = gradientAt(direction, epsilon);
      const minus = gradientAt(direction, -epsilon);
      const [product, rayleigh] = tf.tidy(() => {
        const hv = plus.map((gradient, index) => tf.div(tf.sub(gradient, minus[index]!), 2 * epsilon));
        const quotient = tf.addN(hv.map((tensor, index) => tf.sum(tf.mul(tensor, direction[index]!))));
        return [hv, quotient] as [tf.Tensor[], tf.Tensor];
      });
      tf.dispose([...plus, ...minus]);
      estimates.push(rayleigh.dataSync()[0]!);
      rayleigh.dispose();
      const next = tf.tidy(() => {
        const norm = tf.sqrt(squaredNorm(product));
        return product.map((tensor) => tf.div(tensor, tf.maximum(norm, 1e-30)));
      });
      tf.dispose([...product, ...direction]);
      direction = next;
    }
  } finally {
    variables.forEach((variable, index) => variable.assign(originals[index]!));
    tf.dispose([...originals, ...direction]);
  }
  return { eigenvalue: estimates[estimates.length - 1]!, estimates };
}

export interface SharpnessMonitorOptions extends SharpnessOptions {
  /** A fixed batch the loss is measured on. Required. */
  x?: tf.Tensor | tf.Tensor[];
  y?: tf.Tensor | tf.Tensor[];
  /** Loss of (yTrue, yPred); default the model's compiled loss. */
  loss?: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor;
  /** Measure every `every` epochs. Default 1. */
  every?: number;
  /** Write 'sharpness' into the epoch logs. Default true. */
  log?: boolean;
}

export const SHARPNESS_MONITOR_OPTION_NAMES = ['x', 'y', 'loss', 'every', 'log', ...SHARPNESS_OPTION_NAMES] as const;

/** A model.fit callback logging the top Hessian eigenvalue of the loss on a fixed batch (model in inference mode). */
export class SharpnessMonitor extends tfl.Callback {
  readonly options: SharpnessOptions;
  readonly every: number;
  readonly log: boolean;
  readonly history: number[] = [];
  private readonly x: tf.Tensor | tf.Tensor[];
  private readonly y: tf.Tensor | tf.Tensor[];
  private readonly lossFunction: ((yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor) | undefined;

  constructor(options: SharpnessMonitorOptions) {
    super();
    const where = 'SharpnessMonitor';
    checkOptionNames(where, options, SHARPNESS_MONITOR_OPTION_NAMES);
    if (options.x == null || options.y == null) throw new Error(`${where}: expected x and y, a fixed batch to measure the loss on, got ${options.x == null ? 'no x' : 'no y'}`);
    this.x = options.x;
    this.y = options.y;
    this.lossFunction = options.loss;
    this.every = checkNumber(where, 'every', options.every, 1, { min: 1, integer: true });
    this.log = checkBoolean(where, 'log', options.log, true);
    this.options = { iterations: options.iterations, epsilon: options.epsilon, seed: options.seed };
    hessianTopEigenvalueOptionsCheck(this.options);
  }

  /** The estimate now. */
  measure(): SharpnessResult {
    const model = this.model as tfl.LayersModel;
    const compiled = (model as unknown as { lossFunctions?: Array<(yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Tensor> }).lossFunctions;
    const lossFunctions = this.lossFunction != null ? [this.lossFunction] : compiled;
    if (lossFunctions == null || lossFunctions.length === 0) throw new Error('SharpnessMonitor: the model has no compiled loss — compile it, or pass loss: (yTrue, yPred) => tensor');
    const targets = Array.isArray(this.y) ? this.y : [this.y];
    const loss = () => {
      const outputs = model.apply(this.x, { training: false }) as tf.Tensor | tf.Tensor[];
      const list = Array.isArray(outputs) ? outputs : [outputs];
      return tf.addN(list.map((output, index) => tf.mean(lossFunctions[Math.min(index, lossFunctions.length - 1)]!(targets[index]!, output)))) as tf.Scalar;
    };
    const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
    return hessianTopEigenvalue(loss, variables, this.options);
  }

  override async onEpochEnd(epoch: number, logs?: tfl.Logs): Promise<void> {
    if ((epoch + 1) % this.every !== 0) return;
    const { eigenvalue } = this.measure();
    this.history.push(eigenvalue);
    if (this.log && logs) logs['sharpness'] = eigenvalue;
  }
}

function hessianTopEigenvalueOptionsCheck(options: SharpnessOptions): void {
  const where = 'SharpnessMonitor';
  checkNumber(where, 'iterations', options.iterations, 20, { min: 1, integer: true });
  checkNumber(where, 'epsilon', options.epsilon, 1e-3, { min: 0, minExclusive: true });
  checkNumber(where, 'seed', options.seed, 0, { integer: true });
}

/** `model.fit(x, y, {callbacks: [sharpnessMonitor({x: batchX, y: batchY})]})`. */
export function sharpnessMonitor(options: SharpnessMonitorOptions): SharpnessMonitor {
  return new SharpnessMonitor(options);
}
