import { cpuNormRunner } from './cpu-norms.js';
import { cpuRunner } from './cpu.js';
import { wasmRunner } from './wasm.js';
import type { BackendName, ElementwiseRunner, NormRunner } from './types.js';
import { webglNormRunner } from './webgl-norms.js';
import { webglRunner } from './webgl.js';
import { webgpuNormRunner } from './webgpu-norms.js';
import { webgpuRunner } from './webgpu.js';

/** One generic elementwise runner per backend; a backend absent here gets no fused kernel. */
export const ELEMENTWISE_RUNNERS: Partial<Record<BackendName, ElementwiseRunner>> = {
  cpu: cpuRunner,
  wasm: wasmRunner,
  webgl: webglRunner,
  webgpu: webgpuRunner,
};

/** Row-normalization kernels per backend (RMSNorm, LayerNorm over the last axis). */
export const NORM_RUNNERS: Partial<Record<BackendName, NormRunner>> = {
  cpu: cpuNormRunner,
  wasm: wasmRunner,
  webgl: webglNormRunner,
  webgpu: webgpuNormRunner,
};
