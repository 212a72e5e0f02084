import type { Expr } from '../expr.js';
import { floatLiteral, printExpressions } from '../printer.js';
import { LOWEST_FLOAT32, STASH, type ReductionProgram } from '../reduction-program.js';
import { COUNT, INDEX } from '../reduction-spec.js';
import { assemblyscriptF32, assemblyscriptF32x4 } from './assemblyscript.js';
import { rewriteAllForFloat32, UNROLL } from './assemblyscript-kernels.js';

/**
 * AssemblyScript kernels for reduction programs (reduction-program.ts), one export each:
 *
 *   key(out…, group…, sum…, element…, weight…, outer: i32, across: i32, kept: i32, within: i32, param…: f32)
 *
 * Pointers are byte offsets into the imported memory; column sums are zeroed here. Two loop
 * shapes, chosen per call by `within`:
 * - a group at a time, f32x4 across its `within` values (rows, channel groups): each pass an
 *   unrolled sweep with four vector accumulators per statistic (16 partial sums, which also
 *   keeps a 1024-wide row's rounding near pairwise summation), a one-vector loop and a scalar
 *   tail; reading the group again per pass is nearly free while it stays in cache. A program
 *   with a stash form (softmax) stores its term in the last pass and finishes from it;
 * - sixteen channels at a time when `within` is 1 (per-channel statistics: InstanceNorm,
 *   BatchNorm), one group per lane, so the sweep over `across` stays f32x4 and needs no
 *   horizontal sum; or 4 (GroupNorm's groups of four channels), one group per vector, its
 *   lanes summed once per pass.
 */

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
const indent = (lines: readonly string[], depth = 1) => lines.map((line) => `${'  '.repeat(depth)}${line}`);
const identity = (reduce: 'sum' | 'max') => `<f32>(${reduce === 'sum' ? '0.0' : floatLiteral(LOWEST_FLOAT32)})`;

interface Shape {
  /** 'row': f32x4 across `within`; 'lanes': one group per lane; 'scalar': one value. */
  readonly mode: 'row' | 'lanes' | 'scalar';
  /** Byte offset of the element (within this group's row) the body starts at. */
  readonly element: string;
  /** Byte offset of the weight index the body starts at. */
  readonly weight: string;
  /** The weight index of the first value, as an i32 expression ('index' leaf). */
  readonly index: string;
  /** Immediate byte offset of an unrolled block. */
  readonly block: number;
  /** 'lanes' mode: the suffix of this block's group values (one set per vector of four groups). */
  readonly lane?: string;
}

class ReductionPrinter {
  private readonly element: Set<string>;
  private readonly weight: Set<string>;

  constructor(private readonly program: ReductionProgram) {
    this.element = new Set(program.elementInputs);
    this.weight = new Set(program.weights);
  }

  /** Loads and prints `expressions` for one body; returns the statements and the values. */
  body(expressions: readonly Expr[], shape: Shape, prefix: string): { lines: string[]; values: string[] } {
    const vector = shape.mode !== 'scalar';
    const suffix = `_${prefix}`;
    const immediate = shape.block ? `, ${shape.block}` : '';
    const lines: string[] = [];
    const load = (pointer: string, offset: string) => (vector ? `v128.load(${pointer} + ${offset}${immediate})` : `load<f32>(${pointer} + ${offset})`);
    const leaves = new Map<string, string>();
    const leaf = (name: string): string => {
      const known = leaves.get(name);
      if (known) return known;
      let value: string;
      if (this.element.has(name)) {
        value = `e_${id(name)}${suffix}`;
        lines.push(`const ${value} = ${load(`e_${id(name)}`, shape.element)};`);
      } else if (name === STASH) {
        // The term the last pass stored in the output (ReductionProgram.stash).
        value = `stash${suffix}`;
        lines.push(`const ${value} = ${load('out0', shape.element)};`);
      } else if (this.weight.has(name)) {
        value = `w_${id(name)}${suffix}`;
        if (shape.mode === 'lanes') lines.push(`const ${value} = v128.load(w_${id(name)} + ${shape.weight}${immediate});`);
        else lines.push(`const ${value} = ${load(`w_${id(name)}`, shape.weight)};`);
      } else if (name === INDEX) {
        value = `index${suffix}`;
        const first = `${shape.index}${shape.block ? ` + ${shape.block / 4}` : ''}`;
        lines.push(vector
          ? `const ${value} = f32x4.convert_i32x4_s(i32x4.add(i32x4.splat(${first}), i32x4(0, 1, 2, 3)));`
          : `const ${value} = <f32>(${first});`);
      } else {
        // A group value: a vector per lane in 'lanes' mode, splatted in 'row' mode.
        value = shape.mode === 'lanes' ? `g_${id(name)}${shape.lane ?? ''}` : vector ? `g_${id(name)}_v` : `g_${id(name)}`;
      }
      leaves.set(name, value);
      return value;
    };
    const rewritten = rewriteAllForFloat32(expressions);
    const printed = printExpressions(vector ? assemblyscriptF32x4 : assemblyscriptF32, rewritten, {
      input: leaf,
      param: (name) => (name === COUNT ? (vector ? 'count_v' : 'count') : vector ? `p_${id(name)}_v` : `p_${id(name)}`),
    }, `t${suffix}_`);
    return { lines: [...lines, ...printed.statements], values: printed.values };
  }

