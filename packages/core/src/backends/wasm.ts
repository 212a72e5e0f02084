import type { TensorInfo } from '@tensorflow/tfjs-core';
import { invokeKernel, invokeKernelOutputs, outputWithValues, wasmKernelsPending, warnOnce, type KernelArgument, type WasmBackendSurface } from '../wasm/runtime.js';
import { rowsAndWidth } from '../program.js';
import { cpuRunner } from './cpu.js';
import { runReductionOnArrays } from './cpu-reduction.js';
import { columnStateSize } from '../column-epilogue.js';
import type { ElementwiseRunner, ReductionRunner } from './types.js';

/**
 * The wasm backend's runner: fused AssemblyScript f32x4 kernels (assembly/gen/<package>.ts,
 * generated from the elementwise and reduction programs) run inside tfjs-wasm's memory.
 * Argument order follows packages/core/src/targets/assemblyscript-kernels.ts.
 *
 * A kernel no registered module exports (a package whose module is not registered, or a
 * program added without running pnpm gen) runs as JavaScript over copies, after a warning.
 */

/** Lets the JavaScript runners of the cpu backend read and write wasm tensors. */
function javascriptAdapter(backend: WasmBackendSurface) {
  return {
    readSync: (dataId: object) => backend.readSync(dataId),
    makeTensorInfo: (shape: number[], _dtype: 'float32', values?: Float32Array) =>
      outputWithValues(backend, shape, values ?? new Float32Array(shape.reduce((a, b) => a * b, 1))),
    data: { get: () => { throw new Error('layerkit wasm: the JavaScript fallback reads tensors through readSync only'); } },
  };
}

function fallback(backend: unknown, name: string): void {
  // While the modules are still being fetched or compiled, the runtime has said so once already.
  if (wasmKernelsPending(backend)) return;
  warnOnce(`missing-${name}`, `layerkit wasm: no compiled kernel '${name}' is registered — running it as JavaScript; `
    + 'import the package that provides it (its register module calls registerWasmModule), or run pnpm gen after adding a spec');
}

export const wasmRunner: ElementwiseRunner = {
  run(backend, program, tensors, params, outShape) {
    const [rows, width] = rowsAndWidth(program, outShape, tensors[0].shape);
    const paramArguments = [...params] as KernelArgument[];
    const counts: number[] = program.layout === 'elementwise' && program.paramMode === 'uniform'
      ? [rows * width]
      : [rows, width];
    const result = invokeKernel(backend, program.key, outShape, [...tensors, ...counts, ...paramArguments]);
    if (result) return result;
    fallback(backend, program.key);
    return cpuRunner.run(javascriptAdapter(backend as WasmBackendSurface), program, tensors, params, outShape);
  },
};

/** Reductions on wasm: the generated kernels of assemblyscript-reduction.ts, argument order as printed there. */
export const wasmReductionRunner: ReductionRunner = {
  run(backend, program, view, elements, weights, params) {
    const shapes = [
      ...program.outputs.map(() => elements[0].shape),
      ...program.groupOutputs.map(() => [view[0] * view[2]]),
      ...program.columnSums.map(() => [view[2] * view[3]]),
    ];
    // The kernel's column state (reduction-program.ts), passed as one more output and freed after.
    const result = invokeKernelOutputs(backend, program.key, [...shapes, [columnStateSize(program, view)]], [...elements, ...weights, ...view, ...params]);
    if (result) {
      const scratch = result.pop()!;
      (backend as { disposeData?(dataId: object): unknown }).disposeData?.(scratch.dataId);
      return result;
    }
    fallback(backend, program.key);
    const surface = backend as WasmBackendSurface;
    const read = (info: TensorInfo) => surface.readSync(info.dataId) as Float32Array;
    const { outputs, groups, sums } = runReductionOnArrays(program, view, elements.map(read), weights.map(read), params);
    return [...outputs, ...groups, ...sums].map((values, n) => outputWithValues(surface, shapes[n], values));
  },
};
