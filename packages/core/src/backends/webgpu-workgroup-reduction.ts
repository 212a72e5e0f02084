import type { Expr, UnaryOp } from '../expr.js';
import { printExpressions } from '../printer.js';
import { LOWEST_FLOAT32, STASH, type ReductionProgram } from '../reduction-program.js';
import { reductionLeaves, type GpuDialect, type GpuReductionCode } from './gpu-reduction.js';
import { WORKGROUP_SIZE } from './webgpu.js';

/**
 * The workgroup form of a reduction program on webgpu: the lanes of a workgroup share a group
 * (a row of LayerNorm or softmax, a channel group of GroupNorm, a channel of BatchNorm …), so no
 * thread walks a whole group alone. For each pass of the program every lane accumulates its
 * strided part of the group (elements lane, lane + lanes, …), the lanes' partials meet in
 * workgroup memory in a tree (sums added, maxima by the NaN-keeping max), and every lane then
 * reads the group's totals and finishes the group values itself. The passes run one after the
 * other inside the one dispatch, each a sweep over the group while it sits in cache, so the
 * numbers are the passes' own: the moments stay the corrected two-pass form (never
 * E[x²] − E[x]²), log-sum-exp its max pass then its sum of e^(v − max), and statistics of
 * earlier statistics read them as they are finished.
 *
 * Two forms, chosen per program (chooseWorkgroupForm):
 * - 'outputs': after the last pass every lane writes its strided outputs: the whole program in
 *   one dispatch. For programs with one x-shaped output and nothing else: every forward without
 *   group outputs, and the backward of specs without weights.
 * - 'statistics': lane 0 writes the group values the other programs read ([groups, written],
 *   as the thread-per-group statistics program does), for programs that also have group outputs
 *   (BatchNorm's batch statistics) or column sums (weight gradients), which a dispatch with one
 *   output buffer cannot write beside x-shaped outputs; their output and sum programs follow.
 */

/** Invocations per workgroup (webgpu.ts's, 64): 64 / lanes groups each. */
export const REDUCTION_WORKGROUP_SIZE = WORKGROUP_SIZE;

/** Lanes that share one group: a power of two, at most the workgroup. */
export const LANES_PER_GROUP = [1, 4, 16, 64] as const;
export type LanesPerGroup = (typeof LANES_PER_GROUP)[number];

export type WorkgroupForm = 'outputs' | 'statistics';

/** 'outputs' where the whole program fits one dispatch, 'statistics' otherwise. */
export function chooseWorkgroupForm(program: ReductionProgram): WorkgroupForm {
  return program.outputs.length === 1 && !program.groupOutputs.length && !program.columnSums.length ? 'outputs' : 'statistics';
}

/**
 * Lanes per group for a call: the fewest that still put 16384 invocations in flight, since a
 * real GPU wants thousands of them and coalesced reads, while every lane past one adds barriers
 * (SwiftShader, which runs a workgroup on one CPU core, pays most for those), and never more
 * lanes than the group has elements. BatchNorm's few long channels get a whole workgroup each;
 * 4096 rows of 256 get 4 lanes; a million rows of 8 one. The threshold is a guess for real GPUs,
 * unmeasured here.
 */
export function chooseLanesPerGroup(groups: number, groupSize: number): LanesPerGroup {
  let lanes: LanesPerGroup = 1;
  for (const option of LANES_PER_GROUP) {
    if (option > Math.max(groupSize, 1)) break;
    lanes = option;
    if (groups * option >= 16384) break;
  }
  return lanes;
}

const id = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
const local = (name: string) => `g_${id(name)}`;
const indented = (lines: readonly string[]) => lines.map((line) => `  ${line}`);

/**
 * The WGSL of a program in the workgroup form, with `lanes` lanes per group. Uniforms: the view
 * (viewOuter …), threadCount (the number of groups) and the params p0 …; inputs e0 …, w0 ….
 * 'statistics' writes value `n` of group `groupIndex` at groupIndex · written.length + n.
 */
