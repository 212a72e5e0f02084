import { inputsOf, type Expr, type UnaryOp } from '../expr.js';
import { printExpressions, type Leaves, type Target } from '../printer.js';
import { LOWEST_FLOAT32, type ReductionProgram } from '../reduction-program.js';
import { COUNT, INDEX } from '../reduction-spec.js';
import { runReductionOnArrays } from './cpu-reduction.js';

/**
 * The shader bodies of a reduction program on the GPU backends, written once over a small
 * dialect table (GLSL for webgl, WGSL for webgpu), as three kinds of programs:
 *
 * - statistics: one thread per group, looping each pass over the group's elements; it writes the
 *   group values the outputs read ([groups · values], value-major within a group). A backend
 *   may bring its own (GpuProgramRunner.statistics): webgpu shares each group between the lanes
 *   of a workgroup, and runs a program with one output in one dispatch without these bodies
 *   (webgpu-workgroup-reduction.ts);
 * - outputs: one thread per element, reading its group's values;
 * - column sums: one thread per weight index, looping over outer × across (weight gradients).
 *
 * Uniforms: viewOuter, viewAcross, viewKept, viewWithin (ints) and the program's params (floats, p0 …).
 */
export interface GpuDialect {
  readonly target: Target;
  helpers(ops: Iterable<UnaryOp>): string;
  /** An int expression as a float. */
  float(value: string): string;
  /** Declares an int constant. */
  int(name: string, value: string): string;
  /** Declares a mutable float. */
  variable(name: string, value: string): string;
  /** A counted loop from 0 while below `bound`. */
  loop(variable: string, bound: string, body: string[]): string[];
  /** Reads element `index` of the flat input `name`. */
  read(name: string, index: string): string;
  /** Reads element (`row`, `column`) of an element input, `index` = row · within + column. */
  readElement(name: string, row: string, column: string, index: string): string;
  /** Reads value `slot` of group `group` from the statistics `g` ([groups, count]). */
  readGroup(group: string, slot: number, count: number): string;
  /** A uniform's value. */
  uniform(name: string): string;
}

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/** The group values a set of element expressions reads (accumulations, finished and hoisted values). */
export function groupValuesRead(program: ReductionProgram, expressions: readonly Expr[]): string[] {
  const groupNames = new Set(program.passes.flatMap((pass) => [...pass.accumulate.map((a) => a.name), ...pass.finish.map((f) => f.name)]));
  return [...new Set(expressions.flatMap(inputsOf))].filter((name) => groupNames.has(name));
}

/**
 * The leaves of a program's expressions at element `element` (row `r`, column `w`) and weight
 * index `channel`: element inputs e0 …, weights w0 …, the group size as `groupSize`, params as
 * uniforms p0 …, and group values as `group` names them.
 */
export function reductionLeaves(program: ReductionProgram, dialect: GpuDialect, element: string, channel: string, group: (name: string) => string): Leaves {
  return {
    input: (name) => {
      const e = program.elementInputs.indexOf(name);
      if (e >= 0) return dialect.readElement(`e${e}`, 'r', 'w', element);
      const w = program.weights.indexOf(name);
      if (w >= 0) return dialect.read(`w${w}`, channel);
      if (name === INDEX) return dialect.float(channel);
      return group(name);
    },
    param: (name) => (name === COUNT ? 'groupSize' : dialect.uniform(`p${program.params.indexOf(name)}`)),
  };
}

export interface GpuReductionCode {
  readonly body: string;
  readonly ops: Set<UnaryOp>;
}

class GpuReductionPrinter {
  readonly ops = new Set<UnaryOp>();
  private prefix = 0;

  constructor(private readonly program: ReductionProgram, private readonly dialect: GpuDialect) {}

  private leaves(element: string, channel: string, group: (name: string) => string): Leaves {
    return reductionLeaves(this.program, this.dialect, element, channel, group);
  }

  private print(expressions: readonly Expr[], leaves: Leaves): { statements: string[]; values: string[] } {
    const printed = printExpressions(this.dialect.target, expressions, leaves, `t${this.prefix++}_`);
    printed.ops.forEach((op) => this.ops.add(op));
    return printed;
  }

