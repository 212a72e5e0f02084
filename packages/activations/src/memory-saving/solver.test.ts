// The few-bit fit against the catalog's float64 oracle: borders and levels to 1e-8, each level the
// mean of f' on its piece, the border conditions, and an error that falls as bits grow.
import '@tensorflow/tfjs-backend-cpu';
import { expect, test } from 'vitest';
import { fewBitFit } from '../index.js';
import { resolveBase, type SmoothBase } from './bases.js';

const close = (got: readonly number[], want: readonly number[], digits = 1e-8) => {
  expect(got.length).toBe(want.length);
  got.forEach((v, i) => expect(Math.abs(v - want[i]), `index ${i}: ${v} vs ${want[i]}`).toBeLessThanOrEqual(digits));
};

test('gelu, 2 bits: the catalog oracle to 1e-8', () => {
  const fit = fewBitFit({ base: 'gelu', bits: 2 });
  close(fit.borders, [-0.4536011186, 0, 0.4536011186]);
  close(fit.levels, [-0.0014811853, 0.3250579741, 0.6749420259, 1.0014811853]);
});

test('silu, 2 bits: the catalog oracle to 1e-8', () => {
  const fit = fewBitFit({ base: 'silu', bits: 2 });
  close(fit.borders, [-0.7432967015, 0, 0.7432967015]);
  close(fit.levels, [-0.0024134631, 0.3222836670, 0.6777163330, 1.0024134631]);
});

test('gelu, 1 bit: border 0, levels [0, 1]', () => {
  const fit = fewBitFit({ base: 'gelu', bits: 1 });
  close(fit.borders, [0]);
  close(fit.levels, [0, 1]);
});

test("each level is the mean of f' on its piece, and every border meets f'(t) = (c_left + c_right)/2", () => {
  for (const name of ['gelu', 'silu', 'mish', 'tanh']) {
    const base = resolveBase('test', name) as SmoothBase;
    const fit = fewBitFit({ base: name, bits: 3 });
    const edges = [-100, ...fit.borders, 100];
    fit.levels.forEach((level, i) => {
      // Simpson's rule on f' over the piece.
      const [a, b] = [edges[i], edges[i + 1]];
      const panels = 20000;
      const h = (b - a) / panels;
      let total = base.derivative(a) + base.derivative(b);
      for (let k = 1; k < panels; k++) total += (k % 2 ? 4 : 2) * base.derivative(a + k * h);
      expect(Math.abs((total * h) / 3 / (b - a) - level), `${name} level ${i}`).toBeLessThan(1e-9);
    });
    fit.borders.forEach((t, i) => expect(Math.abs(base.derivative(t) - (fit.levels[i] + fit.levels[i + 1]) / 2)).toBeLessThan(1e-10));
  }
});

test('the L2 error falls as bits grow, for every smooth base the library fits', () => {
  for (const base of ['gelu', 'silu', 'mish', 'hardSwish', 'softplus', 'elu', 'selu', 'sigmoid', 'tanh', 'logSigmoid']) {
    const errors = [1, 2, 3, 4].map((bits) => fewBitFit({ base, bits }).error);
    for (let i = 1; i < errors.length; i++) expect(errors[i], `${base} ${i + 1} bits`).toBeLessThan(errors[i - 1]);
  }
}, 60_000);

test('a border on a jump of f\': hardSwish with 3 bits holds borders at ±3, with the mean of the levels between the one-sided limits', () => {
  const fit = fewBitFit({ base: 'hardSwish', bits: 3 });
  expect(fit.borders[0]).toBe(-3);
  expect(fit.borders[6]).toBe(3);
  // f' jumps from 0 to −0.5 at −3 and from 1.5 to 1 at 3.
  const low = (fit.levels[0] + fit.levels[1]) / 2;
  const high = (fit.levels[6] + fit.levels[7]) / 2;
  expect(low).toBeGreaterThanOrEqual(-0.5);
  expect(low).toBeLessThanOrEqual(0);
  expect(high).toBeGreaterThanOrEqual(1);
  expect(high).toBeLessThanOrEqual(1.5);
});

test('the fit is cached: asking twice gives the same object', () => {
  expect(fewBitFit({ base: 'gelu', bits: 3 })).toBe(fewBitFit({ base: 'gelu', bits: 3 }));
});

test('bad fit options get a clear error', () => {
  expect(() => fewBitFit({ base: 'gleu' })).toThrow(/fewBitFit: unknown base 'gleu' \(did you mean 'gelu'\?\)/);
  expect(() => fewBitFit({ base: 'relu' })).toThrow(/fewBitFit: 'relu' is piecewise linear/);
  expect(() => fewBitFit({ bits: 5 })).toThrow(/fewBitFit: expected option 'bits' to be an integer from 1 to 4, got 5/);
  expect(() => fewBitFit({ domain: [1, 2] })).toThrow(/fewBitFit: expected option 'domain' to be \[L, R\] with finite L < 0 < R/);
  expect(() => fewBitFit({ bitz: 2 } as never)).toThrow(/fewBitFit: unknown option 'bitz' \(did you mean 'bits'\?\)/);
});
