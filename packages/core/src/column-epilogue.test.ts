// The column-mode epilogue: affine parts of the final sweep folded into per-column coefficients
// compute the same values, read fewer per-column values, and keep what is not affine around them.
import { expect, test } from 'vitest';
import { columnEpilogue } from './column-epilogue.js';
import { add, evaluate, input, inputsOf, mul, param, relu, rsqrt, sigmoid, sub, x, type Expr } from './expr.js';
import { reductionPrograms, type ReductionProgram } from './reduction-program.js';
import type { ReductionSpec } from './reduction-spec.js';

const spec = (output: (normalized: Expr) => Expr): ReductionSpec => ({
  kind: 'reduction', id: 'test.batch', name: 'batch', view: 'batch',
  weights: [{ name: 'gamma', fill: 1, doc: '' }, { name: 'beta', fill: 0, doc: '' }],
  params: [{ name: 'epsilon', default: 1e-3, doc: '' }],
  math: () => ({
    statistics: [{ name: ['mean', 'variance'], reduce: 'moments', of: x }],
    output: output(add(mul(mul(sub(x, input('mean')), rsqrt(add(input('variance'), param('epsilon')))), input('gamma')), input('beta'))),
  }),
  reference: () => new Float64Array(), tolerance: { relative: 0, absolute: 0 },
  docs: { summary: '', formula: '', papers: [], example: '' },
});

/** Random leaf values; group values and coefficients filled in pass order. */
function leafValues(program: ReductionProgram, seed: number): Record<string, number> {
  let state = seed;
  const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const values: Record<string, number> = { count: 64, epsilon: 1e-3 };
  const expressions = [...program.outputs, ...program.columnSums, ...program.passes.flatMap((pass) => [...pass.accumulate.map((a) => a.of), ...pass.finish.map((f) => f.value)])];
  for (const name of new Set(expressions.flatMap(inputsOf))) values[name] = next() + 0.5;
  for (const pass of program.passes) for (const f of pass.finish) values[f.name] = evaluate(f.value, values, values);
  return values;
}

function expectSameValues(program: ReductionProgram): void {
  const epilogue = columnEpilogue(program);
  for (let seed = 1; seed < 6; seed++) {
    const values = leafValues(program, seed);
    for (const c of epilogue.coefficients) values[c.name] = evaluate(c.value, values, values);
    const original = [...program.outputs, ...program.columnSums];
    [...epilogue.outputs, ...epilogue.columnSums].forEach((folded, n) => {
      expect(evaluate(folded, values, values)).toBeCloseTo(evaluate(original[n], values, values), 10);
    });
  }
}

test("BatchNorm's output folds to (x − shift)·a + b: x, the shift and two coefficients per column", () => {
  const { forward, backward } = reductionPrograms(spec((normalized) => normalized), {});
  const epilogue = columnEpilogue(forward);
  expect(epilogue.coefficients.map((c) => c.name)).toEqual(['epilogue0Offset', 'epilogue0Scale_x']);
  expect(inputsOf(epilogue.outputs[0]).sort()).toEqual(['epilogue0Offset', 'epilogue0Scale_x', 'meanShift', 'x']);
  expectSameValues(forward);
  // dx is affine in dy and x: one scale each.
  expect(columnEpilogue(backward).coefficients.map((c) => c.name)).toEqual(['epilogue0Offset', 'epilogue0Scale_dy', 'epilogue0Scale_x']);
  expectSameValues(backward);
});

test('an activation after the norm applies to the folded affine part', () => {
  const { forward, backward } = reductionPrograms(spec((normalized) => relu(normalized)), {});
  const epilogue = columnEpilogue(forward);
  expect(epilogue.outputs[0].kind).toBe('select');
  expect(inputsOf(epilogue.outputs[0])).not.toContain('gamma');
  expectSameValues(forward);
  expectSameValues(backward);
});

test('an output that is not affine in x, with nothing to fold, is left as it is', () => {
  const { forward } = reductionPrograms(spec(() => mul(x, sigmoid(mul(x, input('gamma'))))), {});
  expect(columnEpilogue(forward)).toMatchObject({ coefficients: [], outputs: forward.outputs });
});
