// TabM's non-shared head, LinearEnsemble in the authors' code (Gorishniy et al., "TabM: Advancing
// Tabular Deep Learning with Parameter-Efficient Ensembling"): k separate linear layers, member i
// maps its own row, y_i = x_i·W_i + b_i, W [k, d_in, d_out]. Inputs [batch, k, d_in] (the output of
// a LinearBatchEnsemble backbone); [batch, d_in] is replicated to the k members.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkBoolean, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface LinearEnsembleOptions extends LayerArgs {
  /** Output width of every member. Required. */
  units: number;
  /** Ensemble size k. Default 32 (TabM). */
  k?: number;
  /** Add a bias b_i per member. Default true. */
  useBias?: boolean;
  /** Seed of the initial draws. Default none. */
  seed?: number | null;
}

/** k non-shared linear layers on [batch, k, d_in]: y_i = x_i·W_i + b_i, output [batch, k, units]. */
export class LinearEnsemble extends tfl.layers.Layer {
  static className = 'LinearEnsemble';
  readonly units: number;
  readonly k: number;
  readonly useBias: boolean;
  readonly seed: number | null;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: LinearEnsembleOptions) {
    const where = 'LinearEnsemble';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units, got ${describe(options)} — pass {units: 1, k: 32}`);
    super(layerArgs(where, options, ['units', 'k', 'useBias', 'seed']));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.k = checkNumber(where, 'k', options.k, 32, { min: 1, integer: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  private features(shape: readonly (number | null)[]): number {
    const ok = (shape.length === 2 && shape[1] != null) || (shape.length === 3 && shape[1] === this.k && shape[2] != null);
    if (!ok) {
      throw new Error(`LinearEnsemble '${this.name}': expected [batch, k = ${this.k}, features] or [batch, features], got ${shapeText(shape)} — pass the [batch, k, features] output of a LinearBatchEnsemble with the same k`);
    }
    return shape[shape.length - 1]!;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = this.features((Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape);
    // The authors' init_rsqrt_uniform_: every member's W_i and b_i from U(−1/√d_in, 1/√d_in).
    const bound = 1 / Math.sqrt(features);
    const uniform = (offset: number) => tfl.initializers.randomUniform({ minval: -bound, maxval: bound, seed: this.seed == null ? undefined : this.seed + offset });
    this.kernel = this.addWeight('kernel', [this.k, features, this.units], 'float32', uniform(0), undefined, true);
    if (this.useBias) this.bias = this.addWeight('bias', [this.k, this.units], 'float32', uniform(1), undefined, true);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const features = this.features(x.shape);
      const kernel = this.kernel!.read();
      if (features !== kernel.shape[1]) {
        throw new Error(`LinearEnsemble '${this.name}': expected ${kernel.shape[1]} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const members = x.rank === 2 ? tf.tile(tf.expandDims(x, 1), [1, this.k, 1]) : x;      // [B, k, d_in]
      // One batched matMul over the members: [k, B, d_in]·[k, d_in, d_out] → [k, B, d_out].
      const output = tf.transpose(tf.matMul(tf.transpose(members, [1, 0, 2]), kernel), [1, 0, 2]);
      return this.bias ? tf.add(output, this.bias.read()) : output;
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    this.features(shape);
    return [shape[0]!, this.k, this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, k: this.k, useBias: this.useBias, seed: this.seed };
  }
}
