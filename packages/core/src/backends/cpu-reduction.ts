import type { TensorInfo } from '@tensorflow/tfjs-core';
import { erf64 } from '../expr.js';
import { printExpressions, type Leaves } from '../printer.js';
import { LOWEST_FLOAT32, type ReductionProgram } from '../reduction-program.js';
import { COUNT, INDEX } from '../reduction-spec.js';
import { javascript } from '../targets/javascript.js';
import type { ReductionRunner, ReductionViewShape } from './types.js';

interface CpuBackend {
  readSync(dataId: object): unknown;
  makeTensorInfo(shape: number[], dtype: 'float32', values?: Float32Array): TensorInfo;
}

type CompiledReduction = (
  outputs: Float32Array[], sums: Float32Array[], groups: Float32Array[], elements: Float32Array[], weights: Float32Array[],
  params: number[], outer: number, across: number, kept: number, within: number,
) => void;

const RUNTIME = {
  erf: erf64,
  sigmoid: (v: number) => (v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v))),
  max: (a: number, b: number) => (a > b || Number.isNaN(a) ? a : b),
  min: (a: number, b: number) => (a < b || Number.isNaN(a) ? a : b),
};

const name = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');

/**
 * A reduction program as one JavaScript function: groups in the outer loops, each pass a sweep
 * over the group's elements, then the outputs and column sums. Sums accumulate in float64, so
 * cpu results are the float32 rounding of float64 statistics.
 */
export function reductionJavascriptSource(program: ReductionProgram): string {
  const element = new Set(program.elementInputs);
  const weight = new Set(program.weights);
  const leaves: Leaves = {
    input: (leaf) => (element.has(leaf) ? `e_${name(leaf)}[i]` : weight.has(leaf) ? `w_${name(leaf)}[c]` : leaf === INDEX ? 'c' : `g_${name(leaf)}`),
    param: (leaf) => (leaf === COUNT ? 'count' : `p_${name(leaf)}`),
  };
  const sweep = (body: string[]) => [
    'for (let a = 0; a < across; a++) {',
    '  const base = ((o * across + a) * kept + k) * within;',
    '  for (let w = 0; w < within; w++) {',
    '    const i = base + w, c = k * within + w;',
    ...body.map((line) => `    ${line}`),
    '  }',
    '}',
  ];
  const lines: string[] = [
    ...program.elementInputs.map((leaf, n) => `const e_${name(leaf)} = elements[${n}];`),
    ...program.weights.map((leaf, n) => `const w_${name(leaf)} = weights[${n}];`),
    ...program.params.map((leaf, n) => `const p_${name(leaf)} = params[${n}];`),
    'const count = across * within;',
    'for (let o = 0; o < outer; o++) {',
    'for (let k = 0; k < kept; k++) {',
  ];
  program.passes.forEach((pass, p) => {
    for (const accumulation of pass.accumulate) {
      lines.push(`let g_${name(accumulation.name)} = ${accumulation.reduce === 'sum' ? '0' : String(LOWEST_FLOAT32)};`);
    }
    const printed = printExpressions(javascript, pass.accumulate.map((a) => a.of), leaves, `s${p}_`);
    if (pass.accumulate.length) lines.push(...sweep([
      ...printed.statements,
      ...pass.accumulate.map((a, n) => (a.reduce === 'sum'
        ? `g_${name(a.name)} += ${printed.values[n]};`
        : `g_${name(a.name)} = max(g_${name(a.name)}, ${printed.values[n]});`)),
    ]));
    pass.finish.forEach((value, n) => {
      const finished = printExpressions(javascript, [value.value], leaves, `f${p}_${n}_`);
      lines.push(...finished.statements, `const g_${name(value.name)} = ${finished.values[0]};`);
    });
  });
  if (program.groupOutputs.length) {
    const grouped = printExpressions(javascript, program.groupOutputs, leaves, 'q_');
    lines.push(...grouped.statements, ...grouped.values.map((value, n) => `groups[${n}][o * kept + k] = ${value};`));
  }
  const printed = printExpressions(javascript, [...program.outputs, ...program.columnSums], leaves, 'o_');
  lines.push(...sweep([
    ...printed.statements,
    ...program.outputs.map((_, n) => `outputs[${n}][i] = ${printed.values[n]};`),
    ...program.columnSums.map((_, n) => `sums[${n}][c] += ${printed.values[program.outputs.length + n]};`),
  ]));
  lines.push('}', '}');
  return lines.join('\n');
}

const compiled = new Map<string, CompiledReduction>();

function compile(program: ReductionProgram): CompiledReduction {
  let kernel = compiled.get(program.key);
  if (kernel) return kernel;
  const factory = new Function('runtime', `const { erf, sigmoid, max, min } = runtime;
return function ${program.key}(outputs, sums, groups, elements, weights, params, outer, across, kept, within) {\n${reductionJavascriptSource(program)}\n};`);
  kernel = factory(RUNTIME) as CompiledReduction;
  compiled.set(program.key, kernel);
  return kernel;
}

const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Runs a program on float32 arrays; shared by the cpu runner and the wasm runner's fallback. */
export function runReductionOnArrays(
  program: ReductionProgram, view: ReductionViewShape, elements: Float32Array[], weights: Float32Array[], params: readonly number[],
): { outputs: Float32Array[]; groups: Float32Array[]; sums: Float32Array[] } {
  const size = sizeOf(view);
  const outputs = program.outputs.map(() => new Float32Array(size));
  const groups = program.groupOutputs.map(() => new Float32Array(view[0] * view[2]));
  const sums = program.columnSums.map(() => new Float32Array(view[2] * view[3]));
  // Runs on empty groups too: their group outputs are 0/0 = NaN, the statistics of nothing.
  if (size > 0 || groups.length) compile(program)(outputs, sums, groups, elements, weights, [...params], ...view);
  return { outputs, groups, sums };
}

export const cpuReductionRunner: ReductionRunner = {
  run(backendInstance, program, view, elements, weights, params) {
    const backend = backendInstance as CpuBackend;
    const values = (info: TensorInfo) => backend.readSync(info.dataId) as Float32Array;
    const { outputs, groups, sums } = runReductionOnArrays(program, view, elements.map(values), weights.map(values), params);
    return [
      ...outputs.map((out) => backend.makeTensorInfo([...elements[0].shape], 'float32', out)),
      ...[...groups, ...sums].map((values) => backend.makeTensorInfo([values.length], 'float32', values)),
    ];
  },
};
