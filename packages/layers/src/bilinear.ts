// Bilinear layer (Sharkey, "A technical note on bilinear layers for interpretability"; Pearce et
// al., "Bilinear MLPs enable weight-based mechanistic interpretability"): g(x) = (W1·x + b1) ⊙
// (W2·x + b2), out = P·g(x), a GLU without a gate nonlinearity (the product runs in
// @layerkit/activations' fused bilinear kernel). Without biases every output is a quadratic form,
// out_a = xᵀB_a x, and for an output direction u, uᵀ·out = xᵀQ_u x with the symmetric
// Q_u = Σ_h (uᵀP)_h·½(w1_h w2_hᵀ + w2_h w1_hᵀ), whose eigendecomposition (Jacobi, float64) shows
// the input directions the layer responds to.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { bilinear } from '@layerkit/activations';
import {
  checkBoolean, featureSize, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs, unitsOutputShape,
} from './options.js';

export interface BilinearOptions extends LayerArgs {
  /** Output width. Required. */
  units: number;
  /** Width of the two hidden projections. Required. */
  hiddenUnits: number;
  /** Biases b1 and b2 on the hidden projections. Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

/** Eigenvalues (descending) and unit eigenvectors (columns, row-major [d, d]) of a symmetric matrix, by cyclic Jacobi rotations in float64. */
export function symmetricEigen(matrix: ArrayLike<number>, size: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q]! ** 2;
    if (off < 1e-24) break;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) {
      const apq = a[p * size + q]!;
      if (Math.abs(apq) < 1e-300) continue;
      const theta = (a[q * size + q]! - a[p * size + p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < size; k++) {
        const akp = a[k * size + p]!; const akq = a[k * size + q]!;
        a[k * size + p] = c * akp - s * akq;
        a[k * size + q] = s * akp + c * akq;
      }
      for (let k = 0; k < size; k++) {
        const apk = a[p * size + k]!; const aqk = a[q * size + k]!;
        a[p * size + k] = c * apk - s * aqk;
        a[q * size + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < size; k++) {
        const vkp = v[k * size + p]!; const vkq = v[k * size + q]!;
        v[k * size + p] = c * vkp - s * vkq;
        v[k * size + q] = s * vkp + c * vkq;
      }
    }
  }
  const order = Array.from({ length: size }, (_, i) => i).sort((i, j) => a[j * size + j]! - a[i * size + i]!);
  const values = Float64Array.from(order, (i) => a[i * size + i]!);
  const vectors = new Float64Array(size * size);
  order.forEach((column, k) => { for (let row = 0; row < size; row++) vectors[row * size + k] = v[row * size + column]!; });
  return { values, vectors };
}

export class Bilinear extends tfl.layers.Layer {
  static className = 'Bilinear';
  readonly units: number;
  readonly hiddenUnits: number;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: BilinearOptions) {
    const where = 'Bilinear';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units and hiddenUnits, got ${describe(options)} — pass {units: 10, hiddenUnits: 64}`);
    super(layerArgs(where, options, ['units', 'hiddenUnits', 'useBias', 'kernelInitializer', 'biasInitializer']));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.hiddenUnits = checkNumber(where, 'hiddenUnits', options.hiddenUnits, undefined, { min: 1, integer: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = featureSize(this, inputShape);
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, true));
    };
    for (const side of ['left', 'right']) {
      add(`${side}/kernel`, [features, this.hiddenUnits], this.kernelInitializer);
      if (this.useBias) add(`${side}/bias`, [this.hiddenUnits], this.biasInitializer);
    }
    add('projection/kernel', [this.hiddenUnits, this.units], this.kernelInitializer);
    this.built = true;
  }

  private read(name: string): tf.Tensor | null {
    return this.parameters.get(name)?.read() ?? null;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const left = this.read('left/kernel')!;
      const features = left.shape[0]!;
      if (x.shape[x.rank - 1] !== features) {
        throw new Error(`Bilinear '${this.name}': expected ${features} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      let both = tf.matMul(tf.reshape(x, [-1, features]), tf.concat([left, this.read('right/kernel')!], 1));
      if (this.useBias) both = tf.add(both, tf.concat([this.read('left/bias')!, this.read('right/bias')!]));
      const out = tf.matMul(bilinear(both), this.read('projection/kernel')!);
      return tf.reshape(out, [...x.shape.slice(0, -1), this.units]);
    });
  }

  private weightsOf(where: string): { W1: Float32Array; W2: Float32Array; P: Float32Array; d: number } {
    if (!this.built) throw new Error(`Bilinear '${this.name}': ${where}() needs the layer built — call it once (or build its model) first`);
    return {
      W1: this.read('left/kernel')!.dataSync() as Float32Array, W2: this.read('right/kernel')!.dataSync() as Float32Array,
      P: this.read('projection/kernel')!.dataSync() as Float32Array, d: this.read('left/kernel')!.shape[0]!,
    };
  }

  /** Q_u = Σ_h (uᵀP)_h·½(w1_h w2_hᵀ + w2_h w1_hᵀ), [d, d] row-major in float64 (biases ignored). */
  interactionMatrix(direction: ArrayLike<number>): Float64Array {
    const { W1, W2, P, d } = this.weightsOf('interactionMatrix');
    const H = this.hiddenUnits;
    if (direction.length !== this.units) throw new Error(`Bilinear '${this.name}': expected an output direction of ${this.units} values, got ${direction.length} — pass one value per output unit`);
    const weight = Array.from({ length: H }, (_, h) => Array.from({ length: this.units }, (_, a) => P[h * this.units + a]! * direction[a]!).reduce((s, v) => s + v, 0));
    const Q = new Float64Array(d * d);
    for (let h = 0; h < H; h++) for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) {
      Q[i * d + j] += weight[h]! * 0.5 * (W1[i * H + h]! * W2[j * H + h]! + W2[i * H + h]! * W1[j * H + h]!);
    }
    return Q;
  }

  /** The eigendecomposition of Q_u: eigenvalues descending, eigenvectors as columns. */
  eigendecomposition(direction: ArrayLike<number>): { values: Float64Array; vectors: Float64Array } {
    return symmetricEigen(this.interactionMatrix(direction), this.read('left/kernel')!.shape[0]!);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return unitsOutputShape(inputShape, this.units);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      hiddenUnits: this.hiddenUnits,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
