// '@layerkit/core/webgpu': the webgpu runner and the WGSL printer, for packages that write a
// hand-made webgpu kernel (a spec's named override). Load it on demand (a dynamic import(), as
// core's own runners are) so that apps on other backends never download it.
export { webgpuRunner, wgslUserCode, flatView as webgpuFlatView, shaped as webgpuShaped, type WebGPUBackend, type WebGPUProgram } from './backends/webgpu.js';
export { runWebGPUReduction, webgpuReductionRunner, type WebGPUReductionOptions } from './backends/webgpu-reduction.js';
export { LANES_PER_GROUP, type LanesPerGroup } from './backends/webgpu-workgroup-reduction.js';
export { wgsl, wgslHelperSource } from './targets/wgsl.js';
