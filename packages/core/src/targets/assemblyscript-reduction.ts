import type { Expr } from '../expr.js';
import { columnEpilogue } from '../column-epilogue.js';
import { floatLiteral, printExpressions } from '../printer.js';
import { columnStateNames } from '../column-epilogue.js';
import { LOWEST_FLOAT32, STASH, type MomentsNames, type ReductionProgram } from '../reduction-program.js';
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
  /**
   * 'row': f32x4 across `within`; 'lanes': one group per lane; 'column': four columns of a row,
   * their group values read from the column state; 'scalar': one value.
   */
  readonly mode: 'row' | 'lanes' | 'column' | 'scalar';
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
      } else if (shape.mode === 'column') {
        value = `g_${id(name)}${suffix}`;
        lines.push(`const ${value} = v128.load(${this.slot(name)} + column${immediate});`);
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

  /** The pointer to a name's row of column state. */
  slot(name: string): string {
    return `slot_${id(name)}`;
  }

  /**
   * Column mode: the view's kept axis is innermost (within 1 or 4), so a row of x holds every
   * group's values side by side. Each pass sweeps x row after row, contiguously, adding its
   * terms into a row of per-column accumulators (column state, in `scratch`); the group values
   * are kept per column there too. A moments statistic's two passes are one sweep: per block of
   * rows (in cache) an exact two-pass mean and spread per column, merged with Chan's formula.
   */
  columns(): string[] {
    const { program } = this;
    const names = columnStateNames(program);
    const lines: string[] = [
      ...names.map((name, n) => `const ${this.slot(name)} = scratch + <usize>${n} * rowStride;`),
      'for (let o = 0; o < outer; o++) {',
      '  const start = <usize>(o * across) * rowStride;',
    ];
    const body: string[] = [];
    const shape = (v = 0): Shape => ({ mode: 'column', element: 'row + column', weight: 'column', index: '<i32>(column >> 2)', block: 16 * v });
    const immediate = (v: number) => (v ? `, ${16 * v}` : '');
    const columnLoop = (statements: string[]) => ['for (let column: usize = 0; column < rowStride; column += 16) {', ...indent(statements), '}'];
    // Row after row, four vectors of columns at a time (a cache line), then one.
    const rowLoop = (statements: (v: number, prefix: string) => string[]) => [
      'for (let a = 0; a < across; a++) {',
      '  const row = start + <usize>a * rowStride;',
      '  let column: usize = 0;',
      '  for (; column + 64 <= rowStride; column += 64) {',
      ...indent([0, 1, 2, 3].flatMap((v) => statements(v, `u${v}`)), 2),
      '  }',
      '  for (; column < rowStride; column += 16) {',
      ...indent(statements(0, 't'), 2),
      '  }',
      '}',
    ];
    const passes = program.passes;
    for (let p = 0; p < passes.length; p++) {
      const pass = passes[p];
      const moments = this.momentsPair(p);
      if (moments) {
        body.push(...this.blockedMoments(moments, p));
        body.push(...this.columnFinish(passes[p + 1], `c${p + 1}`));
        p++;
        continue;
      }
      for (const a of pass.accumulate) {
        body.push(a.reduce === 'sum'
          ? `memory.fill(${this.slot(a.name)}, 0, rowStride);`
          : `for (let column: usize = 0; column < rowStride; column += 16) v128.store(${this.slot(a.name)} + column, f32x4.splat(${identity('max')}));`);
      }
      if (pass.accumulate.length) {
        body.push(...rowLoop((v, prefix) => {
          const { lines: statements, values } = this.body(pass.accumulate.map((a) => a.of), shape(v), `c${p}${prefix}`);
          return [...statements, ...pass.accumulate.map((a, n) => {
            const at = `${this.slot(a.name)} + column`;
            return `v128.store(${at}, f32x4.${a.reduce === 'sum' ? 'add' : 'max'}(v128.load(${at}${immediate(v)}), ${values[n]})${immediate(v)});`;
          })];
        }));
        // within = 4: a vector's lanes are one group's, reduced and splatted.
        body.push(...columnLoop(pass.accumulate.map((a) => {
          const at = `${this.slot(a.name)} + column`;
          const lane = (n: number) => `f32x4.extract_lane(acc, ${n})`;
          const reduced = a.reduce === 'sum'
            ? `f32x4.splat(${lane(0)} + ${lane(1)} + ${lane(2)} + ${lane(3)})`
            : `f32x4.splat(max<f32>(max<f32>(${lane(0)}, ${lane(1)}), max<f32>(${lane(2)}, ${lane(3)})))`;
          return `if (within == 4) { const acc = v128.load(${at}); v128.store(${at}, ${reduced}); }`;
        })));
      }
      body.push(...this.columnFinish(pass, `c${p}`));
    }
    if (program.groupOutputs.length) {
      const { lines: statements, values } = this.body(program.groupOutputs, shape(), 'cq');
      body.push(...columnLoop([...statements, ...values.map((value, n) => `if (within == 1) v128.store(group${n} + (<usize>(o * kept) << 2) + column, ${value}); `
        + `else store<f32>(group${n} + (<usize>(o * kept + <i32>(column >> 4)) << 2), f32x4.extract_lane(${value}, 0));`)]));
    }
    // The final sweep's per-column coefficients (column-epilogue.ts), then the sweep over them.
    const epilogue = columnEpilogue(program);
    body.push(...this.columnFinish({ accumulate: [], finish: epilogue.coefficients }, 'ce', true));
    body.push(...rowLoop((v, prefix) => {
      const { lines: statements, values } = this.body([...epilogue.outputs, ...epilogue.columnSums], shape(v), `co${prefix}`);
      return [
        ...statements,
        ...epilogue.outputs.map((_, n) => `v128.store(out${n} + row + column, ${values[n]}${immediate(v)});`),
        ...epilogue.columnSums.map((_, n) => `v128.store(sum${n} + column, f32x4.add(v128.load(sum${n} + column${immediate(v)}), ${values[epilogue.outputs.length + n]})${immediate(v)});`),
      ];
    }));
    return [...lines, ...indent(body), '}'];
  }

  /** Group values after a pass in column mode, computed per column and kept in the column state. */
  private columnFinish(pass: ReductionProgram['passes'][number], prefix: string, together = false): string[] {
    if (!pass.finish.length) return [];
    const shape: Shape = { mode: 'column', element: 'row + column', weight: 'column', index: '<i32>(column >> 2)', block: 0 };
    if (together) {
      // Values that read none of each other: printed as one body, sharing what they have in common.
      const { lines, values } = this.body(pass.finish.map((value) => value.value), shape, prefix);
      return ['for (let column: usize = 0; column < rowStride; column += 16) {',
        ...indent([...lines, ...pass.finish.map((value, n) => `v128.store(${this.slot(value.name)} + column, ${values[n]});`)]), '}'];
    }
    // One at a time: a later value reads an earlier one back from the state.
    const statements = pass.finish.flatMap((value, n) => {
      const { lines, values } = this.body([value.value], shape, `${prefix}_${n}`);
      return ['{', ...indent([...lines, `v128.store(${this.slot(value.name)} + column, ${values[0]});`]), '}'];
    });
    return ['for (let column: usize = 0; column < rowStride; column += 16) {', ...indent(statements), '}'];
  }

  /**
   * The moments statistics whose two passes start at pass p, when those passes hold nothing
   * else: p sums them (its finish: their shifts), p + 1 accumulates their deviations and squares.
   */
  private momentsPair(p: number): { moments: MomentsNames[]; of: Map<string, Expr> } | null {
    const { program } = this;
    const first = program.passes[p];
    const second = program.passes[p + 1];
    if (!second || !first.accumulate.length) return null;
    const moments = (program.moments ?? []).filter((m) => first.accumulate.some((a) => a.name === m.sum));
    if (moments.length !== first.accumulate.length || first.accumulate.some((a) => a.reduce !== 'sum')) return null;
    if (first.finish.length !== moments.length || !moments.every((m) => first.finish.some((f) => f.name === m.shift))) return null;
    const paired = new Set(moments.flatMap((m) => [m.deviation, m.squares]));
    if (second.accumulate.length !== paired.size || !second.accumulate.every((a) => paired.has(a.name))) return null;
    return { moments, of: new Map(first.accumulate.map((a) => [a.name, a.of])) };
  }

  /**
   * One sweep for passes p and p + 1 of moments statistics. Per block of rows: the block's sum
   * of (of − shift) per column, then its deviations from that block mean (re-read from cache),
   * giving its mean and spread Σ(v − mean)² exactly as two passes would; blocks are merged with
   * Chan's formula (δ = mean_b − mean, mean += δ·n_b/n, spread += spread_b + δ²·n_a·n_b/n),
   * never from Σv² − (Σv)²/n. The shift is the first block's mean; at the end it becomes the
   * merged mean rounded to float32, and the deviation and squares what the second pass would
   * have summed around it — so a large mean keeps its precision as shift + correction.
   */
  private blockedMoments({ moments, of }: { moments: MomentsNames[]; of: Map<string, Expr> }, p: number): string[] {
    const mean = (m: MomentsNames) => this.slot(`${m.sum}Mean`);
    const spread = (m: MomentsNames) => this.slot(`${m.sum}Spread`);
    const lanes = (v: string) => `f32x4.extract_lane(${v}, 0) + f32x4.extract_lane(${v}, 1) + f32x4.extract_lane(${v}, 2) + f32x4.extract_lane(${v}, 3)`;
    const blockRows = (statements: string[]) => [
      'for (let a = a0; a < a0 + rows; a++) {',
      '  const row = start + <usize>a * rowStride;',
      ...indent(statements),
      '}',
    ];
    // A block's columns `vectors` f32x4 at a time, their sums in registers while the block's
    // rows go by (the block stays in cache for the second look).
    const chunk = (vectors: 1 | 4): string[] => {
      const blocks = Array.from({ length: vectors }, (_, v) => v);
      const shape = (v: number, prefix: string): Shape => ({ mode: 'column', element: 'row + column', weight: 'column', index: '<i32>(column >> 2)', block: 16 * v, lane: prefix });
      const name = (base: string, n: number, v: number) => `${base}${n}_${v}`;
      const immediate = (v: number) => (v ? `, ${16 * v}` : '');
      const lines: string[] = [];
      moments.forEach((m, n) => blocks.forEach((v) => lines.push(
        `let ${name('shift', n, v)} = v128.load(${this.slot(m.shift)} + column${immediate(v)});`,
        `let ${name('sum', n, v)} = f32x4.splat(<f32>(0.0));`,
      )));
      lines.push(...blockRows(blocks.flatMap((v) => {
        const terms = this.body(moments.map((m) => of.get(m.sum)!), shape(v, `m${p}_${v}`), `m${p}_${v}`);
        return [...terms.lines, ...moments.map((_, n) => `${name('sum', n, v)} = f32x4.add(${name('sum', n, v)}, f32x4.sub(${terms.values[n]}, ${name('shift', n, v)}));`)];
      })));
      // The block mean around the shift; the first block sets the shift to its own mean (the
      // group's: within = 4 averages its four lanes).
      moments.forEach((m, n) => blocks.forEach((v) => {
        const blockMean = name('blockMean', n, v);
        lines.push(
          `let ${blockMean} = f32x4.div(${name('sum', n, v)}, rows_v);`,
          'if (a0 == 0) {',
          `  const groupMean = within == 4 ? f32x4.splat((${lanes(blockMean)}) * <f32>(0.25)) : ${blockMean};`,
          `  v128.store(${this.slot(m.shift)} + column, groupMean${immediate(v)});`,
          `  ${name('shift', n, v)} = groupMean;`,
          `  ${blockMean} = f32x4.sub(${blockMean}, groupMean);`,
          '}',
          `let ${name('deviation', n, v)} = f32x4.splat(<f32>(0.0));`,
          `let ${name('squares', n, v)} = f32x4.splat(<f32>(0.0));`,
        );
      }));
      lines.push(...blockRows(blocks.flatMap((v) => {
        const terms = this.body(moments.map((m) => of.get(m.sum)!), shape(v, `d${p}_${v}`), `d${p}_${v}`);
        return [...terms.lines, ...moments.flatMap((_, n) => {
          const t = `t_${n}_${v}`;
          return [
            `const ${t} = f32x4.sub(f32x4.sub(${terms.values[n]}, ${name('shift', n, v)}), ${name('blockMean', n, v)});`,
            `${name('deviation', n, v)} = f32x4.add(${name('deviation', n, v)}, ${t});`,
            `${name('squares', n, v)} = f32x4.add(${name('squares', n, v)}, f32x4.mul(${t}, ${t}));`,
          ];
        })];
      })));
      moments.forEach((m, n) => blocks.forEach((v) => {
        const deviation = name('deviation', n, v);
        const at = (slot: string) => `${slot} + column`;
        lines.push(
          '{',
          `  const blockMean = f32x4.add(${name('blockMean', n, v)}, f32x4.div(${deviation}, rows_v));`,
          `  const blockSpread = f32x4.sub(${name('squares', n, v)}, f32x4.div(f32x4.mul(${deviation}, ${deviation}), rows_v));`,
          `  const delta = f32x4.sub(blockMean, v128.load(${at(mean(m))}${immediate(v)}));`,
          `  v128.store(${at(mean(m))}, f32x4.add(v128.load(${at(mean(m))}${immediate(v)}), f32x4.mul(delta, share_v))${immediate(v)});`,
          `  v128.store(${at(spread(m))}, f32x4.add(f32x4.add(v128.load(${at(spread(m))}${immediate(v)}), blockSpread), f32x4.mul(f32x4.mul(delta, delta), cross_v))${immediate(v)});`,
          '}',
        );
      }));
      return lines;
    };
    const at = (slot: string) => `${slot} + column`;
    return ['{', ...indent([
      ...moments.flatMap((m) => [m.shift, `${m.sum}Mean`, `${m.sum}Spread`].map((name) => `memory.fill(${this.slot(name)}, 0, rowStride);`)),
      // Blocks of about 16 KiB, so the second look at a block is a cache hit.
      'const blockRows = max<i32>(1, <i32>(16384 / rowStride));',
      'let merged: f32 = 0;',
      'for (let a0 = 0; a0 < across; a0 += blockRows) {',
      '  const rows = min<i32>(blockRows, across - a0);',
      '  const rows_v = f32x4.splat(<f32>rows);',
      '  const mergedAfter = merged + <f32>rows;',
      '  const share_v = f32x4.splat(<f32>rows / mergedAfter);',
      '  const cross_v = f32x4.splat(merged * <f32>rows / mergedAfter);',
      '  let column: usize = 0;',
      '  for (; column + 64 <= rowStride; column += 64) {',
      ...indent(chunk(4), 2),
      '  }',
      '  for (; column < rowStride; column += 16) {',
      ...indent(chunk(1), 2),
      '  }',
      '  merged = mergedAfter;',
      '}',
      // Per group: the lanes of within = 4 merged (equal counts), then the shift moved to the
      // merged mean and the deviation and squares around it.
      'const merged_v = f32x4.splat(merged);',
      'for (let column: usize = 0; column < rowStride; column += 16) {',
      ...indent(moments.flatMap((m) => [
        '{',
        `  let groupMean = v128.load(${at(mean(m))});`,
        `  let groupSpread = v128.load(${at(spread(m))});`,
        '  if (within == 4) {',
        '    const laneMean = groupMean;',
        `    groupMean = f32x4.splat((${lanes('laneMean')}) * <f32>(0.25));`,
        '    const apart = f32x4.sub(laneMean, groupMean);',
        '    const spreads = f32x4.add(groupSpread, f32x4.mul(merged_v, f32x4.mul(apart, apart)));',
        `    groupSpread = f32x4.splat(${lanes('spreads')});`,
        '  }',
        `  const shift = v128.load(${at(this.slot(m.shift))});`,
        '  const moved = f32x4.add(shift, groupMean);',
        '  const residual = f32x4.sub(groupMean, f32x4.sub(moved, shift));',
        `  v128.store(${at(this.slot(m.shift))}, moved);`,
        `  v128.store(${at(this.slot(m.deviation))}, f32x4.mul(count_v, residual));`,
        `  v128.store(${at(this.slot(m.squares))}, f32x4.add(groupSpread, f32x4.mul(count_v, f32x4.mul(residual, residual))));`,
        '}',
      ])),
      '}',
    ]), '}'];
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
    'scratch: usize',
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
    // Column mode where the runner gave column state (columnStateSize): channels innermost.
    ...(program.channelView ? [
      'if (scratch != 0 && (within == 1 || within == 4) && ((kept * within) & 3) == 0) {',
      ...indent(printer.columns()),
      '  return;',
      '}',
    ] : []),
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
