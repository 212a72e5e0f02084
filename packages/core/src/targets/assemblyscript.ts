import { floatLiteral, type Target } from '../printer.js';

/**
 * AssemblyScript, for the wasm backend, in two tables: `f32x4` for the SIMD body of a kernel
 * and `f32` for its scalar tail. Transcendental functions come from assembly/lib/math.ts
 * (table-free, so the module has no data segments); the f32 versions there run the f32x4
 * code on one lane, so the tail matches the body bit for bit.
 *
 * max/min print as wasm's f32.max/f32x4.max, which return NaN when either side is NaN (as
 * tfjs's Maximum/Minimum do); `f32x4.pmax` would not. A comparison with NaN is false, so
 * `where(gt(x, 0), …)` takes the else branch for NaN, as in JavaScript.
 *
 * Cheaper forms where they give the same bits (V8 lowers f32x4.min/max to ~7 x64 instructions
 * each, to get NaN and ±0 right; pmin/pmax and and/andnot are one each):
 * - min/max against a nonzero literal c print as pmin/pmax(a, c): with a NaN first operand
 *   pmin/pmax return it, and the ±0 ordering that separates them cannot arise when c ≠ 0;
 * - a select with a +0 branch prints as v128.and/andnot of the other branch with the mask;
 * - max(a, +0) and min(a, +0) print as the library's maxZero/minZero, two instructions each
 *   (see assembly/lib/math.ts) with the same NaN and ±0 results as wasm's max/min.
 *
 * `expBounded` is not a spec primitive: the kernel printer substitutes it for exp when it has
 * proved the argument is at most 88, `expm1NonPositive` for expm1 when it has proved the
 * argument is at most 0 (on the lanes a select keeps), `log1pUnit` for log1p when it has proved
 * the argument is in [0, 1], `normalCdf` (½(1 + erf v)) for that pattern, and `expNegSquare`
 * (e^−v²) with the binary `normalCdfWith(v, e^−v²)` where a kernel also needs the normal
 * density (see rewriteForFloat32).
 */

const LIBRARY_FUNCTIONS = ['exp', 'expBounded', 'expm1', 'expm1NonPositive', 'log', 'log1p', 'log1pUnit', 'tanh', 'sigmoid', 'erf', 'normalCdf', 'expNegSquare', 'sin', 'cos'] as const;
/** Library functions of two arguments, printed as binary ops (see rewriteForFloat32). */
const LIBRARY_BINARY_FUNCTIONS = ['normalCdfWith'] as const;

/** The names assembly/lib/math.ts exports, for the import line of generated kernels. */
export const ASSEMBLYSCRIPT_LIBRARY_EXPORTS: readonly string[] = [
  ...[...LIBRARY_FUNCTIONS, ...LIBRARY_BINARY_FUNCTIONS].flatMap((name) => [`${name}F32x4`, `${name}F32`]),
  'maxZeroF32x4', 'minZeroF32x4',
];

const vectorLiteral = (value: number) => `f32x4.splat(<f32>(${floatLiteral(value)}))`;
const VECTOR_LITERAL = /^f32x4\.splat\(<f32>\(([-+0-9.eE]+)\)\)$/;
/** The value of a printed vector literal, or null for any other operand. */
const literalValue = (text: string): number | null => {
  const match = VECTOR_LITERAL.exec(text);
  return match ? Number(match[1]) : null;
};
const isNonZeroLiteral = (text: string) => { const value = literalValue(text); return value !== null && value !== 0; };
/**
 * A uniform param's vector (relu's maxValue, hardTanh's bounds): finite (resolveParams refuses
 * anything else), so pmin/pmax with it second — one instruction each, where f32x4.min/max take
 * several for IEEE NaN and signed-zero rules — differ from min/max only in the sign of a zero
 * result when the param is a zero of the other sign; a NaN operand still passes through.
 */
const isParamVector = (text: string) => /^param_\w+_vector$/.test(text);
const isFiniteUniform = (text: string) => isNonZeroLiteral(text) || isParamVector(text);
const isPositiveZeroLiteral = (text: string) => { const value = literalValue(text); return value === 0 && !Object.is(value, -0); };
const library = (suffix: string) =>
  Object.fromEntries(LIBRARY_FUNCTIONS.map((name) => [name, (a: string) => `${name}${suffix}(${a})`])) as Record<(typeof LIBRARY_FUNCTIONS)[number], (a: string) => string>;
