// FiLM, feature-wise linear modulation (Perez et al., "FiLM: Visual Reasoning with a General
// Conditioning Layer"): on [features, conditioning], one dense head maps the conditioning
// vector to 2·C values split into (γ, β), and the output is γ·F + β per channel, broadcast over
// the positions. With deltaGamma (the authors' CLEVR model) γ = 1 + Δγ, so a zero head is the
// identity. The time-varying TFiLM variant (block max-pool + LSTM) is the TFiLM layer, tfilm.ts.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  checkBoolean, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export interface FiLMOptions extends LayerArgs {
  /** γ = 1 + Δγ (the head predicts Δγ). Default true. */
  deltaGamma?: boolean;
  /** Initializer of the head's kernel. Default 'glorotUniform'; 'zeros' starts as the identity. */
  kernelInitializer?: InitializerIdentifier;
  /** Initializer of the head's bias. Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

/** FiLM on [features [batch, ...positions, C], conditioning [batch, D]]: γ(z)·F + β(z) per channel. */
export class FiLM extends tfl.layers.Layer {
  static className = 'FiLM';
  readonly deltaGamma: boolean;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private kernel: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: FiLMOptions = {}) {
    const where = 'FiLM';
    super(layerArgs(where, options, ['deltaGamma', 'kernelInitializer', 'biasInitializer']));
    this.deltaGamma = checkBoolean(where, 'deltaGamma', options.deltaGamma, true);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  private pair(inputShape: tfl.Shape | tfl.Shape[]): [tfl.Shape, tfl.Shape] {
    if (!Array.isArray(inputShape[0]) || inputShape.length !== 2) {
      const got = Array.isArray(inputShape[0]) ? `${inputShape.length} inputs` : `one input of shape ${shapeText(inputShape as tfl.Shape)}`;
      throw new Error(`FiLM '${this.name}': expected two inputs [features, conditioning], got ${got} — call it on [features, conditioning]`);
    }
    const [features, conditioning] = inputShape as tfl.Shape[];
    if (features!.length < 2 || features![features!.length - 1] == null) {
      throw new Error(`FiLM '${this.name}': expected features [batch, ...positions, channels] with known channels, got ${shapeText(features!)} — give the features a fixed last dimension`);
    }
    if (conditioning!.length !== 2 || conditioning![1] == null) {
      throw new Error(`FiLM '${this.name}': expected a conditioning vector [batch, size], got ${shapeText(conditioning!)} — flatten or pool the conditioning input first`);
    }
    return [features!, conditioning!];
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const [features, conditioning] = this.pair(inputShape);
    const channels = features[features.length - 1]!;
    this.kernel = this.addWeight('film_generator/kernel', [conditioning[1]!, 2 * channels], 'float32', this.kernelInitializer, undefined, true);
    this.bias = this.addWeight('film_generator/bias', [2 * channels], 'float32', this.biasInitializer, undefined, true);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      const [features, conditioning] = list as [tf.Tensor, tf.Tensor];
      this.pair(list.map((t) => t.shape));
      const channels = features.shape[features.rank - 1]!;
      if (2 * channels !== this.kernel!.shape[1] || conditioning.shape[1] !== this.kernel!.shape[0]) {
        throw new Error(`FiLM '${this.name}': expected ${this.kernel!.shape[1]! / 2} channels and a conditioning of size ${this.kernel!.shape[0]} (as built), got ${shapeText(features.shape)} and ${shapeText(conditioning.shape)} — call the layer on inputs of the shapes it was built for`);
      }
      if (conditioning.shape[0] !== features.shape[0]) {
        throw new Error(`FiLM '${this.name}': expected features and conditioning of one batch, got ${features.shape[0]} and ${conditioning.shape[0]} — pass one conditioning vector per example`);
      }
      const head = tf.add(tf.matMul(conditioning, this.kernel!.read()), this.bias!.read());
      const [gammaPart, beta] = tf.split(head, 2, 1) as [tf.Tensor, tf.Tensor];
      const gamma = this.deltaGamma ? tf.add(gammaPart, 1) : gammaPart;
      const broadcast = [features.shape[0]!, ...features.shape.slice(1, -1).map(() => 1), channels];
      return tf.add(tf.mul(features, tf.reshape(gamma, broadcast)), tf.reshape(beta, broadcast));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return this.pair(inputShape)[0];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      deltaGamma: this.deltaGamma,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