  /**
   * The accumulate statements of a body: `target` names the accumulator (per unrolled block);
   * `stash` is the accumulation whose term is also stored in the output (the stash form).
   */
  accumulate(pass: ReductionProgram['passes'][number], shape: Shape, prefix: string, target: (n: number) => string, stash?: Expr): string[] {
    // The stash value is printed with the terms, so what they share is computed once.
    const { lines, values } = this.body([...pass.accumulate.map((a) => a.of), ...(stash ? [stash] : [])], shape, prefix);
    const vector = shape.mode !== 'scalar';
    if (stash) {
      const value = values.pop()!;
      lines.push(vector
        ? `v128.store(out0 + ${shape.element}, ${value}${shape.block ? `, ${shape.block}` : ''});`
        : `store<f32>(out0 + ${shape.element}, ${value});`);
    }
    return [...lines, ...pass.accumulate.map((a, n) => {
      const accumulator = target(n);
      if (a.reduce === 'sum') return `${accumulator} = ${vector ? `f32x4.add(${accumulator}, ${values[n]})` : `${accumulator} + ${values[n]}`};`;
      return `${accumulator} = ${vector ? `f32x4.max(${accumulator}, ${values[n]})` : `max<f32>(${accumulator}, ${values[n]})`};`;
    })];
  }

  /** Output stores and column-sum updates of a body. */
  emit(shape: Shape, prefix: string, outputOffset: string, sumOffset: string, stashed = false): string[] {
    const { program } = this;
    const outputs = stashed ? [program.stash!.output] : program.outputs;
    const { lines, values } = this.body([...outputs, ...program.columnSums], shape, prefix);
    const vector = shape.mode !== 'scalar';
    const immediate = vector && shape.block ? `, ${shape.block}` : '';
    const out = program.outputs.map((_, n) => (vector
      ? `v128.store(out${n} + ${outputOffset}, ${values[n]}${immediate});`
      : `store<f32>(out${n} + ${outputOffset}, ${values[n]});`));
    const sums = program.columnSums.map((_, n) => {
      const value = values[program.outputs.length + n];
      const at = `sum${n} + ${sumOffset}`;
      return vector
        ? `v128.store(${at}, f32x4.add(v128.load(${at}${immediate}), ${value})${immediate});`
        : `store<f32>(${at}, load<f32>(${at}) + ${value});`;
    });
    return [...lines, ...out, ...sums];
  }

