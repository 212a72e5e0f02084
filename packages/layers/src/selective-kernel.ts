// Selective Kernel unit (Li et al., "Selective Kernel Networks"): M branches of grouped 3×3
// convolutions with dilation 1, 2, … (receptive fields 3, 5, …), each followed by BatchNorm and
// ReLU; fuse U = Σ U_m, s = global average of U, z = relu(BN(s·W_z)) with d = max(C/r, L) units;
// select a_m = softmax over the branches of z·A_m per channel, V = Σ a_m·U_m. Channels last, the
// output has the input's channels. Dilated kernels are built as zero-interleaved kernels (tfjs has
// no gradient for dilated convolutions); BatchNorms follow Keras 3 (momentum 0.99, ε 1e-3).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { softmax } from '@layerkit/activations';
import { groupedConv2d } from './convolution.js';
import { addBatchNormWeights, applyBatchNorm, type BatchNormWeights } from './batch-norm-state.js';
import { checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface SelectiveKernelOptions extends LayerArgs {
  /** Branches M (dilations 1 … M of a 3×3 kernel). Default 2. */
  branches?: number;
  /** Groups G of each branch's convolution; divides the channels. Default 32. */
  groups?: number;
  /** Reduction ratio r of the fuse layer. Default 16. */
  ratio?: number;
  /** Smallest fuse width L. Default 32. */
  minDim?: number;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

/** A [k, k, cin, cout] kernel spread to dilation D: zeros between the taps, size (k − 1)·D + 1. */
export function dilateKernel(kernel: tf.Tensor4D, dilation: number): tf.Tensor4D {
  if (dilation === 1) return kernel;
  return tf.tidy(() => {
    const spread = (x: tf.Tensor, axis: 0 | 1) => {
      const size = x.shape[axis]!;
      const zeros = tf.zeros([...x.shape.slice(0, axis + 1), dilation - 1, ...x.shape.slice(axis + 1)]);
      const stacked = tf.concat([tf.expandDims(x, axis + 1), zeros], axis + 1);               // [.., k, D, ..]
      const merged = tf.reshape(stacked, [...x.shape.slice(0, axis), size * dilation, ...x.shape.slice(axis + 1)]);
      const begin = x.shape.map(() => 0);
      const sizes = [...merged.shape];
      sizes[axis] = (size - 1) * dilation + 1;
      return tf.slice(merged, begin, sizes);
    };
    return spread(spread(kernel, 0), 1) as tf.Tensor4D;
  });
}

export class SelectiveKernel extends tfl.layers.Layer {
  static className = 'SelectiveKernel';
  readonly branches: number;
  readonly groups: number;
  readonly ratio: number;
  readonly minDim: number;
  readonly kernelInitializer: Initializer;
  private readonly kernels: Variable[] = [];
  private readonly norms: BatchNormWeights[] = [];
  private fuse: Variable | null = null;
  private fuseNorm: BatchNormWeights | null = null;
  private select: Variable | null = null;

  constructor(options: SelectiveKernelOptions = {}) {
    const where = 'SelectiveKernel';
    super(layerArgs(where, options, ['branches', 'groups', 'ratio', 'minDim', 'kernelInitializer']));
    this.branches = checkNumber(where, 'branches', options.branches, 2, { min: 1, integer: true });
    this.groups = checkNumber(where, 'groups', options.groups, 32, { min: 1, integer: true });
    this.ratio = checkNumber(where, 'ratio', options.ratio, 16, { min: 0, minExclusive: true });
    this.minDim = checkNumber(where, 'minDim', options.minDim, 32, { min: 1, integer: true });
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) throw new Error(`SelectiveKernel '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last`);
    if (channels % this.groups !== 0) throw new Error(`SelectiveKernel '${this.name}': expected channels divisible by groups = ${this.groups}, got ${channels} — pick groups dividing ${channels}`);
    const add = (name: string, weightShape: number[], initializer: Initializer, trainable: boolean) => this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable);
    const d = Math.max(Math.floor(channels / this.ratio), this.minDim);
    for (let m = 0; m < this.branches; m++) {
      this.kernels.push(add(`branch_${m}/kernel`, [3, 3, channels / this.groups, channels], this.kernelInitializer, true));
      this.norms.push(addBatchNormWeights(add, `branch_${m}/bn`, channels));
    }
    this.fuse = add('fuse/kernel', [channels, d], this.kernelInitializer, true);
    this.fuseNorm = addBatchNormWeights(add, 'fuse/bn', d);
    this.select = add('select/kernel', [d, this.branches * channels], this.kernelInitializer, true);
    this.built = true;
  }

  private branchOutputs(x: tf.Tensor4D, training: boolean): tf.Tensor[] {
    return this.kernels.map((variable, m) => {
      const kernel = dilateKernel(variable.read() as tf.Tensor4D, m + 1);
      const conv = groupedConv2d(x, kernel, this.groups, 1, 'same');
      return tf.relu(applyBatchNorm(conv, this.norms[m]!, { training, momentum: 0.99, epsilon: 1e-3 }));
    });
  }

  /** The branch attention a [batch, M, C] (sums to 1 over the branches) and the branch outputs. */
  private attend(x: tf.Tensor, training: boolean): { attention: tf.Tensor; outputs: tf.Tensor[] } {
    const channels = this.kernels[0]!.shape[3]!;
    if (x.rank !== 4 || x.shape[3] !== channels) {
      throw new Error(`SelectiveKernel '${this.name}': expected images with ${channels} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
    }
    const outputs = this.branchOutputs(x as tf.Tensor4D, training);
    const s = tf.mean(outputs.length === 1 ? outputs[0]! : tf.addN(outputs), [1, 2]);
    const z = tf.relu(applyBatchNorm(tf.matMul(s, this.fuse!.read()), this.fuseNorm!, { training, momentum: 0.99, epsilon: 1e-3 }));
    const logits = tf.reshape(tf.matMul(z, this.select!.read()), [x.shape[0]!, this.branches, channels]);
    return { attention: softmax(logits, { axis: 1 }), outputs };
  }

  /** The branch attention [batch, M, C] at inference (for inspection and tests). */
  attention(x: tf.Tensor): tf.Tensor {
    return tf.tidy(() => this.attend(x, false).attention);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const { attention, outputs } = this.attend(x, kwargs.training === true);
      const channels = x.shape[3]!;
      const weighted = outputs.map((u, m) => tf.mul(u, tf.reshape(tf.slice(attention, [0, m, 0], [x.shape[0]!, 1, channels]), [x.shape[0]!, 1, 1, channels])));
      return weighted.length === 1 ? weighted[0]! : tf.addN(weighted);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), branches: this.branches, groups: this.groups, ratio: this.ratio, minDim: this.minDim, kernelInitializer: serializeInitializer(this.kernelInitializer) };
  }
}
