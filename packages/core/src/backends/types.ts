import type { TensorInfo } from '@tensorflow/tfjs-core';
import type { ElementwiseProgram } from '../program.js';

/** The four backends layerkit ships kernels for. */
export const BACKENDS = ['cpu', 'wasm', 'webgl', 'webgpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

/**
 * Runs elementwise programs on one backend. `backend` is the tfjs backend instance the kernel
 * function received (duck-typed: layerkit imports no backend package).
 *
 * - `tensors` are the program's tensor inputs: for 'elementwise', one per `program.inputs`
 *   name in order; for gated layouts, `[x]` ('gated-forward') or `[x, dy]` ('gated-backward').
 * - `params`: uniform mode, one number per `program.params` name; channel mode, one
 *   TensorInfo of shape [c] per name, c = the output's last dimension.
 * - Returns a new float32 TensorInfo of `outShape` owned by the backend.
 */
export interface ElementwiseRunner {
  run(
    backend: unknown,
    program: ElementwiseProgram,
    tensors: readonly TensorInfo[],
    params: readonly number[] | readonly TensorInfo[],
    outShape: readonly number[],
  ): TensorInfo;
}

/** Row statistics kernels of the norms: one row per leading index, `width` = last dimension. */
export interface NormRunner {
  /**
   * RMSNorm forward: out = x * rsqrt(mean(x[0:k]^2) + epsilon) * gamma (gamma optional, [width]).
   * Also returns the per-row rsqrt as `inverse` ([rows]) for the gradient when `saveInverse`.
   */
  rmsNorm(backend: unknown, x: TensorInfo, gamma: TensorInfo | null, epsilon: number, k: number): TensorInfo;
  /** LayerNorm forward: out = (x - mean) * rsqrt(var + epsilon) * gamma + beta. */
  layerNorm(backend: unknown, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null, epsilon: number): TensorInfo;
}
