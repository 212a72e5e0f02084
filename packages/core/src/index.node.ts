// The main entry as Node resolves it (the "node" export condition): everything the main entry
// has, plus the file:// model handler, so README examples that save to files run in plain Node,
// and every backend's runners registered up front (Node bundles nothing, so loading them on
// demand would only delay the first fused kernel).
import { CPU_RUNNERS } from './backends/cpu-runners.js';
import { registerBackendRunners } from './backends/index.js';
import { WASM_RUNNERS } from './backends/wasm-runners.js';
import { WEBGPU_RUNNERS } from './backends/webgpu-runners.js';

registerBackendRunners('cpu', CPU_RUNNERS);
registerBackendRunners('wasm', WASM_RUNNERS);
registerBackendRunners('webgpu', WEBGPU_RUNNERS);

export * from './index.js';
export * from './node/index.js';
