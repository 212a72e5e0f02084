import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dorefaActivations, dorefaGradients, dorefaWeights, quantizeGradient, quantizeK, transformChain } from '@layerkit/training';
import { randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const onGrid = (data: number[], bits: number) => data.every((value) => Math.abs(value * (2 ** bits - 1) - Math.round(value * (2 ** bits - 1))) < 1e-5);

describe('DoReFa', () => {
  it('quantize_k puts values on the 2^k-level grid with a straight-through gradient; k = 32 is the identity on [0, 1]', () => {
    const x = tf.tensor(randomValues(64, 1).map((value) => (value + 1) / 2));
    expect(onGrid(values(quantizeK(x, 2)), 2)).toBe(true);
    expect(new Set(values(quantizeK(x, 2))).size).toBeLessThanOrEqual(4);
    expect(values(quantizeK(tf.tensor([0, 0.2, 0.5, 0.9, 1]), 2))).toEqual([0, 1 / 3, 2 / 3, 1, 1].map(Math.fround));
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(quantizeK(input, 3), tf.tensor(randomValues(64, 2)))))(x);
    expect(values(gradient)).toEqual(randomValues(64, 2).map(Math.fround));
    expect(values(quantizeK(x, 32))).toEqual(values(x));
  });

  it('weights: k = 1 is sign(w)·E|w|; k = 2 lies on {−1, −1/3, 1/3, 1}; activations clip to [0, 1] first', () => {
    const w = tf.tensor([-0.3, 0, 0.4, -0.1]);
    expect(values(dorefaWeights(w, 1))).toEqual([-0.2, 0.2, 0.2, -0.2].map(Math.fround));
    const two = values(dorefaWeights(tf.tensor(randomValues(50, 3)), 2));
    expect(two.every((value) => [-1, -1 / 3, 1 / 3, 1].some((level) => Math.abs(level - value) < 1e-6))).toBe(true);
    expect(values(dorefaActivations(tf.tensor([-1, 0.4, 2]), 2))).toEqual([0, 1 / 3, 1].map(Math.fround));
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(dorefaWeights(input, 1)))(w);
    expect(values(gradient)).toEqual([1, 1, 1, 1]);
  });

  it('gradients: stochastic rounding is unbiased (mean over draws ≈ g) and lands on the grid scaled by 2·max|g|', () => {
    const g = tf.tensor([[0.3, -1.2, 0.05, 0.9]]);
    const draws = 4000;
    const sum = new Float64Array(4);
    const transform = dorefaGradients({ bits: 2, seed: 5 });
    for (let draw = 0; draw < draws; draw++) {
      const out = tf.tidy(() => transform.apply([{ name: 'g', tensor: g }]).gradients![0]!.tensor!);
      const data = out.dataSync();
      // 2·max|g|·(level − ½) for the levels 0, ⅓, ⅔, 1.
      expect([...data].every((value) => [-1.2, -0.4, 0.4, 1.2].some((level) => Math.abs(level - value) < 1e-5))).toBe(true);
      data.forEach((value, index) => (sum[index] += value));
      out.dispose();
    }
    // Standard error per entry ≤ 0.8/2/√4000 ≈ 0.0063.
    Array.from(sum).forEach((total, index) => expect(Math.abs(total / draws - [0.3, -1.2, 0.05, 0.9][index]!)).toBeLessThan(0.03));
  });

  it('quantizeGradient is the identity forward and quantises the error flowing back', () => {
    const x = tf.tensor([[1, 2, 3], [4, 5, 6]]);
    expect(values(quantizeGradient(x, 2, 1))).toEqual(values(x));
    const upstream = tf.tensor([[0.3, -0.6, 0.1], [2, 1, -1]]);
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(quantizeGradient(input, 2, 1), upstream)))(x);
    const rows = [values(gradient).slice(0, 3), values(gradient).slice(3)];
    // max |g| per example: 0.6 and 2.
    expect(rows[0]!.every((value) => [-0.6, -0.2, 0.2, 0.6].some((level) => Math.abs(level - value) < 1e-6))).toBe(true);
    expect(rows[1]!.every((value) => [-2, -2 / 3, 2 / 3, 2].some((level) => Math.abs(level - value) < 1e-6))).toBe(true);
  });

  it('works in the transform chain, serialises, and explains bad input', () => {
    const chain = transformChain({ transforms: [dorefaGradients({ bits: 4, seed: 2 })], base: 'sgd' });
    expect(chain.getConfig()).toMatchObject({ transforms: [{ className: 'DorefaGradients', config: { bits: 4, seed: 2 } }] });
    expect(() => dorefaGradients({ bit: 4 } as never)).toThrow(/dorefaGradients: unknown option 'bit' \(did you mean 'bits'\?\)/);
    expect(() => quantizeK(tf.tensor([1], undefined, 'int32'), 2)).toThrow(/quantizeK: expected a float32 tensor, got int32/);
    expect(() => dorefaWeights(tf.tensor([1]), 0)).toThrow(/dorefaWeights: expected bits an integer >= 1 <= 32, got 0/);
  });
});
