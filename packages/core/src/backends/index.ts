import { cpuRunner } from './cpu.js';
import type { BackendName, ElementwiseRunner } from './types.js';

/** One generic runner per backend; a backend absent here gets no fused kernel. */
export const ELEMENTWISE_RUNNERS: Partial<Record<BackendName, ElementwiseRunner>> = {
  cpu: cpuRunner,
};
