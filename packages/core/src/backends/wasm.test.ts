import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTIVATIONS, GATED, REDUCTIONS } from '@layerkit/activations';
import {
  allGatedPrograms, catalog, elementwiseChannelOp,
  elementwiseOp, prepareWasmKernels, gatedKernelNames, registerReductionKernels, registerWasmModule, runReduction, resolveParams,
  variantCombinations, type ElementwiseSpec, type ParamValues, type VariantChoices,
} from '@layerkit/core';
import { configureWasmKernels, dataSegmentCount, decodeBase64, findTfjsMemory, wasmKernelMode, withSharedMemory } from '@layerkit/core/wasm';
import { ACTIVATIONS_WASM_MODULE } from '../../../activations/src/gen/wasm-module.js';
import { NORMS_WASM_MODULE } from '../../../norms/src/gen/wasm-module.js';
import { layerNormSpec } from '../../../norms/src/specs/layer-norm.js';
import { rmsNormSpec } from '../../../norms/src/specs/rms-norm.js';

// The wasm backend's own tests: every program of every activation spec against the float64
// reference and against the cpu backend (which evaluates the same math in float64), on the
// lengths that exercise each loop of the kernels (16-wide body, 4-wide loop, scalar tail).

const SPECIAL = [NaN, Infinity, -Infinity, 0, -0, 1e-30, -1e-30, 1e-7, -1e-7, 1e30, -1e30];
const LENGTHS = [0, 1, 3, 5, 7, 13, 16, 17, 1025];

async function use(backend: 'cpu' | 'wasm') {
  await tf.setBackend(backend);
}

function grid(spec: ElementwiseSpec, count: number): Float32Array {
  const { min, max } = spec.domain;
  return Float32Array.from({ length: count }, (_, i) => min + ((max - min) * i) / (count - 1));
}

/** Runs `f` on a backend and returns the values of its result. */
async function on(backend: 'cpu' | 'wasm', f: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  await use(backend);
  const result = tf.tidy(f);
  const list = Array.isArray(result) ? result : [result];
  const values = list.map((t) => t.dataSync() as Float32Array);
  tf.dispose(list);
  return values;
}

function expectClose(actual: Float32Array, expected: ArrayLike<number>, tolerance: { relative: number; absolute: number }, label: string) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let at = -1;
  for (let i = 0; i < actual.length; i++) {
    const want = expected[i];
    const got = actual[i];
    if (Number.isNaN(want) || !Number.isFinite(want)) {
      if (!Object.is(got, want) && !(Number.isNaN(want) && Number.isNaN(got))) {
        throw new Error(`${label}: element ${i}: expected ${want}, got ${got}`);
      }
      continue;
    }
    const excess = Math.abs(got - want) / (tolerance.absolute + tolerance.relative * Math.abs(want));
    if (!(excess <= worst)) { worst = excess; at = i; }
  }
  if (worst > 1) {
    throw new Error(`${label}: element ${at}: expected ${expected[at]}, got ${actual[at]} (${worst.toFixed(2)}× the tolerance)`);
  }
}

/** Same class of special result: NaN, the same infinity, or the same signed zero. */
function expectSameSpecials(actual: Float32Array, expected: Float32Array, inputs: readonly number[], label: string) {
  for (let i = 0; i < actual.length; i++) {
    const want = expected[i];
    const got = actual[i];
    const special = Number.isNaN(want) || !Number.isFinite(want) || want === 0;
    if (special && !Object.is(got, want)) {
      throw new Error(`${label}: f(${Object.is(inputs[i], -0) ? '-0' : inputs[i]}) = ${Object.is(got, -0) ? '-0' : got}, cpu gives ${Object.is(want, -0) ? '-0' : want}`);
    }
  }
}

function otherParams(spec: ElementwiseSpec): ParamValues {
  const scaled = (factor: number) => Object.fromEntries(spec.params.map((p) => [p.name, p.default === 0 ? 0.5 : p.default * factor]));
  // 1.5× the defaults, or 0.6× where the spec's own checks refuse that (pdelu's t < 1).
  try {
    resolveParams(spec, scaled(1.5));
    return scaled(1.5);
  } catch {
    return scaled(0.6);
  }
}

const labelOf = (spec: ElementwiseSpec, variants: VariantChoices, params: ParamValues) =>
  `${spec.name} ${JSON.stringify(variants)} ${JSON.stringify(params)}`;

let tensorsBefore = 0;
beforeAll(async () => {
  await use('wasm');
  tensorsBefore = tf.memory().numTensors;
});
afterAll(() => {
  expect(tf.memory().numTensors).toBe(tensorsBefore);
});

