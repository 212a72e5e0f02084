// Grouped 2D convolution (Xie et al., "Aggregated Residual Transformations for Deep Neural
// Networks", ResNeXt's cardinality; Keras 3's Conv2D(groups=G)): input and output channels are cut
// into G groups, each convolved on its own. Keras's kernel layout [kh, kw, C/G, filters] and names
// (kernel, bias), so Keras weights load. Limits: one conv2d per group and a concat (no fused
// kernel yet); channels last. The ResNeXt block around it is ResNeXtBlock (resnext-block.ts).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { Conv2DBase, groupedConv2d, type Conv2DBaseOptions } from './convolution.js';
import { checkNumber, shapeText } from './options.js';

export interface GroupedConv2DOptions extends Conv2DBaseOptions {
  /** Output channels; a multiple of groups. Required. */
  filters: number;
  /** Number of groups G; divides the input channels and filters. Default 32 (ResNeXt's cardinality). */
  groups?: number;
}

export class GroupedConv2D extends Conv2DBase {
  static className = 'GroupedConv2D';
  readonly groups: number;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: GroupedConv2DOptions) {
    const where = 'GroupedConv2D';
    super(where, options, ['groups'], '{filters: 128, groups: 32}');
    this.groups = checkNumber(where, 'groups', options.groups, 32, { min: 1, integer: true });
    if (this.filters % this.groups !== 0) throw new Error(`${where}: expected filters to be a multiple of groups = ${this.groups}, got ${this.filters} — pick filters divisible by groups`);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const channels = this.imageChannels(inputShape);
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
      let out: tf.Tensor = groupedConv2d(x, kernel, this.groups, this.strides, this.padding, this.dilationRate);
      if (this.bias) out = tf.add(out, this.bias.read());
      return this.activate(out);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), groups: this.groups };
  }
}
