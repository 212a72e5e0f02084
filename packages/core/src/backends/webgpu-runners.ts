import type { BackendRunners } from './types.js';
import { webgpuReductionRunner } from './webgpu-reduction.js';
import { webgpuRunner } from './webgpu.js';

/** The webgpu backend's runners (a chunk of its own in bundles). */
export const WEBGPU_RUNNERS: BackendRunners = { elementwise: webgpuRunner, reduction: webgpuReductionRunner };
