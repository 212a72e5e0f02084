import { choose, derivative, minus, over, plus, times } from './derivative.js';
import {
  exp, ge, input, inputsOf, log, mapChildren, max, min, param, paramsOf, recip, replaceNodes, structuralKey, walk, type Expr,
} from './expr.js';
import { COUNT, INDEX, type ReductionMath, type ReductionSpec, type Statistic } from './reduction-spec.js';
import { variantKey, type VariantChoices } from './spec.js';

/**
 * A reduction spec's statistics expanded into passes of plain accumulations, and its forward
 * and backward as programs every backend runs the same way:
 *
 *   for each group (outer, kept):
 *     for each pass: accumulate sums / maxima over the group's elements, then finish group values
 *     for each element: outputs (x-shaped); for each weight index: column sums over outer × across
 *
 * Leaves of the expressions: `input(name)` is an element input (x, dy, mask), a weight (read at
 * the element's weight index), an accumulation or group value of an earlier pass, or 'index';
 * `param(name)` is a uniform attribute, and `param('count')` the group size, which the runner
 * passes. Backward programs are derived symbolically (derivative.ts), never written by hand.
 */
export interface Accumulation {
  readonly name: string;
  readonly reduce: 'sum' | 'max';
  readonly of: Expr;
}

export interface GroupValue {
  readonly name: string;
  readonly value: Expr;
}

export interface ReductionPass {
  /** Empty for a prologue: group values over params only, before the first sweep. */
  accumulate: readonly Accumulation[];
  /** Group values computed once the pass is done, over its accumulations, earlier values and params. */
  finish: readonly GroupValue[];
}

export interface ReductionProgram {
  /** Unique and stable, usable as an identifier: 'layer_norm_forward'. */
  readonly key: string;
  /** Element tensors in call order (x-shaped). */
  readonly elementInputs: readonly string[];
  /** Per-channel tensors of kept × within values, in call order. */
  readonly weights: readonly string[];
  /** Uniform params in call order, 'count' excluded (the runner passes the group size). */
  readonly params: readonly string[];
  readonly passes: readonly ReductionPass[];
  /** x-shaped outputs. */
  readonly outputs: readonly Expr[];
  /** Outputs of kept × within values: Σ over outer × across of each expression. */
  readonly columnSums: readonly Expr[];
  /** Outputs of outer × kept values: a group-level expression per group (over group values and params). */
  readonly groupOutputs: readonly Expr[];
  /**
   * A cheaper form of the first output that a kernel may use: the last pass also computes
   * `value` per element and stores it in that output, and the final sweep computes `output`
   * over `input(STASH)` (the stored value) instead of computing it again. softmax: the sum pass
   * stores e^(v − max) and the output is that times 1/Σ; its backward stores e^(v − lse), which
   * both the gradient sum and dx need — one exponential per element fewer. Kernels that ignore
   * it compute `outputs[0]`, the same value.
   */
  readonly stash?: { readonly pass: number; readonly value: Expr; readonly output: Expr };
  /**
   * The unmasked moments statistics, by the names of their accumulations: a kernel may compute
   * a pair's two passes in one sweep (exact two-pass moments per block of rows, merged with
   * Chan's formula) and set `shift`, `deviation` and `squares` as the two passes would have.
   */
  readonly moments?: readonly MomentsNames[];
  /**
   * Whether the spec's view is a channel view, where x's rows can hold every group side by side
   * (kept axis innermost): only those kernels need the column sweeps (columnStateSize).
   */
  readonly channelView?: boolean;
}

/** The accumulations and the shift of one moments statistic (expandStatistics). */
export interface MomentsNames {
  /** Σ of, accumulated in one pass; its finish is shift = sum / count. */
  readonly sum: string;
  readonly shift: string;
  /** Σ (of − shift) and Σ (of − shift)², accumulated in the next pass. */
  readonly deviation: string;
  readonly squares: string;
}