  /** Element (o, a, k, w) as `i`, its weight index as `c`, around `body`. */
  private sweep(body: string[]): string[] {
    const { dialect } = this;
    return dialect.loop('a', dialect.uniform('viewAcross'), dialect.loop('w', dialect.uniform('viewWithin'), [
      dialect.int('r', `(o * ${dialect.uniform('viewAcross')} + a) * ${dialect.uniform('viewKept')} + k`),
      dialect.int('i', `r * ${dialect.uniform('viewWithin')} + w`),
      dialect.int('c', `k * ${dialect.uniform('viewWithin')} + w`),
      ...body,
    ]));
  }

  /** Statistics of the group (o, k): every pass; leaves `g_<name>` for every group value. */
  statistics(): string[] {
    const { program, dialect } = this;
    const lines: string[] = [];
    const local = (name: string) => `g_${id(name)}`;
    for (const pass of program.passes) {
      for (const a of pass.accumulate) lines.push(dialect.variable(local(a.name), dialect.target.literal(a.reduce === 'sum' ? 0 : LOWEST_FLOAT32)));
      if (pass.accumulate.length) {
        const { statements, values } = this.print(pass.accumulate.map((a) => a.of), this.leaves('i', 'c', local));
        lines.push(...this.sweep([
          ...statements,
          ...pass.accumulate.map((a, n) => (a.reduce === 'sum'
            ? `${local(a.name)} = ${local(a.name)} + ${values[n]};`
            : `${local(a.name)} = ${dialect.target.binary.max(local(a.name), values[n])};`)),
        ]));
      }
      for (const value of pass.finish) {
        const { statements, values } = this.print([value.value], this.leaves('i', 'c', local));
        lines.push(...statements, dialect.variable(local(value.name), values[0]));
      }
    }
    return lines;
  }

  /** The printed expressions at element `i`, weight index `c`, with group values read by `group`. */
  elementValues(expressions: readonly Expr[], group: (name: string) => string): { statements: string[]; values: string[] } {
    return this.print(expressions, this.leaves('i', 'c', group));
  }
}

/** The statistics program: thread `groupIndex` writes value `n` of its group at groupIndex · count + n. */
export function statisticsCode(program: ReductionProgram, dialect: GpuDialect, written: readonly string[], store: (n: number, value: string) => string): GpuReductionCode {
  const printer = new GpuReductionPrinter(program, dialect);
  const lines = [
    dialect.int('o', `groupIndex / ${dialect.uniform('viewKept')}`),
    dialect.int('k', `groupIndex - o * ${dialect.uniform('viewKept')}`),
    `${dialect.variable('groupSize', dialect.float(`${dialect.uniform('viewAcross')} * ${dialect.uniform('viewWithin')}`))}`,
    ...printer.statistics(),
    ...written.map((name, n) => store(n, `g_${id(name)}`)),
  ];
  return { body: lines.join('\n'), ops: printer.ops };
}

/**
 * The outputs program at element `index`: decodes (o, a, k, w), reads the group's values from
 * the statistics output (slots as listed in `written`), and returns the statements and values.
 */
export function outputCode(program: ReductionProgram, dialect: GpuDialect, expressions: readonly Expr[], written: readonly string[]): GpuReductionCode & { values: string[] } {
  const printer = new GpuReductionPrinter(program, dialect);
  const u = dialect.uniform;
  const lines = [
    dialect.int('i', 'index'),
    dialect.int('w', `index - (index / ${u('viewWithin')}) * ${u('viewWithin')}`),
    dialect.int('rowIndex', `index / ${u('viewWithin')}`),
    dialect.int('r', 'rowIndex'),
    dialect.int('k', `rowIndex - (rowIndex / ${u('viewKept')}) * ${u('viewKept')}`),
    dialect.int('o', `rowIndex / ${u('viewKept')} / ${u('viewAcross')}`),
    dialect.int('c', `k * ${u('viewWithin')} + w`),
    dialect.int('groupIndex', `o * ${u('viewKept')} + k`),
    `${dialect.variable('groupSize', dialect.float(`${u('viewAcross')} * ${u('viewWithin')}`))}`,
  ];
  const { statements, values } = printer.elementValues(expressions, (name) => dialect.readGroup('groupIndex', written.indexOf(name), written.length));
  return { body: [...lines, ...statements].join('\n'), ops: printer.ops, values };
}

