// QK-Norm (Henry et al., 2020, Query-Key Normalization for Transformers): queries and keys
// L2-normalized along the head dimension, logits g·(q̂·k̂) with a learned g in place of 1/√d.
// Also the QK-LayerNorm / QK-RMSNorm form of later models (ViT-22B, OLMo 2): per-feature gains.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor, TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, requireFloatTensor } from '@layerkit/core';
import { layerNorm, rmsNorm, unitNorm } from '../ops.js';
import { resolveOptions, type WrapperBaseOptions } from './wrapper-layer.js';

/** g0 = log2(L² − L), L = the 97.5th percentile of training sequence lengths (authors' code). */
export function qkNormScale(seqLen: number): number {
  if (!(Number.isFinite(seqLen) && seqLen > 1)) throw new Error(`qkNormScale: expected seqLen > 1 (a sequence length), got ${String(seqLen)} — use the 97.5th percentile of the training lengths`);
  return Math.log2(seqLen * seqLen - seqLen);
}

export type QkNormKind = 'l2' | 'rmsNorm' | 'layerNorm';

export interface QkNormOptions {
  /** Keep (1 / true) or mask (0 / false) each query-key pair; broadcasts against the logits [..., Tq, Tk]. */
  readonly mask?: Tensor | null;
  /**
   * How q and k are normalized over the head dimension: 'l2' (the paper: q/max(‖q‖, ε)),
   * 'rmsNorm' or 'layerNorm' (with the gains and biases below). Default 'l2'.
   */
  readonly norm?: QkNormKind;
  /** ε: the floor of ‖·‖ for 'l2', added under the root otherwise. Default 1e-12 for 'l2', 1e-6 otherwise. */
  readonly epsilon?: number | null;
  /** Per-feature gains [d] of the query and key norms ('rmsNorm', 'layerNorm'). Default none (1). */
  readonly queryGain?: Tensor | null;
  readonly keyGain?: Tensor | null;
  /** Per-feature biases [d] ('layerNorm'). Default none (0). */
  readonly queryBias?: Tensor | null;
  readonly keyBias?: Tensor | null;
}

const QK_OPTIONS = ['mask', 'norm', 'epsilon', 'queryGain', 'keyGain', 'queryBias', 'keyBias'];

function normalizeRows(x: Tensor, norm: QkNormKind, epsilon: number, gain: Tensor | null | undefined, bias: Tensor | null | undefined): Tensor {
  if (norm === 'l2') return unitNorm(x, { epsilon });
  if (norm === 'rmsNorm') return rmsNorm(x, gain ?? null, { epsilon });
  return layerNorm(x, gain ?? null, bias ?? null, { epsilon });
}

/** The value masked logits get (authors' code), so masked keys get weight 0 after the softmax. */
const MASKED = -1e9;

/**
 * QK-Norm logits g·(q̂·k̂ᵀ): q [..., Tq, d], k [..., Tk, d] → [..., Tq, Tk], each row of q and k
 * normalized over d (unitNorm, or rmsNorm / layerNorm with their gains). g: a number or a tensor
 * broadcasting against the logits (one value, or [heads, 1, 1] per head).
 */
export function qkNormLogits(q: Tensor | TensorLike, k: Tensor | TensorLike, g: Tensor | number, options: QkNormOptions = {}): Tensor {
  rejectUnknownOptions('qkNormLogits', options, QK_OPTIONS);
  const { mask = null, norm = 'l2', queryGain, keyGain, queryBias, keyBias } = options;
  if (norm !== 'l2' && norm !== 'rmsNorm' && norm !== 'layerNorm') throw new Error(`qkNorm: expected norm 'l2', 'rmsNorm' or 'layerNorm', got '${String(norm)}'`);
  const epsilon = options.epsilon ?? (norm === 'l2' ? 1e-12 : 1e-6);
  return tf.tidy(() => {
    const queries = requireFloatTensor('qkNorm', q, 'q');
    const keys = requireFloatTensor('qkNorm', k, 'k');
    const d = queries.shape[queries.rank - 1];
    if (queries.rank < 2 || keys.rank !== queries.rank || keys.shape[keys.rank - 1] !== d) {
      throw new Error(`qkNorm: expected q [..., Tq, d] and k [..., Tk, d] of the same rank and head size, got [${queries.shape.join(', ')}] and [${keys.shape.join(', ')}] — split the heads the same way for both`);
    }
    const normalizedQueries = normalizeRows(queries, norm, epsilon, queryGain, queryBias);
    const normalizedKeys = normalizeRows(keys, norm, epsilon, keyGain, keyBias);
    const logits = tf.mul(tf.matMul(normalizedQueries, normalizedKeys, false, true), g);
    if (mask == null) return logits;
    return tf.where(tf.cast(tf.broadcastTo(mask, logits.shape), 'bool'), logits, tf.fill(logits.shape, MASKED));
  });
}

