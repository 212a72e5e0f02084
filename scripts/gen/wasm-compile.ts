import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import asc from 'assemblyscript/asc';
import { dataSegmentCount } from '../../packages/core/src/wasm/binary.js';
import { ROOT } from './write.js';

/**
 * Compiles AssemblyScript under assembly/ into the two module variants layerkit ships:
 * 'plain' imports a growable non-shared memory (tfjs-wasm's single-threaded builds), 'shared'
 * imports a shared memory of at most 4 GiB (tfjs-wasm's threaded build, whose
 * WebAssembly.Memory is declared {shared: true, maximum: 65536 pages}).
 *
 * Sources are given in memory (generated code need not be on disk first); imports they make
 * (../lib/math) are read from the assembly/ folder.
 */
export type WasmVariant = 'plain' | 'shared';

const FLAGS = ['--importMemory', '--runtime', 'stub', '-O3', '--noAssert', '--enable', 'simd'];
const SHARED_FLAGS = ['--sharedMemory', '--maximumMemory', '65536', '--enable', 'threads'];

export async function compileAssemblyScript(
  entry: string,
  sources: Readonly<Record<string, string>>,
  variant: WasmVariant,
): Promise<Uint8Array> {
  const assembly = join(ROOT, 'assembly');
  const outputs: Record<string, Uint8Array | string> = {};
  const messages: string[] = [];
  const stream = { write: (text: string) => { messages.push(text); return true; } } as never;
  const result = await asc.main(
    [entry, '--outFile', 'module.wasm', ...FLAGS, ...(variant === 'shared' ? SHARED_FLAGS : [])],
    {
      stdout: stream,
      stderr: stream,
      readFile: (filename, baseDir) => {
        const path = relative(assembly, join(assembly, baseDir, filename)).replace(/\\/g, '/');
        if (path in sources) return sources[path];
        try { return readFileSync(join(assembly, path), 'utf8'); } catch { return null; }
      },
      writeFile: (filename, contents) => { outputs[filename] = contents; },
      listFiles: () => [],
    },
  );
  const binary = outputs['module.wasm'];
  if (result.error || !(binary instanceof Uint8Array)) {
    throw new Error(`asc: compiling ${entry} (${variant}) failed — ${result.error?.message ?? 'no output'}\n${messages.join('')}`);
  }
  requireNoDataSegments(binary, `${entry} (${variant})`);
  return binary;
}

/**
 * Fails when a module carries data segments (section 11 with any entry): instantiated inside
 * tfjs-wasm's memory, they would be written over tfjs's heap at fixed addresses.
 */
export function requireNoDataSegments(binary: Uint8Array, name: string): void {
  const count = dataSegmentCount(binary);
  if (count > 0) {
    throw new Error(
      `asc: expected ${name} to have no data segments, got ${count} — a string literal, an array literal or a `
      + 'Mathf/NativeMath call brings static data; write the math in assembly/lib without tables',
    );
  }
}
