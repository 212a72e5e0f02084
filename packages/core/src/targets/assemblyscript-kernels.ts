import { add, div, exp, inputsOf, min, mul, type Expr } from '../expr.js';
import { printExpressions } from '../printer.js';
import type { ElementwiseProgram } from '../program.js';
import { assemblyscriptF32, assemblyscriptF32x4, ASSEMBLYSCRIPT_LIBRARY_EXPORTS } from './assemblyscript.js';

/**
 * AssemblyScript kernels for elementwise programs, in the shape of STYLE.md §8: a main loop of
 * four f32x4 vectors (16 floats), a one-vector loop, then a scalar tail.
 *
 * Export signatures (pointers are byte offsets into the imported memory, all float32):
 * - elementwise, uniform params:  key(out, in0, …, n: i32, p0: f32, …)
 * - elementwise, channel params:  key(out, in0, …, rows: i32, width: i32, p0: usize, …), p_k[width]
 * - gated-forward:                key(out, x, rows: i32, half: i32, params…)
 * - gated-backward:               key(out, x, dy, rows: i32, half: i32, params…)
 * Params of gated layouts are f32 values (uniform) or pointers to [half] (channel).
 */

/** How many vectors the main loop processes per iteration. */
export const UNROLL = 4;

interface Stream {
  /** The pointer expression of each tensor input, for one row. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The pointer expression of each output, for one row. */
  readonly outputs: readonly string[];
}

/**
 * Rewrites an expression into a cheaper float32 equivalent before printing. So far one
 * identity: tanh(softplus(v)) = n/(n + 2) with n = e^v·(e^v + 2) (from tanh(log u) =
 * (u² − 1)/(u² + 1), u = 1 + e^v) — one exp and one division instead of exp, log1p, expm1
 * and three divisions; mish and its gradient spend most of their time there. No cancellation
 * anywhere (n ≥ 0), and v is capped at 20, where the quotient is already 1 in float32, so n
 * never overflows; NaN passes through the min, ±Inf give 1 and 0 like tanh(softplus(±Inf)).
 */
export function rewriteForFloat32(expression: Expr, cache = new Map<Expr, Expr>()): Expr {
  const done = cache.get(expression);
  if (done) return done;
  let result: Expr;
  const softplusArgument = expression.kind === 'unary' && expression.op === 'tanh' ? softplusOf(expression.arg) : null;
  if (softplusArgument) {
    const e = exp(min(rewriteForFloat32(softplusArgument, cache), 20));
    const n = mul(e, add(e, 2));
    result = div(n, add(n, 2));
  } else if (expression.kind === 'unary') {
    const arg = rewriteForFloat32(expression.arg, cache);
    result = arg === expression.arg ? expression : { ...expression, arg };
  } else if (expression.kind === 'binary') {
    const left = rewriteForFloat32(expression.left, cache);
    const right = rewriteForFloat32(expression.right, cache);
    result = left === expression.left && right === expression.right ? expression : { ...expression, left, right };
  } else if (expression.kind === 'select') {
    const condition = rewriteForFloat32(expression.condition, cache);
    const then = rewriteForFloat32(expression.then, cache);
    const otherwise = rewriteForFloat32(expression.otherwise, cache);
    result = condition === expression.condition && then === expression.then && otherwise === expression.otherwise
      ? expression : { ...expression, condition, then, otherwise };
  } else {
    result = expression;
  }
  cache.set(expression, result);
  return result;
}

/** v when `node` is softplus(v) as expr.ts builds it, max(v, 0) + log1p(exp(−|v|)); else null. */
function softplusOf(node: Expr): Expr | null {
  if (node.kind !== 'binary' || node.op !== 'add') return null;
  const { left, right } = node;
  if (left.kind !== 'binary' || left.op !== 'max' || left.right.kind !== 'const' || left.right.value !== 0) return null;
  const v = left.left;
  if (right.kind !== 'unary' || right.op !== 'log1p') return null;
  const e = right.arg;
  if (e.kind !== 'unary' || e.op !== 'exp') return null;
  const negated = e.arg;
  if (negated.kind !== 'unary' || negated.op !== 'neg') return null;
  const magnitude = negated.arg;
  return magnitude.kind === 'unary' && magnitude.op === 'abs' && magnitude.arg === v ? v : null;
}

const identifier = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
const paramName = (name: string) => `param_${identifier(name)}`;

/** The body of one column loop: loads, the expression, stores, for `lanes` = 'f32x4' or 'f32'. */
function columnBody(program: ElementwiseProgram, stream: Stream, lanes: 'f32x4' | 'f32', block: number): string[] {
  const vector = lanes === 'f32x4';
  const suffix = vector ? `_${block}` : '_s';
  const immediate = vector && block ? `, ${block * 16}` : '';
  const load = (pointer: string) => (vector ? `v128.load(${pointer} + column${immediate})` : `load<f32>(${pointer} + column)`);
  const lines: string[] = [];
  const locals = new Map<string, string>();
  for (const [name, pointer] of Object.entries(stream.inputs)) {
    const local = `input_${identifier(name)}${suffix}`;
    lines.push(`const ${local} = ${load(pointer)};`);
    locals.set(name, local);
  }
  const channel = program.paramMode === 'channel';
  const params = new Map<string, string>();
  for (const name of program.params) {
    if (channel) {
      const local = `${paramName(name)}${suffix}`;
      lines.push(`const ${local} = ${load(paramName(name))};`);
      params.set(name, local);
    } else {
      params.set(name, vector ? `${paramName(name)}_vector` : paramName(name));
    }
  }
  const cache = new Map<Expr, Expr>();
  const outputs = program.outputs.map((output) => rewriteForFloat32(output, cache));
  const { statements, values } = printExpressions(vector ? assemblyscriptF32x4 : assemblyscriptF32, outputs, {
    input: (name) => locals.get(name) ?? missing(program, name),
    param: (name) => params.get(name)!,
  }, `t${suffix}_`);
  lines.push(...statements);
  values.forEach((value, k) => {
    const pointer = stream.outputs[k];
    lines.push(vector ? `v128.store(${pointer} + column, ${value}${immediate});` : `store<f32>(${pointer} + column, ${value});`);
  });
  return lines;
}

