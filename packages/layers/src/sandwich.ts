// Sandwich layer (Wang and Manchester, "Direct Parameterization of Lipschitz-Bounded Deep
// Networks"), the dense form: h_out = √2·Aᵀ·Ψ·σ(√2·Ψ⁻¹·B·(γ·h_in) + b), Ψ = diag(exp(d)), with
// [Aᵀ; Bᵀ] = cayley(X, Y) after the polar normalisation α·[X; Y]/‖[X; Y]‖_F. [Aᵀ; Bᵀ] has
// orthonormal columns, so for any σ with slopes in [0, 1] the layer is γ-Lipschitz in the 2-norm
// for every value of its weights. Limits: the (units × units) inverse is solved in float64 on the
// CPU at every call (one read of the weights per call on GPU backends); the convolutional form
// (a Cayley transform per FFT frequency) is not built.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import { matrixInverse } from './matrix-inverse.js';
import {
  checkBoolean, featureSize, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs, unitsOutputShape,
} from './options.js';

/**
 * Activations whose slope stays within [0, 1] everywhere, as the Lipschitz proof needs (gelu and
 * swish overshoot 1; leaky variants with a negative slope option would need that option checked).
 */
export const SANDWICH_ACTIVATIONS = ['relu', 'relu6', 'elu', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'linear'] as const;
export type SandwichActivation = (typeof SANDWICH_ACTIVATIONS)[number];

export interface SandwichOptions extends LayerArgs {
  /** Output width n. Required. */
  units: number;
  /** Lipschitz bound γ of the layer: its input is scaled by γ. Default 1. */
  gamma?: number;
  /** σ, one of SANDWICH_ACTIVATIONS (slopes in [0, 1]). Default 'relu' (the authors'). */
  activation?: SandwichActivation;
  /** The bias b inside σ. Default true. */
  useBias?: boolean;
  /** X [units, units] and Y [features, units]. Default 'glorotNormal' (the authors' Julia package). */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['units', 'gamma', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;
type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

/**
 * The Cayley transform of the stacked [X; Y] (X [n, n], Y [m, n]): Z = X − Xᵀ + YᵀY and
 * [(I + Z)⁻¹(I − Z); −2Y(I + Z)⁻¹], an [n + m, n] matrix with orthonormal columns. I + Z is always
 * invertible: its symmetric part I + YᵀY is positive definite.
 */
export function cayley(x: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
  const where = 'cayley';
  if (x.rank !== 2 || x.shape[0] !== x.shape[1]) throw new Error(`${where}: expected a square X [n, n], got ${shapeText(x.shape)} — pass X with as many rows as columns`);
  if (y.rank !== 2 || y.shape[1] !== x.shape[1]) throw new Error(`${where}: expected Y [m, ${x.shape[1]}] (the columns of X), got ${shapeText(y.shape)} — give Y one column per column of X`);
  return tf.tidy(() => {
    const identity = tf.eye(x.shape[0]);
    const z = tf.add(tf.sub(x, tf.transpose(x)), tf.matMul(y, y, true, false));
    const inverse = matrixInverse(tf.add(identity, z));
    // (I + Z)⁻¹ and I − Z commute (both are functions of Z), so one product order serves both forms.
    return tf.concat([tf.matMul(inverse, tf.sub(identity, z)), tf.mul(tf.matMul(y, inverse), -2)], 0) as tf.Tensor2D;
  });
}

export class Sandwich extends tfl.layers.Layer {
  static className = 'Sandwich';
  readonly units: number;
  readonly gamma: number;
  readonly activation: SandwichActivation;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private readonly parameters = new Map<string, Variable>();

  constructor(options: SandwichOptions) {
    const where = 'Sandwich';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units, got ${describe(options)} — pass {units: 64}`);
    super(layerArgs(where, options, OWN_OPTIONS));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.gamma = checkNumber(where, 'gamma', options.gamma, 1, { min: 0, minExclusive: true });
    const chosen = options.activation ?? 'relu';
    if (!SANDWICH_ACTIVATIONS.includes(chosen)) {
      throw new Error(`${where}: expected activation to be one of ${SANDWICH_ACTIVATIONS.map((name) => `'${name}'`).join(', ')} (slopes in [0, 1]), got ${describe(chosen)} — a slope above 1 or below 0 voids the Lipschitz bound; pick one of those`);
    }
    this.activation = chosen;
    this.activate = activationFunction(where, 'activation', chosen).apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotNormal');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = featureSize(this, inputShape);
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      const variable = this.addWeight(name, weightShape, 'float32', initializer, undefined, true);
      this.parameters.set(name, variable);
      return variable;
    };
    const x = add('X', [this.units, this.units], this.kernelInitializer);
    const y = add('Y', [features, this.units], this.kernelInitializer);
    add('d', [this.units], tfl.initializers.zeros());
    if (this.useBias) add('bias', [this.units], this.biasInitializer);
    // α starts at ‖[X; Y]‖_F, so the normalised weights start as initialised (the authors' choice).
    const alpha = add('alpha', [], tfl.initializers.ones());
    const norm = tf.tidy(() => tf.sqrt(tf.add(tf.sum(tf.square(x.read())), tf.sum(tf.square(y.read())))));
    alpha.write(norm);
    norm.dispose();
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    const variable = this.parameters.get(name);
    if (!variable) throw new Error(`Sandwich '${this.name}': the layer is not built — call it once (or build its model) first`);
    return variable.read();
  }

  /** [Aᵀ; Bᵀ] = cayley(X̂, Ŷ) of the normalised weights α·[X; Y]/‖[X; Y]‖_F, [units + features, units]. */
  cayleyWeights(): tf.Tensor2D {
    return tf.tidy(() => {
      const x = this.read('X');
      const y = this.read('Y');
      const scale = tf.div(this.read('alpha'), tf.sqrt(tf.add(tf.sum(tf.square(x)), tf.sum(tf.square(y)))));
      return cayley(tf.mul(x, scale) as tf.Tensor2D, tf.mul(y, scale) as tf.Tensor2D);
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0]! : inputs;
      const features = this.read('Y').shape[0]!;
      if (input.rank < 2 || input.shape[input.rank - 1] !== features) {
        throw new Error(`Sandwich '${this.name}': expected ${features} input features (as built), got ${shapeText(input.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const weights = this.cayleyWeights();
      const n = this.units;
      const aTransposed = tf.slice(weights, [0, 0], [n, n]);          // Aᵀ
      const bTransposed = tf.slice(weights, [n, 0], [features, n]);    // Bᵀ
      const d = this.read('d');
      // Rows are row vectors: (B·h)ᵀ = hᵀ·Bᵀ and (Aᵀ·z)ᵀ = zᵀ·A.
      const rows = tf.mul(tf.reshape(input, [-1, features]), this.gamma);
      let hidden = tf.mul(tf.matMul(rows, bTransposed), tf.mul(tf.exp(tf.neg(d)), Math.SQRT2));
      if (this.useBias) hidden = tf.add(hidden, this.read('bias'));
      const gated = tf.mul(this.activate(hidden), tf.exp(d));
      const out = tf.mul(tf.matMul(gated, aTransposed, false, true), Math.SQRT2);
      return tf.reshape(out, [...input.shape.slice(0, -1), n]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return unitsOutputShape(inputShape, this.units);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      gamma: this.gamma,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
