// The lossless Pre-LN → Pre-RMSNorm (→ Pre-CRMSNorm) conversion of "Pre-RMSNorm and Pre-CRMSNorm
// Transformers" (Jiang et al., 2023) in one call, from the weight transforms of pre-rms-norm.ts.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { rejectUnknownOptions } from '@layerkit/core';
import { centreWriter, compressReader, compressWriter, foldNormAffine, type Linear } from '../pre-rms-norm.js';

/** One LayerNorm of the Pre-LN model (the final one too) and every layer that reads its output. */
export interface PreLnNorm {
  readonly gamma?: Tensor | null;
  readonly beta?: Tensor | null;
  /** The layers reading the normalized vector: QKV or MLP input projections, the head. */
  readonly readers: readonly Linear[];
}

export interface LnToRmsNormPlan {
  readonly norms: readonly PreLnNorm[];
  /**
   * Everything added to the residual stream: token and learned positional embeddings (tables as
   * [vocabulary, d] kernels without bias), cls tokens as [1, d], residual output projections.
   * A head tied to the token embeddings must be passed as its own (untied) reader.
   */
  readonly writers: readonly Linear[];
  /** Fold each norm's γ, β into its readers (the RMSNorm has no affine). Default true; false keeps them as the RMSNorm's gain and bias. */
  readonly foldAffine?: boolean;
  /** Go on to Pre-CRMSNorm: the stream carried in d − 1 coordinates. Needs foldAffine. Default false. */
  readonly compress?: boolean;
}

export interface LnToRmsNormResult {
  /** Per norm, in the plan's order: the RMSNorm's gain and bias (null when folded) and the new readers. */
  readonly norms: ReadonlyArray<{ gamma: Tensor | null; beta: Tensor | null; readers: Array<{ kernel: Tensor; bias: Tensor | null }> }>;
  /** The new writers, in the plan's order. */
  readonly writers: ReadonlyArray<{ kernel: Tensor; bias: Tensor | null }>;
  /** What replaces every LayerNorm, with the same ε: 'rmsNorm' (RMSNorm layer) or 'crmsNorm' (CRMSNorm layer). */
  readonly norm: 'rmsNorm' | 'crmsNorm';
}

/**
 * Converts the weights of a Pre-LN transformer so that every LayerNorm can be replaced by an
 * RMSNorm (or a CRMSNorm with compress) with the same ε and the model computes the same
 * function: (1) fold each norm's affine into its readers, (2) centre every writer, so the
 * residual stream is zero-mean and LayerNorm(x) = RMSNorm(x), (3) with compress, writers keep
 * d − 1 outputs and readers read d − 1 rows. Returns new tensors; the inputs are not changed.
 */
export function lnToRmsNorm(plan: LnToRmsNormPlan): LnToRmsNormResult {
  const op = 'lnToRmsNorm';
  rejectUnknownOptions(op, plan, ['norms', 'writers', 'foldAffine', 'compress']);
  const { norms, writers, foldAffine = true, compress = false } = plan;
  if (!Array.isArray(norms) || !Array.isArray(writers)) throw new Error(`${op}: expected 'norms' and 'writers' arrays, got ${typeof norms} and ${typeof writers} — list every LayerNorm with its readers and every layer writing to the residual stream`);
  if (compress && !foldAffine) throw new Error(`${op}: compress needs foldAffine: true — a CRMSNorm's dropped coordinate cannot carry its own gain and bias`);
  const newNorms = norms.map((norm, index) => {
    if (!Array.isArray(norm.readers)) throw new Error(`${op}: expected norms[${index}].readers to be an array of {kernel, bias}, got ${typeof norm.readers}`);
    const readers = norm.readers.map((reader: Linear) => {
      const folded: { kernel: Tensor; bias: Tensor | null } = foldAffine ? foldNormAffine(norm, reader) : { kernel: tf.clone(reader.kernel), bias: reader.bias ? tf.clone(reader.bias) : null };
      if (!compress) return folded;
      const compressed = compressReader(folded);
      tf.dispose([folded.kernel, folded.bias ?? []].flat());
      return compressed;
    });
    return {
      gamma: foldAffine || !norm.gamma ? null : tf.clone(norm.gamma),
      beta: foldAffine || !norm.beta ? null : tf.clone(norm.beta),
      readers,
    };
  });
  const newWriters = writers.map((writer) => {
    const centred = centreWriter(writer);
    if (!compress) return centred;
    const compressed = compressWriter(centred);
    tf.dispose([centred.kernel, centred.bias ?? []].flat());
    return compressed;
  });
  return { norms: newNorms, writers: newWriters, norm: compress ? 'crmsNorm' : 'rmsNorm' };
}
