// What the package's 2D convolution layers share: Keras's Conv2D options (filters, kernelSize,
// strides, padding, dilationRate, activation, useBias, initializers) checked once, the
// channels-last input check, the output shape, and the grouped convolution itself (one
// tf.conv2d per group and a concat: tfjs 4.22's conv2d has no groups argument).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { activationFunction } from './activation.js';
import {
  checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

/** Keras's Conv2D options, as every convolution layer of the package takes them. */
export interface Conv2DBaseOptions extends LayerArgs {
  /** Output channels. Required. */
  filters: number;
  /** Kernel height and width. Default 3. */
  kernelSize?: number | [number, number];
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

export const CONV2D_BASE_OPTIONS = ['filters', 'kernelSize', 'strides', 'padding', 'dilationRate', 'activation', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;

/** A positive integer or [height, width] as [height, width]. */
export function pairOf(where: string, name: string, value: unknown, fallback: number): [number, number] {
  const chosen = value ?? fallback;
  const list = typeof chosen === 'number' ? [chosen, chosen] : chosen;
  if (!Array.isArray(list) || list.length !== 2) throw new Error(`${where}: expected ${name} to be a positive integer or [height, width], got ${describe(chosen)} — pass for example ${name}: ${fallback}`);
  return list.map((v) => checkNumber(where, name, v, undefined, { min: 1, integer: true })) as [number, number];
}

/** Convolves channels-last x with a [kh, kw, C/groups, filters] kernel, input and output channels cut into `groups`. */
export function groupedConv2d(x: tf.Tensor4D, kernel: tf.Tensor4D, groups: number, strides: number | [number, number] = 1, padding: 'valid' | 'same' = 'same', dilationRate: number | [number, number] = 1): tf.Tensor4D {
  return tf.tidy(() => {
    if (groups === 1) return tf.conv2d(x, kernel, strides, padding, 'NHWC', dilationRate);
    const xs = tf.split(x, groups, 3);
    const kernels = tf.split(kernel, groups, 3);
    return tf.concat(xs.map((part, g) => tf.conv2d(part as tf.Tensor4D, kernels[g] as tf.Tensor4D, strides, padding, 'NHWC', dilationRate)), 3) as tf.Tensor4D;
  });
}

/** A Keras Conv2D-style layer: the shared options, input check, output shape and config. */
export abstract class Conv2DBase extends tfl.layers.Layer {
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: 'valid' | 'same';
  readonly dilationRate: [number, number];
  readonly activation: string;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  protected readonly activate: (x: tf.Tensor) => tf.Tensor;

  /** `own`: the subclass's further option names; `example`: what the "pass …" hint suggests. */
  protected constructor(where: string, options: Conv2DBaseOptions, own: readonly string[], example: string) {
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with filters, got ${describe(options)} — pass ${example}`);
    super(layerArgs(where, options, [...CONV2D_BASE_OPTIONS, ...own]));
    this.filters = checkNumber(where, 'filters', options.filters, undefined, { min: 1, integer: true });
    this.kernelSize = pairOf(where, 'kernelSize', options.kernelSize, 3);
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

  /** The input channels of a [batch, height, width, channels] build shape; throws for anything else. */
  protected imageChannels(inputShape: tfl.Shape | tfl.Shape[]): number {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) {
      throw new Error(`${this.getClassName()} '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last, as tf.layers.conv2d`);
    }
    return channels;
  }

  /** tf.conv2d with this layer's strides, padding and dilation. */
  protected convolve(x: tf.Tensor4D, kernel: tf.Tensor4D): tf.Tensor4D {
    return tf.conv2d(x, kernel, this.strides, this.padding, 'NHWC', this.dilationRate);
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
