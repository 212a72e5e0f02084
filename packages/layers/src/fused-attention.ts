// Fused softmax attention (FlashAttention's online softmax, Dao et al., "FlashAttention: Fast and
// Memory-Efficient Exact Attention with IO-Awareness"): softmax(q·kᵀ·scale + mask)·v in one pass
// over the keys, never writing the [queries, keys] score matrix, on the wasm backend
// (assembly/layers/attention.ts). Limits: the forward only — the gradient recomputes the
// weights as tfjs ops (the [queries, keys] matrix exists during the backward); masks are one per
// batch entry, shared by the heads; other backends keep the composite.
import * as tf from '@tensorflow/tfjs-core';
import { describe, trackKernelLoad } from '@layerkit/core';

export { FUSED_ATTENTION, FUSED_ATTENTION_EXPORT, fusedAttentionOnArrays, type FusedAttentionAttributes } from './fused-attention-kernel.js';
import { FUSED_ATTENTION, type FusedAttentionAttributes } from './fused-attention-kernel.js';

export interface FusedAttentionOptions {
  /**
   * Which query may attend to which key, 1/true attends: [queries, keys], [batch or 1, queries,
   * keys] or [batch or 1, 1, queries, keys] (one mask for every head). A query with no key left
   * gets an all-zero output.
   */
  readonly mask?: tf.Tensor | null;
  /** Query i attends to keys j <= i only (queries and keys aligned at the start). Default false. */
  readonly causal?: boolean;
  /** Multiplies the scores. Default 1/√(feature size of the query). */
  readonly scale?: number;
}

/** A boolean mask as the kernel's additive one, [batch or 1, queries, keys]: 0 where it attends, −∞ elsewhere. */
function additiveMask(where: string, mask: tf.Tensor, batch: number, queries: number, keys: number): tf.Tensor3D {
  const shape = mask.shape;
  const batches = mask.rank === 2 ? 1 : shape[0]!;
  const fits = (mask.rank === 2 || mask.rank === 3 || (mask.rank === 4 && shape[1] === 1))
    && shape[mask.rank - 2] === queries && shape[mask.rank - 1] === keys && (batches === 1 || batches === batch);
  if (!fits) {
    throw new Error(`${where}: expected a mask of shape [${queries}, ${keys}], [${batch} or 1, ${queries}, ${keys}] or [${batch} or 1, 1, ${queries}, ${keys}] (one for every head), `
      + `got ${describe(mask)} — broadcast it to one of those, or use dotProductAttention for a mask per head`);
  }
  return tf.tidy(() => tf.reshape(tf.where(tf.cast(mask, 'bool'), tf.scalar(0), tf.scalar(-Infinity)), [batches, queries, keys]) as tf.Tensor3D);
}

/**
 * The composite's gradients, recomputing the weights P = softmax(q·kᵀ·scale + mask):
 * dv = Pᵀ·dy, dS = P ∘ (dy·vᵀ − rowsum(dy·vᵀ ∘ P)), dq = dS·k·scale, dk = dSᵀ·q·scale. A row with
 * every key masked has P = 0 and no gradient. Each [queries, keys] temporary is freed as soon as
 * the next one exists (a tidy alone would hold them all to its end): at most three at a time.
 */
function compositeGradients(dy: tf.Tensor, q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, mask: tf.Tensor | null, causal: boolean, scale: number): tf.Tensor[] {
  return tf.tidy(() => {
    const [queries, keys] = [q.shape[2]!, k.shape[2]!];
    const step = (previous: tf.Tensor, next: tf.Tensor) => { previous.dispose(); return next; };
    let scores = tf.matMul(tf.mul(q, scale), k, false, true);
    // mask [batch or 1, queries, keys] → [batch or 1, 1, queries, keys], shared by the heads.
    if (mask) scores = step(scores, tf.add(scores, tf.expandDims(mask, 1)));
    if (causal) {
      const future = tf.less(tf.reshape(tf.range(0, queries, 1, 'int32'), [queries, 1]), tf.reshape(tf.range(0, keys, 1, 'int32'), [1, keys]));
      scores = step(scores, tf.add(scores, tf.where(future, tf.scalar(-Infinity), tf.scalar(0))));
    }
    const largest = tf.max(scores, -1, true);
    // A fully masked row has maximum −∞: shifted by 0 instead, its weights are e^(−∞) = 0.
    const shift = tf.where(tf.isFinite(largest), largest, tf.zerosLike(largest));
    const shifted = step(scores, tf.sub(scores, shift));
    let weights = step(shifted, tf.exp(shifted));
    const sum = tf.sum(weights, -1, true);
    weights = step(weights, tf.div(weights, tf.where(tf.greater(sum, 0), sum, tf.onesLike(sum))));
    const dv = tf.matMul(weights, dy, true, false);
    const dWeights = tf.matMul(dy, v, false, true);
    const product = tf.mul(dWeights, weights);
    const rowSum = tf.sum(product, -1, true);
    product.dispose();
    const centred = step(dWeights, tf.sub(dWeights, rowSum));
    const dScores = step(weights, tf.mul(weights, centred));
    centred.dispose();
    const dq = tf.mul(tf.matMul(dScores, k), scale);
    const dk = tf.mul(tf.matMul(dScores, q, true, false), scale);
    return [dq, dk, dv];
  });
}