/** The leaf a stash output reads: the term the last pass stored (ReductionProgram.stash). */
export const STASH = 'stash';

export interface ReductionPrograms {
  readonly variants: VariantChoices;
  readonly forward: ReductionProgram;
  /** Outputs [dx]; column sums: the gradient of each weight, in spec order. */
  readonly backward: ReductionProgram;
}

/** The largest float32: the identity of a masked maximum (no target prints an infinity). */
export const LOWEST_FLOAT32 = -3.4028234663852886e38;

const identifier = (text: string) => text.replace(/[^A-Za-z0-9_]/g, '_');

// Accumulations are named after their statistic (meanSum, meanShift …): camelCase, since GLSL
// and WGSL reserve identifiers with a double underscore.
const statisticNames = (statistic: Statistic): string[] =>
  (typeof statistic.name === 'string' ? [statistic.name] : [...statistic.name]);

interface Expanded {
  readonly passes: ReductionPass[];
  /** Statistics kept as shift + correction (the moments' mean, log-sum-exp), printed as (v − shift) − correction. */
  readonly replacements: Map<string, { shift: Expr; correction: Expr }>;
  /**
   * A statistic's derivative as a sum over its group: ∂s/∂v = Σ_j slope(∂of_j/∂v). With v = x_j
   * only element j's term is left (the element slope); with v an earlier statistic, every term.
   */
  readonly slope: (name: string, ofSlope: Expr) => Expr;
  /** Each statistic by name (a moments pair under both names), in definition order. */
  readonly byName: Map<string, Statistic>;
  readonly moments: MomentsNames[];
}

/**
 * Statistics → passes of accumulations. A statistic may reduce an expression of earlier
 * statistics (the mean absolute deviation around a mean): it starts in the pass after the last
 * one it reads is finished. Sums and maxima take one pass, moments and log-sum-exp two.
 */
