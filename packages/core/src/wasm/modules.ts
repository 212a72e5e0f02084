import { dataSegmentCount, decodeBase64 } from './binary.js';

/**
 * Compiled wasm modules of layerkit packages, registered by each package's register module
 * (the bytes are inlined there as base64, so no one configures a path to a .wasm file).
 */
export interface WasmModuleSource {
  /** Package short name, for messages. */
  readonly name: string;
  /** Built with --importMemory for a non-shared memory (tfjs-wasm's single-threaded builds). */
  readonly plain: string | Uint8Array;
  /** Built with --sharedMemory --maximumMemory 65536 (tfjs-wasm's threaded build). */
  readonly shared: string | Uint8Array;
}

export type MemoryKind = 'plain' | 'shared';

const SOURCES = new Map<string, WasmModuleSource>();
const COMPILED = new Map<string, WebAssembly.Module>();
const PENDING = new Map<string, Promise<WebAssembly.Module>>();
let version = 0;

/**
 * Registers a package's compiled kernels under its name. Registering the same name again
 * replaces the bytes (a module evaluated twice is harmless). Modules with data segments are
 * refused: instantiated inside tfjs's memory they would overwrite its heap.
 */
export function registerWasmModule(name: string, source: Omit<WasmModuleSource, 'name'> & { readonly name?: string }): void {
  if (typeof name !== 'string' || !name) {
    throw new Error(`registerWasmModule: expected a package name such as 'activations', got ${String(name)} — pass the package's short name`);
  }
  const existing = SOURCES.get(name);
  if (existing && existing.plain === source.plain && existing.shared === source.shared) return;
  SOURCES.set(name, { name, plain: source.plain, shared: source.shared });
  for (const kind of ['plain', 'shared'] as const) {
    COMPILED.delete(`${name}|${kind}`);
    PENDING.delete(`${name}|${kind}`);
  }
  version++;
}

/** A number that changes whenever a module is registered, so per-backend caches can refresh. */
export const wasmModulesVersion = (): number => version;

export const registeredWasmModules = (): string[] => [...SOURCES.keys()].sort();

function bytesOf(name: string, kind: MemoryKind): Uint8Array {
  const source = SOURCES.get(name);
  if (!source) {
    throw new Error(`layerkit wasm: no module registered as '${name}' — import the package (its register module calls registerWasmModule)`);
  }
  const raw = source[kind];
  const bytes = typeof raw === 'string' ? decodeBase64(raw) : raw;
  const segments = dataSegmentCount(bytes);
  if (segments > 0) {
    throw new Error(
      `layerkit wasm: expected module '${name}' (${kind}) to have no data segments, got ${segments} — `
      + 'they would overwrite tfjs-wasm memory; rebuild it with pnpm gen, which checks this',
    );
  }
  return bytes;
}

/**
 * The compiled module, synchronously. Browsers refuse synchronous compilation of modules over
 * 4 KB on the main thread; then this throws and `compileWasmModuleAsync` is the way.
 */
export function compileWasmModuleSync(name: string, kind: MemoryKind): WebAssembly.Module {
  const key = `${name}|${kind}`;
  let module = COMPILED.get(key);
  if (!module) {
    module = new WebAssembly.Module(bytesOf(name, kind) as BufferSource);
    COMPILED.set(key, module);
  }
  return module;
}

export function compileWasmModuleAsync(name: string, kind: MemoryKind): Promise<WebAssembly.Module> {
  const key = `${name}|${kind}`;
  const compiled = COMPILED.get(key);
  if (compiled) return Promise.resolve(compiled);
  let pending = PENDING.get(key);
  if (!pending) {
    pending = WebAssembly.compile(bytesOf(name, kind) as BufferSource).then((module) => {
      if (PENDING.get(key) === pending) COMPILED.set(key, module);
      return module;
    });
    PENDING.set(key, pending);
  }
  return pending;
}