/** A group-output program at group `groupIndex`: a value over the group's statistics. */
export function groupOutputCode(program: ReductionProgram, dialect: GpuDialect, expression: Expr, written: readonly string[]): GpuReductionCode & { values: string[] } {
  const printer = new GpuReductionPrinter(program, dialect);
  const u = dialect.uniform;
  const { statements, values } = printer.elementValues([expression], (name) => dialect.readGroup('groupIndex', written.indexOf(name), written.length));
  const lines = [`${dialect.variable('groupSize', dialect.float(`${u('viewAcross')} * ${u('viewWithin')}`))}`, ...statements];
  return { body: lines.join('\n'), ops: printer.ops, values };
}

/** A column-sum program at weight index `c`: Σ over outer × across of `expression`. */
export function columnSumCode(program: ReductionProgram, dialect: GpuDialect, expression: Expr, written: readonly string[]): GpuReductionCode {
  const printer = new GpuReductionPrinter(program, dialect);
  const u = dialect.uniform;
  const { statements, values } = printer.elementValues([expression], (name) => dialect.readGroup('groupIndex', written.indexOf(name), written.length));
  const lines = [
    dialect.int('k', `c / ${u('viewWithin')}`),
    dialect.int('w', `c - k * ${u('viewWithin')}`),
    `${dialect.variable('groupSize', dialect.float(`${u('viewAcross')} * ${u('viewWithin')}`))}`,
    dialect.variable('total', dialect.target.literal(0)),
    ...dialect.loop('o', u('viewOuter'), dialect.loop('a', u('viewAcross'), [
      dialect.int('r', `(o * ${u('viewAcross')} + a) * ${u('viewKept')} + k`),
      dialect.int('i', `r * ${u('viewWithin')} + w`),
      dialect.int('groupIndex', `o * ${u('viewKept')} + k`),
      ...statements,
      `total = total + ${values[0]};`,
    ])),
  ];
  return { body: lines.join('\n'), ops: printer.ops };
}

/** A reduction shader's role: statistics per group, outputs per element, sums per weight index, or a group output per group. */
export type GpuReductionKind = 'statistics' | 'output' | 'sum' | 'group';

/** How one GPU backend wraps and runs the bodies above (webgl-reduction.ts, webgpu-reduction.ts). */
export interface GpuProgramRunner<Info> {
  readonly dialect: GpuDialect;
  /** The statement that writes group value `n` of `count` from the statistics thread. */
  store(n: number, count: number, value: string): string;
  /**
   * Runs a program of `kind` named `key`: `threads` threads (groups, elements or weight
   * indices) for a flat output of `size` floats; `value` is the printed result of an output or
   * sum program. Inputs are flat views named e0 …, w0 … and g (the statistics).
   */
  run(key: string, kind: GpuReductionKind, code: GpuReductionCode, value: string, threads: number, size: number, count: number,
    inputs: ReadonlyArray<[name: string, info: Info]>, uniforms: { ints: Record<string, number>; floats: readonly number[] }): Info;
  dispose(info: Info): void;
  /** A new float32 result holding `values` (results of empty inputs, computed on the cpu). */
  upload(values: Float32Array): Info;
  /**
   * The backend's own statistics program, where it has a better one than a thread per group
   * (webgpu: the lanes of a workgroup share a group): the same [groups, written] values.
   */
  statistics?(program: ReductionProgram, written: readonly string[], groups: number,
    inputs: ReadonlyArray<[name: string, info: Info]>, uniforms: { ints: Record<string, number>; floats: readonly number[] }): Info;
}

const cachedCode = new Map<string, GpuReductionCode & { values?: string[] }>();
function once<T extends GpuReductionCode>(key: string, make: () => T): T {
  let code = cachedCode.get(key) as T | undefined;
  if (!code) {
    code = make();
    cachedCode.set(key, code);
  }
  return code;
}

const inputsReadCache = new WeakMap<GpuReductionCode, Set<string>>();

/**
 * Which of the inputs (e0 …, w0 …, g) a cached shader reads: found once per code, not on every
 * call (a program's shader always gets the same inputs offered).
 */
export function inputsRead(code: GpuReductionCode & { values?: string[] }, dialect: GpuDialect, offered: readonly string[]): Set<string> {
  let reads = inputsReadCache.get(code);
  if (!reads) {
    const text = [code.body, ...(code.values ?? [])].join('\n');
    const marker = '\u0000';
    const prefix = (input: string) => (input === 'g' ? dialect.readGroup(marker, 0, 1) : input.startsWith('e')
      ? dialect.readElement(input, marker, marker, marker) : dialect.read(input, marker)).split(marker)[0];
    reads = new Set(offered.filter((input) => text.includes(prefix(input))));
    inputsReadCache.set(code, reads);
  }
  return reads;
}