export function workgroupReductionCode(
  program: ReductionProgram, dialect: GpuDialect, lanes: LanesPerGroup, form: WorkgroupForm, written: readonly string[],
): GpuReductionCode {
  const size = REDUCTION_WORKGROUP_SIZE;
  const ops = new Set<UnaryOp>();
  let prefix = 0;
  const print = (expressions: readonly Expr[], group: (name: string) => string) => {
    const printed = printExpressions(dialect.target, expressions, reductionLeaves(program, dialect, 'i', 'c', group), `t${prefix++}_`);
    printed.ops.forEach((op) => ops.add(op));
    return printed;
  };
  const u = dialect.uniform;
  // Element j of the group (o, k): j = a · within + w, so neighbouring lanes read neighbouring
  // columns where the view has them.
  const sweep = (body: readonly string[]) => [
    `for (var j = lane; j < elements; j = j + ${lanes}) {`,
    ...indented([
      `let a = j / ${u('viewWithin')};`,
      `let w = j - a * ${u('viewWithin')};`,
      `let r = (o * ${u('viewAcross')} + a) * ${u('viewKept')} + k;`,
      `let i = r * ${u('viewWithin')} + w;`,
      `let c = k * ${u('viewWithin')} + w;`,
      ...body,
    ]),
    '}',
  ];
  const slots = Math.max(0, ...program.passes.map((pass) => pass.accumulate.length));
  const last = program.passes.length - 1;
  const stash = form === 'outputs' && program.stash?.pass === last && program.passes[last].accumulate.length ? program.stash : undefined;
  const lines = [
    `let lane = i32(localIndex) % ${lanes};`,
    `let first = i32(localIndex) - lane;`,
    // tfjs folds a dispatch past the per-dimension limit into y and z.
    'let workgroup = i32(workgroupId.z * numWorkgroups.x * numWorkgroups.y + workgroupId.y * numWorkgroups.x + workgroupId.x);',
    `let groupIndex = workgroup * ${size / lanes} + i32(localIndex) / ${lanes};`,
    // No early return past the last group: every lane must reach the barriers (tfjs's private
    // copy of workgroupId counts as non-uniform). Such lanes loop zero times.
    `let inRange = groupIndex < ${u('threadCount')};`,
    `let o = groupIndex / ${u('viewKept')};`,
    `let k = groupIndex - o * ${u('viewKept')};`,
    dialect.variable('groupSize', dialect.float(`${u('viewAcross')} * ${u('viewWithin')}`)),
    `let elements = select(0, ${u('viewAcross')} * ${u('viewWithin')}, inRange);`,
  ];
  program.passes.forEach((pass, p) => {
    const { accumulate } = pass;
    for (const a of accumulate) lines.push(dialect.variable(local(a.name), dialect.target.literal(a.reduce === 'sum' ? 0 : LOWEST_FLOAT32)));
    if (accumulate.length) {
      const stashed = stash && p === last;
      const { statements, values } = print([...accumulate.map((a) => a.of), ...(stashed ? [stash.value] : [])], local);
      const merge = (a: (typeof accumulate)[number], into: string, value: string) =>
        `${into} = ${a.reduce === 'sum' ? `${into} + ${value}` : dialect.target.binary.max(into, value)};`;
      lines.push(...sweep([
        ...statements,
        ...accumulate.map((a, n) => merge(a, local(a.name), values[n])),
        // The last pass's term that the output reads again (softmax's e^(v − max)), kept in the
        // output buffer: this lane's final sweep reads back only the elements it wrote here.
        ...(stashed ? [`setOutputAtIndex(i, ${values[accumulate.length]});`] : []),
      ]));
      if (lanes > 1) {
        const slot = (n: number, offset = '') => `partials[${n * size} + i32(localIndex)${offset}]`;
        lines.push(...accumulate.map((a, n) => `${slot(n)} = ${local(a.name)};`), 'workgroupBarrier();');
        for (let stride = lanes / 2; stride >= 1; stride /= 2) {
          lines.push(`if (lane < ${stride}) {`, ...indented(accumulate.map((a, n) => merge(a, slot(n), slot(n, ` + ${stride}`)))), '}', 'workgroupBarrier();');
        }
        lines.push(...accumulate.map((a, n) => `${local(a.name)} = partials[${n * size} + first];`));
        // A later pass writes the partials again only once every lane has read these.
        if (program.passes.slice(p + 1).some((later) => later.accumulate.length)) lines.push('workgroupBarrier();');
      }
    }
    for (const value of pass.finish) {
      const { statements, values } = print([value.value], local);
      lines.push(...statements, dialect.variable(local(value.name), values[0]));
    }
  });
  if (form === 'outputs') {
    const read = (name: string) => (name === STASH ? 'result[i]' : local(name));
    const { statements, values } = print([stash ? stash.output : program.outputs[0]], read);
    lines.push(...sweep([...statements, `setOutputAtIndex(i, ${values[0]});`]));
  } else {
    lines.push('if (inRange && lane == 0) {', ...indented(written.map((name, n) => `setOutputAtIndex(groupIndex * ${written.length} + ${n}, ${local(name)});`)), '}');
  }
  const shared = lanes > 1 && slots ? `var<workgroup> partials : array<f32, ${slots * size}>;\n` : '';
  const body = `${dialect.helpers(ops)}
${shared}fn main(index : i32) {
${indented(lines).join('\n')}
}`;
  return { body, ops };
}
