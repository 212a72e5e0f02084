// xUnit, a learnable spatial activation (Kligvasser, Rott Shaham & Michaeli, "xUnit: Learning a
// Spatial Activation Function for Efficient Image Restoration"): y = x·g(BN(DWConv_k(relu(BN(x))))),
// the gate g(z) = exp(−z²) ('gaussian', the paper's, k = 9) or sigmoid(z) (the later variant,
// k = 7); BatchNorm with Keras 3's semantics (batch statistics in training, moving averages at
// inference, momentum 0.99, ε 1e-3) from @layerkit/norms' fused kernels. Channels last, 2D.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { addBatchNormWeights, applyBatchNorm, type BatchNormWeights } from './batch-norm-state.js';
import { checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText, type Initializer, type InitializerIdentifier, type LayerArgs } from './options.js';

export interface XUnitOptions extends LayerArgs {
  /** Depthwise kernel size k. Default 9. */
  kernelSize?: number;
  /** 'gaussian' exp(−z²) (default) or 'sigmoid'. */
  gate?: 'gaussian' | 'sigmoid';
  /** The two BatchNorms. Default true. */
  useBatchNorm?: boolean;
  /** BatchNorm momentum of the moving averages. Default 0.99 (Keras). */
  momentum?: number;
  /** BatchNorm ε. Default 1e-3 (Keras). */
  epsilon?: number;
  /** Initializer of the depthwise kernel. Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

export class XUnit extends tfl.layers.Layer {
  static className = 'XUnit';
  readonly kernelSize: number;
  readonly gate: 'gaussian' | 'sigmoid';
  readonly useBatchNorm: boolean;
  readonly momentum: number;
  readonly epsilon: number;
  readonly kernelInitializer: Initializer;
  private readonly parameters = new Map<string, Variable>();
  private readonly norms = new Map<string, BatchNormWeights>();

  constructor(options: XUnitOptions = {}) {
    const where = 'XUnit';
    super(layerArgs(where, options, ['kernelSize', 'gate', 'useBatchNorm', 'momentum', 'epsilon', 'kernelInitializer']));
    this.kernelSize = checkNumber(where, 'kernelSize', options.kernelSize, 9, { min: 1, integer: true });
    this.gate = checkChoice(where, 'gate', options.gate, 'gaussian', ['gaussian', 'sigmoid'] as const);
    this.useBatchNorm = checkBoolean(where, 'useBatchNorm', options.useBatchNorm, true);
    this.momentum = checkNumber(where, 'momentum', options.momentum, 0.99, { min: 0, max: 1 });
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-3, { min: 0 });
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[3];
    if (shape.length !== 4 || channels == null) {
      throw new Error(`XUnit '${this.name}': expected images [batch, height, width, channels] with known channels, got ${shapeText(shape)} — channels last`);
    }
    const add = (name: string, weightShape: number[], initializer: Initializer, trainable = true) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable));
    };
    const norm = (prefix: string) => {
      this.norms.set(prefix, addBatchNormWeights((name, weightShape, initializer, trainable) => this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable), prefix, channels));
    };
    if (this.useBatchNorm) norm('bn_1');
    add('depthwise/kernel', [this.kernelSize, this.kernelSize, channels, 1], this.kernelInitializer);
    add('depthwise/bias', [channels], tfl.initializers.zeros());
    if (this.useBatchNorm) norm('bn_2');
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  private normalize(x: tf.Tensor, prefix: string, training: boolean): tf.Tensor {
    if (!this.useBatchNorm) return x;
    return applyBatchNorm(x, this.norms.get(prefix)!, { training, momentum: this.momentum, epsilon: this.epsilon });
  }

  /** The gate g ∈ (0, 1] that multiplies x. */
  gateOf(x: tf.Tensor, training = false): tf.Tensor {
    return tf.tidy(() => {
      const channels = this.read('depthwise/bias').shape[0]!;
      if (x.rank !== 4 || x.shape[3] !== channels) {
        throw new Error(`XUnit '${this.name}': expected images with ${channels} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const first = tf.relu(this.normalize(x, 'bn_1', training));
      const filtered = tf.add(tf.depthwiseConv2d(first as tf.Tensor4D, this.read('depthwise/kernel') as tf.Tensor4D, 1, 'same'), this.read('depthwise/bias'));
      const z = this.normalize(filtered, 'bn_2', training);
      return this.gate === 'gaussian' ? tf.exp(tf.neg(tf.square(z))) : tf.sigmoid(z);
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      return tf.mul(x, this.gateOf(x, kwargs.training === true));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(), kernelSize: this.kernelSize, gate: this.gate, useBatchNorm: this.useBatchNorm, momentum: this.momentum, epsilon: this.epsilon,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
    };
  }
}
