import type { TensorInfo } from '@tensorflow/tfjs-core';
import {
  registeredWasmModules, wasmModuleLoaded, wasmModulesVersion, type MemoryKind,
} from './modules.js';
import { compileWasmModuleAsync, compileWasmModuleSync } from './compile.js';

/**
 * Runs layerkit's compiled AssemblyScript kernels inside tfjs-wasm's own memory: the kernel
 * reads its inputs where tfjs keeps them (`dataIdMap.get(dataId).memoryOffset`) and writes
 * into an output tfjs allocated (`makeOutput`), so no tensor is copied. Modules are
 * instantiated lazily, once per backend instance, against that instance's memory.
 *
 * When the memory cannot be reached or a module does not fit it, kernels run in a memory of
 * their own instead: inputs copied in, outputs copied out (the 'copy' mode), after a one-time
 * warning. `configureWasmKernels({mode: 'copy'})` forces that path (tests use it).
 */

/** The parts of tfjs-backend-wasm's BackendWasm this runtime touches (duck-typed). */
export interface WasmBackendSurface {
  wasm?: {
    asm?: Record<string, unknown> & { memory?: unknown };
    wasmMemory?: unknown;
    HEAPU8?: Uint8Array;
  } | null;
  dataIdMap?: { get(dataId: object): { memoryOffset: number | null } | undefined };
  makeOutput?(shape: number[], dtype: 'float32', memoryOffset?: number, values?: Float32Array): TensorInfo;
  makeTensorInfo?(shape: number[], dtype: 'float32', values?: Float32Array): TensorInfo;
  readSync(dataId: object): unknown;
}

export type WasmKernelMode = 'auto' | 'copy';

export interface WasmKernelOptions {
  /** 'auto': zero-copy inside tfjs's memory when reachable, else copy; 'copy': always copy. */
  readonly mode: WasmKernelMode;
}

let options: WasmKernelOptions = { mode: 'auto' };
let optionsVersion = 0;

export function configureWasmKernels(next: Partial<WasmKernelOptions>): WasmKernelOptions {
  if (next.mode !== undefined && next.mode !== 'auto' && next.mode !== 'copy') {
    throw new Error(`configureWasmKernels: expected mode 'auto' or 'copy', got ${String(next.mode)} — pass {mode: 'auto'}`);
  }
  options = { ...options, ...next };
  optionsVersion++;
  return options;
}

const warned = new Set<string>();
/** One warning per distinct reason, so a fallback is loud but never floods the console. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

/** A kernel argument: a tensor (passed as a pointer to its data), null (pointer 0) or a number. */
export type KernelArgument = TensorInfo | null | number;

type KernelFunction = (...args: number[]) => void;

interface BackendState {
  readonly key: string;
  readonly mode: 'zero-copy' | 'copy';
  readonly memory: WebAssembly.Memory;
  readonly kind: MemoryKind;
  readonly instances: Map<string, WebAssembly.Exports | null>;
  readonly functions: Map<string, KernelFunction | null>;
  /** Set while modules are loaded or instantiated asynchronously. */
  pending: Promise<void> | null;
}

const STATES = new WeakMap<object, BackendState>();

/** Where tfjs-wasm keeps its WebAssembly.Memory: exported in the single-threaded builds, imported (shared) in the threaded one. */
export function findTfjsMemory(backend: WasmBackendSurface): WebAssembly.Memory | null {
  const wasm = backend.wasm;
  if (!wasm) return null;
  const candidates: unknown[] = [wasm.asm?.memory, wasm.wasmMemory];
  // Export names may be minified in other builds: any exported Memory will do.
  if (wasm.asm) candidates.push(...Object.values(wasm.asm));
  for (const candidate of candidates) {
    if (!(candidate instanceof WebAssembly.Memory)) continue;
    const shared = typeof SharedArrayBuffer !== 'undefined' && candidate.buffer instanceof SharedArrayBuffer;
    // tfjs reads and writes tensors through HEAPU8: make sure it is this memory.
    if (!shared && wasm.HEAPU8 && wasm.HEAPU8.buffer !== candidate.buffer) continue;
    return candidate;
  }
  return null;
}

function stateKey(): string {
  return `${optionsVersion}|${wasmModulesVersion()}`;
}

function stateOf(backend: WasmBackendSurface): BackendState {
  const existing = STATES.get(backend);
  if (existing && existing.key === stateKey()) return existing;
  const memory = options.mode === 'auto' ? findTfjsMemory(backend) : null;
  let state: BackendState;
  if (memory) {
    const kind: MemoryKind = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer ? 'shared' : 'plain';
    state = { key: stateKey(), mode: 'zero-copy', memory, kind, instances: new Map(), functions: new Map(), pending: null };
  } else {
    if (options.mode === 'auto') {
      warnOnce('memory', 'layerkit wasm: could not reach tfjs-wasm\'s WebAssembly.Memory (backend.wasm.asm.memory or '
        + 'backend.wasm.wasmMemory) — running wasm kernels on copies of each tensor, which is slower; '
        + 'please report your @tensorflow/tfjs-backend-wasm version');
    }
    state = copyState();
  }
  STATES.set(backend, state);
  return state;
}

