// QK-Norm (Henry et al., 2020, Query-Key Normalization for Transformers): queries and keys
// L2-normalized along the head dimension, logits g·(q̂·k̂) with a learned g in place of 1/√d.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import { unitNorm } from '../ops.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

/** g0 = log2(L² − L), L = the 97.5th percentile of training sequence lengths (authors' code). */
export function qkNormScale(seqLen: number): number {
  if (!(Number.isFinite(seqLen) && seqLen > 1)) throw new Error(`qkNormScale: expected seqLen > 1 (a sequence length), got ${String(seqLen)} — use the 97.5th percentile of the training lengths`);
  return Math.log2(seqLen * seqLen - seqLen);
}

export interface QkNormOptions {
  /** Keep (1 / true) or mask (0 / false) each query-key pair; broadcasts against the logits [..., Tq, Tk]. */
  readonly mask?: Tensor | null;
  /** Floor of ‖q‖ and ‖k‖. Default 1e-12 (authors' code). */
  readonly epsilon?: number;
}

/** The value masked logits get (authors' code), so masked keys get weight 0 after the softmax. */
const MASKED = -1e9;

/**
 * QK-Norm logits g·(q̂·k̂ᵀ): q [..., Tq, d], k [..., Tk, d] → [..., Tq, Tk], each row of q and k
 * divided by max(‖·‖, ε) (unitNorm). g: a number or a tensor broadcasting against the logits
 * (one value, or [heads, 1, 1] per head).
 */
export function qkNormLogits(q: Tensor | TensorLike, k: Tensor | TensorLike, g: Tensor | number, options: QkNormOptions = {}): Tensor {
  rejectUnknownOptions('qkNormLogits', options, ['mask', 'epsilon']);
  const { mask = null, epsilon = 1e-12 } = options;
  return tf.tidy(() => {
    const queries = requireFloatTensor('qkNorm', q, 'q');
    const keys = requireFloatTensor('qkNorm', k, 'k');
    const d = queries.shape[queries.rank - 1];
    if (queries.rank < 2 || keys.rank !== queries.rank || keys.shape[keys.rank - 1] !== d) {
      throw new Error(`qkNorm: expected q [..., Tq, d] and k [..., Tk, d] of the same rank and head size, got [${queries.shape.join(', ')}] and [${keys.shape.join(', ')}] — split the heads the same way for both`);
    }
    const logits = tf.mul(tf.matMul(unitNorm(queries, { epsilon }), unitNorm(keys, { epsilon }), false, true), g);
    if (mask == null) return logits;
    return tf.where(tf.cast(tf.broadcastTo(mask, logits.shape), 'bool'), logits, tf.fill(logits.shape, MASKED));
  });
}

/** QK-Norm attention: softmax(g·q̂·k̂ᵀ, masked) · v, v [..., Tk, dv] → [..., Tq, dv]. */
export function qkNormAttention(q: Tensor | TensorLike, k: Tensor | TensorLike, v: Tensor | TensorLike, g: Tensor | number, options: QkNormOptions = {}): Tensor {
  return tf.tidy(() => tf.matMul(tf.softmax(qkNormLogits(q, k, g, options)), requireFloatTensor('qkNorm', v, 'v')));
}

interface QKNormAttentionOwn {
  /** L for g0 = log2(L² − L). Required unless gInit is given. */
  readonly seqLen?: number | null;
  /** g's initial value instead of the seqLen rule. Default null. */
  readonly gInit?: number | null;
  /** One g per head (inputs [batch, heads, T, d]); layerkit extension, the paper shares one. Default false. */
  readonly perHead?: boolean;
  /** Learn g. Default true (paper); false keeps it fixed. */
  readonly trainableScale?: boolean;
  /** Floor of ‖q‖ and ‖k‖. Default 1e-12. */
  readonly epsilon?: number;
}

export interface QKNormAttentionOptions extends QKNormAttentionOwn, WrapperBaseOptions {}

/**
 * The attention core with QK-Norm, as a layer: inputs [q, k, v] or [q, k, v, mask] (already
 * projected and split into heads: [batch, (heads,) T, d]), output [batch, (heads,) Tq, dv].
 * Weight `g`: [1] (or [heads] with perHead).
 */
export class QKNormAttention extends tfl.layers.Layer {
  static className = 'QKNormAttention';
  readonly options: Readonly<Record<string, unknown>>;
  private g!: tfl.LayerVariable;

  constructor(options: QKNormAttentionOptions = {}) {
    const { own, base } = resolveOptions<QKNormAttentionOwn>('QKNormAttention', options, {
      seqLen: null, gInit: null, perHead: false, trainableScale: true, epsilon: 1e-12,
    });
    super(base as never);
    this.options = own;
    if (own.gInit == null) qkNormScale(own.seqLen as number);
  }

  private get initial(): number {
    return (this.options.gInit as number | null) ?? qkNormScale(this.options.seqLen as number);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shapes = inputShape as tfl.Shape[];
    if (!Array.isArray(shapes[0]) || (shapes.length !== 3 && shapes.length !== 4)) {
      throw new Error(`QKNormAttention: expected the inputs [q, k, v] or [q, k, v, mask], got ${Array.isArray(shapes[0]) ? shapes.length : 1} input(s) — project and split the heads first, then pass the three tensors`);
    }
    let size = 1;
    if (this.options.perHead) {
      const heads = shapes[0][1];
      if (shapes[0].length !== 4 || heads == null) throw new Error(`QKNormAttention: perHead needs q of shape [batch, heads, T, d] with a known head count, got [${shapes[0].map(String).join(', ')}]`);
      size = heads;
    }
    this.g = this.addWeight('g', [size], 'float32', tfl.initializers.constant({ value: this.initial }), undefined, this.options.trainableScale as boolean);
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const [q, , v] = inputShape as tfl.Shape[];
    return [...q.slice(0, -1), v[v.length - 1]];
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tf.tidy(() => {
      const [q, k, v, mask] = inputs as Tensor[];
      const g = this.options.perHead ? tf.reshape(this.g.read(), [-1, 1, 1]) : this.g.read();
      return qkNormAttention(q, k, v, g, { mask: mask ?? null, epsilon: this.options.epsilon as number });
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), ...(this.options as tf.serialization.ConfigDict) };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { customObjects: _customObjects, ...rest } = config;
    return new cls(rest);
  }
}
