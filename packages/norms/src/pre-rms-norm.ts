import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';

/**
 * The exact Pre-LN → Pre-RMSNorm → Pre-CRMSNorm conversion of "Pre-RMSNorm and Pre-CRMSNorm
 * Transformers" (Jiang et al., 2023; ZixuanJiang/pre-rmsnorm-transformer), as weight
 * transforms in tfjs's (in, out) kernel layout. The caller knows which layers read the
 * normalized residual stream (QKV and MLP input projections, the head) and which write to it
 * (embeddings, positional embeddings, residual output projections):
 *
 *   1. foldNormAffine(norm, reader) for every LayerNorm and each layer reading its output;
 *   2. centreWriter(writer) for everything added to the residual stream (embedding tables as
 *      [vocabulary, d] kernels with no bias), so the stream stays zero-mean;
 *   3. every LayerNorm becomes RMSNorm with the same ε and no affine — exact, since
 *      LayerNorm(x) = RMSNorm(x) for zero-mean x;
 *   4. optionally compressWriter / compressReader, and RMSNorm becomes CRMSNorm: the stream is
 *      carried in d − 1 coordinates.
 */
export interface Linear {
  /** [in, out] (tfjs Dense layout; an embedding table is [vocabulary, d]). */
  readonly kernel: Tensor;
  /** [out], or null for none. */
  readonly bias?: Tensor | null;
}

function requireLinear(op: string, linear: Linear, axis: 'in' | 'out', size: number, what: string): void {
  const { kernel, bias } = linear;
  if (kernel.rank !== 2) throw new Error(`${op}: expected a [in, out] kernel, got shape [${kernel.shape.join(', ')}] — reshape a conv kernel to [in, out] first`);
  const actual = axis === 'in' ? kernel.shape[0] : kernel.shape[1];
  if (actual !== size) throw new Error(`${op}: expected the kernel's ${axis} size to be ${size} (${what}), got [${kernel.shape.join(', ')}] — pass the layer that ${axis === 'in' ? 'reads' : 'writes'} the normalized vector`);
  if (bias != null && (bias.rank !== 1 || bias.shape[0] !== kernel.shape[1])) {
    throw new Error(`${op}: expected a bias of shape [${kernel.shape[1]}], got [${bias.shape.join(', ')}] — pass the layer's own bias`);
  }
}

/**
 * A LayerNorm's gain γ and offset β folded into the layer reading its output: K' = diag(γ)·K,
 * b' = β·K + b. The norm is then used without affine.
 */
export function foldNormAffine(norm: { readonly gamma?: Tensor | null; readonly beta?: Tensor | null }, reader: Linear): { kernel: Tensor; bias: Tensor } {
  const [d, out] = reader.kernel.shape as [number, number];
  requireLinear('foldNormAffine', reader, 'in', norm.gamma?.shape[0] ?? norm.beta?.shape[0] ?? d, 'the normalized width');
  const { gamma, beta } = norm;
  const kernel = tf.tidy(() => (gamma ? tf.mul(tf.reshape(gamma, [d, 1]), reader.kernel) : tf.clone(reader.kernel)));
  const bias = tf.tidy(() => {
    const given = reader.bias ?? tf.zeros([out]);
    return beta ? tf.add(given, tf.reshape(tf.matMul(tf.reshape(beta, [1, d]), reader.kernel), [out])) : tf.clone(given);
  });
  return { kernel, bias };
}

/**
 * A layer writing to the residual stream made zero-mean over its d outputs: each kernel row and
 * the bias lose their mean. Its outputs then have mean 0 for every input.
 */
export function centreWriter(writer: Linear): { kernel: Tensor; bias: Tensor | null } {
  requireLinear('centreWriter', writer, 'out', writer.kernel.shape[1] as number, 'the model width');
  const { bias } = writer;
  return {
    kernel: tf.tidy(() => tf.sub(writer.kernel, tf.mean(writer.kernel, 1, true))),
    bias: bias ? tf.tidy(() => tf.sub(bias, tf.mean(bias))) : null,
  };
}

/** A centred writer keeping its first d − 1 outputs (the last one is minus their sum). */
export function compressWriter(writer: Linear): { kernel: Tensor; bias: Tensor | null } {
  const [rows, d] = writer.kernel.shape as [number, number];
  requireLinear('compressWriter', writer, 'out', d, 'the model width');
  if (d < 2) throw new Error(`compressWriter: expected a width of at least 2, got ${d} — there is nothing to drop`);
  return {
    kernel: tf.slice(writer.kernel, [0, 0], [rows, d - 1]),
    bias: writer.bias ? tf.slice(writer.bias, [0], [d - 1]) : null,
  };
}

/**
 * A reader of the d-wide stream made to read its d − 1 kept coordinates: K̃[i, :] = K[i, :] −
 * K[d − 1, :], since x_d = −Σ x̃. The bias is unchanged.
 */
export function compressReader(reader: Linear): { kernel: Tensor; bias: Tensor | null } {
  const [d, out] = reader.kernel.shape as [number, number];
  requireLinear('compressReader', reader, 'in', d, 'the model width');
  if (d < 2) throw new Error(`compressReader: expected a width of at least 2, got ${d} — there is nothing to drop`);
  return {
    kernel: tf.tidy(() => tf.sub(tf.slice(reader.kernel, [0, 0], [d - 1, out]), tf.slice(reader.kernel, [d - 1, 0], [1, out]))),
    bias: reader.bias ? tf.clone(reader.bias) : null,
  };
}