function copyState(): BackendState {
  return {
    key: stateKey(), mode: 'copy', memory: new WebAssembly.Memory({ initial: 1 }), kind: 'plain',
    instances: new Map(), functions: new Map(), pending: null,
  };
}

const importsFor = (memory: WebAssembly.Memory) => ({
  env: {
    memory,
    abort: () => { throw new Error('layerkit wasm: a kernel aborted — this is a bug in layerkit, please report it'); },
  },
});

/**
 * Looks up a kernel export across the registered modules, instantiating them on first use.
 * Returns null when no module has it, or while modules are still being prepared.
 */
function kernelFunction(backend: WasmBackendSurface, state: BackendState, exportName: string): KernelFunction | null {
  if (state.functions.has(exportName)) return state.functions.get(exportName)!;
  for (const name of registeredWasmModules()) {
    if (!state.instances.has(name)) {
      if (state.pending) return null;
      if (!wasmModuleLoaded(name)) {
        // Browser entries register a loader (a chunk of its own): fetch it without blocking.
        notReadyYet(state);
        return null;
      }
      try {
        const module = compileWasmModuleSync(name, state.kind);
        state.instances.set(name, new WebAssembly.Instance(module, importsFor(state.memory)).exports);
      } catch (error) {
        if (isSynchronousCompileRefusal(error)) {
          // Browsers refuse to compile wasm synchronously on the main thread.
          notReadyYet(state);
          return null;
        }
        if (state.mode === 'zero-copy') {
          warnOnce(`instantiate-${name}`, `layerkit wasm: module '${name}' could not be instantiated in tfjs-wasm's memory `
            + `(${(error as Error).message}) — running its kernels on copies of each tensor instead`);
          STATES.set(backend, copyState());
          return kernelFunction(backend, STATES.get(backend)!, exportName);
        }
        throw error;
      }
    }
    const candidate = state.instances.get(name)?.[exportName];
    if (typeof candidate === 'function') {
      state.functions.set(exportName, candidate as KernelFunction);
      return candidate as KernelFunction;
    }
  }
  state.functions.set(exportName, null);
  return null;
}

/** Starts loading and instantiating the modules in the background; kernels run JavaScript meanwhile. */
function notReadyYet(state: BackendState): void {
  warnOnce('not-ready', 'layerkit wasm: the kernels are not ready yet (their module is fetched and compiled without '
    + 'blocking) — running JavaScript until they are; await prepareWasmKernels(tf.backend()) after '
    + 'tf.setBackend(\'wasm\') to use them from the first call');
  state.pending = instantiateAsync(state)
    .catch((error: unknown) => warnOnce('not-ready-failed', `${(error as Error).message} — their kernels keep running JavaScript`))
    .finally(() => { state.pending = null; });
}

function isSynchronousCompileRefusal(error: unknown): boolean {
  return error instanceof RangeError && /main thread|synchronous|4KB|sync/i.test(error.message);
}

/**
 * Loads, compiles and instantiates every module not yet instantiated, concurrently. A module
 * that fails is left out (its kernels run JavaScript) and named in the error thrown at the end;
 * the others are ready either way.
 */
async function instantiateAsync(state: BackendState): Promise<void> {
  const names = registeredWasmModules().filter((name) => !state.instances.has(name));
  const results = await Promise.allSettled(names.map(async (name) => {
    const module = await compileWasmModuleAsync(name, state.kind);
    state.instances.set(name, (await WebAssembly.instantiate(module, importsFor(state.memory))).exports);
  }));
  state.functions.clear();
  const failures = results.flatMap((result, n) => {
    if (result.status === 'fulfilled') return [];
    state.instances.set(names[n], null);
    return [`'${names[n]}': ${(result.reason as Error)?.message ?? result.reason}`];
  });
  if (failures.length) throw new Error(`layerkit wasm: ${failures.join('; ')}`);
}

/**
 * Compiles and instantiates every registered module for this backend without blocking, so no
 * kernel ever needs synchronous compilation. Optional in Node; recommended in browsers.
 */
export async function instantiateWasmKernels(backend: unknown): Promise<void> {
  const state = stateOf(backend as WasmBackendSurface);
  if (state.pending) await state.pending;
  state.pending = instantiateAsync(state).finally(() => { state.pending = null; });
  await state.pending;
}

/** Whether this backend's modules are still being fetched or compiled (kernels run JavaScript meanwhile). */
export function wasmKernelsPending(backend: unknown): boolean {
  return STATES.get(backend as WasmBackendSurface)?.pending != null;
}

