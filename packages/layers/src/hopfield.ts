// Modern Hopfield layers (Ramsauer et al., "Hopfield Networks is All You Need"): the update
// ξ_new = Xᵀ·softmax(β·X·ξ) retrieves a stored pattern (rows of X) from a state ξ in one step for
// large β. The Hopfield layer is that update with learned projections,
// Z = softmax(β·R·W_Q·(Y·W_K)ᵀ)·Y·W_K·W_V, on [state patterns R, stored patterns Y] (or one tensor
// for both); HopfieldPooling learns its state patterns (one per output slot) and pools Y.
// Limits: softmax retrieval only (sparsemax and entmax are not built).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { softmax } from '@layerkit/activations';
import {
  checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

/** One update of every state ξ (rows of `state` [..., M, d]) against stored patterns [..., N, d]: softmax(β·ξ·Xᵀ)·X. */
export function hopfieldRetrieve(patterns: tf.Tensor, state: tf.Tensor, beta: number): tf.Tensor {
  if (!(patterns instanceof tf.Tensor) || !(state instanceof tf.Tensor) || patterns.rank < 2 || state.rank !== patterns.rank) {
    throw new Error(`hopfieldRetrieve: expected stored patterns [..., N, d] and states [..., M, d] of one rank, got ${describe(patterns instanceof tf.Tensor ? patterns.shape : patterns)} and ${describe(state instanceof tf.Tensor ? state.shape : state)} — pass two tensors of rank 2 or more`);
  }
  return tf.tidy(() => tf.matMul(softmax(tf.mul(tf.matMul(state, patterns, false, true), beta)), patterns));
}

export interface HopfieldOptions extends LayerArgs {
  /** Size d of the associative space (W_Q, W_K project to it). Required. */
  patternDim: number;
  /** Output width (W_V). Default: the stored patterns' feature size. */
  units?: number | null;
  /** Inverse temperature β. Default 1/√patternDim. */
  beta?: number | null;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

const OWN = ['patternDim', 'units', 'beta', 'kernelInitializer'] as const;
type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

abstract class HopfieldBase extends tfl.layers.Layer {
  readonly patternDim: number;
  readonly unitsOption: number | null;
  readonly betaOption: number | null;
  readonly kernelInitializer: Initializer;
  protected readonly parameters = new Map<string, Variable>();

  constructor(className: string, options: HopfieldOptions, extra: readonly string[]) {
    if (options == null || typeof options !== 'object') throw new Error(`${className}: expected options with patternDim, got ${describe(options)} — pass {patternDim: 64}`);
    super(layerArgs(className, options, [...OWN, ...extra]));
    this.patternDim = checkNumber(className, 'patternDim', options.patternDim, undefined, { min: 1, integer: true });
    this.unitsOption = options.units == null ? null : checkNumber(className, 'units', options.units, undefined, { min: 1, integer: true });
    this.betaOption = options.beta == null ? null : checkNumber(className, 'beta', options.beta, undefined, { min: 0, minExclusive: true });
    this.kernelInitializer = initializerFrom(className, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  get beta(): number {
    return this.betaOption ?? 1 / Math.sqrt(this.patternDim);
  }

  protected add(name: string, shape: number[], initializer: Initializer = this.kernelInitializer): void {
    this.parameters.set(name, this.addWeight(name, shape, 'float32', initializer, undefined, true));
  }

  protected read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  protected project(x: tf.Tensor, name: string): tf.Tensor {
    const kernel = this.read(name);
    const [inSize, outSize] = kernel.shape as [number, number];
    if (x.shape[x.rank - 1] !== inSize) {
      throw new Error(`${this.getClassName()} '${this.name}': expected ${inSize} features for ${name.split('/')[0]} (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shapes it was built for`);
    }
    return tf.reshape(tf.matMul(tf.reshape(x, [-1, inSize]), kernel), [...x.shape.slice(0, -1), outSize]);
  }

  /** softmax(β·Q·Kᵀ)·(K·W_V) with Q [B, M, d] and K [B, N, d]. */
  protected retrieve(queries: tf.Tensor, stored: tf.Tensor): tf.Tensor {
    const keys = this.project(stored, 'key/kernel');
    const weights = softmax(tf.mul(tf.matMul(queries, keys, false, true), this.beta));
    return tf.matMul(weights, this.project(keys, 'value/kernel'));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), patternDim: this.patternDim, units: this.unitsOption, beta: this.betaOption, kernelInitializer: serializeInitializer(this.kernelInitializer) };
  }
}

/** The Hopfield layer on [state patterns R [B, M, d_r], stored patterns Y [B, N, d_y]] or one tensor for both. */
export class Hopfield extends HopfieldBase {
  static className = 'Hopfield';
  constructor(options: HopfieldOptions) {
    super('Hopfield', options, []);
  }

  private pair(inputShape: tfl.Shape | tfl.Shape[]): [tfl.Shape, tfl.Shape] {
    const list = (Array.isArray(inputShape[0]) ? inputShape : [inputShape]) as tfl.Shape[];
    if (list.length < 1 || list.length > 2) throw new Error(`Hopfield '${this.name}': expected one tensor or [state patterns, stored patterns], got ${list.length} inputs — pass one of those`);
    const [state, stored = state] = list as [tfl.Shape, tfl.Shape?];
    for (const shape of [state, stored]) {
      if (shape.length !== 3 || shape[2] == null) throw new Error(`Hopfield '${this.name}': expected patterns [batch, count, features] with known features, got ${shapeText(shape)} — reshape to [batch, count, features]`);
    }
    return [state, stored];
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const [state, stored] = this.pair(inputShape);
    this.add('query/kernel', [state[2]!, this.patternDim]);
    this.add('key/kernel', [stored[2]!, this.patternDim]);
    this.add('value/kernel', [this.patternDim, this.unitsOption ?? stored[2]!]);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      this.pair(list.map((t) => t.shape));
      const [state, stored = state] = list as [tf.Tensor, tf.Tensor?];
      return this.retrieve(this.project(state, 'query/kernel'), stored);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [state, stored] = this.pair(inputShape);
    return [state[0]!, state[1]!, this.unitsOption ?? stored[2]!];
  }
}

export interface HopfieldPoolingOptions extends HopfieldOptions {
  /** Number of learned state patterns (pooled outputs). Default 1. */
  numPatterns?: number;
}

/** HopfieldPooling: learned state patterns query the stored patterns Y [B, N, d_y] → [B, numPatterns, units]. */
export class HopfieldPooling extends HopfieldBase {
  static className = 'HopfieldPooling';
  readonly numPatterns: number;
  constructor(options: HopfieldPoolingOptions) {
    super('HopfieldPooling', options, ['numPatterns']);
    this.numPatterns = checkNumber('HopfieldPooling', 'numPatterns', options.numPatterns, 1, { min: 1, integer: true });
  }

  private shape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[2] == null) throw new Error(`HopfieldPooling '${this.name}': expected stored patterns [batch, count, features] with known features, got ${shapeText(shape)} — reshape to [batch, count, features]`);
    return shape;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = this.shape(inputShape);
    this.add('state_patterns', [this.numPatterns, this.patternDim]);
    this.add('key/kernel', [shape[2]!, this.patternDim]);
    this.add('value/kernel', [this.patternDim, this.unitsOption ?? shape[2]!]);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const stored = Array.isArray(inputs) ? inputs[0]! : inputs;
      this.shape(stored.shape);
      const queries = tf.tile(tf.expandDims(this.read('state_patterns'), 0), [stored.shape[0]!, 1, 1]);
      return this.retrieve(queries, stored);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = this.shape(inputShape);
    return [shape[0]!, this.numPatterns, this.unitsOption ?? shape[2]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), numPatterns: this.numPatterns };
  }
}
