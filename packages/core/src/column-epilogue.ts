import { derivative, minus, plus, times } from './derivative.js';
import { input, replaceNodes, substitute, walk, type Expr } from './expr.js';
import type { GroupValue, ReductionProgram } from './reduction-program.js';
import { COUNT } from './reduction-spec.js';

/**
 * The final sweep of a column-mode kernel (reduction-program.ts, columnStateSize) with its
 * per-column invariants folded into coefficients. Along a column every leaf but the element
 * inputs is fixed (group values, weights, params, index), so a subexpression that is affine in
 * the element inputs, Σ_e (e − c_e)·a_e + b, needs only its coefficients per element: BatchNorm's
 * ((x − shift) − correction)·rstd·γ + β reads shift, a = rstd·γ and b = β − correction·a instead
 * of five values. The coefficient of e is ∂/∂e of the subexpression (free of every element input
 * there); the centre c_e is the value the subexpression subtracts from e (a moments shift), so
 * x − c stays exact for a large mean — x·a + b would cancel ~log2(|mean|/σ) bits. A larger
 * expression keeps its general part (NormAct's activation) over the folded affine parts.
 */
export interface ColumnEpilogue {
  /** Coefficients per column, computed once per column before the sweep, in order. */
  readonly coefficients: readonly GroupValue[];
  /** The program's outputs and column sums over the coefficients. */
  readonly outputs: readonly Expr[];
  readonly columnSums: readonly Expr[];
}

const epilogues = new WeakMap<ReductionProgram, ColumnEpilogue>();

/** The program's column-mode epilogue (the program's own expressions where nothing folds). */
export function columnEpilogue(program: ReductionProgram): ColumnEpilogue {
  let known = epilogues.get(program);
  if (!known) {
    known = foldAffine(program);
    epilogues.set(program, known);
  }
  return known;
}

/** What a node is along a column: the same for the whole column, affine in the elements, or neither. */
type Kind = 'invariant' | 'affine' | 'general';

function foldAffine(program: ReductionProgram): ColumnEpilogue {
  const elements = new Set(program.elementInputs);
  const expressions = [...program.outputs, ...program.columnSums];
  const kinds = new Map<Expr, Kind>();
  const kindOf = (node: Expr) => kinds.get(node)!;
  for (const expression of expressions) {
    walk(expression, (node) => {
      if (kinds.has(node)) return;
      kinds.set(node, classify(node, elements, kindOf));
    });
  }
  const coefficients: GroupValue[] = [];
  const fold = (node: Expr): Expr | null => {
    if (kindOf(node) !== 'affine') return null;
    const inputs = [...elements].filter((name) => reads(node, name));
    const centres = new Map(inputs.map((name) => [name, centreOf(node, name, kindOf)] as const));
    const parts = [
      ...inputs.map((name) => ({ name: `${name}Scale`, value: derivative(node, name) })),
      { name: 'offset', value: substitute(node, Object.fromEntries(inputs.map((name) => [name, centres.get(name) ?? zero]))) },
    ];
    // Folding pays when it loads fewer values per column: its coefficients and centres (a centre
    // that is a leaf, the shift itself, is read where it is) against the node's own leaves.
    const loads = parts.filter((part) => loadsOf(part.value) > 0).length + [...centres.values()].filter(Boolean).length;
    if (loads >= loadsOf(node) - inputs.length) return null;
    const k = coefficients.length;
    const slot = (part: { name: string; value: Expr }, suffix: string): Expr => {
      if (loadsOf(part.value) === 0) return part.value;
      const name = `epilogue${k}${suffix}`;
      coefficients.push({ name, value: part.value });
      return input(name);
    };
    let folded = slot(parts[parts.length - 1], 'Offset');
    inputs.forEach((name, n) => {
      let centre = centres.get(name);
      if (centre && centre.kind !== 'input') centre = slot({ name: '', value: centre }, `Centre_${name}`);
      const element = centre ? minus(input(name), centre) : input(name);
      folded = plus(times(element, slot(parts[n], `Scale_${name}`)), folded);
    });
    return folded;
  };
  const rewrite = (expression: Expr) => replaceNodes(expression, fold);
  const rewritten = expressions.map(rewrite);
  if (!coefficients.length) return { coefficients, outputs: program.outputs, columnSums: program.columnSums };
  return { coefficients, outputs: rewritten.slice(0, program.outputs.length), columnSums: rewritten.slice(program.outputs.length) };
}

