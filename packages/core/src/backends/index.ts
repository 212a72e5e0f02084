import { cpuNormRunner } from './cpu-norms.js';
import { cpuRunner } from './cpu.js';
import { wasmRunner } from './wasm.js';
import type { BackendName, ElementwiseRunner, NormRunner } from './types.js';

/** One generic elementwise runner per backend; a backend absent here gets no fused kernel. */
export const ELEMENTWISE_RUNNERS: Partial<Record<BackendName, ElementwiseRunner>> = {
  cpu: cpuRunner,
  wasm: wasmRunner,
};

/** Row-normalization kernels per backend (RMSNorm, LayerNorm over the last axis). */
export const NORM_RUNNERS: Partial<Record<BackendName, NormRunner>> = {
  cpu: cpuNormRunner,
  wasm: wasmRunner,
};