/** The mode kernels run in on this backend: 'zero-copy' or 'copy'. */
export function wasmKernelMode(backend: unknown): 'zero-copy' | 'copy' {
  return stateOf(backend as WasmBackendSurface).mode;
}

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Creates a float32 output the backend owns, holding `values` (copy mode and JavaScript fallbacks). */
export function outputWithValues(backend: WasmBackendSurface, shape: readonly number[], values: Float32Array): TensorInfo {
  if (backend.makeOutput) return backend.makeOutput([...shape], 'float32', undefined, values);
  if (backend.makeTensorInfo) return backend.makeTensorInfo([...shape], 'float32', values);
  throw new Error('layerkit wasm: expected a tfjs backend with makeOutput or makeTensorInfo, got neither — use the wasm backend');
}

/**
 * Runs the kernel `exportName` as fn(out, ...args), with tensors passed as pointers, and
 * returns the new output of `outShape`; null when no registered module exports the kernel
 * (the caller then falls back to JavaScript).
 */
export function invokeKernel(
  backendInstance: unknown,
  exportName: string,
  outShape: readonly number[],
  args: readonly KernelArgument[],
): TensorInfo | null {
  return invokeKernelOutputs(backendInstance, exportName, [outShape], args)?.[0] ?? null;
}

/**
 * Runs the kernel `exportName` as fn(out0, out1, …, ...args), one new output per shape in
 * `outShapes`, and returns them; null when no registered module exports the kernel.
 */
export function invokeKernelOutputs(
  backendInstance: unknown,
  exportName: string,
  outShapes: readonly (readonly number[])[],
  args: readonly KernelArgument[],
): TensorInfo[] | null {
  const backend = backendInstance as WasmBackendSurface;
  const state = stateOf(backend);
  const kernel = kernelFunction(backend, state, exportName);
  if (!kernel) return null;
  const current = STATES.get(backend)!;
  return current.mode === 'zero-copy'
    ? invokeInPlace(backend, kernel, outShapes, args)
    : invokeOnCopies(backend, current, kernel, outShapes, args);
}

function invokeInPlace(backend: WasmBackendSurface, kernel: KernelFunction, outShapes: readonly (readonly number[])[], args: readonly KernelArgument[]): TensorInfo[] {
  const outs = outShapes.map((shape) => backend.makeOutput!([...shape], 'float32'));
  if (outShapes.every((shape) => sizeOf(shape) === 0)) return outs;
  const pointer = (info: TensorInfo) => {
    const offset = backend.dataIdMap!.get(info.dataId)?.memoryOffset;
    if (offset == null) {
      throw new Error(`layerkit wasm: expected a tensor in wasm memory, got one without a memory offset (dtype ${info.dtype}) — pass float32 tensors`);
    }
    return offset;
  };
  // An empty output has no memory: pointer 0, which a kernel writing nothing never touches.
  const outPointers = outs.map((out, n) => (sizeOf(outShapes[n]) === 0 ? 0 : pointer(out)));
  kernel(...outPointers, ...args.map((arg) => (arg === null ? 0 : typeof arg === 'number' ? arg : sizeOf(arg.shape) === 0 ? 0 : pointer(arg))));
  return outs;
}

/** Arena layout starts above 0 so that pointer 0 keeps meaning "absent". */
const ARENA_START = 64;
const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

function invokeOnCopies(
  backend: WasmBackendSurface,
  state: BackendState,
  kernel: KernelFunction,
  outShapes: readonly (readonly number[])[],
  args: readonly KernelArgument[],
): TensorInfo[] {
  const sizes = outShapes.map(sizeOf);
  if (sizes.every((size) => size === 0)) return outShapes.map((shape) => outputWithValues(backend, shape, new Float32Array(0)));
  const tensors = args.filter((arg): arg is TensorInfo => arg !== null && typeof arg === 'object');
  const values = tensors.map((info) => backend.readSync(info.dataId) as Float32Array);
  let end = ARENA_START;
  const outOffsets = sizes.map((size) => { const at = end; end += align(size * 4); return at; });
  const offsets = values.map((data) => { const at = end; end += align(data.length * 4); return at; });
  const missing = end - state.memory.buffer.byteLength;
  if (missing > 0) state.memory.grow(Math.ceil(missing / 65536));
  // Views are taken after growing: growth detaches the previous buffer.
  const heap = new Float32Array(state.memory.buffer);
  values.forEach((data, k) => heap.set(data, offsets[k] / 4));
  let next = 0;
  kernel(...outOffsets, ...args.map((arg) => (arg === null ? 0 : typeof arg === 'number' ? arg : offsets[next++])));
  return outShapes.map((shape, n) => outputWithValues(backend, shape, new Float32Array(state.memory.buffer, outOffsets[n], sizes[n]).slice()));
}
