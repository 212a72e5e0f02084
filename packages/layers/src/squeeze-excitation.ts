// Squeeze-and-Excitation (Hu et al., "Squeeze-and-Excitation Networks"): z = mean of x over the
// positions per channel, s = gate(W2·relu(W1·z + b1) + b2), output x·s per channel, channels last
// on [batch, ...positions, channels]. The hidden width is ⌊C/ratio⌋ (at least 1), as Keras's
// EfficientNet computes it; SENet's Skip-SE variant is not built.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export type SqueezeExcitationGate = 'sigmoid' | 'hardSigmoid';

export interface SqueezeExcitationOptions extends LayerArgs {
  /** Reduction ratio r: hidden width ⌊C/r⌋ (at least 1). Default 16 (SENet). */
  ratio?: number;
  /** Hidden width, instead of ⌊C/ratio⌋. Default none. */
  hiddenUnits?: number | null;
  /** 'sigmoid' (default) or 'hardSigmoid' (Keras 3's relu6(x + 3)/6, MobileNetV3). */
  gate?: SqueezeExcitationGate;
  /** Biases in both projections. Default true. */
  useBias?: boolean;
  /** Default 'glorotUniform'. */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['ratio', 'hiddenUnits', 'gate', 'useBias', 'kernelInitializer', 'biasInitializer'] as const;

export class SqueezeExcitation extends tfl.layers.Layer {
  static className = 'SqueezeExcitation';
  readonly ratio: number;
  readonly hiddenUnits: number | null;
  readonly gate: SqueezeExcitationGate;
  readonly useBias: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: SqueezeExcitationOptions = {}) {
    const where = 'SqueezeExcitation';
    super(layerArgs(where, options, OWN_OPTIONS));
    this.ratio = checkNumber(where, 'ratio', options.ratio, 16, { min: 0, minExclusive: true });
    this.hiddenUnits = options.hiddenUnits == null ? null : checkNumber(where, 'hiddenUnits', options.hiddenUnits, undefined, { min: 1, integer: true });
    this.gate = checkChoice(where, 'gate', options.gate, 'sigmoid', ['sigmoid', 'hardSigmoid'] as const);
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[shape.length - 1];
    if (shape.length < 3 || channels == null) {
      throw new Error(`SqueezeExcitation '${this.name}': expected [batch, ...positions, channels] (rank 3 or more) with known channels, got ${shapeText(shape)} — use it after a Conv1D/2D/3D or on [batch, time, channels]`);
    }
    const hidden = this.hiddenUnits ?? Math.max(1, Math.floor(channels / this.ratio));
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, true));
    };
    add('reduce/kernel', [channels, hidden], this.kernelInitializer);
    if (this.useBias) add('reduce/bias', [hidden], this.biasInitializer);
    add('expand/kernel', [hidden, channels], this.kernelInitializer);
    if (this.useBias) add('expand/bias', [channels], this.biasInitializer);
    this.built = true;
  }

  private read(name: string): tf.Tensor | null {
    return this.parameters.get(name)?.read() ?? null;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const reduce = this.read('reduce/kernel')!;
      if (x.rank < 3 || x.shape[x.rank - 1] !== reduce.shape[0]) {
        throw new Error(`SqueezeExcitation '${this.name}': expected [batch, ...positions, ${reduce.shape[0]}] (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const positions = Array.from({ length: x.rank - 2 }, (_, i) => i + 1);
      const squeezed = tf.mean(x, positions);
      let hidden = tf.matMul(squeezed, reduce);
      if (this.useBias) hidden = tf.add(hidden, this.read('reduce/bias')!);
      let logits = tf.matMul(tf.relu(hidden), this.read('expand/kernel')!);
      if (this.useBias) logits = tf.add(logits, this.read('expand/bias')!);
      const scale = this.gate === 'sigmoid' ? tf.sigmoid(logits) : tf.div(tf.relu6(tf.add(logits, 3)), 6);
      return tf.mul(x, tf.reshape(scale, [x.shape[0]!, ...positions.map(() => 1), x.shape[x.rank - 1]!]));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      ratio: this.ratio,
      hiddenUnits: this.hiddenUnits,
      gate: this.gate,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}

