// Parameterized hypercomplex multiplication layer (Zhang et al., "Beyond Fully-Connected Layers
// with Quaternions: Parameterization of Hypercomplex Multiplications with 1/n Parameters"):
// y = W·x + b with W = Σ_{i=1..n} A_i ⊗ S_i (A_i [n, n] learned "multiplication rules",
// S_i [units/n, d/n]), about 1/n of a dense layer's parameters plus n³. Computed without forming
// the Kronecker sum: with X the input reshaped to [n, d/n], W·x = vec(Σ_i A_i·X·S_iᵀ).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import {
  checkBoolean, featureSize, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs, unitsOutputShape,
} from './options.js';

export interface PHMDenseOptions extends LayerArgs {
  /** Output width k; a multiple of n. Required. */
  units: number;
  /** Hypercomplex dimension n; divides the input width and units. Default 4. */
  n?: number;
  /** Default true. */
  useBias?: boolean;
  /** Initializer of S (and of A). Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

export class PHMDense extends tfl.layers.Layer {
  static className = 'PHMDense';
  readonly units: number;
  readonly n: number;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private rule: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: PHMDenseOptions) {
    const where = 'PHMDense';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units, got ${describe(options)} — pass {units: 64, n: 4}`);
    super(layerArgs(where, options, ['units', 'n', 'useBias', 'kernelInitializer', 'biasInitializer']));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.n = checkNumber(where, 'n', options.n, 4, { min: 1, integer: true });
    if (this.units % this.n !== 0) throw new Error(`${where}: expected units to be a multiple of n = ${this.n}, got ${this.units} — pick units divisible by n`);
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = featureSize(this, inputShape);
    if (features % this.n !== 0) {
      throw new Error(`PHMDense '${this.name}': expected input features divisible by n = ${this.n}, got ${features} — pick n dividing ${features}`);
    }
    const n = this.n;
    this.rule = this.addWeight('phm_rule', [n, n, n], 'float32', this.kernelInitializer, undefined, true);
    this.kernel = this.addWeight('phm_kernel', [n, this.units / n, features / n], 'float32', this.kernelInitializer, undefined, true);
    if (this.useBias) this.bias = this.addWeight('bias', [this.units], 'float32', this.biasInitializer, undefined, true);
    this.built = true;
  }

  /** The explicit [units, features] matrix W = Σ_i A_i ⊗ S_i (for inspection and tests). */
  matrix(): tf.Tensor2D {
    return tf.tidy(() => {
      const n = this.n;
      const A = this.rule!.read();
      const S = this.kernel!.read();
      const [, rows, columns] = S.shape as [number, number, number];
      // (A ⊗ S)[a·rows + r, b·columns + c] = A[a, b]·S[r, c], summed over i.
      const product = tf.mul(tf.reshape(A, [n, n, 1, n, 1]), tf.reshape(S, [n, 1, rows, 1, columns]));
      return tf.reshape(tf.sum(product, 0), [n * rows, n * columns]) as tf.Tensor2D;
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const n = this.n;
      const S = this.kernel!.read();
      const [, outPart, inPart] = S.shape as [number, number, number];
      if (x.shape[x.rank - 1] !== n * inPart) {
        throw new Error(`PHMDense '${this.name}': expected ${n * inPart} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const X = tf.reshape(x, [-1, inPart]);                                     // [N·n(b), d/n]
      const tokens = X.shape[0]! / n;
      // X·S_iᵀ for every i: [N·n(b), n(i)·k/n] → [N, b, i, e].
      const St = tf.reshape(tf.transpose(S, [2, 0, 1]), [inPart, n * outPart]);
      const XS = tf.reshape(tf.matMul(X, St), [tokens, n, n, outPart]);
      // Σ_i Σ_b A[i, a, b]·XS[N, b, i, e] as one matmul over (i, b).
      const A = tf.reshape(tf.transpose(this.rule!.read(), [1, 0, 2]), [n, n * n]);            // [a, (i, b)]
      const right = tf.reshape(tf.transpose(XS, [2, 1, 0, 3]), [n * n, tokens * outPart]);     // [(i, b), (N, e)]
      const Y = tf.transpose(tf.reshape(tf.matMul(A, right), [n, tokens, outPart]), [1, 0, 2]);
      let out = tf.reshape(Y, [...x.shape.slice(0, -1), this.units]);
      if (this.bias) out = tf.add(out, this.bias.read());
      return out;
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return unitsOutputShape(inputShape, this.units);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      n: this.n,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
