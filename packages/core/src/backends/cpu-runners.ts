import { cpuReductionRunner } from './cpu-reduction.js';
import { cpuRunner } from './cpu.js';
import type { BackendRunners } from './types.js';

/** The cpu backend's runners: generated JavaScript (a chunk of its own in browser bundles). */
export const CPU_RUNNERS: BackendRunners = { elementwise: cpuRunner, reduction: cpuReductionRunner };
