// ResNeXt bottleneck block (Xie et al., "Aggregated Residual Transformations for Deep Neural
// Networks", figure 3c): 1×1 conv to C·d channels → BN → ReLU → k×k grouped conv of cardinality C
// (the stride) → BN → ReLU → 1×1 conv to filters → BN, added to the shortcut, then ReLU. The
// shortcut is the input, or a strided 1×1 conv and BN (the paper's projection) when the stride or
// the channel count changes. Convolutions have no bias (a BN follows each); BatchNorms follow
// Keras 3 (momentum 0.99, ε 1e-3). Channels last; 'same' padding splits as TensorFlow does, which
// differs from PyTorch's symmetric padding 1 at stride 2.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { addBatchNormWeights, applyBatchNorm, type BatchNormWeights } from './batch-norm-state.js';
import { groupedConv2d, pairOf } from './convolution.js';
import { checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface ResNeXtBlockOptions extends LayerArgs {
  /** Output channels. Default: the input's (an identity shortcut at stride 1). */
  filters?: number;
  /** Cardinality C: groups of the middle convolution. Default 32. */
  groups?: number;
  /** Bottleneck width d: channels per group, so the middle convolutions have C·d channels. Default 4 (ResNeXt-50 32×4d's first stage). */
  bottleneckWidth?: number;
  /** The grouped convolution's kernel. Default 3. */
  kernelSize?: number | [number, number];
  /** Stride of the grouped convolution and the projection shortcut. Default 1. */
  strides?: number | [number, number];
  /** Default 'heNormal' (ReLU networks). */
  kernelInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;
const NORM = { momentum: 0.99, epsilon: 1e-3 };

export class ResNeXtBlock extends tfl.layers.Layer {
  static className = 'ResNeXtBlock';
  readonly filters: number | null;
  readonly groups: number;
  readonly bottleneckWidth: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly kernelInitializer: Initializer;
  private readonly kernels = new Map<string, Variable>();
  private readonly norms = new Map<string, BatchNormWeights>();

  constructor(options: ResNeXtBlockOptions = {}) {
    const where = 'ResNeXtBlock';
    super(layerArgs(where, options, ['filters', 'groups', 'bottleneckWidth', 'kernelSize', 'strides', 'kernelInitializer']));
    this.filters = options.filters == null ? null : checkNumber(where, 'filters', options.filters, undefined, { min: 1, integer: true });
    this.groups = checkNumber(where, 'groups', options.groups, 32, { min: 1, integer: true });
    this.bottleneckWidth = checkNumber(where, 'bottleneckWidth', options.bottleneckWidth, 4, { min: 1, integer: true });
    this.kernelSize = pairOf(where, 'kernelSize', options.kernelSize, 3);
    this.strides = pairOf(where, 'strides', options.strides, 1);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'heNormal');
  }

  /** Channels of the grouped convolution, C·d. */
  get width(): number {
    return this.groups * this.bottleneckWidth;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) {
      throw new Error(`ResNeXtBlock '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last, as tf.layers.conv2d`);
    }
    const filters = this.filters ?? channels;
    const add = (name: string, weightShape: number[], initializer: Initializer, trainable: boolean) => this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable);
    const stage = (name: string, kernelShape: number[]) => {
      this.kernels.set(name, add(`${name}/kernel`, kernelShape, this.kernelInitializer, true));
      this.norms.set(name, addBatchNormWeights(add, `${name}/bn`, kernelShape[3]!));
    };
    stage('reduce', [1, 1, channels, this.width]);
    stage('grouped', [...this.kernelSize, this.bottleneckWidth, this.width]);
    stage('expand', [1, 1, this.width, filters]);
    if (filters !== channels || this.strides.some((s) => s !== 1)) stage('shortcut', [1, 1, channels, filters]);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor4D;
      const channels = this.kernels.get('reduce')!.shape[2]!;
      if (x.rank !== 4 || x.shape[3] !== channels) {
        throw new Error(`ResNeXtBlock '${this.name}': expected images with ${channels} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const training = kwargs.training === true;
      const stage = (name: string, input: tf.Tensor4D, groups: number, strides: [number, number] | 1) => {
        const convolved = groupedConv2d(input, this.kernels.get(name)!.read() as tf.Tensor4D, groups, strides, 'same');
        return applyBatchNorm(convolved, this.norms.get(name)!, { training, ...NORM }) as tf.Tensor4D;
      };
      const reduced = tf.relu(stage('reduce', x, 1, 1));
      const grouped = tf.relu(stage('grouped', reduced, this.groups, this.strides));
      const expanded = stage('expand', grouped, 1, 1);
      const shortcut = this.kernels.has('shortcut') ? stage('shortcut', x, 1, this.strides) : x;
      return tf.relu(tf.add(expanded, shortcut));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const size = (length: number | null, axis: 0 | 1) => (length == null ? null : Math.ceil(length / this.strides[axis]));
    return [shape[0]!, size(shape[1]!, 0), size(shape[2]!, 1), this.filters ?? shape[3]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      filters: this.filters,
      groups: this.groups,
      bottleneckWidth: this.bottleneckWidth,
      kernelSize: this.kernelSize,
      strides: this.strides,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
    };
  }
}
