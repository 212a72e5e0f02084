import { NORM_RUNNERS } from './backends/index.js';
import { BACKENDS, type BackendName } from './backends/types.js';
import { registerKernelOnce, type KernelRun } from './register-kernel.js';
import type { BackendSupport } from './registry.js';

/**
 * Kernel names of the row normalizations. Inputs are always complete (the ops pass ones and
 * zeros for an absent gamma or beta) so gradient functions can save them by name.
 *
 * - `layerkit.RmsNorm`: inputs {x, gamma}, attrs {epsilon, k}
 * - `layerkit.LayerNorm`: inputs {x, gamma, beta}, attrs {epsilon}
 */
export const NORM_KERNELS = { rmsNorm: 'layerkit.RmsNorm', layerNorm: 'layerkit.LayerNorm' } as const;

/** Registers the norm kernels on every backend that has a norm runner. Harmless twice. */
export function registerNormKernels(): void {
  for (const backendName of BACKENDS) {
    const runner = NORM_RUNNERS[backendName];
    if (!runner) continue;
    const kernel = (kernelName: string, run: KernelRun) => registerKernelOnce(kernelName, backendName, run);
    kernel(NORM_KERNELS.rmsNorm, (inputs, attrs, backend) =>
      runner.rmsNorm(backend, inputs.x, inputs.gamma ?? null, attrs.epsilon as number, attrs.k as number));
    kernel(NORM_KERNELS.layerNorm, (inputs, attrs, backend) =>
      runner.layerNorm(backend, inputs.x, inputs.gamma ?? null, inputs.beta ?? null, attrs.epsilon as number));
  }
}

export function normSupport(): Record<BackendName, BackendSupport> {
  return Object.fromEntries(BACKENDS.map((b) => [b, NORM_RUNNERS[b] ? 'fused' : 'composite'])) as Record<BackendName, BackendSupport>;
}
