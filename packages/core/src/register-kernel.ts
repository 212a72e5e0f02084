import { getKernel, registerKernel, type NamedAttrMap, type TensorInfo } from '@tensorflow/tfjs-core';

/** Kernel inputs by name; absent optional inputs are simply missing. */
export type KernelInputs = Record<string, TensorInfo>;

/** A kernel's outputs: one tensor, or several (a reduction's backward: dx and each weight's gradient). */
export type KernelRun = (inputs: KernelInputs, attrs: NamedAttrMap, backend: unknown) => TensorInfo | TensorInfo[];

/**
 * Registers a kernel on a backend unless one is already there, so a package's register module
 * evaluated twice (two bundles, a test re-import) is harmless.
 */
export function registerKernelOnce(kernelName: string, backendName: string, run: KernelRun): void {
  if (getKernel(kernelName, backendName)) return;
  registerKernel({
    kernelName,
    backendName,
    kernelFunc: ({ inputs, attrs, backend }) => run(inputs as KernelInputs, attrs ?? {}, backend),
  });
}