/**
 * Runs a reduction program as up to three kinds of GPU programs (statistics, outputs, column
 * sums, group outputs): two passes for a forward, and one more per weight for a backward.
 * Returns the outputs, then the group outputs, then the column sums, as flat float32 results.
 */
export function runGpuReduction<Info>(
  gpu: GpuProgramRunner<Info>,
  program: ReductionProgram,
  view: readonly [number, number, number, number],
  elements: readonly Info[],
  weights: readonly Info[],
  params: readonly number[],
): Info[] {
  const [outer, across, kept, within] = view;
  const groups = outer * kept;
  const size = groups * across * within;
  const written = groupValuesRead(program, [...program.outputs, ...program.columnSums, ...program.groupOutputs]);
  const uniforms = { ints: { viewOuter: outer, viewAcross: across, viewKept: kept, viewWithin: within }, floats: params };
  const inputs: Array<[string, Info]> = [
    ...elements.map((info, n): [string, Info] => [`e${n}`, info]),
    ...weights.map((info, n): [string, Info] => [`w${n}`, info]),
  ];
  const { dialect } = gpu;
  const name = dialect.target.name;
  // Only the inputs a shader reads: webgpu derives its bind group layout from the shader and
  // rejects bindings the shader does not use.
  const readBy = (code: GpuReductionCode & { values?: string[] }, available: ReadonlyArray<[string, Info]>) => {
    const reads = inputsRead(code, dialect, available.map(([input]) => input));
    return available.filter(([input]) => reads.has(input));
  };
  let statistics: Info | null = null;
  if (size === 0) {
    // Nothing to read (webgpu refuses to bind an empty buffer): the statistics of empty groups
    // (0/0 = NaN for a mean) and zero column sums come from the same program run in JavaScript.
    const empty = new Float32Array(0);
    const { outputs, groups: grouped, sums } = runReductionOnArrays(program, view, elements.map(() => empty), weights.map(() => empty), params);
    return [...outputs, ...grouped, ...sums].map((values) => gpu.upload(values));
  }
  if (written.length && gpu.statistics) {
    statistics = gpu.statistics(program, written, groups, inputs, uniforms);
  } else if (written.length) {
    const code = once(`${program.key}|${name}|statistics`, () => statisticsCode(program, dialect, written, (n, value) => gpu.store(n, written.length, value)));
    statistics = gpu.run(`${program.key}_statistics`, 'statistics', code, '', groups, groups * written.length, written.length, readBy(code, inputs), uniforms);
  }
  try {
    const withStatistics: Array<[string, Info]> = statistics ? [...inputs, ['g', statistics]] : inputs;
    const outputs = program.outputs.map((expression, n) => {
      const code = once(`${program.key}|${name}|output${n}`, () => outputCode(program, dialect, [expression], written));
      return gpu.run(`${program.key}_output${n}`, 'output', code, code.values[0], size, size, written.length, readBy(code, withStatistics), uniforms);
    });
    const grouped = program.groupOutputs.map((expression, n) => {
      const code = once(`${program.key}|${name}|group${n}`, () => groupOutputCode(program, dialect, expression, written));
      return gpu.run(`${program.key}_group${n}`, 'group', code, code.values[0], groups, groups, written.length, readBy(code, withStatistics), uniforms);
    });
    const sums = program.columnSums.map((expression, n) => {
      const code = once(`${program.key}|${name}|sum${n}`, () => columnSumCode(program, dialect, expression, written));
      return gpu.run(`${program.key}_sum${n}`, 'sum', code, 'total', kept * within, kept * within, written.length, readBy(code, withStatistics), uniforms);
    });
    return [...outputs, ...grouped, ...sums];
  } finally {
    if (statistics) gpu.dispose(statistics);
  }
}

/** The shape of result `n` of a program: x's for outputs, [outer · kept] for group outputs, [kept · within] for sums. */
export function resultShape(program: ReductionProgram, view: readonly [number, number, number, number], xShape: readonly number[], n: number): readonly number[] {
  if (n < program.outputs.length) return xShape;
  if (n < program.outputs.length + program.groupOutputs.length) return [view[0] * view[2]];
  return [view[2] * view[3]];
}