/**
 * softmax(q·kᵀ·scale + mask)·v per batch and head, query [B, N, T, H], key [B, N, S, H], value
 * [B, N, S, Hv] → [B, N, T, Hv], through the fused kernel ('layerkit.FusedAttention'). Callers
 * check fusedAttentionReady() first: only the wasm backend has the kernel.
 */
export function fusedAttention(query: tf.Tensor, key: tf.Tensor, value: tf.Tensor, options: FusedAttentionOptions = {}): tf.Tensor4D {
  const where = 'fusedAttention';
  for (const [name, tensor] of [['query', query], ['key', key], ['value', value]] as const) {
    if (!(tensor instanceof tf.Tensor) || tensor.rank !== 4 || tensor.dtype !== 'float32') {
      throw new Error(`${where}: expected ${name} to be a float32 tensor of rank 4 [batch, heads, positions, features], got ${describe(tensor)} — reshape or cast it`);
    }
  }
  const [batch, heads, queries, depth] = query.shape as [number, number, number, number];
  const keys = key.shape[2]!;
  const valueDepth = value.shape[3]!;
  if (key.shape[0] !== batch || key.shape[1] !== heads || key.shape[3] !== depth || value.shape[0] !== batch || value.shape[1] !== heads || value.shape[2] !== keys) {
    throw new Error(`${where}: expected key [${batch}, ${heads}, keys, ${depth}] and value [${batch}, ${heads}, keys, features] for query [${query.shape.join(', ')}], got [${key.shape.join(', ')}] and [${value.shape.join(', ')}] — pass keys and values of one sequence`);
  }
  const attributes: FusedAttentionAttributes = { causal: options.causal ?? false, scale: options.scale ?? 1 / Math.sqrt(depth), heads };
  const forward = tf.customGrad(((q: tf.Tensor, k: tf.Tensor, v: tf.Tensor, save: tf.GradSaveFunc) => {
    const mask = options.mask == null ? null : additiveMask(where, options.mask, batch, queries, keys);
    save(mask ? [q, k, v, mask] : [q, k, v]);
    const output = tf.tidy(() => {
      const inputs: tf.NamedTensorMap = {
        query: tf.reshape(q, [batch * heads, queries, depth]),
        key: tf.reshape(k, [batch * heads, keys, depth]),
        value: tf.reshape(v, [batch * heads, keys, valueDepth]),
      };
      if (mask) inputs.mask = mask;
      const result = tf.engine().runKernel(FUSED_ATTENTION, inputs, attributes as unknown as tf.NamedAttrMap) as tf.Tensor;
      return tf.reshape(result, [batch, heads, queries, valueDepth]);
    });
    mask?.dispose();
    return {
      value: output,
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => compositeGradients(dy, saved[0]!, saved[1]!, saved[2]!, saved[3] ?? null, attributes.causal, attributes.scale),
    };
  }) as never) as (q: tf.Tensor, k: tf.Tensor, v: tf.Tensor) => tf.Tensor4D;
  return forward(query, key, value);
}

let loading: Promise<void> | null = null;

/**
 * Starts loading the wasm kernel (a chunk of its own; Node's entry registers it up front), once,
 * where the app has registered the wasm backend with tfjs; `prepareKernels('wasm')` (or
 * `prepareWasmKernels`) waits for it and compiles its module. MultiHeadAttention calls it when it
 * is constructed.
 */
export function prefetchFusedAttention(): void {
  if (loading || tf.getKernel(FUSED_ATTENTION, 'wasm') || !tf.findBackendFactory('wasm')) return;
  loading = import('./fused-attention-wasm.js')
    .then((module) => module.registerFusedAttentionKernel())
    .catch((error: unknown) => {
      console.warn(`layerkit: the fused attention kernel failed to load (${(error as Error)?.message ?? error}); MultiHeadAttention keeps its tfjs ops`);
    });
  trackKernelLoad('wasm', loading);
}

/**
 * Whether the fused kernel runs on the active backend. Only wasm has one; until it is registered
 * this starts loading it and answers false, so callers run the composite meanwhile.
 */
export function fusedAttentionReady(): boolean {
  if (tf.getBackend() !== 'wasm') return false;
  if (tf.getKernel(FUSED_ATTENTION, 'wasm')) return true;
  prefetchFusedAttention();
  return false;
}