/** QK-Norm attention: softmax(g·q̂·k̂ᵀ, masked) · v, v [..., Tk, dv] → [..., Tq, dv]. */
export function qkNormAttention(q: Tensor | TensorLike, k: Tensor | TensorLike, v: Tensor | TensorLike, g: Tensor | number, options: QkNormOptions = {}): Tensor {
  return tf.tidy(() => tf.matMul(tf.softmax(qkNormLogits(q, k, g, options)), requireFloatTensor('qkNorm', v, 'v')));
}

interface QKNormAttentionOwn {
  /** 'l2' (the paper), or 'rmsNorm' / 'layerNorm' with learned per-feature gains (and biases). Default 'l2'. */
  readonly norm?: QkNormKind;
  /** L for g0 = log2(L² − L). Required for 'l2' unless gInit is given; the other norms default g0 to 1/√d. */
  readonly seqLen?: number | null;
  /** g's initial value instead of the seqLen rule. Default null. */
  readonly gInit?: number | null;
  /** One g per head (inputs [batch, heads, T, d]); layerkit extension, the paper shares one. Default false. */
  readonly perHead?: boolean;
  /** Learn g. Default true (paper); false keeps it fixed. */
  readonly trainableScale?: boolean;
  /** ε of the norm. Default null: 1e-12 for 'l2', 1e-6 otherwise. */
  readonly epsilon?: number | null;
}

export interface QKNormAttentionOptions extends QKNormAttentionOwn, WrapperBaseOptions {}

/**
 * The attention core with QK-Norm, as a layer: inputs [q, k, v] or [q, k, v, mask] (already
 * projected and split into heads: [batch, (heads,) T, d]), output [batch, (heads,) Tq, dv].
 * Weights: `g` [1] (or [heads] with perHead); with 'rmsNorm' / 'layerNorm' also `query_gamma`,
 * `key_gamma` [d] (ones) and with 'layerNorm' `query_beta`, `key_beta` [d] (zeros).
 */
export class QKNormAttention extends tfl.layers.Layer {
  static className = 'QKNormAttention';
  readonly options: Readonly<Record<string, unknown>>;
  private g!: tfl.LayerVariable;
  private affine: Record<string, tfl.LayerVariable> = {};

  constructor(options: QKNormAttentionOptions = {}) {
    const { own, base } = resolveOptions<QKNormAttentionOwn>('QKNormAttention', options, {
      norm: 'l2', seqLen: null, gInit: null, perHead: false, trainableScale: true, epsilon: null,
    });
    super(base as never);
    this.options = own;
    const norm = own.norm as QkNormKind;
    if (norm !== 'l2' && norm !== 'rmsNorm' && norm !== 'layerNorm') throw new Error(`QKNormAttention: expected norm 'l2', 'rmsNorm' or 'layerNorm', got '${String(norm)}'`);
    if (own.gInit == null && (norm === 'l2' || own.seqLen != null)) qkNormScale(own.seqLen as number);
  }

  private initial(d: number): number {
    const { gInit, seqLen, norm } = this.options as QKNormAttentionOwn;
    if (gInit != null) return gInit;
    return norm !== 'l2' && seqLen == null ? 1 / Math.sqrt(d) : qkNormScale(seqLen as number);
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
    const d = shapes[0][shapes[0].length - 1];
    if (d == null) throw new Error(`QKNormAttention: expected a known head size on q's last axis, got [${shapes[0].map(String).join(', ')}]`);
    this.g = this.addWeight('g', [size], 'float32', tfl.initializers.constant({ value: this.initial(d) }), undefined, this.options.trainableScale as boolean);
    const norm = this.options.norm as QkNormKind;
    for (const side of norm === 'l2' ? [] : ['query', 'key']) {
      this.affine[`${side}_gamma`] = this.addWeight(`${side}_gamma`, [d], 'float32', tfl.initializers.ones());
      if (norm === 'layerNorm') this.affine[`${side}_beta`] = this.addWeight(`${side}_beta`, [d], 'float32', tfl.initializers.zeros());
    }
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
      const read = (name: string) => this.affine[name]?.read() ?? null;
      return qkNormAttention(q, k, v, g, {
        mask: mask ?? null, norm: this.options.norm as QkNormKind, epsilon: this.options.epsilon as number | null,
        queryGain: read('query_gamma'), keyGain: read('key_gamma'), queryBias: read('query_beta'), keyBias: read('key_beta'),
      });
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

// Registered for serialization where the class is made: a bundle that keeps it can load it.
tf.serialization.registerClass(QKNormAttention, 'layerkit');