  /** One group, f32x4 across its `within` values. */
  rowGroup(): string[] {
    const { program } = this;
    const lines: string[] = [
      'const start = <usize>((o * across * kept + k) * within) << 2;',
      'const weightStart = <usize>(k * within) << 2;',
    ];
    const shape = (mode: 'row' | 'scalar', block: number): Shape => ({
      mode, element: 'row + column', weight: 'weightStart + column', index: 'k * within + j', block,
    });
    const sweep = (bodies: (mode: 'row' | 'scalar', block: number) => string[]) => [
      'for (let a = 0; a < across; a++) {',
      '  const row = start + <usize>a * rowStride;',
      '  let j = 0;',
      `  for (; j + ${UNROLL * 4} <= within; j += ${UNROLL * 4}) {`,
      '    const column = <usize>j << 2;',
      ...indent(Array.from({ length: UNROLL }, (_, block) => bodies('row', block * 16)).flat(), 2),
      '  }',
      '  for (; j + 4 <= within; j += 4) {',
      '    const column = <usize>j << 2;',
      ...indent(bodies('row', 0), 2),
      '  }',
      '  for (; j < within; j++) {',
      '    const column = <usize>j << 2;',
      ...indent(bodies('scalar', 0), 2),
      '  }',
      '}',
    ];
    program.passes.forEach((pass, p) => {
      for (const [n, a] of pass.accumulate.entries()) {
        for (let block = 0; block < UNROLL; block++) lines.push(`let acc${p}_${n}_${block} = f32x4.splat(${identity(a.reduce)});`);
        lines.push(`let acc${p}_${n}_s = ${identity(a.reduce)};`);
      }
      const stash = program.stash?.pass === p ? program.stash.value : undefined;
      if (pass.accumulate.length) lines.push(...sweep((mode, block) => this.accumulate(pass, shape(mode, block), `p${p}_${mode}${block}`,
        (n) => (mode === 'scalar' ? `acc${p}_${n}_s` : `acc${p}_${n}_${block / 16}`), stash)));
      for (const [n, a] of pass.accumulate.entries()) {
        const vectors = Array.from({ length: UNROLL }, (_, block) => `acc${p}_${n}_${block}`);
        const g = `g_${id(a.name)}`;
        if (a.reduce === 'sum') {
          lines.push(`const ${g}_lanes = f32x4.add(f32x4.add(${vectors[0]}, ${vectors[1]}), f32x4.add(${vectors[2]}, ${vectors[3]}));`);
          lines.push(`const ${g}: f32 = f32x4.extract_lane(${g}_lanes, 0) + f32x4.extract_lane(${g}_lanes, 1) + f32x4.extract_lane(${g}_lanes, 2) + f32x4.extract_lane(${g}_lanes, 3) + acc${p}_${n}_s;`);
        } else {
          lines.push(`const ${g}_lanes = f32x4.max(f32x4.max(${vectors[0]}, ${vectors[1]}), f32x4.max(${vectors[2]}, ${vectors[3]}));`);
          lines.push(`const ${g}: f32 = max<f32>(max<f32>(max<f32>(f32x4.extract_lane(${g}_lanes, 0), f32x4.extract_lane(${g}_lanes, 1)), max<f32>(f32x4.extract_lane(${g}_lanes, 2), f32x4.extract_lane(${g}_lanes, 3))), acc${p}_${n}_s);`);
        }
        lines.push(`const ${g}_v = f32x4.splat(${g});`);
      }
      lines.push(...this.finish(pass, 'scalar', p));
    });
    lines.push(...this.groupStores('scalar'));
    lines.push(...sweep((mode, block) => this.emit(shape(mode, block), `o_${mode}${block}`, 'row + column', 'weightStart + column', program.stash != null)));
    return lines;
  }

  /**
   * Groups k … k + 4·vectors − 1 of one value each (within = 1), one per lane: `vectors` = 4
   * reads a whole cache line of each row per iteration, 1 takes the remainder four at a time.
   */
  laneGroups(vectors: 1 | 4): string[] {
    const { program } = this;
    const lines: string[] = [
      'const start = <usize>((o * across * kept + k) * within) << 2;',
      'const weightStart = <usize>(k * within) << 2;',
    ];
    const blocks = Array.from({ length: vectors }, (_, v) => v);
    const shape = (v: number): Shape => ({ mode: 'lanes', element: 'row', weight: 'weightStart', index: 'k * within', block: 16 * v, lane: `_${v}` });
    const sweep = (body: string[]) => [
      'for (let a = 0; a < across; a++) {',
      '  const row = start + <usize>a * rowStride;',
      ...indent(body),
      '}',
    ];
    program.passes.forEach((pass, p) => {
      for (const v of blocks) for (const [n, a] of pass.accumulate.entries()) lines.push(`let acc${p}_${n}_${v} = f32x4.splat(${identity(a.reduce)});`);
      if (pass.accumulate.length) lines.push(...sweep(blocks.flatMap((v) => this.accumulate(pass, shape(v), `l${p}_${v}`, (n) => `acc${p}_${n}_${v}`))));
      for (const v of blocks) {
        for (const [n, a] of pass.accumulate.entries()) {
          const acc = `acc${p}_${n}_${v}`;
          // within = 4: the four lanes are one group's, reduced to its value and splatted.
          const reduced = a.reduce === 'sum'
            ? `f32x4.splat(f32x4.extract_lane(${acc}, 0) + f32x4.extract_lane(${acc}, 1) + f32x4.extract_lane(${acc}, 2) + f32x4.extract_lane(${acc}, 3))`
            : `f32x4.splat(max<f32>(max<f32>(f32x4.extract_lane(${acc}, 0), f32x4.extract_lane(${acc}, 1)), max<f32>(f32x4.extract_lane(${acc}, 2), f32x4.extract_lane(${acc}, 3))))`;
          lines.push(`const g_${id(a.name)}_${v} = within == 1 ? ${acc} : ${reduced};`);
        }
        lines.push(...this.finish(pass, 'lanes', p, v));
      }
    });
    for (const v of blocks) lines.push(...this.groupStores('lanes', v));
    lines.push(...sweep(blocks.flatMap((v) => this.emit(shape(v), `lo_${v}`, 'row', 'weightStart'))));
    return lines;
  }