function expandStatistics(statistics: readonly Statistic[]): Expanded {
  const passes: ReductionPass[] = [];
  const at = (index: number) => (passes[index] ??= { accumulate: [], finish: [] });
  const replacements = new Map<string, { shift: Expr; correction: Expr }>();
  const slopes = new Map<string, (ofSlope: Expr) => Expr>();
  const byName = new Map<string, Statistic>();
  /** The pass after which each statistic can be read. */
  const ready = new Map<string, number>();
  const moments: MomentsNames[] = [];
  const acc = (pass: number, entry: Accumulation) => (at(pass).accumulate as Accumulation[]).push(entry);
  const fin = (pass: number, name: string, value: Expr) => (at(pass).finish as GroupValue[]).push({ name, value });
  for (const statistic of statistics) {
    const { of, where } = statistic;
    const masked = (value: Expr, identity: number) => (where ? choose(where, value, identity) : value);
    const [name, second_] = statisticNames(statistic);
    const reads = [...inputsOf(of), ...(where ? inputsOf(where) : [])].filter((leaf) => ready.has(leaf));
    const first = reads.length ? Math.max(...reads.map((leaf) => ready.get(leaf)!)) + 1 : 0;
    for (const each of statisticNames(statistic)) byName.set(each, statistic);
    switch (statistic.reduce) {
      case 'sum':
        acc(first, { name, reduce: 'sum', of: masked(of, 0) });
        slopes.set(name, (ofSlope) => masked(ofSlope, 0));
        ready.set(name, first);
        break;
      case 'max':
        acc(first, { name, reduce: 'max', of: masked(of, LOWEST_FLOAT32) });
        slopes.set(name, (ofSlope) => masked(choose(ge(of, input(name)), ofSlope, 0), 0));
        ready.set(name, first);
        break;
      case 'moments': {
        if (!second_) throw new Error(`reduction spec: a 'moments' statistic is named [mean, variance], got '${name}' — name both`);
        let count: Expr = param(COUNT);
        if (where) {
          acc(first, { name: `${name}Count`, reduce: 'sum', of: choose(where, 1, 0) });
          // An empty masked group (a region with no pixel) has mean 0 and variance 0, not 0/0.
          count = max(input(`${name}Count`), 1);
        }
        acc(first, { name: `${name}Sum`, reduce: 'sum', of: masked(of, 0) });
        const shift = input(`${name}Shift`);
        fin(first, `${name}Shift`, over(input(`${name}Sum`), count));
        const centred = minus(of, shift);
        acc(first + 1, { name: `${name}Deviation`, reduce: 'sum', of: masked(centred, 0) });
        acc(first + 1, { name: `${name}Squares`, reduce: 'sum', of: masked(times(centred, centred), 0) });
        const correction = input(`${name}Correction`);
        fin(first + 1, `${name}Correction`, over(input(`${name}Deviation`), count));
        // The corrected two-pass algorithm: the first mean's rounding error, Σ(v − shift)/n, is
        // added back to the mean and taken out of the variance (Chan, Golub & LeVeque).
        fin(first + 1, second_, max(minus(over(input(`${name}Squares`), count), times(correction, correction)), 0));
        replacements.set(name, { shift, correction });
        if (!where) moments.push({ sum: `${name}Sum`, shift: `${name}Shift`, deviation: `${name}Deviation`, squares: `${name}Squares` });
        slopes.set(name, (ofSlope) => over(masked(ofSlope, 0), count));
        slopes.set(second_, (ofSlope) => over(masked(times(times(2, minus(minus(of, shift), correction)), ofSlope), 0), count));
        ready.set(name, first + 1);
        ready.set(second_, first + 1);
        break;
      }
      case 'logsumexp': {
        const peak = input(`${name}Max`);
        acc(first, { name: `${name}Max`, reduce: 'max', of: masked(of, LOWEST_FLOAT32) });
        // v − max ≤ 0 for every value the max saw: min(…, 0) changes no number (NaN still
        // propagates) and lets the wasm printer use its bounded exp.
        acc(first + 1, { name: `${name}Sum`, reduce: 'sum', of: masked(exp(min(minus(of, peak), 0)), 0) });
        // log-sum-exp = max + log Σ e^(v − max), kept as that pair: v − lse is then (v − max) − log Σ,
        // exact where v is near the max, as with the shifted mean above.
        fin(first + 1, `${name}Logsum`, log(input(`${name}Sum`)));
        replacements.set(name, { shift: peak, correction: input(`${name}Logsum`) });
        slopes.set(name, (ofSlope) => masked(times(exp(minus(of, input(name))), ofSlope), 0));
        ready.set(name, first + 1);
        break;
      }
    }
  }
  // A statistic over an earlier mean reads it as shift + correction, like the output does.
  for (const pass of passes) {
    pass.accumulate = pass.accumulate.map((a) => ({ ...a, of: replaceMeans(a.of, replacements) }));
  }
  return { passes: passes.length ? passes : [{ accumulate: [], finish: [] }], replacements, slope: (name, ofSlope) => slopes.get(name)!(ofSlope), byName, moments };
}

/**
 * Replaces each shifted mean by shift + correction, as (v − shift) − correction where it is
 * subtracted: with a large mean, v − shift is exact and the correction small, so the centred
 * value keeps the precision that rounding the mean to one float32 first would lose.
 */
function replaceMeans(expression: Expr, replacements: Expanded['replacements']): Expr {
  if (!replacements.size) return expression;
  const done = new Map<Expr, Expr>();
  const go = (node: Expr): Expr => {
    const cached = done.get(node);
    if (cached) return cached;
    let result: Expr = node;
    if (node.kind === 'input' && replacements.has(node.name)) {
      const { shift, correction } = replacements.get(node.name)!;
      result = plus(shift, correction);
    } else if (node.kind === 'binary' && node.op === 'sub' && node.right.kind === 'input' && replacements.has(node.right.name)) {
      const { shift, correction } = replacements.get(node.right.name)!;
      result = minus(minus(go(node.left), shift), correction);
    } else {
      result = mapChildren(node, go);
    }
    done.set(node, result);
    return result;
  };
  return go(expression);
}

