// '@layerkit/core/wasm': the wasm runtime, runner and AssemblyScript printers (the main entry has
// the module registry and prepareWasmKernels; this loads with the wasm backend's runners).
export {
  registerWasmModule, registeredWasmModules, loadWasmModule, wasmModuleLoaded,
  type WasmModuleSource, type WasmModuleLoader, type MemoryKind,
} from './modules.js';
export {
  configureWasmKernels, wasmKernelMode, findTfjsMemory, invokeKernel, invokeKernelOutputs, outputWithValues,
  type KernelArgument, type WasmBackendSurface, type WasmKernelMode, type WasmKernelOptions,
} from './runtime.js';
export { dataSegmentCount, decodeBase64, withSharedMemory } from './binary.js';
export { assemblyscriptF32, assemblyscriptF32x4 } from '../targets/assemblyscript.js';
export { assemblyscriptKernel } from '../targets/assemblyscript-kernels.js';
export { assemblyscriptModule } from '../targets/assemblyscript-module.js';
export { wasmRunner } from '../backends/wasm.js';
export { prepareWasmKernels } from '../backends/index.js';
export { assemblyscriptReductionKernel } from '../targets/assemblyscript-reduction.js';
