import { cpuReductionRunner } from './cpu-reduction.js';
import { cpuRunner } from './cpu.js';
import { wasmReductionRunner, wasmRunner } from './wasm.js';
import type { BackendName, ElementwiseRunner, ReductionRunner } from './types.js';
import { webglReductionRunner } from './webgl-reduction.js';
import { webglRunner } from './webgl.js';
import { webgpuReductionRunner } from './webgpu-reduction.js';
import { webgpuRunner } from './webgpu.js';

/** One generic elementwise runner per backend; a backend absent here gets no fused kernel. */
export const ELEMENTWISE_RUNNERS: Partial<Record<BackendName, ElementwiseRunner>> = {
  cpu: cpuRunner,
  wasm: wasmRunner,
  webgl: webglRunner,
  webgpu: webgpuRunner,
};


/** Generated reduction kernels (forward and backward) per backend; elsewhere reductions run as tfjs ops. */
export const REDUCTION_RUNNERS: Partial<Record<BackendName, ReductionRunner>> = {
  cpu: cpuReductionRunner,
  wasm: wasmReductionRunner,
  webgl: webglReductionRunner,
  webgpu: webgpuReductionRunner,
};
