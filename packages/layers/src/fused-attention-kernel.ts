// What the fused attention kernel is, shared by the op (fused-attention.ts) and its wasm
// registration (fused-attention-wasm.ts, loaded on demand): its names, attributes, and the same
// math on arrays in float64.

/** The tfjs kernel name; its wasm kernel is registered by fused-attention-wasm.ts. */
export const FUSED_ATTENTION = 'layerkit.FusedAttention';
/** The export of the layers wasm module that computes it. */
export const FUSED_ATTENTION_EXPORT = 'fused_attention_forward';

/** The kernel's attributes: the heads per batch entry (a mask's batch index is batch·head ÷ heads). */
export interface FusedAttentionAttributes {
  readonly causal: boolean;
  readonly scale: number;
  readonly heads: number;
}

/**
 * The forward on arrays, accumulated in float64 (two passes over each row's scores, one row at a
 * time): what the wasm kernel runs while its module is still loading. Shapes as the kernel's:
 * q [batchHeads, queries, depth], k [batchHeads, keys, depth], v [batchHeads, keys, valueDepth],
 * mask additive [batchHeads / heads or 1, queries, keys].
 */
export function fusedAttentionOnArrays(
  q: ArrayLike<number>, k: ArrayLike<number>, v: ArrayLike<number>, mask: ArrayLike<number> | null,
  shape: { batchHeads: number; queries: number; keys: number; depth: number; valueDepth: number; maskBatches: number },
  attributes: FusedAttentionAttributes,
): Float32Array {
  const { batchHeads, queries, keys, depth, valueDepth, maskBatches } = shape;
  const out = new Float32Array(batchHeads * queries * valueDepth);
  const scores = new Float64Array(keys);
  const row = new Float64Array(valueDepth);
  for (let head = 0; head < batchHeads; head++) {
    const maskStart = maskBatches > 1 ? Math.floor(head / attributes.heads) * queries * keys : 0;
    for (let i = 0; i < queries; i++) {
      const limit = attributes.causal ? Math.min(i + 1, keys) : keys;
      let largest = -Infinity;
      for (let j = 0; j < limit; j++) {
        let dot = 0;
        for (let d = 0; d < depth; d++) dot += q[(head * queries + i) * depth + d]! * k[(head * keys + j) * depth + d]!;
        scores[j] = dot * attributes.scale + (mask ? mask[maskStart + i * keys + j]! : 0);
        largest = Math.max(largest, scores[j]!);
      }
      row.fill(0);
      if (largest === -Infinity) continue;
      let sum = 0;
      for (let j = 0; j < limit; j++) {
        const weight = Math.exp(scores[j]! - largest);
        sum += weight;
        if (weight === 0) continue;
        for (let c = 0; c < valueDepth; c++) row[c] += weight * v[(head * keys + j) * valueDepth + c]!;
      }
      for (let c = 0; c < valueDepth; c++) out[(head * queries + i) * valueDepth + c] = row[c]! / sum;
    }
  }
  return out;
}
