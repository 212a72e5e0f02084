// LoRA for 2D convolutions (Hu et al., "LoRA"; Keras 3's BaseConv.enable_lora layout):
// y = act(conv(x, W + (alpha/rank)·A·B) + b) with W frozen, A [kh, kw, C, rank] random and
// B [rank, filters] zero at init, so a fresh adapter computes exactly what the Conv2D layer did.
// Unmerged, the update runs as conv(x, A) followed by a 1×1 convolution with B (the same numbers,
// by linearity); merge() and unmerge() fold it into W and out again. Channels last.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { Conv2DBase, type Conv2DBaseOptions } from './convolution.js';
import { checkBoolean, checkNumber, initializerFrom, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier } from './options.js';

export interface LoRAConv2DOptions extends Conv2DBaseOptions {
  /** Default 8. */
  rank?: number;
  /** The update is scaled by alpha/rank. Default 16. */
  alpha?: number;
  /** Whether A·B is folded into the kernel (saved with the model). Default false. */
  merged?: boolean;
  /** Default 'heUniform' (Keras 3). */
  loraAInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

export class LoRAConv2D extends Conv2DBase {
  static className = 'LoRAConv2D';
  readonly rank: number;
  readonly alpha: number;
  readonly loraAInitializer: Initializer;
  private mergedValue: boolean;
  private kernel: Variable | null = null;
  private bias: Variable | null = null;
  private loraA: Variable | null = null;
  private loraB: Variable | null = null;
  private base: tf.Tensor[] | null = null;

  constructor(options: LoRAConv2DOptions) {
    const where = 'LoRAConv2D';
    super(where, options, ['rank', 'alpha', 'merged', 'loraAInitializer'], '{filters: 64, rank: 8}, or use LoRAConv2D.fromConv2D(conv)');
    this.rank = checkNumber(where, 'rank', options.rank, 8, { min: 1, integer: true });
    this.alpha = checkNumber(where, 'alpha', options.alpha, 16, { min: 0 });
    this.mergedValue = checkBoolean(where, 'merged', options.merged, false);
    this.loraAInitializer = initializerFrom(where, 'loraAInitializer', options.loraAInitializer, 'heUniform');
  }

  /** A LoRA layer computing what the built tf.layers.conv2d `conv` computes (B = 0), with its weights and settings. */
  static fromConv2D(conv: tfl.layers.Layer, options: Pick<LoRAConv2DOptions, 'rank' | 'alpha' | 'name' | 'loraAInitializer'> = {}): LoRAConv2D {
    const where = 'LoRAConv2D.fromConv2D';
    if (!(conv instanceof tfl.layers.Layer) || conv.getClassName() !== 'Conv2D') throw new Error(`${where}: expected a tf.layers.conv2d layer, got ${conv instanceof tfl.layers.Layer ? conv.getClassName() : describe(conv)} — wrap Conv2D layers only`);
    if (!conv.built) throw new Error(`${where}: expected a built Conv2D layer, got '${conv.name}' unbuilt — call it once or build its model first`);
    const config = conv.getConfig();
    if (config.dataFormat !== 'channelsLast') throw new Error(`${where}: expected a channels-last Conv2D, got dataFormat '${config.dataFormat}' — use channelsLast`);
    const layer = new LoRAConv2D({
      ...options, filters: config.filters as number, kernelSize: config.kernelSize as [number, number], strides: config.strides as [number, number],
      padding: config.padding as 'valid' | 'same', dilationRate: config.dilationRate as [number, number], activation: config.activation as string, useBias: config.useBias as boolean,
    });
    layer.base = conv.getWeights().map((w) => tf.clone(w));
    return layer;
  }

  get scale(): number {
    return this.alpha / this.rank;
  }

  get merged(): boolean {
    return this.mergedValue;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const channels = this.imageChannels(inputShape);
    this.kernel = this.addWeight('kernel', [...this.kernelSize, channels, this.filters], 'float32', this.kernelInitializer, undefined, false);
    if (this.useBias) this.bias = this.addWeight('bias', [this.filters], 'float32', this.biasInitializer, undefined, true);
    this.loraA = this.addWeight('lora_kernel_a', [...this.kernelSize, channels, this.rank], 'float32', this.loraAInitializer, undefined, true);
    this.loraB = this.addWeight('lora_kernel_b', [this.rank, this.filters], 'float32', tfl.initializers.zeros(), undefined, true);
    this.built = true;
    if (this.base) {
      this.kernel.write(this.base[0]!);
      if (this.base[1] && this.bias) this.bias.write(this.base[1]);
      tf.dispose(this.base);
      this.base = null;
    }
  }

  /** (alpha/rank)·A·B as a [kh, kw, C, filters] kernel. */
  delta(): tf.Tensor4D {
    if (!this.built) throw new Error(`LoRAConv2D '${this.name}': delta() needs the layer built — call it once first`);
    return tf.tidy(() => {
      const A = this.loraA!.read();
      const flat = tf.matMul(tf.reshape(A, [-1, this.rank]), this.loraB!.read());
      return tf.reshape(tf.mul(flat, this.scale), [A.shape[0]!, A.shape[1]!, A.shape[2]!, this.filters]) as tf.Tensor4D;
    });
  }

  private fold(sign: 1 | -1, method: string): void {
    if (!this.built) throw new Error(`LoRAConv2D '${this.name}': ${method}() needs the layer built — call it once first`);
    const delta = this.delta();
    const updated = tf.tidy(() => (sign > 0 ? tf.add(this.kernel!.read(), delta) : tf.sub(this.kernel!.read(), delta)));
    this.kernel!.write(updated);
    tf.dispose([updated, delta]);
  }

  merge(): void {
    if (this.mergedValue) throw new Error(`LoRAConv2D '${this.name}': merge() on a merged layer would add the update twice — call unmerge() first`);
    this.fold(1, 'merge');
    this.mergedValue = true;
  }

  unmerge(): void {
    if (!this.mergedValue) throw new Error(`LoRAConv2D '${this.name}': unmerge() on a layer that is not merged would subtract the update — call merge() first`);
    this.fold(-1, 'unmerge');
    this.mergedValue = false;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor4D;
      const kernel = this.kernel!.read() as tf.Tensor4D;
      if (x.rank !== 4 || x.shape[3] !== kernel.shape[2]) {
        throw new Error(`LoRAConv2D '${this.name}': expected images with ${kernel.shape[2]} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const conv = (filter: tf.Tensor4D) => this.convolve(x, filter);
      let out: tf.Tensor = conv(kernel);
      if (!this.mergedValue) {
        const reduced = conv(this.loraA!.read() as tf.Tensor4D);
        const pointwise = tf.reshape(this.loraB!.read(), [1, 1, this.rank, this.filters]) as tf.Tensor4D;
        out = tf.add(out, tf.mul(tf.conv2d(reduced as tf.Tensor4D, pointwise, 1, 'valid'), this.scale));
      }
      if (this.bias) out = tf.add(out, this.bias.read());
      return this.activate(out);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rank: this.rank, alpha: this.alpha, merged: this.mergedValue, loraAInitializer: serializeInitializer(this.loraAInitializer) };
  }
}
