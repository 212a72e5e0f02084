// Normalizer-free residual join (Brock et al., "Characterizing signal propagation to close the
// performance gap in unnormalized ResNets"; SkipInit from De & Smith): h_{i+1} = h_i + α·s·f_i(h_i/β_i)
// with α = 0.2, β_i the predicted standard deviation of h_i and s a learned scalar gain starting
// at 0, so the block starts as the identity. Called on [h, f(h/β)]: the branch runs on the input
// scaled by 1/β (tf.layers.rescaling({scale: 1/β})), and nfBetas gives β for every block.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface NFResidualOptions extends LayerArgs {
  /** α, the residual branch's scale: the variance grows by α² per block. Default 0.2. */
  alpha?: number;
  /** Initial value of the learned SkipInit gain s; null for none (s = 1, no weight). Default 0. */
  skipInitGain?: number | null;
}

/**
 * β_i = √Var(h_i) for blocks 0 … n−1: the variance starts at 1 and grows by α² per block; a
 * transition block (whose shortcut also sees h/β, as in NF-ResNets) resets it to 1 + α².
 */
export function nfBetas(blocks: number, options: { alpha?: number; transitions?: readonly number[] } = {}): number[] {
  const where = 'nfBetas';
  checkNumber(where, 'blocks', blocks, undefined, { min: 1, integer: true });
  const alpha = checkNumber(where, 'alpha', options.alpha, 0.2, { min: 0 });
  const transitions = new Set(options.transitions ?? []);
  let variance = 1;
  return Array.from({ length: blocks }, (_, block) => {
    const beta = Math.sqrt(variance);
    variance = transitions.has(block) ? 1 + alpha ** 2 : variance + alpha ** 2;
    return beta;
  });
}

/** h + α·s·branch on [h, branch], s a learned scalar (SkipInit) starting at skipInitGain. */
export class NFResidual extends tfl.layers.Layer {
  static className = 'NFResidual';
  readonly alpha: number;
  readonly skipInitGain: number | null;
  private gain: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: NFResidualOptions = {}) {
    const where = 'NFResidual';
    super(layerArgs(where, options, ['alpha', 'skipInitGain']));
    this.alpha = checkNumber(where, 'alpha', options.alpha, 0.2, { min: 0 });
    this.skipInitGain = options.skipInitGain === null ? null : checkNumber(where, 'skipInitGain', options.skipInitGain, 0);
  }

  private pair(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    if (!Array.isArray(inputShape[0]) || inputShape.length !== 2) {
      const got = Array.isArray(inputShape[0]) ? `${inputShape.length} inputs` : `one input of shape ${shapeText(inputShape as tfl.Shape)}`;
      throw new Error(`NFResidual '${this.name}': expected two inputs [h, branch] (the branch computed from h/β), got ${got} — call it on [h, branch]`);
    }
    const [h, branch] = inputShape as [tfl.Shape, tfl.Shape];
    if (h.length !== branch.length || h.some((size, i) => size != null && branch[i] != null && size !== branch[i])) {
      throw new Error(`NFResidual '${this.name}': expected h and the branch of one shape, got ${shapeText(h)} and ${shapeText(branch)} — project the shortcut (a transition block) to the branch's shape`);
    }
    return h;
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    this.pair(inputShape);
    if (this.skipInitGain !== null) {
      this.gain = this.addWeight('skipinit_gain', [], 'float32', tfl.initializers.constant({ value: this.skipInitGain }), undefined, true);
    }
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      this.pair(list.map((t) => t.shape));
      const [h, branch] = list as [tf.Tensor, tf.Tensor];
      const scaled = tf.mul(branch, this.alpha);
      return tf.add(h, this.gain ? tf.mul(scaled, this.gain.read()) : scaled);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return this.pair(inputShape);
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), alpha: this.alpha, skipInitGain: this.skipInitGain };
  }
}