function programKey(spec: ReductionSpec, variants: VariantChoices, given: ReadonlySet<string>, role: string): string {
  const inputs = [...given].sort().map((name) => `with_${name}`).join('_');
  return identifier([spec.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), variantKey(variants), inputs, role].filter(Boolean).join('_'));
}

function collect(expressions: readonly Expr[], passes: readonly ReductionPass[], spec: ReductionSpec, elementOrder: readonly string[]) {
  const all = [
    ...expressions,
    ...passes.flatMap((pass) => [...pass.accumulate.map((a) => a.of), ...pass.finish.map((f) => f.value)]),
  ];
  const read = new Set(all.flatMap(inputsOf));
  const weights = spec.weights.map((w) => w.name).filter((name) => read.has(name));
  const elementInputs = elementOrder.filter((name) => read.has(name) || name === 'x');
  const params = [...new Set(all.flatMap(paramsOf))].filter((name) => name !== COUNT);
  return { weights, elementInputs, params };
}

/** The forward and derived backward programs of a spec for one variant choice. */
export function reductionPrograms(spec: ReductionSpec, variants: VariantChoices, given: ReadonlySet<string> = new Set()): ReductionPrograms {
  const math = spec.math(variants, given);
  checkLeaves(spec, math.statistics, math.output);
  const { passes, replacements, slope, byName, moments } = expandStatistics(math.statistics);
  const elementOrder = ['x', ...(spec.inputs ?? [])];

  const forwardOutput = replaceMeans(math.output, replacements);
  const forwardLeaves = collect([forwardOutput], passes, spec, elementOrder);
  const statisticLeaves = new Set(math.statistics.flatMap(statisticNames));
  for (const name of spec.groupOutputs ?? []) {
    if (!statisticLeaves.has(name)) throw new Error(`${spec.id}: groupOutputs names '${name}', which is not a statistic — name one of ${[...statisticLeaves].map((n) => `'${n}'`).join(', ')}`);
  }
  const forward = withStash({
    key: programKey(spec, variants, given, 'forward'),
    ...forwardLeaves,
    passes,
    outputs: [forwardOutput],
    columnSums: [],
    groupOutputs: (spec.groupOutputs ?? []).map((name) => replaceMeans(input(name), replacements)),
    ...(moments.length ? { moments } : {}),
    ...(spec.view !== 'rows' ? { channelView: true } : {}),
  }, logSumExpStash(math, passes, replacements));

  // dL/dx = dy·∂f/∂x + Σ_s G_s·∂s/∂x, with G_s = Σ over the group of dy·∂f/∂s plus, for each
  // later statistic t over an expression of s, G_t·∂t/∂s (itself a sum over the group).
  const dy = input('dy');
  const isZero = (e: Expr) => e.kind === 'const' && e.value === 0;
  const names = math.statistics.flatMap(statisticNames);
  const accumulations = new Map<string, Accumulation[]>();
  const totals: GroupValue[] = [];
  const total = new Map<string, Expr>();
  const dxTerms = new Map<string, Expr>();
  for (const name of [...names].reverse()) {
    const own = byName.get(name)!.of;
    const elementSlope = slope(name, derivative(own, 'x'));
    // G_s serves dx through s's slope, and the statistics s reduces an expression of; a masked
    // count serves neither and passes no gradient back.
    if (isZero(elementSlope) && names.every((earlier) => isZero(derivative(own, earlier)))) continue;
    const terms: Expr[] = [];
    const mine: Accumulation[] = [];
    const sensitivity = derivative(math.output, name);
    if (!isZero(sensitivity)) {
      mine.push({ name: `${name}Gradient`, reduce: 'sum', of: replaceMeans(times(dy, sensitivity), replacements) });
      terms.push(input(`${name}Gradient`));
    }
    for (const later of names.slice(names.indexOf(name) + 1)) {
      const laterTotal = total.get(later);
      const through = derivative(byName.get(later)!.of, name);
      if (!laterTotal || isZero(through)) continue;
      const cross = `${later}By${name[0].toUpperCase()}${name.slice(1)}`;
      mine.push({ name: cross, reduce: 'sum', of: replaceMeans(slope(later, through), replacements) });
      terms.push(times(laterTotal, input(cross)));
    }
    if (!terms.length) continue;
    accumulations.set(name, mine);
    let value = terms[0];
    if (terms.length > 1) {
      totals.push({ name: `${name}Total`, value: terms.reduce((a, b) => plus(a, b)) });
      value = input(`${name}Total`);
    }
    total.set(name, value);
    if (!isZero(elementSlope)) dxTerms.set(name, times(value, replaceMeans(elementSlope, replacements)));
  }
  // In definition order, as every runner sums them.
  const gradients = names.flatMap((name) => accumulations.get(name) ?? []);
  let dx = times(dy, derivative(math.output, 'x'));
  for (const name of names) if (dxTerms.has(name)) dx = plus(dx, dxTerms.get(name)!);
  const backwardPasses: ReductionPass[] = gradients.length ? [...passes, { accumulate: gradients, finish: totals }] : [...passes];
  const weightGradients = spec.weights.map((w) => replaceMeans(times(dy, derivative(math.output, w.name)), replacements));
  const backwardOutput = replaceMeans(dx, replacements);
  const backwardLeaves = collect([backwardOutput, ...weightGradients], backwardPasses, spec, ['dy', ...elementOrder]);
  const backwardElements = ['dy', ...backwardLeaves.elementInputs.filter((name) => name !== 'dy')];
  const backward = withStash({
    key: programKey(spec, variants, given, 'backward'),
    ...backwardLeaves,
    elementInputs: backwardElements,
    passes: backwardPasses,
    outputs: [backwardOutput],
    columnSums: weightGradients,
    groupOutputs: [],
    ...(moments.length ? { moments } : {}),
    ...(spec.view !== 'rows' ? { channelView: true } : {}),
  }, sharedStash(backwardPasses[backwardPasses.length - 1], backwardOutput, new Set([...backwardElements, ...backwardLeaves.weights, INDEX])));
  return { variants, forward, backward };
}