describe('wasm kernels: setup', () => {
  test('runs zero-copy inside tfjs-wasm memory and reports wasm as fused', async () => {
    await use('wasm');
    const backend = tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } };
    expect(findTfjsMemory(backend)?.buffer).toBe(backend.wasm.HEAPU8.buffer);
    expect(wasmKernelMode(backend)).toBe('zero-copy');
    // Every spec of the package (elementwise, gated, row ops); its utilities (the name registry)
    // and tfjs-op layers (TAAF around another activation) run no kernel of their own.
    const specs = new Set([...ACTIVATIONS, ...GATED, ...REDUCTIONS].map((spec) => spec.id));
    expect(specs.size).toBeGreaterThan(30);
    for (const entry of catalog().filter((e) => specs.has(e.id))) expect(entry.backends.wasm, entry.id).toBe('fused');
  });

  test('shipped modules have no data segments; the check sees one when present', () => {
    for (const module of [ACTIVATIONS_WASM_MODULE, NORMS_WASM_MODULE]) {
      expect(dataSegmentCount(decodeBase64(module.bytes))).toBe(0);
      expect(dataSegmentCount(withSharedMemory(decodeBase64(module.bytes)))).toBe(0);
    }
    // A module with a memory and one active data segment "hi" at offset 0.
    const withData = Uint8Array.from([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
      0x05, 0x03, 0x01, 0x00, 0x01,
      0x0b, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x68, 0x69,
    ]);
    expect(new WebAssembly.Module(withData)).toBeInstanceOf(WebAssembly.Module);
    expect(dataSegmentCount(withData)).toBe(1);
  });

  test('the shared-memory module patched from the one binary runs against a shared memory like tfjs-wasm threaded one', async () => {
    const memory = new WebAssembly.Memory({ initial: 2, maximum: 65536, shared: true });
    const plainBytes = decodeBase64(ACTIVATIONS_WASM_MODULE.bytes);
    // The plain build refuses a shared memory; the patched one accepts it.
    await expect(WebAssembly.instantiate(plainBytes, { env: { memory } })).rejects.toThrow();
    const { instance } = await WebAssembly.instantiate(withSharedMemory(plainBytes), { env: { memory } });
    const plainMemory = new WebAssembly.Memory({ initial: 2 });
    const plain = await WebAssembly.instantiate(plainBytes, { env: { memory: plainMemory } });
    const inputs = Float32Array.from({ length: 37 }, (_, i) => i / 3 - 6);
    const results = [memory, plainMemory].map((m, k) => {
      new Float32Array(m.buffer).set(inputs, 16);
      const kernel = (k ? plain.instance : instance).exports.mish_forward as (out: number, x: number, n: number) => void;
      kernel(1024, 64, inputs.length);
      return new Float32Array(m.buffer).slice(256, 256 + inputs.length);
    });
    expect(results[0]).toEqual(results[1]);
  });
});

describe('wasm kernels: forward vs float64 reference', () => {
  for (const spec of ACTIVATIONS) {
    for (const variants of variantCombinations(spec.variants)) {
      for (const params of [resolveParams(spec), otherParams(spec)]) {
        test(labelOf(spec, variants, params), async () => {
          await use('wasm');
          const op = elementwiseOp(spec);
          const inputs = grid(spec, 20_001);
          const [actual] = await on('wasm', () => op(tf.tensor1d(inputs), { ...params, ...variants }));
          const expected = Array.from(inputs, (v) => spec.reference(v, params, variants));
          expectClose(actual, expected, spec.tolerance, labelOf(spec, variants, params));

          // NaN, ±Inf and ±0 as the same math evaluated in float64 on cpu.
          const [special] = await on('wasm', () => op(tf.tensor1d(SPECIAL), { ...params, ...variants }));
          const [cpuSpecial] = await on('cpu', () => op(tf.tensor1d(SPECIAL), { ...params, ...variants }));
          expectSameSpecials(special, cpuSpecial, SPECIAL, labelOf(spec, variants, params));
          expectClose(special, cpuSpecial, spec.tolerance, `${labelOf(spec, variants, params)} special values`);
        });
      }
    }
  }

  test('every length hits body, 4-wide loop and tail alike', async () => {
    for (const spec of ACTIVATIONS) {
      const op = elementwiseOp(spec);
      const params = resolveParams(spec);
      for (const length of LENGTHS) {
        const inputs = Float32Array.from({ length }, (_, i) => spec.domain.min + ((spec.domain.max - spec.domain.min) * ((i * 7919) % 1031)) / 1031);
        const [actual] = await on('wasm', () => op(tf.tensor1d(inputs)));
        const expected = Array.from(inputs, (v) => spec.reference(v, params, {}));
        expectClose(actual, expected, spec.tolerance, `${spec.name} length ${length}`);
      }
    }
  });

  test('2^20 + 3 elements', async () => {
    for (const name of ['mish', 'gelu', 'swish']) {
      const spec = ACTIVATIONS.find((s) => s.name === name)!;
      const inputs = grid(spec, 2 ** 20 + 3);
      const [actual] = await on('wasm', () => elementwiseOp(spec)(tf.tensor1d(inputs)));
      expectClose(actual, Array.from(inputs, (v) => spec.reference(v, resolveParams(spec), {})), spec.tolerance, `${name} 2^20 + 3`);
    }
  });
});

