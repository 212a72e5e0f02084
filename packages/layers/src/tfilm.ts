// TFiLM, time-varying feature-wise modulation (Comunità et al., "Modelling black-box audio effects
// with time-varying feature modulation", after Birnbaum et al.'s TFiLM): on [batch, time, C] the
// time axis is cut into blocks of B samples, each block max-pooled per channel, a one-layer LSTM
// with C units runs over the block sequence, and every sample of block b is scaled by its output
// h_b (no shift). Limits: the LSTM state starts at zero on every call (no streaming carry-over).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import {
  checkNumber, initializerFrom, layerArgs, serializeInitializer, shapeText,
  type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

type LayerVariable = ReturnType<tfl.layers.Layer['addWeight']>;

export interface TFiLMOptions extends LayerArgs {
  /** Samples per block B; the time length must be a multiple of it. Default 128. */
  tfilmBlockSize?: number;
  /** Initializer of the LSTM's input kernel [C, 4C]. Default none: U(−1/√C, 1/√C), as PyTorch's LSTM in the reference model. */
  kernelInitializer?: InitializerIdentifier | null;
  /** Initializer of the LSTM's recurrent kernel [C, 4C]. Default none: U(−1/√C, 1/√C). */
  recurrentInitializer?: InitializerIdentifier | null;
  /** Initializer of the LSTM's bias [4C] (gates in tfjs's order i, f, c, o). Default none: U(−1/√C, 1/√C). */
  biasInitializer?: InitializerIdentifier | null;
}

function blockCount(where: string, time: number, blockSize: number): number {
  if (time % blockSize !== 0) {
    throw new Error(`${where}: expected a time length that is a multiple of tfilmBlockSize = ${blockSize}, got ${time} — pad or crop the sequence to a multiple of ${blockSize}, or choose a tfilmBlockSize that divides ${time}`);
  }
  return time / blockSize;
}

/**
 * TFiLM's modulation step: y[n, b·B + i, c] = h[n, b, c]·x[n, b·B + i, c], for x [batch, time, C]
 * and block scales h [batch, time / B, C] (the LSTM's outputs in the TFiLM layer).
 */
export function tfilmScale(x: tf.Tensor | tf.TensorLike, scales: tf.Tensor | tf.TensorLike, blockSize: number): tf.Tensor {
  const where = 'tfilmScale';
  checkNumber(where, 'blockSize', blockSize, undefined, { min: 1, integer: true });
  return tf.tidy(() => {
    const input = tf.cast(x instanceof tf.Tensor ? x : tf.tensor(x), 'float32');
    const h = tf.cast(scales instanceof tf.Tensor ? scales : tf.tensor(scales), 'float32');
    if (input.rank !== 3) {
      throw new Error(`${where}: expected x [batch, time, channels], got ${shapeText(input.shape)} — add the missing batch or channel axis with tf.reshape`);
    }
    const [batch, time, channels] = input.shape as [number, number, number];
    const blocks = blockCount(where, time, blockSize);
    if (h.rank !== 3 || h.shape[0] !== batch || h.shape[1] !== blocks || h.shape[2] !== channels) {
      throw new Error(`${where}: expected scales [${batch}, ${blocks}, ${channels}] (one per block of ${blockSize} and channel), got ${shapeText(h.shape)} — give one scale per block and channel`);
    }
    const blocked = tf.reshape(input, [batch, blocks, blockSize, channels]);
    return tf.reshape(tf.mul(blocked, tf.expandDims(h, 2)), [batch, time, channels]);
  });
}

/** TFiLM on [batch, time, C]: block max-pool, an LSTM (C units) over the blocks, every sample of block b scaled by h_b. */
export class TFiLM extends tfl.layers.Layer {
  static className = 'TFiLM';
  readonly tfilmBlockSize: number;
  readonly kernelInitializer: Initializer | null;
  readonly recurrentInitializer: Initializer | null;
  readonly biasInitializer: Initializer | null;
  private lstm: tfl.layers.Layer | null = null;

