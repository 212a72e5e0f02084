// Lambda layer (Bello, "LambdaNetworks: Modeling Long-Range Interactions Without Attention") on
// images [batch, H, W, d] (positions n flattened): queries Q = BN(X·W_Q) [n, heads, k], keys
// K = X·W_K [m, k, u] normalised by a softmax over the m context positions, values V = BN(X·W_V)
// [m, v, u] with v = units/heads. The content lambda λ_c = Σ_{m,u} softmax(K)[m, :, u]ᵀ·V[m, :, u]
// (k × v) is shared by every position; the local position lambda λ_p[n] convolves V over an
// r × r neighbourhood with learned R [k, r, r] (a lambda convolution, u = 1). Each output is
// y[n, h] = Q[n, h]ᵀ·(λ_c + λ_p[n]), heads concatenated; no softmax over positions.
// Limits: position lambdas need intraDepth u = 1; the global (embedding) form is not built.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { softmax } from '@layerkit/activations';
import { addBatchNormWeights, applyBatchNorm, type BatchNormWeights } from './batch-norm-state.js';
import { checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface LambdaLayerOptions extends LayerArgs {
  /** Output channels d_out, a multiple of heads. Default: the input's channels. */
  units?: number | null;
  /** Query and key depth k. Default 16. */
  keyDim?: number;
  /** Heads h (queries per position). Default 4. */
  heads?: number;
  /** Intra-depth u. Default 1. */
  intraDepth?: number;
  /** 'local' (a lambda convolution over an r × r scope, default) or 'none' (content lambda only). */
  position?: 'local' | 'none';
  /** Scope r of the local position lambda (odd). Default 23. */
  scope?: number;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

export class LambdaLayer extends tfl.layers.Layer {
  static className = 'LambdaLayer';
  readonly unitsOption: number | null;
  readonly keyDim: number;
  readonly heads: number;
  readonly intraDepth: number;
  readonly position: 'local' | 'none';
  readonly scope: number;
  readonly kernelInitializer: Initializer;
  private readonly parameters = new Map<string, Variable>();
  private readonly norms = new Map<string, BatchNormWeights>();

  constructor(options: LambdaLayerOptions = {}) {
    const where = 'LambdaLayer';
    super(layerArgs(where, options, ['units', 'keyDim', 'heads', 'intraDepth', 'position', 'scope', 'kernelInitializer']));
    this.unitsOption = options.units == null ? null : checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.keyDim = checkNumber(where, 'keyDim', options.keyDim, 16, { min: 1, integer: true });
    this.heads = checkNumber(where, 'heads', options.heads, 4, { min: 1, integer: true });
    this.intraDepth = checkNumber(where, 'intraDepth', options.intraDepth, 1, { min: 1, integer: true });
    this.position = checkChoice(where, 'position', options.position, 'local', ['local', 'none'] as const);
    this.scope = checkNumber(where, 'scope', options.scope, 23, { min: 1, integer: true });
    if (this.position === 'local' && this.scope % 2 === 0) throw new Error(`${where}: expected an odd scope (centred on each position), got ${this.scope} — pick an odd size such as 23`);
    if (this.position === 'local' && this.intraDepth !== 1) throw new Error(`${where}: expected intraDepth 1 with position 'local' (the lambda convolution here has u = 1), got ${this.intraDepth} — use intraDepth: 1 or position: 'none'`);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const d = shape[3];
    if (shape.length !== 4 || d == null) throw new Error(`LambdaLayer '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last`);
    const units = this.unitsOption ?? d;
    if (units % this.heads !== 0) throw new Error(`LambdaLayer '${this.name}': expected units (${units}) divisible by heads = ${this.heads} — pick units or heads so that units/heads is whole`);
    const add = (name: string, weightShape: number[], initializer: Initializer, trainable: boolean) => this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable);
    const k = this.keyDim; const u = this.intraDepth; const v = units / this.heads;
    this.parameters.set('query/kernel', add('query/kernel', [d, this.heads * k], this.kernelInitializer, true));
    this.norms.set('query/bn', addBatchNormWeights(add, 'query/bn', this.heads * k));
    this.parameters.set('key/kernel', add('key/kernel', [d, k * u], this.kernelInitializer, true));
    this.parameters.set('value/kernel', add('value/kernel', [d, v * u], this.kernelInitializer, true));
    this.norms.set('value/bn', addBatchNormWeights(add, 'value/bn', v * u));
    if (this.position === 'local') this.parameters.set('position/kernel', add('position/kernel', [this.scope, this.scope, 1, k], this.kernelInitializer, true));
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const d = this.read('query/kernel').shape[0]!;
      if (x.rank !== 4 || x.shape[3] !== d) throw new Error(`LambdaLayer '${this.name}': expected images with ${d} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      const training = kwargs.training === true;
      const [b, H, W] = x.shape as [number, number, number, number];
      const n = H * W; const k = this.keyDim; const u = this.intraDepth; const h = this.heads;
      const v = this.read('value/kernel').shape[1]! / u;
      const rows = tf.reshape(x, [b * n, d]);
      const bn = (t: tf.Tensor, name: string) => applyBatchNorm(t, this.norms.get(name)!, { training, momentum: 0.99, epsilon: 1e-3 });
      const q = tf.reshape(bn(tf.matMul(rows, this.read('query/kernel')), 'query/bn'), [b, n, h, k]);
      const keys = tf.reshape(tf.matMul(rows, this.read('key/kernel')), [b, n, k, u]);
      const values = tf.reshape(bn(tf.matMul(rows, this.read('value/kernel')), 'value/bn'), [b, n, v, u]);
      // Keys normalised over the context positions m.
      const normalised = tf.transpose(softmax(tf.transpose(keys, [0, 2, 3, 1])), [0, 3, 1, 2]);        // [b, m, k, u]
      // λ_c[k, v] = Σ_{m,u} K[m, k, u]·V[m, v, u]: [b, k, m·u] · [b, m·u, v].
      const contentLambda = tf.matMul(tf.reshape(tf.transpose(normalised, [0, 2, 1, 3]), [b, k, n * u]), tf.reshape(tf.transpose(values, [0, 1, 3, 2]), [b, n * u, v]));
      // [b, n·h, k]·[b, k, v]: the shared lambda without a broadcast batch (tfjs's batched-matmul
      // gradient does not reduce a broadcast operand).
      let y = tf.reshape(tf.matMul(tf.reshape(q, [b, n * h, k]), contentLambda), [b, n, h, v]);
      if (this.position === 'local') {
        // λ_p[n, k, v] = Σ_{r×r} R[·, ·, k]·V[n + offset, v]: each value channel convolved on its own.
        const grid = tf.reshape(tf.transpose(tf.reshape(values, [b, H, W, v]), [0, 3, 1, 2]), [b * v, H, W, 1]);
        const positional = tf.conv2d(grid as tf.Tensor4D, this.read('position/kernel') as tf.Tensor4D, 1, 'same');   // [b·v, H, W, k]
        const lambdas = tf.transpose(tf.reshape(positional, [b, v, n, k]), [0, 2, 3, 1]);              // [b, n, k, v]
        y = tf.add(y, tf.matMul(q, lambdas));
      }
      return tf.reshape(y, [b, H, W, h * v]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [shape[0]!, shape[1]!, shape[2]!, this.unitsOption ?? shape[3]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(), units: this.unitsOption, keyDim: this.keyDim, heads: this.heads, intraDepth: this.intraDepth, position: this.position,
      scope: this.scope, kernelInitializer: serializeInitializer(this.kernelInitializer),
    };
  }
}
