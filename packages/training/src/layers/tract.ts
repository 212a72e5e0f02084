// TrAct ("TrAct: Making First-layer Pre-Activations Trainable", Petersen et al.): the first
// layer's weight gradient is preconditioned by the inputs' second moment,
// ∇W = (XᵀX/b + λI)⁻¹·XᵀG in tfjs's [in, out] kernel layout (X the b × n inputs, G = ∂L/∂Y);
// when b < n the Woodbury form (1/λ)·[XᵀG − Xᵀ(bλI + XXᵀ)⁻¹XXᵀG] solves a b × b system instead.
// The forward pass and the bias gradient are the ordinary ones. tfjs has no linear solve, so the
// symmetric positive-definite system is solved by a float64 Cholesky factorisation on the host
// (one read-back of an n × n or b × b matrix per step): meant for the small first layers TrAct
// targets. Dense layers only (the conv form over im2col patches is not implemented).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkChoice, checkNumber, checkOptionNames, type LayerArgs } from '../options.js';

/** Solves S·Z = R for symmetric positive-definite S (n × n) and R (n × m), in float64. */
function choleskySolve(matrix: Float64Array, n: number, rhs: Float64Array, m: number): Float64Array {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= lower[i * n + k]! * lower[j * n + k]!;
      if (i === j) {
        if (!(sum > 0)) throw new Error('TrAct: the preconditioner is not positive definite — use a larger lambda');
        lower[i * n + i] = Math.sqrt(sum);
      } else lower[i * n + j] = sum / lower[j * n + j]!;
    }
  }
  const solution = new Float64Array(n * m);
  for (let column = 0; column < m; column++) {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = rhs[i * m + column]!;
      for (let k = 0; k < i; k++) sum -= lower[i * n + k]! * y[k]!;
      y[i] = sum / lower[i * n + i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let k = i + 1; k < n; k++) sum -= lower[k * n + i]! * solution[k * m + column]!;
      solution[i * m + column] = sum / lower[i * n + i]!;
    }
  }
  return solution;
}

const read64 = (tensor: tf.Tensor) => Float64Array.from(tensor.dataSync());

/** TrAct's weight gradient for inputs x [b, n] and output gradients g [b, m] ('auto' picks Woodbury when b < n). */
export function tractWeightGradient(x: tf.Tensor2D, g: tf.Tensor2D, lambda: number, form: 'auto' | 'direct' | 'woodbury' = 'auto'): tf.Tensor2D {
  const [rows, inputs] = x.shape;
  const outputs = g.shape[1];
  const chosen = form === 'auto' ? (rows < inputs ? 'woodbury' : 'direct') : form;
  if (chosen === 'direct') {
    const [system, rhs] = tf.tidy(() => [tf.add(tf.div(tf.matMul(x, x, true, false), rows), tf.mul(tf.eye(inputs), lambda)), tf.matMul(x, g, true, false)]);
    const solution = choleskySolve(read64(system!), inputs, read64(rhs!), outputs);
    tf.dispose([system!, rhs!]);
    return tf.tensor2d(Float32Array.from(solution), [inputs, outputs]);
  }
  const [system, rhs] = tf.tidy(() => {
    const gram = tf.matMul(x, x, false, true);
    return [tf.add(gram, tf.mul(tf.eye(rows), rows * lambda)), tf.matMul(gram, g)];
  });
  const solution = choleskySolve(read64(system!), rows, read64(rhs!), outputs);
  tf.dispose([system!, rhs!]);
  return tf.tidy(() => {
    const y = tf.tensor2d(Float32Array.from(solution), [rows, outputs]);
    return tf.div(tf.sub(tf.matMul(x, g, true, false), tf.matMul(x, y, true, false)), lambda) as tf.Tensor2D;
  });
}

export interface TrActDenseOptions extends LayerArgs {
  units?: number;
  /** λ. Default 0.1. */
  lambda?: number;
  activation?: string;
  useBias?: boolean;
  /** 'auto' (Woodbury when the batch is smaller than the input width), 'direct' or 'woodbury'. */
  form?: 'auto' | 'direct' | 'woodbury';
  kernelInitializer?: ReturnType<typeof tfl.initializers.glorotUniform>;
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;
type Activation = { apply(x: tf.Tensor): tf.Tensor };

/** A Dense layer whose kernel gradient is TrAct's; for the network's first layer. */
export class TrActDense extends tfl.layers.Layer {
  static className = 'TrActDense';
  readonly units: number;
  readonly lambda: number;
  readonly activationName: string;
  readonly useBias: boolean;
  readonly form: 'auto' | 'direct' | 'woodbury';
  private readonly activationFunction: Activation;
  private readonly kernelInitializer: ReturnType<typeof tfl.initializers.glorotUniform>;
  private kernel: tfl.LayerVariable | null = null;
  private bias: tfl.LayerVariable | null = null;

  constructor(options: TrActDenseOptions = {}) {
    super(options);
    const where = 'TrActDense';
    checkOptionNames(where, options, ['units', 'lambda', 'activation', 'useBias', 'form', 'kernelInitializer', ...LAYER_ARGS]);
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.lambda = checkNumber(where, 'lambda', options.lambda, 0.1, { min: 0, minExclusive: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.form = checkChoice(where, 'form', options.form, 'auto', ['auto', 'direct', 'woodbury'] as const);
    this.activationName = options.activation ?? 'linear';
    this.activationFunction = (tfl.layers.activation({ activation: this.activationName as never }) as unknown as { activation: Activation }).activation;
    this.kernelInitializer = options.kernelInitializer ?? tfl.initializers.glorotUniform({});
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 2) throw new Error(`TrActDense: expected inputs [batch, features], got rank ${shape.length} — flatten first (the conv form is not implemented)`);
    this.kernel = this.addWeight('kernel', [shape[1]!, this.units], 'float32', this.kernelInitializer);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', tfl.initializers.zeros());
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    const input = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor2D;
    const { lambda, form } = this;
    const linear = tf.customGrad(((x: tf.Tensor2D, kernel: tf.Tensor2D, save: (tensors: tf.Tensor[]) => void) => {
      save([x, kernel]);
      return {
        value: tf.matMul(x, kernel),
        gradFunc: (dy: tf.Tensor2D, saved: tf.Tensor[]) => {
          const [savedX, savedKernel] = saved as [tf.Tensor2D, tf.Tensor2D];
          return [tf.matMul(dy, savedKernel, false, true), tractWeightGradient(savedX, dy, lambda, form)];
        },
      };
    }) as never) as (x: tf.Tensor, kernel: tf.Tensor) => tf.Tensor;
    let output = linear(input, this.kernel!.read());
    if (this.bias != null) output = tf.add(output, this.bias.read());
    return this.activationFunction.apply(output);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [shape[0]!, this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, lambda: this.lambda, activation: this.activationName, useBias: this.useBias, form: this.form };
  }
}
