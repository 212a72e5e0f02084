import type { TensorInfo } from '@tensorflow/tfjs-core';
import { invokeKernel, outputWithValues, warnOnce, type KernelArgument, type WasmBackendSurface } from '../wasm/runtime.js';
import { cpuNormRunner } from './cpu-norms.js';
import { cpuRunner, rowsAndWidth } from './cpu.js';
import type { ElementwiseRunner, NormRunner } from './types.js';

/**
 * The wasm backend's runner: fused AssemblyScript f32x4 kernels (assembly/gen/<package>.ts,
 * generated from the programs; assembly/norms/ for the norms) run inside tfjs-wasm's memory.
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

function fallback(name: string): void {
  warnOnce(`missing-${name}`, `layerkit wasm: no compiled kernel '${name}' is registered — running it as JavaScript; `
    + 'import the package that provides it (its register module calls registerWasmModule), or run pnpm gen after adding a spec');
}

export const wasmRunner: ElementwiseRunner & NormRunner = {
  run(backend, program, tensors, params, outShape) {
    const [rows, width] = rowsAndWidth(program, outShape, tensors[0].shape);
    const paramArguments = [...params] as KernelArgument[];
    const counts: number[] = program.layout === 'elementwise' && program.paramMode === 'uniform'
      ? [rows * width]
      : [rows, width];
    const result = invokeKernel(backend, program.key, outShape, [...tensors, ...counts, ...paramArguments]);
    if (result) return result;
    fallback(program.key);
    return cpuRunner.run(javascriptAdapter(backend as WasmBackendSurface), program, tensors, params, outShape);
  },

  rmsNorm(backend, x, gamma, epsilon, k) {
    const [rows, width] = rowsOf(x);
    const result = invokeKernel(backend, 'rms_norm', x.shape, [x, gamma, rows, width, k, epsilon]);
    if (result) return result;
    fallback('rms_norm');
    return cpuNormRunner.rmsNorm(javascriptAdapter(backend as WasmBackendSurface), x, gamma, epsilon, k);
  },

  layerNorm(backend, x, gamma, beta, epsilon) {
    const [rows, width] = rowsOf(x);
    const result = invokeKernel(backend, 'layer_norm', x.shape, [x, gamma, beta, rows, width, epsilon]);
    if (result) return result;
    fallback('layer_norm');
    return cpuNormRunner.layerNorm(javascriptAdapter(backend as WasmBackendSurface), x, gamma, beta, epsilon);
  },
};

function rowsOf(x: TensorInfo): [number, number] {
  const width = x.shape.length ? x.shape[x.shape.length - 1] : 1;
  const size = x.shape.reduce((a, b) => a * b, 1);
  return [width === 0 ? 0 : size / width, width];
}