  constructor(options: TFiLMOptions = {}) {
    const where = 'TFiLM';
    super(layerArgs(where, options, ['tfilmBlockSize', 'kernelInitializer', 'recurrentInitializer', 'biasInitializer']));
    this.tfilmBlockSize = checkNumber(where, 'tfilmBlockSize', options.tfilmBlockSize, 128, { min: 1, integer: true });
    const initializer = (name: 'kernelInitializer' | 'recurrentInitializer' | 'biasInitializer') =>
      (options[name] == null ? null : initializerFrom(where, name, options[name], 'randomUniform'));
    this.kernelInitializer = initializer('kernelInitializer');
    this.recurrentInitializer = initializer('recurrentInitializer');
    this.biasInitializer = initializer('biasInitializer');
  }

  private channels(inputShape: tfl.Shape | tfl.Shape[]): number {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    if (shape.length !== 3 || shape[2] == null) {
      throw new Error(`TFiLM '${this.name}': expected [batch, time, channels] with known channels, got ${shapeText(shape)} — TFiLM modulates sequences channels-last`);
    }
    if (shape[1] != null) blockCount(`TFiLM '${this.name}'`, shape[1], this.tfilmBlockSize);
    return shape[2];
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const channels = this.channels(inputShape);
    // tfjs's own LSTM (its cell, gates and state handling); its weights are this layer's weights
    // through the getters below, so they train, save and load with it. Sigmoid gates as in the
    // reference model's PyTorch LSTM, not tfjs's default hard sigmoid; PyTorch's U(−1/√C, 1/√C)
    // init unless an initializer is given.
    const bound = 1 / Math.sqrt(channels);
    const uniform = () => tfl.initializers.randomUniform({ minval: -bound, maxval: bound });
    this.lstm = tfl.layers.lstm({
      units: channels, returnSequences: true, recurrentActivation: 'sigmoid',
      kernelInitializer: this.kernelInitializer ?? uniform(),
      recurrentInitializer: this.recurrentInitializer ?? uniform(),
      biasInitializer: this.biasInitializer ?? uniform(),
    });
    this.lstm.build([null, null, channels]);
    this.built = true;
  }

  override get trainableWeights(): LayerVariable[] {
    return this.trainable && this.lstm ? this.lstm.trainableWeights : [];
  }

  override set trainableWeights(_weights: LayerVariable[]) {
    // The LSTM owns the weights; tfjs's base constructor assigns an empty list here.
  }

  override get nonTrainableWeights(): LayerVariable[] {
    if (!this.lstm) return [];
    return this.trainable ? this.lstm.nonTrainableWeights : this.lstm.weights;
  }

  override set nonTrainableWeights(_weights: LayerVariable[]) {
    // As trainableWeights.
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const channels = this.channels(x.shape);
      const built = this.lstm!.trainableWeights.concat(this.lstm!.nonTrainableWeights)[0]!.shape[0]!;
      if (channels !== built) {
        throw new Error(`TFiLM '${this.name}': expected ${built} channels (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      }
      const [batch, time] = x.shape as [number, number, number];
      const blocks = time / this.tfilmBlockSize;
      const pooled = tf.max(tf.reshape(x, [batch, blocks, this.tfilmBlockSize, channels]), 2);
      const scales = this.lstm!.call(pooled, { training: kwargs.training }) as tf.Tensor;
      return tfilmScale(x, scales, this.tfilmBlockSize);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    this.channels(inputShape);
    return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      tfilmBlockSize: this.tfilmBlockSize,
      kernelInitializer: this.kernelInitializer && serializeInitializer(this.kernelInitializer),
      recurrentInitializer: this.recurrentInitializer && serializeInitializer(this.recurrentInitializer),
      biasInitializer: this.biasInitializer && serializeInitializer(this.biasInitializer),
    };
  }
}
