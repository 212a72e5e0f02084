import { registerWasmModule } from '@layerkit/core';

/**
 * Registers the package's wasm kernels as a loader: a chunk bundlers split off, fetched when the
 * wasm backend first needs it (register.node.ts registers the bytes up front in Node). Every op
 * and layer factory calls it, so a kept op finds its wasm kernels without register.ts; harmless
 * twice.
 */
export function registerWasmKernels(): void {
  registerWasmModule('activations', () => import('./gen/wasm-module.js').then((module) => module.ACTIVATIONS_WASM_MODULE));
}
