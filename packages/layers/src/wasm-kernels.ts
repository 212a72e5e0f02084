import { registerWasmModule } from '@layerkit/core';

/**
 * Registers the package's wasm kernels (the fused attention forward) as a loader: a chunk
 * bundlers split off, fetched when the wasm backend first needs it (register.node.ts registers
 * the bytes up front in Node). Harmless twice.
 */
export function registerWasmKernels(): void {
  registerWasmModule('layers', () => import('./gen/wasm-module.js').then((module) => module.LAYERS_WASM_MODULE));
}
