// Each gradient transform on its own: the catalog oracles, Keras's float32 arithmetic, and the
// statistical claims (noise variance).
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adaptiveGradientClipping, clipByNorm, gradientClipping, gradientNoise, noiseVariance, unitwiseNorm,
  type GradientTransform, type NamedGradient,
} from '@layerkit/training';
import { maxRelativeError, randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const context = { iteration: 0, variable: (name: string) => tf.engine().registeredVariables[name]! };

function run(transform: GradientTransform, gradients: Record<string, number[] | tf.Tensor>) {
  const input: NamedGradient[] = Object.entries(gradients).map(([name, value]) => ({ name, tensor: value instanceof tf.Tensor ? value : tf.tensor(value) }));
  const output = transform.apply(input, context);
  return { input, gradients: output.gradients!, report: output.report ?? {} };
}

describe('gradientClipping (Keras 3 rules)', () => {
  it('global norm: g1 = [3, 4], g2 = [12] with globalClipnorm 6.5 gives [1.5, 2] and [6], norm 6.5', () => {
    const { gradients, report } = run(gradientClipping({ globalClipnorm: 6.5 }), { a: [3, 4], b: [12] });
    // Keras's arithmetic in float32: scale = c·min(1/N, 1/c) + (N − N).
    const scale = Math.fround(6.5 * Math.fround(Math.min(Math.fround(1 / 13), Math.fround(1 / 6.5))));
    expect(values(gradients[0]!.tensor!)).toEqual([Math.fround(3 * scale), Math.fround(4 * scale)]);
    expect(values(gradients[1]!.tensor!)).toEqual([Math.fround(12 * scale)]);
    expect(maxRelativeError([...values(gradients[0]!.tensor!), ...values(gradients[1]!.tensor!)], [1.5, 2, 6])).toBeLessThan(1e-7);
    expect((report['globalNorm'] as tf.Tensor).dataSync()[0]).toBe(13);
  });

  it('global norm at or under the threshold leaves gradients unchanged (scale exactly 1 here)', () => {
    for (const threshold of [13, 20]) {
      const { gradients } = run(gradientClipping({ globalClipnorm: threshold }), { a: [3, 4], b: [12] });
      expect(values(gradients[0]!.tensor!)).toEqual([3, 4]);
      expect(values(gradients[1]!.tensor!)).toEqual([12]);
    }
  });

  it('a non-finite global norm turns every gradient into NaN instead of hiding the overflow', () => {
    const { gradients } = run(gradientClipping({ globalClipnorm: 1 }), { a: [1, Infinity], b: [2] });
    for (const { tensor } of gradients) expect(values(tensor!).every(Number.isNaN)).toBe(true);
  });

  it('per-tensor clipnorm 5: g1 (norm exactly 5) unchanged, g2 → [5]; an all-zero tensor stays zero, also in the gradient', () => {
    const { gradients } = run(gradientClipping({ clipnorm: 5 }), { a: [3, 4], b: [12], c: [0, 0] });
    expect(values(gradients[0]!.tensor!)).toEqual([3, 4]);
    expect(values(gradients[1]!.tensor!)).toEqual([5]);
    expect(values(gradients[2]!.tensor!)).toEqual([0, 0]);
    // No √0 on the gradient path: differentiating through the clip at zero gives no NaN.
    const derivative = tf.grad((x: tf.Tensor) => tf.sum(clipByNorm(x, 1)))(tf.zeros([3]));
    expect(values(derivative)).toEqual([1, 1, 1]);
  });

  it('clipvalue 2 → [2, 2] and [2]; 0 or null turns a rule off; two rules at once are refused', () => {
    const { gradients } = run(gradientClipping({ clipvalue: 2 }), { a: [3, 4], b: [12] });
    expect(values(gradients[0]!.tensor!)).toEqual([2, 2]);
    expect(values(gradients[1]!.tensor!)).toEqual([2]);
    const off = run(gradientClipping({ clipnorm: 0 }), { a: [3, 4] });
    expect(off.gradients[0]!.tensor).toBe(off.input[0]!.tensor);
    expect(gradientClipping({ globalClipnorm: null }).mode).toBe('off');
    expect(() => gradientClipping({ clipnorm: 1, globalClipnorm: 1 })).toThrow(/only one of clipnorm, globalClipnorm and clipvalue can be set \(as in Keras 3\), got globalClipnorm: 1, clipnorm: 1/);
    expect(() => gradientClipping({ globalClipNorm: 1 } as never)).toThrow(/unknown option 'globalClipNorm' \(did you mean 'globalClipnorm'\?\)/);
    expect(() => gradientClipping({ clipvalue: -1 })).toThrow(/clipvalue >= 0, got -1/);
  });
});

describe('adaptiveGradientClipping', () => {
  it('clips exactly the units whose ‖G_i‖/max(‖W_i‖, ε) exceeds λ, to λ·max(‖W_i‖, ε) (float64 reference)', () => {
    const [fanIn, units] = [6, 5];
    const weight = randomValues(fanIn * units, 1);
    const gradient = randomValues(fanIn * units, 2).map((g, i) => g * (i % units < 2 ? 0.001 : 0.2));
    const kernel = tf.variable(tf.tensor(weight, [fanIn, units]), true, 'agc/kernel');
    const { gradients, report } = run(adaptiveGradientClipping({ clipFactor: 0.1 }), { 'agc/kernel': tf.tensor(gradient, [fanIn, units]) });
    const out = values(gradients[0]!.tensor!);
    let clipped = 0;
    for (let unit = 0; unit < units; unit++) {
      const column = (array: number[]) => Array.from({ length: fanIn }, (_, row) => array[row * units + unit]!);
      const weightNorm = Math.max(Math.hypot(...column(weight)), 1e-3);
      const gradientNorm = Math.hypot(...column(gradient));
      const expected = gradientNorm < 0.1 * weightNorm ? column(gradient) : column(gradient).map((g) => (g * 0.1 * weightNorm) / gradientNorm);
      if (gradientNorm >= 0.1 * weightNorm) clipped += 1;
      expect(maxRelativeError(column(out), expected, 1e-4), `unit ${unit}`).toBeLessThan(1e-6);
      expect(Math.hypot(...column(out)) / weightNorm).toBeLessThanOrEqual(0.1 * (1 + 1e-6));
    }
    // Both branches ran: small-gradient units untouched, the rest clipped.
    expect(clipped).toBe(3);
    expect((report['clippedUnits'] as tf.Tensor).dataSync()[0]).toBe(3);
    kernel.dispose();
  });

  it('leaves excluded variables alone and uses the whole norm for vectors', () => {
    const classifier = tf.variable(tf.tensor([[0.1, 0.1]]), true, 'classifier/kernel');
    const bias = tf.variable(tf.tensor([0, 0, 0]), true, 'agc/bias');
    const { gradients } = run(adaptiveGradientClipping(), { 'classifier/kernel': [[100, 100]], 'agc/bias': [3, 4, 0] });
    expect(values(gradients[0]!.tensor!)).toEqual([100, 100]);
    // A zero bias: max(‖W‖, ε) = 1e-3, so the [3, 4, 0] gradient is scaled to norm 0.01·1e-3.
    expect(maxRelativeError(values(gradients[1]!.tensor!), [6e-6, 8e-6, 0], 1e-9)).toBeLessThan(1e-5);
    expect(unitwiseNorm(tf.ones([2, 3, 4])).shape).toEqual([1, 1, 4]);
    tf.dispose([classifier, bias]);
  });
});

describe('gradientNoise', () => {
  it('adds noise of variance η/(1 + t)^γ at step t (within sampling error)', () => {
    const noise = gradientNoise({ eta: 0.3, gamma: 0.55, seed: 7 });
    const count = 200_000;
    const zeros = tf.zeros([count]);
    for (let step = 0; step < 3; step++) {
      const { gradients, report } = run(noise, { g: zeros });
      const sample = values(gradients[0]!.tensor!);
      const mean = sample.reduce((a, b) => a + b, 0) / count;
      const variance = sample.reduce((a, b) => a + (b - mean) ** 2, 0) / (count - 1);
      const expected = noiseVariance(0.3, 0.55, step);
      expect(report['sigma']).toBeCloseTo(Math.sqrt(expected), 12);
      // Standard error of a sample variance: σ²·√(2/(n − 1)); allow 5 of them.
      expect(Math.abs(variance - expected)).toBeLessThan(5 * expected * Math.sqrt(2 / (count - 1)));
      tf.dispose(gradients[0]!.tensor!);
    }
    expect(noiseVariance(0.3, 0.55, 2)).toBeCloseTo(0.3 / 3 ** 0.55, 15);
    zeros.dispose();
  });

  it('is a no-op for η = 0, repeatable for a seed, and different from step to step', () => {
    const input = tf.tensor([1, 2, 3]);
    const off = run(gradientNoise({ eta: 0 }), { g: input });
    expect(off.gradients[0]!.tensor).toBe(input);
    const first = run(gradientNoise({ seed: 5 }), { g: input });
    const again = run(gradientNoise({ seed: 5 }), { g: input });
    expect(values(first.gradients[0]!.tensor!)).toEqual(values(again.gradients[0]!.tensor!));
    const noise = gradientNoise({ seed: 5 });
    const step0 = values(run(noise, { g: input }).gradients[0]!.tensor!);
    const step1 = values(run(noise, { g: input }).gradients[0]!.tensor!);
    expect(step1).not.toEqual(step0);
    expect(() => gradientNoise({ seed: 1.5 })).toThrow(/seed an integer, got 1.5/);
  });
});