const binaryLibrary = (suffix: string) =>
  Object.fromEntries(LIBRARY_BINARY_FUNCTIONS.map((name) => [name, (a: string, b: string) => `${name}${suffix}(${a}, ${b})`]));

export const assemblyscriptF32x4: Target = {
  name: 'assemblyscript-f32x4',
  literal: vectorLiteral,
  unary: {
    ...library('F32x4'),
    neg: (a) => `f32x4.neg(${a})`,
    abs: (a) => `f32x4.abs(${a})`,
    sqrt: (a) => `f32x4.sqrt(${a})`,
    rsqrt: (a) => `f32x4.div(${vectorLiteral(1)}, f32x4.sqrt(${a}))`,
    floor: (a) => `f32x4.floor(${a})`,
    recip: (a) => `f32x4.div(${vectorLiteral(1)}, ${a})`,
  },
  binary: {
    ...binaryLibrary('F32x4'),
    add: (a, b) => `f32x4.add(${a}, ${b})`,
    sub: (a, b) => `f32x4.sub(${a}, ${b})`,
    mul: (a, b) => `f32x4.mul(${a}, ${b})`,
    div: (a, b) => `f32x4.div(${a}, ${b})`,
    max: (a, b) => (isFiniteUniform(b) ? `f32x4.pmax(${a}, ${b})` : isFiniteUniform(a) ? `f32x4.pmax(${b}, ${a})`
      : isPositiveZeroLiteral(b) ? `maxZeroF32x4(${a})` : isPositiveZeroLiteral(a) ? `maxZeroF32x4(${b})` : `f32x4.max(${a}, ${b})`),
    min: (a, b) => (isFiniteUniform(b) ? `f32x4.pmin(${a}, ${b})` : isFiniteUniform(a) ? `f32x4.pmin(${b}, ${a})`
      : isPositiveZeroLiteral(b) ? `minZeroF32x4(${a})` : isPositiveZeroLiteral(a) ? `minZeroF32x4(${b})` : `f32x4.min(${a}, ${b})`),
  },
  compare: (op, a, b) => `f32x4.${op}(${a}, ${b})`,
  // Lane masks from comparisons are all-ones or all-zeros, so bitselect picks whole lanes.
  select: (c, t, f) => (isPositiveZeroLiteral(t) ? `v128.andnot(${f}, ${c})`
    : isPositiveZeroLiteral(f) ? `v128.and(${t}, ${c})` : `v128.bitselect(${t}, ${f}, ${c})`),
  declare: (name, value) => `const ${name}: v128 = ${value};`,
};

const scalarLiteral = (value: number) => `<f32>(${floatLiteral(value)})`;

export const assemblyscriptF32: Target = {
  name: 'assemblyscript-f32',
  literal: scalarLiteral,
  unary: {
    ...library('F32'),
    neg: (a) => `(-${a})`,
    abs: (a) => `abs<f32>(${a})`,
    sqrt: (a) => `sqrt<f32>(${a})`,
    rsqrt: (a) => `(${scalarLiteral(1)} / sqrt<f32>(${a}))`,
    floor: (a) => `floor<f32>(${a})`,
    recip: (a) => `(${scalarLiteral(1)} / ${a})`,
  },
  binary: {
    ...binaryLibrary('F32'),
    add: (a, b) => `(${a} + ${b})`,
    sub: (a, b) => `(${a} - ${b})`,
    mul: (a, b) => `(${a} * ${b})`,
    div: (a, b) => `(${a} / ${b})`,
    max: (a, b) => `max<f32>(${a}, ${b})`,
    min: (a, b) => `min<f32>(${a}, ${b})`,
  },
  compare: (op, a, b) => `(${a} ${{ lt: '<', le: '<=', gt: '>', ge: '>=' }[op]} ${b})`,
  select: (c, t, f) => `select<f32>(${t}, ${f}, ${c})`,
  declare: (name, value, condition) => `const ${name}: ${condition ? 'bool' : 'f32'} = ${value};`,
};
