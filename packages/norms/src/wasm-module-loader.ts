import { registerWasmModule } from '@layerkit/core';

/**
 * Registers the package's wasm kernels as a loader: fetched when the wasm backend first needs
 * them (a chunk bundlers split off). The ops call it when their module loads, so a bundle that
 * keeps one op runs it on wasm without the register module; register.node.ts registers the
 * bytes up front in Node. Registering again is harmless.
 */
export function registerNormsWasmModule(): void {
  registerWasmModule('norms', () => import('./gen/wasm-module.js').then((module) => module.NORMS_WASM_MODULE));
}