// Derivative formulas evaluated in float32 cancel where the function saturates (gelu's tanh
// form computes 1 − t² with t within an ulp of −1 near x = −5, an error of ~1e-6 there), so
// gradients are held to a gradient tolerance rather than the forward one.
const GRADIENT_TOLERANCE = { relative: 1e-4, absolute: 1e-5 };

describe('wasm kernels: gradients vs cpu', () => {
  for (const spec of ACTIVATIONS) {
    test(spec.name, async () => {
      const op = elementwiseOp(spec);
      for (const variants of variantCombinations(spec.variants)) {
        const inputs = grid(spec, 4003);
        const upstream = Float32Array.from(inputs, (_, i) => Math.cos(i));
        const gradient = () => tf.grad((v: tf.Tensor) => tf.sum(tf.mul(op(v, variants), tf.tensor1d(upstream))))(tf.tensor1d(inputs));
        const [actual] = await on('wasm', gradient);
        const [expected] = await on('cpu', gradient);
        expectClose(actual, expected, GRADIENT_TOLERANCE, `${spec.name} ${JSON.stringify(variants)} gradient`);
      }
    });
  }
});

describe('wasm kernels: channel mode', () => {
  for (const spec of ACTIVATIONS.filter((s) => s.params.some((p) => p.trainable))) {
    test(spec.name, async () => {
      const op = elementwiseChannelOp(spec);
      const [rows, width] = [9, 21];
      const inputs = Float32Array.from({ length: rows * width }, (_, i) => spec.domain.min + ((spec.domain.max - spec.domain.min) * ((i * 37) % 101)) / 101);
      const trainable = spec.params.filter((p) => p.trainable).map((p) => p.name);
      const channels = Object.fromEntries(trainable.map((name) => [name, Float32Array.from({ length: width }, (_, j) => 0.25 + j / 8)]));
      const run = () => op(tf.tensor2d(inputs, [rows, width]), Object.fromEntries(trainable.map((n) => [n, tf.tensor1d(channels[n])])));
      const [actual] = await on('wasm', run);
      const defaults = resolveParams(spec);
      const expected = Array.from(inputs, (v, i) => spec.reference(v, { ...defaults, ...Object.fromEntries(trainable.map((n) => [n, channels[n][i % width]])) }, {}));
      expectClose(actual, expected, spec.tolerance, `${spec.name} channel forward`);

      // Gradients in x and in every per-channel param.
      const gradients = () => {
        const x = tf.tensor2d(inputs, [rows, width]);
        const params = trainable.map((n) => tf.tensor1d(channels[n]));
        const upstream = tf.tensor2d(Float32Array.from(inputs, (_, i) => Math.sin(i)), [rows, width]);
        return tf.grads((...args: tf.Tensor[]) => tf.sum(tf.mul(op(args[0], Object.fromEntries(trainable.map((n, k) => [n, args[k + 1]]))), upstream)))([x, ...params]);
      };
      const wasmGradients = await on('wasm', gradients);
      const cpuGradients = await on('cpu', gradients);
      wasmGradients.forEach((values, k) => expectClose(values, cpuGradients[k], GRADIENT_TOLERANCE, `${spec.name} channel gradient ${k}`));
    });
  }
});

describe('wasm kernels: gated programs vs cpu', () => {
  for (const spec of GATED) {
    test(spec.name, async () => {
      for (const variant of Object.keys(spec.variants)) {
        expect(allGatedPrograms(spec).length).toBeGreaterThan(0);
        const names = gatedKernelNames(spec);
        for (const [rows, half] of [[3, 1], [5, 7], [2, 37]]) {
          const inputs = Float32Array.from({ length: rows * 2 * half }, (_, i) => ((i * 13) % 29) / 4 - 3.5);
          const upstream = Float32Array.from({ length: rows * half }, (_, i) => Math.cos(i));
          const forward = () => tf.engine().runKernel(names.forward, { x: tf.tensor2d(inputs, [rows, 2 * half]) }, { variant }) as tf.Tensor;
          const backward = () => tf.engine().runKernel(names.gradient, { x: tf.tensor2d(inputs, [rows, 2 * half]), dy: tf.tensor2d(upstream, [rows, half]) }, { variant }) as tf.Tensor;
          for (const [label, run] of [['forward', forward], ['backward', backward]] as const) {
            const [actual] = await on('wasm', run);
            const [expected] = await on('cpu', run);
            expectClose(actual, expected, spec.tolerance, `${spec.name} ${variant} ${label} [${rows}, ${2 * half}]`);
          }
        }
      }
    });
  }
});

