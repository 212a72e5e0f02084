// The statistics → passes expansion: dependent statistics start after what they read, and the
// backward sums each statistic's effect through the later statistics that read it.
import { expect, test } from 'vitest';
import { abs, add, div, input, param, sub, x } from './expr.js';
import { reductionPrograms } from './reduction-program.js';
import type { ReductionSpec } from './reduction-spec.js';

const spec = (statistics: ReductionSpec['math']): ReductionSpec => ({
  kind: 'reduction', id: 'test.dependent', name: 'dependent', view: 'rows', weights: [], params: [],
  math: statistics, reference: () => new Float64Array(), tolerance: { relative: 0, absolute: 0 },
  docs: { summary: '', formula: '', papers: [], example: '' },
});

test('a statistic of the mean is reduced in the pass after the mean is finished, and backpropagates through it', () => {
  const programs = reductionPrograms(spec(() => ({
    statistics: [
      { name: ['mean', 'variance'], reduce: 'moments', of: x },
      { name: 'deviation', reduce: 'sum', of: abs(sub(x, input('mean'))) },
    ],
    output: div(sub(x, input('mean')), add(div(input('deviation'), param('count')), 1)),
  })), {});
  // moments take passes 0 and 1; the deviation, reading the mean, pass 2.
  expect(programs.forward.passes.map((pass) => pass.accumulate.map((a) => a.name))).toEqual([
    ['meanSum'], ['meanDeviation', 'meanSquares'], ['deviation'],
  ]);
  const gradientPass = programs.backward.passes.at(-1)!;
  // The mean's total gradient: its own sensitivity plus the deviation's, through ∂deviation/∂mean.
  expect(gradientPass.accumulate.map((a) => a.name)).toEqual(['meanGradient', 'deviationByMean', 'deviationGradient']);
  expect(gradientPass.finish.map((f) => f.name)).toContain('meanTotal');
});

test('a statistic may not read one defined after it', () => {
  expect(() => reductionPrograms(spec(() => ({
    statistics: [
      { name: 'deviation', reduce: 'sum', of: abs(sub(x, input('total'))) },
      { name: 'total', reduce: 'sum', of: x },
    ],
    output: x,
  })), {})).toThrow(/test.dependent: the statistic 'deviation' reads 'total', which is not one of 'x', 'index'/);
});
