import { dataSegmentCount, decodeBase64, withSharedMemory } from './binary.js';
import { COMPILED, entryOf, loadWasmModule, PENDING, type MemoryKind } from './modules.js';

// Compiling registered modules: part of the wasm runtime (a chunk of its own in browser
// bundles), apart from the registry that every package's entry calls.

function bytesOf(name: string, kind: MemoryKind): Uint8Array {
  const raw = entryOf(name).bytes;
  if (raw == null) throw new Error(`layerkit wasm: module '${name}' is not loaded yet — await prepareWasmKernels(backend) first`);
  const plain = typeof raw === 'string' ? decodeBase64(raw) : raw;
  const segments = dataSegmentCount(plain);
  if (segments > 0) {
    throw new Error(
      `layerkit wasm: expected module '${name}' to have no data segments, got ${segments} — `
      + 'they would overwrite tfjs-wasm memory; rebuild it with pnpm gen, which checks this',
    );
  }
  return kind === 'shared' ? withSharedMemory(plain) : plain;
}

/**
 * The compiled module, synchronously, once its bytes are here. Browsers refuse synchronous
 * compilation of modules over 4 KB on the main thread; then this throws and
 * `compileWasmModuleAsync` is the way.
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

/** The compiled module, loading its bytes first when only a loader is registered. */
export function compileWasmModuleAsync(name: string, kind: MemoryKind): Promise<WebAssembly.Module> {
  const key = `${name}|${kind}`;
  const compiled = COMPILED.get(key);
  if (compiled) return Promise.resolve(compiled);
  let pending = PENDING.get(key);
  if (!pending) {
    pending = loadWasmModule(name)
      .then(() => WebAssembly.compile(bytesOf(name, kind) as BufferSource))
      .then((module) => {
        if (PENDING.get(key) === pending) COMPILED.set(key, module);
        return module;
      });
    pending.catch(() => { if (PENDING.get(key) === pending) PENDING.delete(key); });
    PENDING.set(key, pending);
  }
  return pending;
}
