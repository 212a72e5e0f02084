export * from './expr.js';
export * from './spec.js';
export * from './printer.js';
export * from './program.js';
export * from './registry.js';
export * from './kernels.js';
export {
  BACKENDS, type BackendName, type ElementwiseRunner, type ReductionRunner, type ReductionViewShape,
} from './backends/types.js';
export { ELEMENTWISE_RUNNERS, REDUCTION_RUNNERS } from './backends/index.js';
export { javascript } from './targets/javascript.js';
export { javascriptSource } from './backends/cpu.js';
export { glsl, glslHelperSource, gpuLiteral, GPU_MATH } from './targets/glsl.js';
export { wgsl, wgslHelperSource } from './targets/wgsl.js';
export { webglRunner, glslUserCode } from './backends/webgl.js';
export { webgpuRunner, wgslUserCode } from './backends/webgpu.js';
export {
  flatView as webglFlatView, shaped as webglShaped, type WebGLBackend, type WebGLProgram,
} from './backends/webgl.js';
export {
  flatView as webgpuFlatView, shaped as webgpuShaped, type WebGPUBackend, type WebGPUProgram,
} from './backends/webgpu.js';
export * from './gated.js';
export * from './wasm/index.js';
export * from './options.js';
export * from './derivative.js';
export * from './reduction-spec.js';
export * from './reduction-program.js';
export * from './reduction-view.js';
export * from './reduction-kernels.js';
export { withActivation } from './reduction-activation.js';
export { runReductionComposite } from './reduction-composite.js';
export { reductionJavascriptSource, runReductionOnArrays } from './backends/cpu-reduction.js';
export { evaluateExprWithTfjs, type ExprBindings } from './expr-tfjs.js';
export { runElementwiseComposite, runGatedComposite, type GatedCompositePrograms } from './elementwise-composite.js';
export { checkTfjs, tfjsFacts, tfjsProblem, MINIMUM_TFJS_VERSION, type TfjsFacts } from './tfjs-check.js';
