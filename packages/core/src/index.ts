export * from './expr.js';
export * from './spec.js';
export * from './printer.js';
export * from './program.js';
export * from './registry.js';
export * from './kernels.js';
export {
  BACKENDS, type BackendName, type ElementwiseRunner, type ReductionRunner, type ReductionViewShape,
} from './backends/types.js';
export {
  ELEMENTWISE_RUNNERS, REDUCTION_RUNNERS, hasRunners, loadBackendRunners, onBackendRunners, prepareKernels, registerBackendRunners,
  requestBackendRunners, trackKernelLoad, type BackendRunners,
} from './backends/index.js';
export { glsl, glslHelperSource, gpuLiteral, GPU_MATH } from './targets/glsl.js';
export { webglRunner, glslUserCode } from './backends/webgl.js';
export {
  flatView as webglFlatView, shaped as webglShaped, type WebGLBackend, type WebGLProgram,
} from './backends/webgl.js';
export * from './gated.js';
// The wasm kernels' registry and loading; the runtime, runner and AssemblyScript printers are
// '@layerkit/core/wasm', and the webgpu runner '@layerkit/core/webgpu': both load on demand
// (backends/index.ts), so the main entry must not import them.
export {
  loadWasmModule, registeredWasmModules, registerWasmModule, wasmModuleLoaded,
  type MemoryKind, type WasmModuleLoader, type WasmModuleSource,
} from './wasm/modules.js';
export { prepareWasmKernels } from './backends/index.js';
export * from './options.js';
export * from './derivative.js';
export * from './reduction-spec.js';
export * from './reduction-program.js';
export * from './reduction-view.js';
export * from './reduction-kernels.js';
export { withActivation } from './reduction-activation.js';
export { runReductionComposite } from './reduction-composite.js';
export { runReductionOnArrays } from './backends/cpu-reduction.js';
export { evaluateExprWithTfjs, type ExprBindings } from './expr-tfjs.js';
export { runElementwiseComposite, runGatedComposite, type GatedCompositePrograms } from './elementwise-composite.js';
export { checkTfjs, tfjsFacts, tfjsProblem, MINIMUM_TFJS_VERSION, type TfjsFacts } from './tfjs-check.js';