interface Stash { readonly value: Expr; readonly output: Expr }

/** Hoists a program's group invariants, with its stash form (when it has one) hoisted alongside. */
function withStash(program: ReductionProgram, stash: Stash | null): ReductionProgram {
  if (!stash) return hoistGroupInvariants(program);
  // The stash form is hoisted as a second output, then set apart (an alternative, not an output).
  const hoisted = hoistGroupInvariants({ ...program, outputs: [...program.outputs, stash.output] }, stash.value);
  return {
    ...hoisted,
    outputs: hoisted.outputs.slice(0, 1),
    stash: { pass: hoisted.passes.length - 1, value: hoisted.stashValue!, output: hoisted.outputs[1] },
  };
}

/**
 * The stash form of an output that holds e^(v − lse) of a log-sum-exp statistic over v (softmax,
 * masked or not) whose sum is accumulated in the last pass: the sum pass's term e^(v − max)
 * times 1/Σ, the same number (e^(v − max − log Σ)) with one exponential fewer. Null otherwise.
 */
function logSumExpStash(math: ReductionMath, passes: readonly ReductionPass[], replacements: Expanded['replacements']): Stash | null {
  const last = passes[passes.length - 1];
  for (const statistic of math.statistics) {
    if (statistic.reduce !== 'logsumexp' || typeof statistic.name !== 'string') continue;
    const sumName = `${statistic.name}Sum`;
    const term = last.accumulate.find((a) => a.name === sumName);
    if (!term) continue;
    const name = statistic.name;
    let found = false;
    const output = replaceNodes(math.output, (node) => {
      if (node.kind !== 'unary' || node.op !== 'exp' || node.arg.kind !== 'binary' || node.arg.op !== 'sub'
        || node.arg.left !== statistic.of || node.arg.right.kind !== 'input' || node.arg.right.name !== name) return null;
      found = true;
      return times(input(STASH), recip(input(sumName)));
    });
    // Every read of the statistic must be that exponential: the stash form must not read lse itself.
    if (found && !inputsOf(output).includes(name)) return { value: term.of, output: replaceMeans(output, replacements) };
  }
  return null;
}