  /**
   * Stores the group outputs of group (o, k), or in 'lanes' mode those of vector v: groups
   * k + 4v … k + 4v + 3 (within = 1, a group per lane) or group k + v (within = 4, splatted).
   */
  private groupStores(mode: 'scalar' | 'lanes', v = 0): string[] {
    const { program } = this;
    if (!program.groupOutputs.length) return [];
    const shape: Shape = { mode, element: '0', weight: '0', index: '0', block: 0, lane: `_${v}` };
    const { lines, values } = this.body(program.groupOutputs, shape, `q_${mode}${v}`);
    const at = '(<usize>(o * kept + k) << 2)';
    const immediate = v ? `, ${16 * v}` : '';
    return [...lines, ...values.map((value, n) => (mode === 'lanes'
      ? `if (within == 1) v128.store(group${n} + ${at}, ${value}${immediate}); else store<f32>(group${n} + (<usize>(o * kept + k + ${v}) << 2), f32x4.extract_lane(${value}, 0));`
      : `store<f32>(group${n} + ${at}, ${value});`))];
  }

  /** Group values after a pass: scalars (splatted too) for one group, vectors for lane groups. */
  private finish(pass: ReductionProgram['passes'][number], mode: 'scalar' | 'lanes', p: number, v = 0): string[] {
    const lines: string[] = [];
    pass.finish.forEach((value, n) => {
      const shape: Shape = { mode, element: '0', weight: '0', index: '0', block: 0, lane: `_${v}` };
      const { lines: statements, values } = this.body([value.value], shape, `f${p}_${n}_${v}`);
      const g = mode === 'lanes' ? `g_${id(value.name)}_${v}` : `g_${id(value.name)}`;
      lines.push(...statements, mode === 'lanes' ? `const ${g} = ${values[0]};` : `const ${g}: f32 = ${values[0]};`);
      if (mode === 'scalar') lines.push(`const ${g}_v = f32x4.splat(${g});`);
    });
    return lines;
  }
}

/** One exported AssemblyScript function for a reduction program. */
export function assemblyscriptReductionKernel(program: ReductionProgram): string {
  const printer = new ReductionPrinter(program);
  const signature = [
    ...program.outputs.map((_, n) => `out${n}: usize`),
    ...program.groupOutputs.map((_, n) => `group${n}: usize`),
    ...program.columnSums.map((_, n) => `sum${n}: usize`),
    ...program.elementInputs.map((name) => `e_${id(name)}: usize`),
    ...program.weights.map((name) => `w_${id(name)}: usize`),
    'outer: i32', 'across: i32', 'kept: i32', 'within: i32',
    ...program.params.map((name) => `p_${id(name)}: f32`),
  ];
  const body = [
    'const count = <f32>(across * within);',
    'const count_v = f32x4.splat(count);',
    ...program.params.map((name) => `const p_${id(name)}_v = f32x4.splat(p_${id(name)});`),
    ...program.columnSums.map((_, n) => `memory.fill(sum${n}, 0, <usize>(kept * within) << 2);`),
    'const rowStride = <usize>(kept * within) << 2;',
    'for (let o = 0; o < outer; o++) {',
    '  let k = 0;',
    // Sixteen channels (a cache line of each row) per sweep: sixteen groups of one channel, or
    // four of four (GroupNorm with four channels a group); then four channels at a time.
    '  if (within == 1 || within == 4) {',
    '    for (; k + 16 / within <= kept; k += 16 / within) {',
    ...indent(printer.laneGroups(4), 3),
    '    }',
    '    for (; k + 4 / within <= kept; k += 4 / within) {',
    ...indent(printer.laneGroups(1), 3),
    '    }',
    '  }',
    '  for (; k < kept; k++) {',
    ...indent(printer.rowGroup(), 2),
    '  }',
    '}',
  ];
  return [`export function ${program.key}(${signature.join(', ')}): void {`, ...indent(body), '}'].join('\n');
}
