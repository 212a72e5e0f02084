import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { elementwiseOp, registerElementwiseKernels } from '../kernels.js';
import { mish } from '../../../activations/src/specs/mish.js';
import { compileWasmModuleAsync } from './compile.js';
import { loadWasmModule, registerWasmModule, wasmModuleLoaded } from './modules.js';
import { prepareWasmKernels } from '../backends/index.js';

// Browser entries register their wasm kernels as a loader (a dynamic import that bundlers split
// into a chunk of its own); this file sees only loaders, as a browser app does.
const generated = () => import('../../../activations/src/gen/wasm-module.js').then((module) => module.ACTIVATIONS_WASM_MODULE);

afterEach(() => { vi.restoreAllMocks(); });

describe('wasm modules registered as loaders', () => {
  // First: the other tests register modules of their own, a broken one among them.
  test('kernels run JavaScript until the module is fetched, then the wasm kernel, with the same values', async () => {
    await tf.setBackend('wasm');
    const loader = vi.fn(generated);
    registerWasmModule('activations', loader);
    registerElementwiseKernels(mish);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const op = elementwiseOp(mish);
    const inputs = tf.tensor1d(Float32Array.from({ length: 1031 }, (_, i) => Math.sin(i) * 8));
    const before = op(inputs).dataSync();
    expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toMatch(/not ready yet.*await prepareWasmKernels/);
    expect(loader).toHaveBeenCalledTimes(1);
    await prepareWasmKernels(tf.backend());
    expect(wasmModuleLoaded('activations')).toBe(true);
    const after = op(inputs).dataSync();
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([expect.stringMatching(/not ready yet/)]);
    for (let i = 0; i < before.length; i++) expect(after[i]).toBeCloseTo(before[i], 5);
  });

  test('a loader runs once, on demand, and its bytes compile', async () => {
    const loader = vi.fn(generated);
    registerWasmModule('probe-once', loader);
    expect(loader).not.toHaveBeenCalled();
    expect(wasmModuleLoaded('probe-once')).toBe(false);
    await Promise.all([loadWasmModule('probe-once'), loadWasmModule('probe-once')]);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(wasmModuleLoaded('probe-once')).toBe(true);
    const [plain, shared] = await Promise.all([compileWasmModuleAsync('probe-once', 'plain'), compileWasmModuleAsync('probe-once', 'shared')]);
    const memoryImport = (module: WebAssembly.Module) => WebAssembly.Module.imports(module).find((entry) => entry.kind === 'memory');
    expect(memoryImport(plain)?.name).toBe('memory');
    expect(memoryImport(shared)?.name).toBe('memory');
    expect(WebAssembly.Module.exports(plain).map((entry) => entry.name)).toContain('mish_forward');
  });

  test('a failing loader says what failed and can be retried', async () => {
    let attempts = 0;
    registerWasmModule('probe-retry', async () => {
      attempts++;
      if (attempts === 1) throw new Error('chunk not found');
      return generated();
    });
    await expect(loadWasmModule('probe-retry')).rejects.toThrow(/could not load the kernels of 'probe-retry' \(chunk not found\)/);
    await loadWasmModule('probe-retry');
    expect(wasmModuleLoaded('probe-retry')).toBe(true);
  });

  test('bad sources are refused with the fix', async () => {
    expect(() => registerWasmModule('probe-bad', { plain: 'AGFz' } as never)).toThrow(/expected \{bytes\}.*got an object with keys plain/);
    registerWasmModule('probe-bad-loader', async () => ({}) as never);
    await expect(loadWasmModule('probe-bad-loader')).rejects.toThrow(/gave an object with keys \(none\), expected \{bytes\}/);
  });

});
