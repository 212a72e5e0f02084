import { instantiateWasmKernels } from '../wasm/runtime.js';
import type { BackendRunners } from './types.js';
import { wasmReductionRunner, wasmRunner } from './wasm.js';

/** The wasm backend's runners and its module compilation (a chunk of its own in bundles). */
export const WASM_RUNNERS: BackendRunners = { elementwise: wasmRunner, reduction: wasmReductionRunner, prepare: instantiateWasmKernels };