describe('wasm kernels: norms', () => {
  beforeAll(() => {
    registerWasmModule('norms', NORMS_WASM_MODULE);
    registerReductionKernels(rmsNormSpec);
    registerReductionKernels(layerNormSpec);
  });

  for (const [rows, width] of [[1, 1], [3, 7], [5, 1024], [2, 1029]]) {
    test(`rmsNorm and layerNorm [${rows}, ${width}] vs cpu`, async () => {
      // A large mean tests the two-pass statistics.
      const inputs = Float32Array.from({ length: rows * width }, (_, i) => 1000 + Math.sin(i * 0.37) * 3);
      const gamma = Float32Array.from({ length: width }, (_, j) => 0.5 + (j % 5) / 4);
      const beta = Float32Array.from({ length: width }, (_, j) => (j % 3) - 1);
      const runs = {
        rms: () => runReduction(rmsNormSpec, tf.tensor2d(inputs, [rows, width]), { weights: { gamma: tf.tensor1d(gamma) }, options: { epsilon: 1e-6 } }),
        partialRms: () => runReduction(rmsNormSpec, tf.tensor2d(inputs, [rows, width]), { weights: { gamma: tf.tensor1d(gamma) }, options: { epsilon: 1e-6, partial: 1 / 3 } }),
        layer: () => runReduction(layerNormSpec, tf.tensor2d(inputs, [rows, width]), { weights: { gamma: tf.tensor1d(gamma), beta: tf.tensor1d(beta) }, options: { epsilon: 1e-5 } }),
      };
      for (const [label, run] of Object.entries(runs)) {
        const [actual] = await on('wasm', run);
        const [expected] = await on('cpu', run);
        // float32 statistics against float64 ones: relative error of a few hundred ulps at most.
        expectClose(actual, expected, { relative: 2e-5, absolute: 2e-5 }, `${label} [${rows}, ${width}]`);
      }
    });
  }
});

describe('wasm kernels: copy fallback', () => {
  test('forced copy mode gives the same bits as zero-copy', async () => {
    registerWasmModule('norms', NORMS_WASM_MODULE);
    registerReductionKernels(layerNormSpec);
    const mish = elementwiseOp(ACTIVATIONS.find((s) => s.name === 'mish')!);
    const snake = elementwiseChannelOp(ACTIVATIONS.find((s) => s.name === 'snake')!);
    const inputs = Float32Array.from({ length: 4 * 1027 }, (_, i) => Math.sin(i) * 10);
    const run = () => [
      mish(tf.tensor1d(inputs)),
      snake(tf.tensor2d(inputs, [4, 1027]), { alpha: tf.fill([1027], 0.7) }),
      runReduction(layerNormSpec, tf.tensor2d(inputs, [4, 1027]), { options: { epsilon: 1e-5 } }),
      ...tf.grads((v: tf.Tensor, g: tf.Tensor) => tf.sum(tf.mul(runReduction(layerNormSpec, v, { weights: { gamma: g } }), tf.range(0, 1027))))([tf.tensor2d(inputs, [4, 1027]), tf.ones([1027])]),
      mish(tf.zeros([0])),
    ];
    const zeroCopy = await on('wasm', run);
    configureWasmKernels({ mode: 'copy' });
    try {
      expect(wasmKernelMode(tf.backend())).toBe('copy');
      const copied = await on('wasm', run);
      copied.forEach((values, k) => expect(values).toEqual(zeroCopy[k]));
    } finally {
      configureWasmKernels({ mode: 'auto' });
    }
    expect(wasmKernelMode(tf.backend())).toBe('zero-copy');
  });

  test('prepareWasmKernels instantiates ahead of time; bad options are refused', async () => {
    await use('wasm');
    await prepareWasmKernels(tf.backend());
    expect(wasmKernelMode(tf.backend())).toBe('zero-copy');
    const [values] = await on('wasm', () => elementwiseOp(ACTIVATIONS.find((s) => s.name === 'elu')!)(tf.tensor1d([-1, 2])));
    expect(values[1]).toBe(2);
    expect(() => configureWasmKernels({ mode: 'fast' as never })).toThrow(/expected mode 'auto' or 'copy', got fast/);
  });

  test('unreachable memory falls back to copies with one warning', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (message: unknown) => { warnings.push(message); };
    try {
      const fake = { wasm: null, readSync: () => new Float32Array(0) };
      expect(wasmKernelMode(fake)).toBe('copy');
      expect(wasmKernelMode({ wasm: {}, readSync: () => new Float32Array(0) })).toBe('copy');
    } finally {
      console.warn = original;
    }
    expect(warnings.length).toBeLessThanOrEqual(1);
  });
});
