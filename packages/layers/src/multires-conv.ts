// MultiresConv (Shi et al., "Sequence Modeling with Multiresolution Convolutional Memory"): per
// channel filters h0 and h1 of length k, shared across J levels of causal dilated depthwise
// convolution (dilation 1, 2, 4, …), resolution-fading memory: a = x; for level i = J … 1:
// y += w_i·conv(a, h1, D), a = conv(a, h0, D), D ← 2D; finally y += w_0·a + w_{J+1}·x; then GELU
// and dropout. Causal: out[t] = Σ_j h[j]·a[t − (k − 1 − j)·D]. Parameters per channel 2k + J + 2.
// The dilated convolutions are written as shifted multiplies (tfjs has no gradient for dilated
// convolutions). Limits: the block around it (1×1 GLU mixing, norm, residual) is the model's.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { gelu } from '@layerkit/activations';
import { checkBoolean, checkChoice, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface MultiresConvOptions extends LayerArgs {
  /** Filter length k (≥ 2). Default 2. */
  kernelSize?: number;
  /** Levels J. Default: ⌈log2((L − 1)/(k − 1) + 1)⌉ from the sequence length L at build time. */
  depth?: number | null;
  /** 'gelu' (default, exact erf form) or 'linear' (the pre-activation output). */
  activation?: 'gelu' | 'linear';
  /** Dropout after the activation, in training only. Default 0. */
  dropout?: number;
  /** Draw the last mixing column (the skip weight on x) from U(−1, 1) instead of the scaled range. Default false. */
  indepResInit?: boolean;
}

/** J = ⌈log2((L − 1)/(k − 1) + 1)⌉, the levels that cover a sequence of length L. */
export function multiresDepth(length: number, kernelSize: number): number {
  return Math.max(1, Math.ceil(Math.log2((length - 1) / (kernelSize - 1) + 1)));
}

export class MultiresConv extends tfl.layers.Layer {
  static className = 'MultiresConv';
  readonly kernelSize: number;
  readonly depthOption: number | null;
  readonly activation: 'gelu' | 'linear';
  readonly dropoutRate: number;
  readonly indepResInit: boolean;
  private depth = 0;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: MultiresConvOptions = {}) {
    const where = 'MultiresConv';
    super(layerArgs(where, options, ['kernelSize', 'depth', 'activation', 'dropout', 'indepResInit']));
    this.kernelSize = checkNumber(where, 'kernelSize', options.kernelSize, 2, { min: 2, integer: true });
    this.depthOption = options.depth == null ? null : checkNumber(where, 'depth', options.depth, undefined, { min: 1, integer: true });
    this.activation = checkChoice(where, 'activation', options.activation, 'gelu', ['gelu', 'linear'] as const);
    this.dropoutRate = checkNumber(where, 'dropout', options.dropout, 0, { min: 0, max: 1, maxExclusive: true });
    this.indepResInit = checkBoolean(where, 'indepResInit', options.indepResInit, false);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[2] == null) {
      throw new Error(`MultiresConv '${this.name}': expected a sequence [batch, length, channels] with known channels, got ${shapeText(shape)} — channels last`);
    }
    if (this.depthOption == null && shape[1] == null) {
      throw new Error(`MultiresConv '${this.name}': expected a known sequence length to choose the depth, got ${shapeText(shape)} — give the input a fixed length or pass depth`);
    }
    const channels = shape[2];
    this.depth = this.depthOption ?? multiresDepth(shape[1]!, this.kernelSize);
    const k = this.kernelSize;
    const J = this.depth;
    const uniform = (scale: number) => tfl.initializers.randomUniform({ minval: -scale, maxval: scale });
    for (const name of ['h0', 'h1']) this.parameters.set(name, this.addWeight(name, [channels, k], 'float32', uniform(Math.sqrt(1 / k)), undefined, true));
    this.parameters.set('w', this.addWeight('w', [channels, J + 2], 'float32', uniform(Math.sqrt(1 / (J + 2))), undefined, true));
    this.built = true;
    if (this.indepResInit) {
      const w = this.parameters.get('w')!;
      const redrawn = tf.tidy(() => tf.concat([tf.slice(w.read(), [0, 0], [channels, J + 1]), tf.randomUniform([channels, 1], -1, 1)], 1));
      w.write(redrawn);
      redrawn.dispose();
    }
  }

  /** Causal depthwise convolution of a [B, L, C] with filter h [C, k] at dilation D. */
  private causal(a: tf.Tensor, h: tf.Tensor, dilation: number): tf.Tensor {
    const [B, L, C] = a.shape as [number, number, number];
    const k = this.kernelSize;
    let out: tf.Tensor | null = null;
    for (let j = 0; j < k; j++) {
      const shift = (k - 1 - j) * dilation;
      const shifted = shift === 0 ? a : shift >= L ? tf.zeros([B, L, C]) : tf.concat([tf.zeros([B, shift, C]), tf.slice(a, [0, 0, 0], [B, L - shift, C])], 1);
      const term = tf.mul(shifted, tf.reshape(tf.slice(h, [0, j], [C, 1]), [1, 1, C]));
      out = out ? tf.add(out, term) : term;
    }
    return out!;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const h0 = this.parameters.get('h0')!.read();
      const h1 = this.parameters.get('h1')!.read();
      const w = this.parameters.get('w')!.read();
      const channels = h0.shape[0]!;
      if (x.rank !== 3 || x.shape[2] !== channels) {
        throw new Error(`MultiresConv '${this.name}': expected [batch, length, ${channels}] (as built), got ${shapeText(x.shape)} — call the layer on sequences of the shape it was built for`);
      }
      const J = this.depth;
      const weight = (column: number) => tf.reshape(tf.slice(w, [0, column], [channels, 1]), [1, 1, channels]);
      let a = x;
      let y: tf.Tensor = tf.zerosLike(x);
      let dilation = 1;
      for (let level = J; level >= 1; level--) {
        y = tf.add(y, tf.mul(this.causal(a, h1, dilation), weight(level)));
        a = this.causal(a, h0, dilation);
        dilation *= 2;
      }
      y = tf.add(y, tf.add(tf.mul(a, weight(0)), tf.mul(x, weight(J + 1))));
      let out = this.activation === 'gelu' ? gelu(y) : y;
      if (kwargs.training === true && this.dropoutRate > 0) out = tf.dropout(out, this.dropoutRate);
      return out;
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), kernelSize: this.kernelSize, depth: this.depthOption ?? (this.built ? this.depth : null), activation: this.activation, dropout: this.dropoutRate, indepResInit: this.indepResInit };
  }
}
