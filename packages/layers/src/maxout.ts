// Maxout (Goodfellow et al., "Maxout Networks") in its activation form: the C channels of an axis
// become U units of k = C/U pieces each, and each unit is the max of its pieces. 'contiguous'
// groups pieces u·k … u·k + k − 1 (the authors' pylearn2 layers); 'strided' groups u, u + U, …
// (TF-Addons' Maxout, which reshapes the axis to (k, U)). The gradient reaches only the first
// maximal piece of each unit. Limits: MaxoutDense (a dense layer of U·k outputs before it) is
// a Dense layer followed by this one.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkChoice, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export type MaxoutGrouping = 'contiguous' | 'strided';

export interface MaxoutOptions extends LayerArgs {
  /** Number of units U; the axis's size must be a multiple of it. Required. */
  units: number;
  /** The axis cut into units. Default -1. */
  axis?: number;
  /** 'contiguous' (default, the paper's) or 'strided' (TF-Addons'). */
  grouping?: MaxoutGrouping;
  /** TF-Addons' name for units, in its saved configs: implies grouping 'strided'. */
  numUnits?: number;
}

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1);

export class Maxout extends tfl.layers.Layer {
  static className = 'Maxout';
  readonly units: number;
  readonly axis: number;
  readonly grouping: MaxoutGrouping;

  constructor(options: MaxoutOptions) {
    const where = 'Maxout';
    super(layerArgs(where, options, ['units', 'axis', 'grouping', 'numUnits']));
    if (options?.units != null && options.numUnits != null) throw new Error(`${where}: expected units or numUnits (TF-Addons' name), got both — pass units`);
    const addons = options?.units == null && options?.numUnits != null;
    this.units = checkNumber(where, 'units', addons ? options.numUnits : options?.units, undefined, { min: 1, integer: true });
    this.axis = checkNumber(where, 'axis', options?.axis, -1, { integer: true });
    this.grouping = checkChoice(where, 'grouping', options?.grouping, addons ? 'strided' : 'contiguous', ['contiguous', 'strided'] as const);
  }

  /** The positive axis and pieces per unit for a shape, or a clear error. */
  private plan(shape: readonly (number | null)[]): { axis: number; pieces: number } {
    const axis = this.axis < 0 ? this.axis + shape.length : this.axis;
    if (axis < 1 || axis >= shape.length) {
      throw new Error(`Maxout '${this.name}': expected axis in [1, ${shape.length - 1}] or [${-(shape.length - 1)}, -1] for inputs of rank ${shape.length}, got ${this.axis} — the batch axis cannot be cut`);
    }
    const size = shape[axis];
    if (size == null || size % this.units !== 0) {
      throw new Error(`Maxout '${this.name}': expected the size of axis ${this.axis} to be a multiple of units = ${this.units}, got ${shapeText(shape)} — pick units dividing ${size ?? 'the axis size'}`);
    }
    return { axis, pieces: size / this.units };
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    this.plan((Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const { axis, pieces } = this.plan(x.shape);
      if (pieces === 1) return tf.clone(x);
      const before = product(x.shape.slice(0, axis));
      const after = product(x.shape.slice(axis + 1));
      const contiguous = this.grouping === 'contiguous';
      const split = tf.reshape(x, contiguous ? [before, this.units, pieces, after] : [before, pieces, this.units, after]);
      // [before, units, after, pieces]: the pieces of each unit last.
      const grouped = tf.transpose(split, contiguous ? [0, 1, 3, 2] : [0, 2, 3, 1]);
      // The first maximal piece only, so ties send the whole gradient to one piece.
      const first = tf.cast(tf.oneHot(tf.argMax(grouped, -1), pieces), 'bool');
      const out = tf.sum(tf.where(first, grouped, tf.zerosLike(grouped)), -1);
      return tf.reshape(out, [...x.shape.slice(0, axis), this.units, ...x.shape.slice(axis + 1)]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const { axis } = this.plan(shape);
    return shape.map((size, i) => (i === axis ? this.units : size));
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, axis: this.axis, grouping: this.grouping };
  }
}
