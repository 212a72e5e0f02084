import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { describe } from '@layerkit/core';
import { rmsNorm } from './ops.js';

/**
 * PowerNorm: "PowerNorm: Rethinking Batch Normalization in Transformers" (Shen, Yao, Gholami,
 * Mahoney & Keutzer, ICML 2020), as the released MaskPowerNorm (sIncerass/powernorm) computes it.
 *
 * Tokens [..., C] are first scaled per token by the RMS of each of `groupNum` contiguous channel
 * groups (GroupScaling, differentiated normally), then divided per channel by the root of a
 * quadratic mean: the batch's (over the unpadded tokens) during the first `warmupIters` training
 * calls, the running one ψ² after. The backward is the paper's approximate one, not the gradient
 * of the forward: g̃ = γ·dy − (1 − α_b)·G·z, G ← G + mean(g̃·z) per channel, dx = g̃/√(σ²_B + ε)
 * (or /√(ψ² + ε) with backwardScale 'running').
 */
export interface PowerNormState {
  /** ψ², the running quadratic mean per channel (init 1). */
  readonly runningPhi: Tensor;
  /** G, the running mean of g̃·z per channel (init 0). */
  readonly emaGz: Tensor;
  /** Training calls so far, before this one. */
  readonly iteration: number;
}

export interface PowerNormCallOptions {
  readonly alphaForward: number;
  readonly alphaBackward: number;
  readonly epsilon: number;
  readonly warmupIters: number;
  readonly groupNum: number;
  readonly backwardScale: 'batch' | 'running';
  readonly training: boolean;
  /** True (or 1) on padding tokens, shape x.shape without the channels: left out of σ²_B. */
  readonly padMask?: Tensor | null;
  /** Receives the new ψ² (forward) and G (backward). */
  readonly update: (name: 'runningPhi' | 'emaGz', value: Tensor) => void;
}

/** GroupScaling: each token divided by the RMS of each group of contiguous channels (ε 1e-5, as the reference). */
export function groupScaling(x: Tensor, groupNum: number): Tensor {
  const channels = x.shape[x.rank - 1];
  if (!Number.isInteger(groupNum) || groupNum < 1 || channels % groupNum !== 0) {
    throw new Error(`powerNorm: expected groupNum to divide the ${channels} channels, got ${describe(groupNum)} — use a divisor of ${channels}, e.g. 1`);
  }
  if (groupNum === 1) return rmsNorm(x, null, { epsilon: 1e-5 });
  const grouped = tf.reshape(x, [...x.shape.slice(0, -1), groupNum, channels / groupNum]);
  return tf.reshape(rmsNorm(grouped, null, { epsilon: 1e-5 }), x.shape);
}

/** PowerNorm of x = [..., C] with the layer's state; γ and β per channel. Call inside tf.tidy. */
export function powerNorm(x: Tensor, gamma: Tensor, beta: Tensor, state: PowerNormState, options: PowerNormCallOptions): Tensor {
  const { epsilon, alphaForward, alphaBackward, warmupIters, training, update } = options;
  const channels = x.shape[x.rank - 1];
  const scaled = groupScaling(x, options.groupNum);
  if (!training) return tf.add(tf.mul(gamma, tf.div(scaled, tf.sqrt(tf.add(state.runningPhi, epsilon)))), beta);

  const tokens = tf.reshape(scaled, [-1, channels]);
  let keep: Tensor | null = null;
  if (options.padMask) {
    const mask = options.padMask;
    if (mask.size * channels !== x.size) {
      throw new Error(`powerNorm: expected a padding mask of shape [${x.shape.slice(0, -1).join(', ')}] (one value per token), got [${mask.shape.join(', ')}] — pass true on padding tokens`);
    }
    keep = tf.reshape(tf.sub(1, tf.cast(tf.cast(mask, 'bool'), 'float32')), [-1, 1]);
  }
  const squares = tf.square(tokens);
  const batchPhi = keep
    ? tf.div(tf.sum(tf.mul(squares, keep), 0), tf.maximum(tf.sum(keep), 1))
    : tf.mean(squares, 0);
  const it = state.iteration + 1;
  const phi = it <= warmupIters ? batchPhi : state.runningPhi;
  // The running ψ²: the cumulative mean during warm-up, then (always) the exponential average.
  let running = state.runningPhi;
  if (it < warmupIters) running = tf.add(tf.mul(running, (it - 1) / it), tf.div(batchPhi, it));
  const backwardPhi = options.backwardScale === 'running' ? state.runningPhi : batchPhi;
  const denominator = tf.sqrt(tf.add(phi, epsilon));
  const backwardDenominator = tf.sqrt(tf.add(backwardPhi, epsilon));
  // Written last: the state tensors are the variables themselves, read above before they change.
  update('runningPhi', tf.add(tf.mul(running, alphaForward), tf.mul(batchPhi, 1 - alphaForward)));
  const emaGz = state.emaGz;
  const approximate = tf.customGrad(((u: Tensor, g: Tensor, b: Tensor, save: tf.GradSaveFunc) => {
    const z = tf.div(u, denominator);
    // Everything the backward reads is saved: tensors held by the closure alone would be gone
    // when the call's tidy ends, before the backward runs.
    save([z, g, backwardDenominator, emaGz]);
    return {
      value: tf.add(tf.mul(g, z), b),
      gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => {
        const [zs, gs, backwardScale, previous] = saved;
        const grad = dy as Tensor;
        const zFlat = tf.reshape(zs, [-1, channels]);
        const gFlat = tf.reshape(grad, [-1, channels]);
        const approx = tf.sub(tf.mul(gFlat, gs), tf.mul(tf.mul(previous, 1 - alphaBackward), zFlat));
        update('emaGz', tf.add(previous, tf.mean(tf.mul(approx, zFlat), 0)));
        return [
          tf.reshape(tf.div(approx, backwardScale), u.shape),
          tf.sum(tf.mul(gFlat, zFlat), 0),
          tf.sum(gFlat, 0),
        ];
      },
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return approximate(scaled, gamma, beta);
}
