// Scaled dot-product attention over [batch, heads, positions, features] tensors, with the score
// maps the MultiHeadAttention layer plugs in: softmax (Keras 3's, through @layerkit/activations'
// masked softmax) and ReLU attention ("Replacing softmax with ReLU in Vision Transformers":
// relu(q·k/√d)/L with L the number of keys) and sparsemax (Martins and Astudillo, "From Softmax
// to Sparsemax", through @layerkit/activations' sparsemax). The [queries, keys] score matrix is
// materialised.
import * as tf from '@tensorflow/tfjs-core';
import { describe } from '@layerkit/core';
import { softmax, sparsemax } from '@layerkit/activations';

/**
 * How scores become attention weights: 'softmax'; 'relu', relu(s)/L with L the number of keys
 * (ReLU attention); 'rela', relu(s) unnormalised (ReLA, whose layer adds a gated RMSNorm);
 * 'sparsemax', the projection of each row onto the simplex (rows sum to 1, many weights exactly 0).
 */
export type ScoreMap = 'softmax' | 'relu' | 'rela' | 'sparsemax';
export const SCORE_MAPS: readonly ScoreMap[] = ['softmax', 'relu', 'rela', 'sparsemax'];

/**
 * What a masked score becomes before sparsemax: any value more than 1 below the row's largest
 * kept score gets weight exactly 0 (the threshold τ is at least max − 1), and a finite value keeps
 * max − max = NaN out of a fully masked row, whose uniform result the mask then zeroes.
 */
const SPARSEMAX_MASKED_SCORE = -1e9;

export interface AttentionOptions {
  /** 'softmax' (default), 'relu' (relu(s)/L, L = number of keys), 'rela' or 'sparsemax'. */
  readonly scoreMap?: ScoreMap;
  /**
   * Which query may attend to which key: broadcastable to [batch, heads, queries, keys]; 1/true
   * attends, 0/false does not. A query with no key left gets an all-zero output.
   */
  readonly mask?: tf.Tensor | null;
  /** Query i attends to keys j <= i only (keys and queries aligned at the start, as Keras). */
  readonly causal?: boolean;
  /** Multiplies the scores. Default 1/√(feature size of the query). */
  readonly scale?: number;
}

/**
 * The lower-triangular [queries, keys] mask, true where key j <= query i: Keras 3's causal mask
 * (queries and keys aligned at position 0).
 */
export function causalMask(queries: number, keys: number): tf.Tensor2D {
  return tf.tidy(() => tf.greaterEqual(tf.reshape(tf.range(0, queries, 1, 'int32'), [queries, 1]), tf.reshape(tf.range(0, keys, 1, 'int32'), [1, keys]))) as tf.Tensor2D;
}

/** Attention weights from scores [..., queries, keys] and an optional boolean mask broadcastable to them. */
export function attentionWeights(scores: tf.Tensor, scoreMap: ScoreMap, mask: tf.Tensor | null): tf.Tensor {
  return tf.tidy(() => {
    const keys = scores.shape[scores.rank - 1]!;
    if (scoreMap === 'softmax') {
      if (mask == null) return softmax(scores);
      return softmax(scores, { mask: tf.broadcastTo(tf.cast(mask, 'float32'), scores.shape) });
    }
    if (scoreMap === 'sparsemax') {
      if (mask == null) return sparsemax(scores);
      const kept = tf.broadcastTo(tf.cast(mask, 'bool'), scores.shape);
      const weights = sparsemax(tf.where(kept, scores, tf.fill(scores.shape, SPARSEMAX_MASKED_SCORE)));
      return tf.where(kept, weights, tf.zerosLike(weights));
    }
    const weights = scoreMap === 'relu' ? tf.div(tf.relu(scores), keys) : tf.relu(scores);
    return mask == null ? weights : tf.where(tf.broadcastTo(tf.cast(mask, 'bool'), scores.shape), weights, tf.zerosLike(weights));
  });
}

function checkRank4(where: string, name: string, value: unknown): tf.Tensor4D {
  if (!(value instanceof tf.Tensor)) throw new Error(`${where}: expected ${name} to be a tensor, got ${describe(value)} — pass a [batch, heads, positions, features] tf.Tensor`);
  if (value.rank !== 4) throw new Error(`${where}: expected ${name} of rank 4 [batch, heads, positions, features], got shape [${value.shape.join(', ')}] — reshape it, or use the MultiHeadAttention layer for projected inputs`);
  if (value.dtype !== 'float32') throw new Error(`${where}: expected a float32 ${name}, got ${value.dtype} — cast first with tf.cast(${name}, 'float32')`);
  return value as tf.Tensor4D;
}

