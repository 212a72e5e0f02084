// Grouped 2D convolution (Xie et al., "Aggregated Residual Transformations for Deep Neural
// Networks", ResNeXt's cardinality; Keras 3's Conv2D(groups=G)): input and output channels are cut
// into G groups, each convolved on its own. Keras's kernel layout [kh, kw, C/G, filters] and names
// (kernel, bias), so Keras weights load. Limits: one conv2d per group and a concat (no fused
// kernel yet); channels last; the ResNeXt block around it is not built.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import {
  checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export interface GroupedConv2DOptions extends LayerArgs {
  /** Output channels; a multiple of groups. Required. */
  filters: number;
  /** Kernel height and width. Default 3. */
  kernelSize?: number | [number, number];
  /** Number of groups G; divides the input channels and filters. Default 32 (ResNeXt's cardinality). */
  groups?: number;
  /** Default 1. */
  strides?: number | [number, number];
  /** 'valid' (default, as Keras) or 'same'. */
  padding?: 'valid' | 'same';
  /** Default 1. */
  dilationRate?: number | [number, number];
  /** Activation string tfjs knows. Default 'linear'. */
  activation?: string;
  /** Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['filters', 'kernelSize', 'groups', 'strides', 'padding', 'dilationRate', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;

function pairOf(where: string, name: string, value: unknown, fallback: number): [number, number] {
  const chosen = value ?? fallback;
  const list = typeof chosen === 'number' ? [chosen, chosen] : chosen;
  if (!Array.isArray(list) || list.length !== 2) throw new Error(`${where}: expected ${name} to be a positive integer or [height, width], got ${describe(chosen)} — pass for example ${name}: ${fallback}`);
  return list.map((v) => checkNumber(where, name, v, undefined, { min: 1, integer: true })) as [number, number];
}

export class GroupedConv2D extends tfl.layers.Layer {
  static className = 'GroupedConv2D';
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly groups: number;
  readonly strides: [number, number];
  readonly padding: 'valid' | 'same';
  readonly dilationRate: [number, number];
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly activate: (x: tf.Tensor) => tf.Tensor;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: GroupedConv2DOptions) {
    const where = 'GroupedConv2D';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with filters, got ${describe(options)} — pass {filters: 128, groups: 32}`);
    super(layerArgs(where, options, OWN_OPTIONS));
    this.filters = checkNumber(where, 'filters', options.filters, undefined, { min: 1, integer: true });
    this.kernelSize = pairOf(where, 'kernelSize', options.kernelSize, 3);
    this.groups = checkNumber(where, 'groups', options.groups, 32, { min: 1, integer: true });
    if (this.filters % this.groups !== 0) throw new Error(`${where}: expected filters to be a multiple of groups = ${this.groups}, got ${this.filters} — pick filters divisible by groups`);
    this.strides = pairOf(where, 'strides', options.strides, 1);
    this.padding = checkChoice(where, 'padding', options.padding, 'valid', ['valid', 'same'] as const);
    this.dilationRate = pairOf(where, 'dilationRate', options.dilationRate, 1);
    const activation = activationFunction(where, 'activation', options.activation ?? 'linear');
    this.activation = activation.name;
    this.activate = activation.apply;
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) {
      throw new Error(`GroupedConv2D '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last, as tf.layers.conv2d`);
    }
    if (channels % this.groups !== 0) {
      throw new Error(`GroupedConv2D '${this.name}': expected input channels divisible by groups = ${this.groups}, got ${channels} — pick groups dividing ${channels}`);
    }
    this.kernel = this.addWeight('kernel', [...this.kernelSize, channels / this.groups, this.filters], 'float32', this.kernelInitializer, undefined, true);
    if (this.useBias) this.bias = this.addWeight('bias', [this.filters], 'float32', this.biasInitializer, undefined, true);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor4D;
      const kernel = this.kernel!.read() as tf.Tensor4D;
      const perGroup = kernel.shape[2];
      if (x.rank !== 4 || x.shape[3] !== perGroup * this.groups) {
        throw new Error(`GroupedConv2D '${this.name}': expected images with ${perGroup * this.groups} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const xs = this.groups === 1 ? [x] : tf.split(x, this.groups, 3);
      const kernels = this.groups === 1 ? [kernel] : tf.split(kernel, this.groups, 3);
      const outputs = xs.map((part, g) => tf.conv2d(part as tf.Tensor4D, kernels[g] as tf.Tensor4D, this.strides, this.padding, 'NHWC', this.dilationRate));
      let out: tf.Tensor = outputs.length === 1 ? outputs[0]! : tf.concat(outputs, 3);
      if (this.bias) out = tf.add(out, this.bias.read());
      return this.activate(out);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const size = (length: number | null, axis: 0 | 1) => {
      if (length == null) return null;
      if (this.padding === 'same') return Math.ceil(length / this.strides[axis]);
      const effective = (this.kernelSize[axis] - 1) * this.dilationRate[axis] + 1;
      return Math.floor((length - effective) / this.strides[axis]) + 1;
    };
    return [shape[0]!, size(shape[1]!, 0), size(shape[2]!, 1), this.filters];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      filters: this.filters,
      kernelSize: this.kernelSize,
      groups: this.groups,
      strides: this.strides,
      padding: this.padding,
      dilationRate: this.dilationRate,
      activation: this.activation,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
