import { beforeAll, describe, expect, test } from 'vitest';
import { compileAssemblyScript } from '../../../../scripts/gen/wasm-compile.js';
import { erf64, erfc64 } from '../expr.js';

// assembly/lib/math.ts on its own: each f32x4 function (and its one-lane f32 version, used by
// kernel tails) against float64 over its whole useful range, plus NaN, ±Inf and ±0. Compiled
// here with asc, exactly as the generator compiles the shipped modules.

const FUNCTIONS = {
  exp: { reference: Math.exp, range: [-110, 90] },
  expm1: { reference: Math.expm1, range: [-20, 90] },
  // Only for arguments the kernel printer proved to be at most 0 where the result is kept.
  expm1NonPositive: { reference: Math.expm1, range: [-20, 0], nonPositive: true },
  log: { reference: Math.log, range: [1e-45, 3e38], logarithmic: true },
  log1p: { reference: Math.log1p, range: [-1, 1e6] },
  // Only for arguments the kernel printer proved to be in [0, 1]: no infinities to check.
  log1pUnit: { reference: Math.log1p, range: [0, 1], finiteOnly: true },
  tanh: { reference: Math.tanh, range: [-12, 12] },
  sigmoid: { reference: (v: number) => 1 / (1 + Math.exp(-v)), range: [-100, 100] },
  erf: { reference: erf64, range: [-6, 6] },
  // ½(1 + erf v) as ½·erfc(−v): the float64 reference must not cancel in the negative tail
  // either. Down to v = −9 (Φ ≈ 2e-37, still a normal float32).
  normalCdf: { reference: (v: number) => 0.5 * erfc64(-v), range: [-9, 9] },
  sin: { reference: Math.sin, range: [-1000, 1000] },
  cos: { reference: Math.cos, range: [-1000, 1000] },
} as const;
type Name = keyof typeof FUNCTIONS;
const NAMES = Object.keys(FUNCTIONS) as Name[];

// Measured worst cases are 1.1e-7 … 5.5e-7 (a few float32 ulps); 1e-6 leaves room for
// platform differences and still catches a wrong coefficient.
const RELATIVE = 1e-6;

const SOURCE = `import { ${NAMES.map((n) => `${n}F32x4, ${n}F32`).join(', ')} } from './lib/math';
${NAMES.map((n) => `
export function vector_${n}(out: usize, input: usize, n: i32): void {
  for (let i = 0; i + 4 <= n; i += 4) v128.store(out + (<usize>i << 2), ${n}F32x4(v128.load(input + (<usize>i << 2))));
}
export function scalar_${n}(out: usize, input: usize, n: i32): void {
  for (let i = 0; i < n; i++) store<f32>(out + (<usize>i << 2), ${n}F32(load<f32>(input + (<usize>i << 2))));
}`).join('\n')}
`;

let exports: Record<string, (out: number, input: number, n: number) => void>;
const memory = new WebAssembly.Memory({ initial: 64 });

beforeAll(async () => {
  const binary = await compileAssemblyScript('math-test.ts', { 'math-test.ts': SOURCE }, 'plain');
  const { instance } = await WebAssembly.instantiate(binary, { env: { memory } });
  exports = instance.exports as typeof exports;
}, 120_000);

function run(kernel: string, inputs: Float32Array): Float32Array {
  const heap = new Float32Array(memory.buffer);
  heap.set(inputs, 0);
  exports[kernel](inputs.length * 4, 0, inputs.length);
  return new Float32Array(memory.buffer, inputs.length * 4, inputs.length).slice();
}

function samples(name: Name): Float32Array {
  const { range } = FUNCTIONS[name];
  const [low, high] = range;
  const count = 100_000;
  const values = Float32Array.from({ length: count }, (_, i) => ('logarithmic' in FUNCTIONS[name]
    ? Math.exp(Math.log(low) + ((Math.log(high) - Math.log(low)) * i) / (count - 1))
    : low + ((high - low) * i) / (count - 1)));
  // Tiny magnitudes of both signs, where expm1, log1p, tanh, erf and sin must return ≈ x.
  // (log1pUnit's range starts at 0: positive ones only; expm1NonPositive's ends at 0.)
  const signed = name !== 'log' && !('finiteOnly' in FUNCTIONS[name]);
  const sign = 'nonPositive' in FUNCTIONS[name] ? -1 : 1;
  for (let i = 0; i < 2000; i++) values[i] = sign * (i % 2 && signed ? -1 : 1) * 10 ** (-40 + i * 0.02);
  return values;
}

describe('assembly/lib/math.ts', () => {
  for (const name of NAMES) {
    test(`${name}: within ${RELATIVE} relative of float64; f32 tail identical to f32x4`, () => {
      const inputs = samples(name);
      const vector = run(`vector_${name}`, inputs);
      const scalar = run(`scalar_${name}`, inputs);
      expect(scalar).toEqual(vector);
      let worst = 0;
      let at = 0;
      for (let i = 0; i < inputs.length; i++) {
        const want = FUNCTIONS[name].reference(inputs[i]);
        if (!Number.isFinite(want) || Math.abs(want) > 3.4e38) continue;
        // Results below float32's normal range (1.2e-38) have no relative precision to keep:
        // there the error only has to stay below that range.
        if (Math.abs(want) < 1.2e-38) {
          expect(Math.abs(vector[i] - want), `${name}(${inputs[i]})`).toBeLessThan(1.2e-38);
          continue;
        }
        const error = Math.abs(vector[i] - want) / Math.abs(want);
        if (error > worst) { worst = error; at = inputs[i]; }
      }
      expect(worst, `${name}(${at})`).toBeLessThan(RELATIVE);
    });

    test(`${name}: NaN, ±Inf and ±0 as in float64`, () => {
      // Eight values: the vector kernels here have no scalar tail.
      const specials = Float32Array.from('finiteOnly' in FUNCTIONS[name]
        ? [NaN, 0, -0, NaN, 0, -0, NaN, -0]
        : 'nonPositive' in FUNCTIONS[name]
          ? [NaN, -Infinity, 0, -0, NaN, -Infinity, 0, -0]
          : [NaN, Infinity, -Infinity, 0, -0, NaN, Infinity, -0]);
      const results = run(`vector_${name}`, specials);
      specials.forEach((input, i) => {
        const want = Math.fround(FUNCTIONS[name].reference(input));
        expect(Object.is(results[i], want) || (Number.isNaN(want) && Number.isNaN(results[i])), `${name}(${Object.is(input, -0) ? '-0' : input}) = ${results[i]}, float64 gives ${want}`).toBe(true);
      });
    });
  }
});
