// The register module as Node resolves it (the "node" export condition): the wasm kernels' bytes
// and the fused attention's wasm kernel registered up front, so the first MultiHeadAttention call
// on the wasm backend already runs them (browser entries fetch them on demand instead).
import { registerWasmModule } from '@layerkit/core';
import './register.js';
import { registerFusedAttentionKernel } from './fused-attention-wasm.js';
import { LAYERS_WASM_MODULE } from './gen/wasm-module.js';

registerWasmModule('layers', LAYERS_WASM_MODULE);
registerFusedAttentionKernel();
