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

/**
 * Row-normalization kernels: x is viewed as [rows, width], width = its last dimension; one
 * statistic per row, computed in float32 with a stable two-pass (or Welford) algorithm.
 * gamma and beta, when given, have shape [width]. Each returns a new float32 TensorInfo of
 * x's shape owned by the backend.
 */
export interface NormRunner {
  /** out = x * rsqrt(mean(x[0:k]^2) + epsilon) * gamma; k = width for full RMSNorm (partial RMSNorm uses k < width). */
  rmsNorm(backend: unknown, x: TensorInfo, gamma: TensorInfo | null, epsilon: number, k: number): TensorInfo;
  /** out = (x - mean) * rsqrt(variance + epsilon) * gamma + beta (biased variance, over the row). */
  layerNorm(backend: unknown, x: TensorInfo, gamma: TensorInfo | null, beta: TensorInfo | null, epsilon: number): TensorInfo;
}