const EXPENSIVE = new Set(['exp', 'expm1', 'log', 'log1p', 'erf', 'tanh', 'sigmoid', 'sin', 'cos']);

/**
 * The stash form of an output that computes again what the last pass computed for its sums:
 * the largest subexpression over elements, with an exponential or another library function in
 * it, that the output shares with the last pass's terms (compared by structure: the two were
 * derived apart). softmax's backward: e^(v − lse) is in Σ dy·y and in dx. Null when none is.
 */
function sharedStash(last: ReductionPass, output: Expr, elementLeaves: ReadonlySet<string>): Stash | null {
  const info = new Map<Expr, { size: number; element: boolean; expensive: boolean }>();
  const measure = (expression: Expr) => walk(expression, (node) => {
    if (info.has(node)) return;
    const children = node.kind === 'unary' ? [node.arg] : node.kind === 'binary' ? [node.left, node.right]
      : node.kind === 'select' ? [node.condition, node.then, node.otherwise] : [];
    const of = children.map((child) => info.get(child)!);
    info.set(node, {
      size: 1 + of.reduce((total, child) => total + child.size, 0),
      element: (node.kind === 'input' && elementLeaves.has(node.name)) || of.some((child) => child.element),
      expensive: (node.kind === 'unary' && EXPENSIVE.has(node.op)) || of.some((child) => child.expensive),
    });
  });
  const inTerms = new Map<string, Expr>();
  for (const term of last.accumulate) {
    measure(term.of);
    walk(term.of, (node) => { if (!inTerms.has(structuralKey(node))) inTerms.set(structuralKey(node), node); });
  }
  measure(output);
  let best: Expr | null = null;
  walk(output, (node) => {
    const about = info.get(node)!;
    if (!about.element || !about.expensive || !inTerms.has(structuralKey(node))) return;
    if (!best || about.size > info.get(best)!.size) best = node;
  });
  if (!best) return null;
  const chosen = structuralKey(best);
  return { value: inTerms.get(chosen)!, output: replaceNodes(output, (node) => (structuralKey(node) === chosen ? input(STASH) : null)) };
}

/**
 * Moves every subexpression that is the same for a whole group (rsqrt(variance + ε), a
 * statistic's gradient scaled by 1/n …) out of the element loops into a group value, computed
 * once per group: element expressions then read it like a statistic.
 */
