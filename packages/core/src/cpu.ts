// '@layerkit/core/cpu': the cpu runners and the JavaScript printer. The cpu backend's runners
// load on demand in browsers (backends/index.ts), so the main entry does not import them.
export { cpuRunner, javascriptSource } from './backends/cpu.js';
export { cpuReductionRunner, reductionJavascriptSource } from './backends/cpu-reduction.js';
export { javascript } from './targets/javascript.js';
