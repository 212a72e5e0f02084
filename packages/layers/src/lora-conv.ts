// LoRA for 2D convolutions (Hu et al., "LoRA"; Keras 3's BaseConv.enable_lora layout):
// y = act(conv(x, W + (alpha/rank)·A·B) + b) with W frozen, A [kh, kw, C, rank] random and
// B [rank, filters] zero at init, so a fresh adapter computes exactly what the Conv2D layer did.
// Unmerged, the update runs as conv(x, A) followed by a 1×1 convolution with B (the same numbers,
// by linearity); merge() and unmerge() fold it into W and out again. Channels last.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import {
  checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export interface LoRAConv2DOptions extends LayerArgs {
  filters: number;
  /** Default 3. */
  kernelSize?: number | [number, number];
  /** Default 1. */
  strides?: number | [number, number];
  /** 'valid' (default) or 'same'. */
  padding?: 'valid' | 'same';
  /** Default 1. */
  dilationRate?: number | [number, number];
  /** Default 'linear'. */
  activation?: string;
  /** Default true. */
  useBias?: boolean;
  /** Default 8. */
  rank?: number;
  /** The update is scaled by alpha/rank. Default 16. */
  alpha?: number;
  /** Whether A·B is folded into the kernel (saved with the model). Default false. */
  merged?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
  /** Default 'heUniform' (Keras 3). */
  loraAInitializer?: InitializerIdentifier;
}

const OWN = ['filters', 'kernelSize', 'strides', 'padding', 'dilationRate', 'activation', 'useBias', 'rank', 'alpha', 'merged', 'kernelInitializer', 'biasInitializer', 'loraAInitializer'] as const;
type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

function pair(where: string, name: string, value: unknown, fallback: number): [number, number] {
  const chosen = value ?? fallback;
  const list = typeof chosen === 'number' ? [chosen, chosen] : chosen;
  if (!Array.isArray(list) || list.length !== 2) throw new Error(`${where}: expected ${name} to be a positive integer or [height, width], got ${describe(chosen)} — pass for example ${name}: ${fallback}`);
  return list.map((v) => checkNumber(where, name, v, undefined, { min: 1, integer: true })) as [number, number];
}

export class LoRAConv2D extends tfl.layers.Layer {
  static className = 'LoRAConv2D';
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: 'valid' | 'same';
  readonly dilationRate: [number, number];
  readonly activation: string;
  readonly useBias: boolean;
  readonly rank: number;
  readonly alpha: number;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  readonly loraAInitializer: Initializer;
  private mergedValue: boolean;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private kernel: Variable | null = null;
  private bias: Variable | null = null;
  private loraA: Variable | null = null;
  private loraB: Variable | null = null;
  private base: tf.Tensor[] | null = null;

  constructor(options: LoRAConv2DOptions) {
    const where = 'LoRAConv2D';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with filters, got ${describe(options)} — pass {filters: 64, rank: 8}, or use LoRAConv2D.fromConv2D(conv)`);
    super(layerArgs(where, options, OWN));
    this.filters = checkNumber(where, 'filters', options.filters, undefined, { min: 1, integer: true });
    this.kernelSize = pair(where, 'kernelSize', options.kernelSize, 3);
    this.strides = pair(where, 'strides', options.strides, 1);
    this.padding = checkChoice(where, 'padding', options.padding, 'valid', ['valid', 'same'] as const);
    this.dilationRate = pair(where, 'dilationRate', options.dilationRate, 1);
    const activation = activationFunction(where, 'activation', options.activation ?? 'linear');
    this.activation = activation.name;
    this.activate = activation.apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.rank = checkNumber(where, 'rank', options.rank, 8, { min: 1, integer: true });
    this.alpha = checkNumber(where, 'alpha', options.alpha, 16, { min: 0 });
    this.mergedValue = checkBoolean(where, 'merged', options.merged, false);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
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
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) throw new Error(`LoRAConv2D '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last, as tf.layers.conv2d`);
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
      const conv = (filter: tf.Tensor4D) => tf.conv2d(x, filter, this.strides, this.padding, 'NHWC', this.dilationRate);
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

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const size = (length: number | null, axis: 0 | 1) => {
      if (length == null) return null;
      if (this.padding === 'same') return Math.ceil(length / this.strides[axis]);
      return Math.floor((length - ((this.kernelSize[axis] - 1) * this.dilationRate[axis] + 1)) / this.strides[axis]) + 1;
    };
    return [shape[0]!, size(shape[1]!, 0), size(shape[2]!, 1), this.filters];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(), filters: this.filters, kernelSize: this.kernelSize, strides: this.strides, padding: this.padding, dilationRate: this.dilationRate,
      activation: this.activation, useBias: this.useBias, rank: this.rank, alpha: this.alpha, merged: this.mergedValue,
      kernelInitializer: serializeInitializer(this.kernelInitializer), biasInitializer: serializeInitializer(this.biasInitializer), loraAInitializer: serializeInitializer(this.loraAInitializer),
    };
  }
}