/** The combined boolean mask (user mask and causal) broadcastable to [.., queries, keys], or null. */
export function combineMasks(where: string, mask: tf.Tensor | null | undefined, causal: boolean, queries: number, keys: number): tf.Tensor | null {
  if (mask != null && !(mask instanceof tf.Tensor)) throw new Error(`${where}: expected mask to be a tensor, got ${describe(mask)} — pass a boolean or 0/1 tf.Tensor`);
  if (!causal) return mask == null ? null : tf.cast(mask, 'bool');
  return tf.tidy(() => {
    const triangle = causalMask(queries, keys);
    return mask == null ? triangle : tf.logicalAnd(tf.cast(mask, 'bool'), triangle);
  });
}

/**
 * softmax(q·kᵀ·scale + mask)·v (or another score map: relu, rela, sparsemax) per batch and head. query [B, N, T, H], key
 * [B, N, S, H], value [B, N, S, Hv] → [B, N, T, Hv].
 */
export function dotProductAttention(query: tf.Tensor, key: tf.Tensor, value: tf.Tensor, options: AttentionOptions = {}): tf.Tensor4D {
  const where = 'dotProductAttention';
  const q = checkRank4(where, 'query', query);
  const k = checkRank4(where, 'key', key);
  const v = checkRank4(where, 'value', value);
  if (q.shape[3] !== k.shape[3]) throw new Error(`${where}: expected query and key with the same feature size, got ${q.shape[3]} and ${k.shape[3]} — project them to one size`);
  if (k.shape[2] !== v.shape[2]) throw new Error(`${where}: expected key and value with the same number of positions, got ${k.shape[2]} and ${v.shape[2]} — pass keys and values of one sequence`);
  const scoreMap = options.scoreMap ?? 'softmax';
  if (!SCORE_MAPS.includes(scoreMap)) throw new Error(`${where}: expected scoreMap to be one of ${SCORE_MAPS.map((s) => `'${s}'`).join(', ')}, got ${describe(scoreMap)} — pick one of those`);
  const scale = options.scale ?? 1 / Math.sqrt(q.shape[3]);
  return tf.tidy(() => {
    const mask = combineMasks(where, options.mask, options.causal ?? false, q.shape[2], k.shape[2]);
    // Scaling the query, the smaller operand when keys outnumber features (as Keras does).
    const scores = tf.matMul(tf.mul(q, scale), k, false, true);
    return tf.matMul(attentionWeights(scores, scoreMap, mask), v) as tf.Tensor4D;
  });
}

/** ReLU attention: relu(q·kᵀ/√d)/L·v, L the number of keys (catalog layers.relu-attention). */
export function reluAttention(query: tf.Tensor, key: tf.Tensor, value: tf.Tensor, options: Omit<AttentionOptions, 'scoreMap'> = {}): tf.Tensor4D {
  return dotProductAttention(query, key, value, { ...options, scoreMap: 'relu' });
}

/** KERPLE's variants: -r1·log(1 + r2·|m − n|) ('kerple-log') or -r1·|m − n|^r2 ('kerple-power'). */
export type PositionBias = 'kerple-log' | 'kerple-power';
export const POSITION_BIASES: readonly PositionBias[] = ['kerple-log', 'kerple-power'];

/**
 * KERPLE's relative-position bias (Chi et al., "KERPLE: Kernelized Relative Positional Embedding
 * for Length Extrapolation") per head, [heads, queries, keys], queries and keys aligned at 0:
 * 'kerple-log' -r1·log(1 + r2·|m − n|), 'kerple-power' -r1·|m − n|^r2. r1 and r2 [heads] are
 * clamped to [0.01, ∞) (r2 to [0.01, 2] for the power form), as the authors clamp them.
 */
export function kerpleBias(variant: PositionBias, r1: tf.Tensor, r2: tf.Tensor, queries: number, keys: number): tf.Tensor3D {
  if (!POSITION_BIASES.includes(variant)) throw new Error(`kerpleBias: expected variant to be one of ${POSITION_BIASES.map((v) => `'${v}'`).join(', ')}, got ${describe(variant)} — pick one of those`);
  return tf.tidy(() => {
    const heads = r1.shape[0]!;
    const distance = tf.abs(tf.sub(tf.reshape(tf.range(0, queries, 1, 'float32'), [1, queries, 1]), tf.reshape(tf.range(0, keys, 1, 'float32'), [1, 1, keys])));
    const a = tf.reshape(tf.clipByValue(r1, 0.01, Number.MAX_VALUE), [heads, 1, 1]);
    const b = tf.reshape(tf.clipByValue(r2, 0.01, variant === 'kerple-power' ? 2 : Number.MAX_VALUE), [heads, 1, 1]);
    const kernel = variant === 'kerple-log' ? tf.log1p(tf.mul(b, distance)) : tf.pow(distance, b);
    return tf.neg(tf.mul(a, kernel)) as tf.Tensor3D;
  });
}
