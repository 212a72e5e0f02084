// BatchEnsemble linear layer as TabM uses it (Wen et al., "BatchEnsemble"; Gorishniy et al.,
// "TabM: Advancing Tabular Deep Learning with Parameter-Efficient Ensembling"): k members share
// W [d_in, d_out] and differ by rank-1 adapters, y_i = ((x_i ⊙ r_i)·W) ⊙ s_i + b_i. Inputs
// [batch, d_in] are replicated to the k members; [batch, k, d_in] (each member its own input, as
// after a first ensemble layer) passes through. Output [batch, k, d_out]; train on the mean of
// the members' losses (a loss over the k axis) and average the members' predictions.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkChoice, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export type AdapterInit = 'randomSigns' | 'normal' | 'ones';

export interface LinearBatchEnsembleOptions extends LayerArgs {
  /** Output width. Required. */
  units: number;
  /** Ensemble size k. Default 32 (TabM). */
  k?: number;
  /** r_i at init: 'randomSigns' ±1 (TabM's first layer, default), 'normal' N(0, 1), or 'ones' (TabM's later layers). s_i starts at 1. */
  init?: AdapterInit;
  /** Seed of the initial draws. Default none. */
  seed?: number | null;
}

export class LinearBatchEnsemble extends tfl.layers.Layer {
  static className = 'LinearBatchEnsemble';
  readonly units: number;
  readonly k: number;
  readonly init: AdapterInit;
  readonly seed: number | null;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: LinearBatchEnsembleOptions) {
    const where = 'LinearBatchEnsemble';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with units, got ${describe(options)} — pass {units: 512, k: 32}`);
    super(layerArgs(where, options, ['units', 'k', 'init', 'seed']));
    this.units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
    this.k = checkNumber(where, 'k', options.k, 32, { min: 1, integer: true });
    this.init = checkChoice(where, 'init', options.init, 'randomSigns', ['randomSigns', 'normal', 'ones'] as const);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  private features(shape: readonly (number | null)[]): number {
    const ok = (shape.length === 2 && shape[1] != null) || (shape.length === 3 && shape[1] === this.k && shape[2] != null);
    if (!ok) {
      throw new Error(`LinearBatchEnsemble '${this.name}': expected [batch, features] or [batch, k = ${this.k}, features], got ${shapeText(shape)} — pass plain rows, or the [batch, k, features] output of another ensemble layer`);
    }
    return shape[shape.length - 1]!;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const features = this.features((Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape);
    const bound = 1 / Math.sqrt(features);
    const seed = (offset: number) => (this.seed == null ? undefined : this.seed + offset);
    const add = (name: string, shape: number[], initializer: ReturnType<typeof tfl.initializers.zeros>) => {
      this.parameters.set(name, this.addWeight(name, shape, 'float32', initializer, undefined, true));
    };
    add('kernel', [features, this.units], tfl.initializers.randomUniform({ minval: -bound, maxval: bound, seed: seed(0) }));
    add('r', [this.k, features], tfl.initializers.ones());
    add('s', [this.k, this.units], tfl.initializers.ones());
    add('bias', [this.k, this.units], tfl.initializers.zeros());
    this.built = true;
    // TabM's init: r_i random signs (or N(0, 1)); all k biases one shared U(−1/√d, 1/√d) draw.
    const r = this.init === 'ones' ? null : this.init === 'normal'
      ? tf.randomNormal([this.k, features], 0, 1, 'float32', seed(1))
      : tf.tidy(() => tf.sub(tf.mul(tf.cast(tf.less(tf.randomUniform([this.k, features], 0, 1, 'float32', seed(1)), 0.5), 'float32'), 2), 1));
    if (r) { this.parameters.get('r')!.write(r); r.dispose(); }
    const bias = tf.tidy(() => tf.tile(tf.randomUniform([1, this.units], -bound, bound, 'float32', seed(2)), [this.k, 1]));
    this.parameters.get('bias')!.write(bias);
    bias.dispose();
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const features = this.features(x.shape);
      const kernel = this.read('kernel');
      if (features !== kernel.shape[0]) {
        throw new Error(`LinearBatchEnsemble '${this.name}': expected ${kernel.shape[0]} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const members = x.rank === 2 ? tf.tile(tf.expandDims(x, 1), [1, this.k, 1]) : x;    // [B, k, d_in]
      const batch = members.shape[0]!;
      const scaled = tf.mul(members, this.read('r'));
      const shared = tf.reshape(tf.matMul(tf.reshape(scaled, [batch * this.k, features]), kernel), [batch, this.k, this.units]);
      return tf.add(tf.mul(shared, this.read('s')), this.read('bias'));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    this.features(shape);
    return [shape[0]!, this.k, this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, k: this.k, init: this.init, seed: this.seed };
  }
}
