// BlurPool, anti-aliased downsampling (Zhang, "Making Convolutional Networks Shift-Invariant
// Again"): a fixed binomial low-pass filter (taps of row k − 1 of Pascal's triangle, outer
// product, normalised to sum 1) applied per channel with a stride, after padding
// ⌊(k − 1)/2⌋ + padOff before and ⌈(k − 1)/2⌉ + padOff after each spatial axis. No weights.
// Channels last, on [batch, length, channels] or [batch, height, width, channels].
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkChoice, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export type BlurPoolPadding = 'reflect' | 'replicate' | 'zero';

export interface BlurPoolOptions extends LayerArgs {
  /** Taps k of the binomial filter, 1 … 7. Default 4. */
  filterSize?: number;
  /** Default 2. */
  stride?: number;
  /** 'reflect' (default), 'replicate' or 'zero'. */
  padding?: BlurPoolPadding;
  /** Extra padding on both sides. Default 0. */
  padOff?: number;
}

/** Row k − 1 of Pascal's triangle: [1], [1, 1], [1, 2, 1], … */
export function binomialTaps(size: number): number[] {
  let row = [1];
  for (let i = 1; i < size; i++) row = [...row, 0].map((value, j) => value + (j > 0 ? row[j - 1]! : 0));
  return row;
}

export class BlurPool extends tfl.layers.Layer {
  static className = 'BlurPool';
  readonly filterSize: number;
  readonly stride: number;
  readonly padding: BlurPoolPadding;
  readonly padOff: number;

  constructor(options: BlurPoolOptions = {}) {
    const where = 'BlurPool';
    super(layerArgs(where, options, ['filterSize', 'stride', 'padding', 'padOff']));
    this.filterSize = checkNumber(where, 'filterSize', options.filterSize, 4, { min: 1, max: 7, integer: true });
    this.stride = checkNumber(where, 'stride', options.stride, 2, { min: 1, integer: true });
    this.padding = checkChoice(where, 'padding', options.padding, 'reflect', ['reflect', 'replicate', 'zero'] as const);
    this.padOff = checkNumber(where, 'padOff', options.padOff, 0, { min: 0, integer: true });
  }

  private padAmounts(): [number, number] {
    return [Math.floor((this.filterSize - 1) / 2) + this.padOff, Math.ceil((this.filterSize - 1) / 2) + this.padOff];
  }

  private check(shape: readonly (number | null)[]): void {
    if ((shape.length !== 3 && shape.length !== 4) || shape[shape.length - 1] == null) {
      throw new Error(`BlurPool '${this.name}': expected [batch, length, channels] or [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last`);
    }
    const [before, after] = this.padAmounts();
    if (this.padding === 'reflect') {
      for (const size of shape.slice(1, -1)) {
        if (size != null && (size <= before || size <= after)) {
          throw new Error(`BlurPool '${this.name}': expected spatial sizes above ${Math.max(before, after)} for reflect padding with filterSize ${this.filterSize}, got ${shapeText(shape)} — use padding 'replicate' or 'zero', or a smaller filterSize`);
        }
      }
    }
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    this.check((Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape);
    this.built = true;
  }

  /** Pads axis `axis` of x by [before, after] with the layer's padding mode. */
  private padAxis(x: tf.Tensor4D, axis: 1 | 2, before: number, after: number): tf.Tensor4D {
    if (before === 0 && after === 0) return x;
    const paddings: [number, number][] = [[0, 0], [0, 0], [0, 0], [0, 0]];
    paddings[axis] = [before, after];
    if (this.padding === 'reflect') return tf.mirrorPad(x, paddings, 'reflect');
    if (this.padding === 'zero') return tf.pad(x, paddings);
    const size = x.shape[axis];
    const edge = (start: number, count: number) => {
      const begin = [0, 0, 0, 0];
      begin[axis] = start;
      const sizes = [...x.shape];
      sizes[axis] = 1;
      const reps = [1, 1, 1, 1];
      reps[axis] = count;
      return tf.tile(tf.slice(x, begin, sizes), reps);
    };
    const parts: tf.Tensor4D[] = [];
    if (before > 0) parts.push(edge(0, before) as tf.Tensor4D);
    parts.push(x);
    if (after > 0) parts.push(edge(size - 1, after) as tf.Tensor4D);
    return tf.concat(parts, axis);
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      this.check(x.shape);
      const oneD = x.rank === 3;
      const images = (oneD ? tf.expandDims(x, 1) : x) as tf.Tensor4D;
      const channels = images.shape[3];
      const [before, after] = this.padAmounts();
      const padded = this.padAxis(oneD ? images : this.padAxis(images, 1, before, after), 2, before, after);
      const taps = binomialTaps(this.filterSize);
      const total = taps.reduce((a, b) => a + b, 0);
      const rows = oneD ? [1] : taps;
      const weights = rows.flatMap((r) => taps.map((c) => (r * c) / (oneD ? total : total * total)));
      const filter = tf.tile(tf.reshape(tf.tensor1d(weights), [rows.length, taps.length, 1, 1]), [1, 1, channels, 1]) as tf.Tensor4D;
      const out = tf.depthwiseConv2d(padded, filter, oneD ? [1, this.stride] : [this.stride, this.stride], 'valid');
      return oneD ? tf.squeeze(out, [1]) : out;
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const [before, after] = this.padAmounts();
    const size = (length: number | null) => (length == null ? null : Math.floor((length + before + after - this.filterSize) / this.stride) + 1);
    return [shape[0]!, ...shape.slice(1, -1).map(size), shape[shape.length - 1]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), filterSize: this.filterSize, stride: this.stride, padding: this.padding, padOff: this.padOff };
  }
}