function hoistGroupInvariants(program: ReductionProgram, stashValue?: Expr): ReductionProgram & { stashValue?: Expr } {
  const perElement = new Set([...program.elementInputs, ...program.weights, INDEX, STASH]);
  const elementLevel = new Map<Expr, boolean>();
  const isElementLevel = (node: Expr): boolean => {
    let known = elementLevel.get(node);
    if (known === undefined) {
      walk(node, (child) => {
        if (elementLevel.has(child)) return;
        let value = child.kind === 'input' && perElement.has(child.name);
        if (child.kind === 'unary') value = elementLevel.get(child.arg)!;
        else if (child.kind === 'binary') value = elementLevel.get(child.left)! || elementLevel.get(child.right)!;
        else if (child.kind === 'select') value = elementLevel.get(child.condition)! || elementLevel.get(child.then)! || elementLevel.get(child.otherwise)!;
        elementLevel.set(child, value);
      });
      known = elementLevel.get(node)!;
    }
    return known;
  };
  const passes = program.passes.map((pass) => ({ accumulate: [...pass.accumulate], finish: [...pass.finish] }));
  let hoisted = 0;
  const memos = new Map<GroupValue[], Map<Expr, Expr>>();
  /** Rewrites an element expression, adding its group-invariant parts to `into` (once each). */
  const rewrite = (expression: Expr, into: GroupValue[]): Expr => {
    const done = memos.get(into) ?? new Map<Expr, Expr>();
    memos.set(into, done);
    const go = (node: Expr): Expr => {
      const cached = done.get(node);
      if (cached) return cached;
      let result: Expr = node;
      if (!isElementLevel(node) && (node.kind === 'unary' || node.kind === 'binary' || node.kind === 'select')) {
        // Comparisons stay where they are: printers need them as select conditions.
        if (!(node.kind === 'binary' && ['lt', 'le', 'gt', 'ge'].includes(node.op))) {
          const name = `hoisted${hoisted++}`;
          into.push({ name, value: node });
          result = input(name);
        }
      } else {
        result = mapChildren(node, go);
      }
      done.set(node, result);
      return result;
    };
    return go(expression);
  };
  // Values the first pass needs come from a prologue: a pass with nothing to accumulate.
  const prologue: GroupValue[] = [];
  passes[0].accumulate = passes[0].accumulate.map((a) => ({ ...a, of: rewrite(a.of, prologue) }));
  for (let p = 1; p < passes.length; p++) {
    passes[p].accumulate = passes[p].accumulate.map((a) => ({ ...a, of: rewrite(a.of, passes[p - 1].finish as GroupValue[]) }));
  }
  // A stash value is computed in the last pass, beside its terms: hoisted into what they read.
  const lastPass = passes.length - 1;
  const hoistedStash = stashValue && rewrite(stashValue, lastPass === 0 ? prologue : passes[lastPass - 1].finish as GroupValue[]);
  if (prologue.length) passes.unshift({ accumulate: [], finish: prologue });
  const last = passes[passes.length - 1].finish as GroupValue[];
  const outputs = program.outputs.map((output) => rewrite(output, last));
  const columnSums = program.columnSums.map((sum) => rewrite(sum, last));
  return { ...program, passes, outputs, columnSums, ...(hoistedStash ? { stashValue: hoistedStash } : {}) };
}

/** Every name a spec's math may read, so a typo fails at definition, not in a kernel. */
function checkLeaves(spec: ReductionSpec, statistics: readonly Statistic[], output: Expr): void {
  const statisticLeaves = statistics.flatMap(statisticNames);
  const elementLeaves = ['x', INDEX, ...(spec.inputs ?? [])];
  const weightLeaves = spec.weights.map((w) => w.name);
  const paramLeaves = new Set([COUNT, ...spec.params.map((p) => p.name)]);
  const check = (expression: Expr, allowed: readonly string[], where: string) => {
    walk(expression, (node) => {
      if (node.kind === 'input' && !allowed.includes(node.name)) {
        throw new Error(`${spec.id}: the ${where} reads '${node.name}', which is not one of ${allowed.map((n) => `'${n}'`).join(', ')} — declare it as an input, weight or statistic`);
      }
      if (node.kind === 'param' && !paramLeaves.has(node.name)) {
        throw new Error(`${spec.id}: the ${where} reads param '${node.name}', which the spec does not declare — add it to params`);
      }
    });
  };
  // A statistic reads the element leaves and the statistics defined before it.
  statistics.forEach((statistic, n) => {
    const allowed = [...elementLeaves, ...statistics.slice(0, n).flatMap(statisticNames)];
    check(statistic.of, allowed, `statistic '${statisticNames(statistic).join('/')}'`);
    if (statistic.where) check(statistic.where, allowed, `mask of '${statisticNames(statistic).join('/')}'`);
  });
  check(output, [...elementLeaves, ...weightLeaves, ...statisticLeaves], 'output');
}
