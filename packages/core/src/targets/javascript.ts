import { floatLiteral, type Target } from '../printer.js';

/**
 * JavaScript, for the cpu backend: computes in float64 and rounds once on store into the
 * Float32Array, so cpu results are the float32 rounding of the exact value.
 */
export const javascript: Target = {
  name: 'javascript',
  literal: floatLiteral,
  unary: {
    neg: (a) => `(-${a})`,
    abs: (a) => `Math.abs(${a})`,
    exp: (a) => `Math.exp(${a})`,
    expm1: (a) => `Math.expm1(${a})`,
    log: (a) => `Math.log(${a})`,
    log1p: (a) => `Math.log1p(${a})`,
    sqrt: (a) => `Math.sqrt(${a})`,
    rsqrt: (a) => `(1 / Math.sqrt(${a}))`,
    tanh: (a) => `Math.tanh(${a})`,
    sigmoid: (a) => `sigmoid(${a})`,
    erf: (a) => `erf(${a})`,
    sin: (a) => `Math.sin(${a})`,
    cos: (a) => `Math.cos(${a})`,
    floor: (a) => `Math.floor(${a})`,
    recip: (a) => `(1 / ${a})`,
  },
  binary: {
    add: (a, b) => `(${a} + ${b})`,
    sub: (a, b) => `(${a} - ${b})`,
    mul: (a, b) => `(${a} * ${b})`,
    div: (a, b) => `(${a} / ${b})`,
    max: (a, b) => `max(${a}, ${b})`,
    min: (a, b) => `min(${a}, ${b})`,
  },
  compare: (op, a, b) => `(${a} ${{ lt: '<', le: '<=', gt: '>', ge: '>=' }[op]} ${b})`,
  select: (c, t, f) => `(${c} ? ${t} : ${f})`,
  declare: (name, value) => `const ${name} = ${value};`,
};