function missing(program: ElementwiseProgram, name: string): never {
  throw new Error(`${program.key}: the kernel reads input '${name}', which its layout does not provide — `
    + "elementwise programs read their declared inputs, gated ones read 'a', 'b' and 'dy'");
}

/** The three column loops over `count` floats of one row. */
function columnLoops(program: ElementwiseProgram, stream: Stream, count: string): string[] {
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`);
  const unrolled = Array.from({ length: UNROLL }, (_, block) => columnBody(program, stream, 'f32x4', block)).flat();
  return [
    'let j = 0;',
    `for (; j + ${UNROLL * 4} <= ${count}; j += ${UNROLL * 4}) {`,
    '  const column = <usize>j << 2;',
    ...indent(unrolled),
    '}',
    `for (; j + 4 <= ${count}; j += 4) {`,
    '  const column = <usize>j << 2;',
    ...indent(columnBody(program, stream, 'f32x4', 0)),
    '}',
    `for (; j < ${count}; j++) {`,
    '  const column = <usize>j << 2;',
    ...indent(columnBody(program, stream, 'f32', 0)),
    '}',
  ];
}

/** One exported AssemblyScript function for a program (see the signatures above). */
export function assemblyscriptKernel(program: ElementwiseProgram): string {
  const channel = program.paramMode === 'channel';
  const paramDeclarations = program.params.map((name) => `${paramName(name)}: ${channel ? 'usize' : 'f32'}`);
  const splats = channel ? [] : program.params.map((name) => `const ${paramName(name)}_vector = f32x4.splat(${paramName(name)});`);
  const indent = (lines: string[], depth = 1) => lines.map((line) => `${'  '.repeat(depth)}${line}`);
  let signature: string[];
  let body: string[];
  if (program.layout === 'elementwise') {
    const inputPointers = program.inputs.map((name) => `input_${identifier(name)}`);
    if (!channel) {
      signature = ['out: usize', ...inputPointers.map((p) => `${p}: usize`), 'n: i32', ...paramDeclarations];
      const stream = { inputs: Object.fromEntries(program.inputs.map((name, k) => [name, inputPointers[k]])), outputs: ['out'] };
      body = [...splats, ...columnLoops(program, stream, 'n')];
    } else {
      signature = ['out: usize', ...inputPointers.map((p) => `${p}: usize`), 'rows: i32', 'width: i32', ...paramDeclarations];
      const stream = {
        inputs: Object.fromEntries(program.inputs.map((name, k) => [name, `${inputPointers[k]}_row`])),
        outputs: ['out_row'],
      };
      body = [
        'const rowBytes = <usize>width << 2;',
        'for (let r = 0; r < rows; r++) {',
        '  const offset = <usize>r * rowBytes;',
        '  const out_row = out + offset;',
        ...inputPointers.map((p) => `  const ${p}_row = ${p} + offset;`),
        ...indent(columnLoops(program, stream, 'width')),
        '}',
      ];
    }
  } else {
    const backward = program.layout === 'gated-backward';
    signature = ['out: usize', 'x: usize', ...(backward ? ['dy: usize'] : []), 'rows: i32', 'half: i32', ...paramDeclarations];
    // Gated programs declare their tensors (x, dy); the expressions read the halves a and b.
    const used = new Set(program.outputs.flatMap(inputsOf));
    const inputs: Record<string, string> = {};
    if (used.has('a')) inputs.a = 'a_row';
    if (used.has('b')) inputs.b = 'b_row';
    if (used.has('dy')) inputs.dy = 'dy_row';
    for (const name of used) if (!(name in inputs)) missing(program, name);
    const stream = { inputs, outputs: backward ? ['out_a_row', 'out_b_row'] : ['out_row'] };
    body = [
      ...splats,
      'const halfBytes = <usize>half << 2;',
      'for (let r = 0; r < rows; r++) {',
      '  const offset = <usize>r * halfBytes;',
      '  const a_row = x + 2 * offset;',
      '  const b_row = a_row + halfBytes;',
      ...(backward
        ? ['  const dy_row = dy + offset;', '  const out_a_row = out + 2 * offset;', '  const out_b_row = out_a_row + halfBytes;']
        : ['  const out_row = out + offset;']),
      ...indent(columnLoops(program, stream, 'half')),
      '}',
    ];
  }
  return [
    `export function ${program.key}(${signature.join(', ')}): void {`,
    ...indent(body),
    '}',
  ].join('\n');
}

/**
 * A whole AssemblyScript module: `header` (the generated-file notice), the library import,
 * one kernel per program, and any hand-written sources appended verbatim.
 */
export function assemblyscriptModule(header: string, programs: readonly ElementwiseProgram[], libraryPath = '../lib/math'): string {
  const keys = new Set<string>();
  for (const program of programs) {
    if (keys.has(program.key)) throw new Error(`assemblyscriptModule: expected unique program keys, got '${program.key}' twice — give each program its own key`);
    keys.add(program.key);
  }
  return `${header}// @ts-nocheck: AssemblyScript (v128, usize, load<f32>), compiled by asc, not tsc.
import { ${ASSEMBLYSCRIPT_LIBRARY_EXPORTS.join(', ')} } from '${libraryPath}';

${programs.map(assemblyscriptKernel).join('\n\n')}
`;
}