const zero: Expr = { kind: 'const', value: 0 };

function classify(node: Expr, elements: ReadonlySet<string>, kindOf: (node: Expr) => Kind): Kind {
  switch (node.kind) {
    case 'const': case 'param': return 'invariant';
    case 'input': return elements.has(node.name) ? 'affine' : 'invariant';
    case 'unary': {
      const arg = kindOf(node.arg);
      if (arg === 'invariant') return 'invariant';
      return node.op === 'neg' && arg === 'affine' ? 'affine' : 'general';
    }
    case 'binary': {
      const left = kindOf(node.left);
      const right = kindOf(node.right);
      if (left === 'invariant' && right === 'invariant') return 'invariant';
      if (left === 'general' || right === 'general') return 'general';
      if (node.op === 'add' || node.op === 'sub') return 'affine';
      if (node.op === 'mul') return left === 'invariant' || right === 'invariant' ? 'affine' : 'general';
      if (node.op === 'div') return right === 'invariant' ? 'affine' : 'general';
      return 'general';
    }
    case 'select': {
      const all = [node.condition, node.then, node.otherwise].map(kindOf);
      return all.every((kind) => kind === 'invariant') ? 'invariant' : 'general';
    }
  }
}

/** Whether an expression reads input(name). */
function reads(expression: Expr, name: string): boolean {
  let found = false;
  walk(expression, (node) => { if (node.kind === 'input' && node.name === name) found = true; });
  return found;
}

/** The first v in a `e − v` of the node with v the same along the column, if any. */
function centreOf(node: Expr, name: string, kindOf: (node: Expr) => Kind): Expr | undefined {
  let centre: Expr | undefined;
  walk(node, (child) => {
    if (centre || child.kind !== 'binary' || child.op !== 'sub') return;
    if (child.left.kind === 'input' && child.left.name === name && kindOf(child.right) === 'invariant') centre = child.right;
  });
  return centre;
}

/** Values a column reads from memory for an invariant expression: its leaves other than params. */
function loadsOf(expression: Expr): number {
  const names = new Set<string>();
  walk(expression, (node) => { if (node.kind === 'input' && node.name !== COUNT) names.add(node.name); });
  return names.size;
}

/**
 * The per-column state a kernel keeps when it sweeps a view whose kept axis is innermost
 * (within 1 or 4) row by row: one row of kept × within floats per accumulation and group value,
 * two more per moments statistic (its merged mean and spread) and one per coefficient of the
 * final sweep (columnEpilogue above). Names in slot order.
 */
export function columnStateNames(program: ReductionProgram): string[] {
  const names = new Set<string>();
  for (const pass of program.passes) {
    for (const a of pass.accumulate) names.add(a.name);
    for (const f of pass.finish) names.add(f.name);
  }
  for (const m of program.moments ?? []) names.add(`${m.sum}Mean`).add(`${m.sum}Spread`);
  for (const c of columnEpilogue(program).coefficients) names.add(c.name);
  return [...names];
}

/**
 * Floats of column state for one call (0 where the kernel keeps none): views whose kept axis
 * is innermost, a whole number of f32x4 vectors wide, and reduced across more than one row.
 */
export function columnStateSize(program: ReductionProgram, view: readonly [number, number, number, number]): number {
  const [, across, kept, within] = view;
  const width = kept * within;
  if (!program.channelView || across < 2 || (within !== 1 && within !== 4) || width === 0 || width % 4 !== 0) return 0;
  return columnStateNames(program).length * width;
}
