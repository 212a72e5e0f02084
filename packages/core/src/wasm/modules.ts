/**
 * Compiled wasm modules of layerkit packages. Each package registers its module by name: in
 * Node with the bytes (inlined as base64, so no one configures a path to a .wasm file), in
 * browsers as a loader — a dynamic import() that bundlers split into a chunk of its own, so an
 * app that never sets the wasm backend never downloads the kernels.
 */
export interface WasmModuleSource {
  /** Package short name, for messages. */
  readonly name?: string;
  /**
   * The module built with --importMemory for a plain memory (tfjs-wasm's single-threaded
   * builds); the variant for the threaded build's shared memory is patched from it.
   */
  readonly bytes: string | Uint8Array;
}

/** Loads a module's bytes on demand, e.g. `() => import('./gen/wasm-module.js').then((m) => m.MODULE)`. */
export type WasmModuleLoader = () => Promise<WasmModuleSource>;

export type MemoryKind = 'plain' | 'shared';

export interface Entry {
  bytes: string | Uint8Array | null;
  readonly load: WasmModuleLoader | null;
  loading: Promise<void> | null;
}

const ENTRIES = new Map<string, Entry>();
/** Compiled modules and compilations under way, by `name|kind` (compile.ts fills them). */
export const COMPILED = new Map<string, WebAssembly.Module>();
export const PENDING = new Map<string, Promise<WebAssembly.Module>>();
let version = 0;

/**
 * Registers a package's compiled kernels under its name: the bytes, or a loader that fetches
 * them when the wasm backend first needs them. Registering the same bytes again is harmless;
 * a loader registered after the bytes changes nothing (the bytes are already there). Modules
 * with data segments are refused: instantiated inside tfjs's memory they would overwrite its heap.
 */
export function registerWasmModule(name: string, source: WasmModuleSource | WasmModuleLoader): void {
  if (typeof name !== 'string' || !name) {
    throw new Error(`registerWasmModule: expected a package name such as 'activations', got ${String(name)} — pass the package's short name`);
  }
  const isLoader = typeof source === 'function';
  if (!isLoader && !(typeof source?.bytes === 'string' || source?.bytes instanceof Uint8Array)) {
    throw new Error(`registerWasmModule('${name}'): expected {bytes} (base64 or a Uint8Array) or a loader function, got ${describe(source)} — pass the generated module or () => import(…)`);
  }
  const existing = ENTRIES.get(name);
  if (isLoader) {
    if (existing) return;
    ENTRIES.set(name, { bytes: null, load: source, loading: null });
  } else {
    if (existing?.bytes === source.bytes) return;
    ENTRIES.set(name, { bytes: source.bytes, load: existing?.load ?? null, loading: null });
  }
  for (const kind of ['plain', 'shared'] as const) {
    COMPILED.delete(`${name}|${kind}`);
    PENDING.delete(`${name}|${kind}`);
  }
  version++;
}

const describe = (value: unknown) => (value === null ? 'null' : typeof value === 'object' ? `an object with keys ${Object.keys(value as object).join(', ') || '(none)'}` : typeof value);

/** A number that changes whenever a module is registered, so per-backend caches can refresh. */
export const wasmModulesVersion = (): number => version;

export const registeredWasmModules = (): string[] => [...ENTRIES.keys()].sort();

/** Whether a module's bytes are here (registered directly, or its loader has finished). */
export const wasmModuleLoaded = (name: string): boolean => ENTRIES.get(name)?.bytes != null;

/** The entry of a registered module; a clear error for a name nobody registered. */
export function entryOf(name: string): Entry {
  const entry = ENTRIES.get(name);
  if (!entry) {
    throw new Error(`layerkit wasm: no module registered as '${name}' — import the package (its register module calls registerWasmModule)`);
  }
  return entry;
}

/** Fetches a module's bytes through its loader, once. */
export function loadWasmModule(name: string): Promise<void> {
  const entry = entryOf(name);
  if (entry.bytes != null) return Promise.resolve();
  entry.loading ??= entry.load!().then((source) => {
    if (!(typeof source?.bytes === 'string' || source?.bytes instanceof Uint8Array)) {
      throw new Error(`layerkit wasm: the loader of module '${name}' gave ${describe(source)}, expected {bytes} — rebuild the package with pnpm gen`);
    }
    // No version change: nothing was instantiated from a module that was not here.
    entry.bytes ??= source.bytes;
  }, (error: unknown) => {
    entry.loading = null;
    throw new Error(`layerkit wasm: could not load the kernels of '${name}' (${(error as Error)?.message ?? error}) — `
      + 'check that the bundler emitted the chunk next to the app and that it is served');
  });
  return entry.loading;
}
