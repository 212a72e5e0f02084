// MLP-Mixer block (Tolstikhin et al., "MLP-Mixer: An all-MLP Architecture for Vision") on patch
// tokens [batch, tokens S, channels C]: token mixing U = X + (W2·gelu(W1·LN(X)ᵀ + b1) + b2)ᵀ (an MLP
// across the S tokens, hidden tokenHidden), then channel mixing Y = U + W4·gelu(W3·LN(U) + b3) + b4
// (hidden channelHidden). LayerNorm is @layerkit/norms' fused kernel, GELU @layerkit/activations'
// (tanh form by default, as the authors' Flax code).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { gelu } from '@layerkit/activations';
import { layerNorm } from '@layerkit/norms';
import {
  checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export interface MlpMixerBlockOptions extends LayerArgs {
  /** Hidden width D_S of the token-mixing MLP. Default 384 (Mixer-B). */
  tokenHidden?: number;
  /** Hidden width D_C of the channel-mixing MLP. Default 3072 (Mixer-B). */
  channelHidden?: number;
  /** GELU form: 'tanh' (default, the authors' Flax nn.gelu) or 'none' (exact erf). */
  approximate?: 'tanh' | 'none';
  /** LayerNorm epsilon. Default 1e-6 (Flax). */
  epsilon?: number;
  /** Default 'glorotUniform' (the authors' xavier_uniform). */
  kernelInitializer?: InitializerIdentifier;
  /** Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
}

const OWN_OPTIONS = ['tokenHidden', 'channelHidden', 'approximate', 'epsilon', 'kernelInitializer', 'biasInitializer'] as const;

export class MlpMixerBlock extends tfl.layers.Layer {
  static className = 'MlpMixerBlock';
  readonly tokenHidden: number;
  readonly channelHidden: number;
  readonly approximate: 'tanh' | 'none';
  readonly epsilon: number;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: MlpMixerBlockOptions = {}) {
    const where = 'MlpMixerBlock';
    super(layerArgs(where, options, OWN_OPTIONS));
    this.tokenHidden = checkNumber(where, 'tokenHidden', options.tokenHidden, 384, { min: 1, integer: true });
    this.channelHidden = checkNumber(where, 'channelHidden', options.channelHidden, 3072, { min: 1, integer: true });
    this.approximate = checkChoice(where, 'approximate', options.approximate, 'tanh', ['tanh', 'none'] as const);
    this.epsilon = checkNumber(where, 'epsilon', options.epsilon, 1e-6, { min: 0 });
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[1] == null || shape[2] == null) {
      throw new Error(`MlpMixerBlock '${this.name}': expected patch tokens [batch, tokens, channels] with known tokens and channels, got ${shapeText(shape)} — reshape the patches to [batch, tokens, channels]`);
    }
    const [, tokens, channels] = shape as [null, number, number];
    const add = (name: string, weightShape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, weightShape, 'float32', initializer, undefined, true));
    };
    for (const [prefix, width, hidden, norm] of [['token_mixing', tokens, this.tokenHidden, 'token_norm'], ['channel_mixing', channels, this.channelHidden, 'channel_norm']] as const) {
      add(`${norm}/gamma`, [channels], tfl.initializers.ones());
      add(`${norm}/beta`, [channels], tfl.initializers.zeros());
      add(`${prefix}/dense_1/kernel`, [width, hidden], this.kernelInitializer);
      add(`${prefix}/dense_1/bias`, [hidden], this.biasInitializer);
      add(`${prefix}/dense_2/kernel`, [hidden, width], this.kernelInitializer);
      add(`${prefix}/dense_2/bias`, [width], this.biasInitializer);
    }
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  /** The two-layer GELU MLP of one mixing step over the last axis of rows [n, width]. */
  private mlp(rows: tf.Tensor, prefix: string): tf.Tensor {
    const hidden = gelu(tf.add(tf.matMul(rows, this.read(`${prefix}/dense_1/kernel`)), this.read(`${prefix}/dense_1/bias`)), { approximate: this.approximate });
    return tf.add(tf.matMul(hidden, this.read(`${prefix}/dense_2/kernel`)), this.read(`${prefix}/dense_2/bias`));
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const tokens = this.read('token_mixing/dense_1/kernel').shape[0]!;
      const channels = this.read('channel_mixing/dense_1/kernel').shape[0]!;
      if (x.rank !== 3 || x.shape[1] !== tokens || x.shape[2] !== channels) {
        throw new Error(`MlpMixerBlock '${this.name}': expected [batch, ${tokens}, ${channels}] (as built), got ${shapeText(x.shape)} — call the block on patch tokens of the shape it was built for`);
      }
      const batch = x.shape[0]!;
      const normed = layerNorm(x, this.read('token_norm/gamma'), this.read('token_norm/beta'), { epsilon: this.epsilon });
      // Token mixing: an MLP across the tokens of each channel ([batch·C, S] rows).
      const across = tf.reshape(tf.transpose(normed, [0, 2, 1]), [batch * channels, tokens]);
      const mixed = tf.transpose(tf.reshape(this.mlp(across, 'token_mixing'), [batch, channels, tokens]), [0, 2, 1]);
      const u = tf.add(x, mixed);
      const channelNormed = layerNorm(u, this.read('channel_norm/gamma'), this.read('channel_norm/beta'), { epsilon: this.epsilon });
      const channelMixed = tf.reshape(this.mlp(tf.reshape(channelNormed, [batch * tokens, channels]), 'channel_mixing'), [batch, tokens, channels]);
      return tf.add(u, channelMixed);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      tokenHidden: this.tokenHidden,
      channelHidden: this.channelHidden,
      approximate: this.approximate,
      epsilon: this.epsilon,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
