// The register module as Node resolves it (the "node" export condition): the wasm kernels' bytes
// registered up front, so the first call on the wasm backend already runs them (browser entries
// fetch them on demand instead, a chunk of their own).
import { registerWasmModule } from '@layerkit/core';
import './register.js';
import { ACTIVATIONS_WASM_MODULE } from './gen/wasm-module.js';

registerWasmModule('activations', ACTIVATIONS_WASM_MODULE);
