// RReLU, the randomized leaky ReLU (PyTorch's nn.RReLU and F.rrelu; "Empirical Evaluation of
// Rectified Activations in Convolutional Network"): in training each negative element gets its
// own slope a ~ U(lower, upper), and the gradient uses that slope; at inference the slope is
// (lower + upper)/2. Known limit: tfjs ops (a uniform draw, a select and a product), no fused kernel.
import * as tf from '@tensorflow/tfjs-core';
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import type { LayerArgs } from './layers.js';
import { splitLayerOptions } from './layer-options.js';
import { claimSerializationName, markOwner } from './names.js';
import { checkBoolean, checkNumber, checkSeed } from './option-checks.js';
import { RandomStream } from './random-stream.js';

export interface RreluOptions {
  /** Lowest negative-side slope. Default 1/8 (PyTorch). */
  readonly lower?: number;
  /** Highest negative-side slope. Default 1/3 (PyTorch). */
  readonly upper?: number;
  /** true: a random slope per element; false: the mean slope (lower + upper)/2. Default false (PyTorch's F.rrelu). */
  readonly training?: boolean;
  /** Seeds the slopes: the same seed gives the same slopes. Default none (a fresh draw each call). */
  readonly seed?: number | null;
}

/** The options of the RReLU layer: the op's, less `training` (tfjs passes it to each call). */
export type RreluLayerOptions = Omit<RreluOptions, 'training'> & LayerArgs;

const DEFAULT_LOWER = 1 / 8;
const DEFAULT_UPPER = 1 / 3;

function slopeRange(op: string, lower: unknown, upper: unknown): { lower: number; upper: number } {
  const low = checkNumber(op, 'lower', lower ?? DEFAULT_LOWER, DEFAULT_LOWER);
  const high = checkNumber(op, 'upper', upper ?? DEFAULT_UPPER, DEFAULT_UPPER);
  if (low > high) {
    throw new Error(`${op}: expected lower <= upper, got lower ${low} and upper ${high} — swap them, or use the defaults 1/8 and 1/3`);
  }
  return { lower: low, upper: high };
}

/** RReLU on a float32 tensor, with the slope range already checked. */
function compute(x: Tensor, lower: number, upper: number, training: boolean, seed: number | null): Tensor {
  if (!training) return tf.leakyRelu(x, (lower + upper) / 2);
  return tf.tidy(() => {
    const slopes = tf.randomUniform(x.shape, lower, upper, 'float32', seed ?? undefined);
    // x·a with a = 1 where x >= 0 (PyTorch's noise): the product's gradient is dy·a, the sampled
    // slope, and no gradient reaches the draw.
    return tf.mul(x, tf.where(tf.greaterEqual(x, 0), tf.onesLike(x), slopes));
  });
}

/**
 * rrelu(x, {lower, upper, training, seed}): with training true, x where x >= 0 and a·x with
 * a ~ U(lower, upper) drawn per element elsewhere; with training false (the default, as
 * PyTorch's F.rrelu), leakyRelu with slope (lower + upper)/2 (11/48 at the defaults).
 */
export function rrelu(x: Tensor | TensorLike, options: RreluOptions = {}): Tensor {
  rejectUnknownOptions('rrelu', options ?? {}, ['lower', 'upper', 'training', 'seed']);
  const { lower, upper } = slopeRange('rrelu', options.lower, options.upper);
  const training = checkBoolean('rrelu', 'training', options.training ?? false);
  const seed = checkSeed('rrelu', options.seed);
  return compute(requireFloatTensor('rrelu', x), lower, upper, training, seed);
}

/**
 * The RReLU layer: random slopes while training (model.fit passes training: true), the mean
 * slope otherwise. With a seed, a fresh layer draws the same sequence of slopes, call after call.
 */
export class RReLU extends tfl.layers.Layer {
  static className = 'RReLU';
  readonly lower: number;
  readonly upper: number;
  readonly seed: number | null;
  private readonly stream: RandomStream;

  constructor(options: RreluLayerOptions = {}) {
    const { own, base } = splitLayerOptions('RReLU', options, ['lower', 'upper', 'seed'], rejectUnknownOptions);
    super(base as LayerArgs);
    const range = slopeRange('RReLU', own.lower, own.upper);
    this.lower = range.lower;
    this.upper = range.upper;
    this.seed = checkSeed('RReLU', own.seed);
    this.stream = new RandomStream(this.seed);
    this.supportsMasking = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    const x = Array.isArray(inputs) ? inputs[0] : inputs;
    const training = kwargs.training === true;
    return compute(x, this.lower, this.upper, training, training ? this.stream.nextSeed() : null);
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), lower: this.lower, upper: this.upper, seed: this.seed };
  }
}

claimSerializationName('RReLU', 'activations.rrelu layer');
markOwner(RReLU, 'activations.rrelu layer');
serialization.registerClass(RReLU, 'layerkit');

/** RReLU's catalog entry: what to import, the main export first. */
export const RRELU = { id: 'activations.rrelu', kind: 'op', layer: 'RReLU', exports: ['rrelu', 'RReLU'] } as const;
