// Conformance suite generated from the registry: every case against its float64 reference,
// finite-difference gradients, and every bad-input case.
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients; @tensorflow/tfjs does this import for its users.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';
import { catalog } from '@layerkit/core';
import { describe, expect, it, beforeAll } from 'vitest';
import { LOSSES } from '@layerkit/losses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const VALUE_TOLERANCE = 1e-5;

function closeTo(actual: number, expected: number, absolute: number, relative: number): boolean {
  return Math.abs(actual - expected) <= absolute + relative * Math.abs(expected);
}

describe.each(LOSSES.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
  it('is in the layerkit catalog', () => {
    expect(catalog().some((item) => item.id === entry.id && item.package === 'losses')).toBe(true);
  });

  it.each(entry.cases.map((testCase) => [testCase.label, testCase] as const))('value: %s', (_label, testCase) => {
    const reference = testCase.reference(testCase.yTrue, testCase.yPred);
    if (testCase.expected !== undefined) expect(reference).toBeCloseTo(testCase.expected, 6);
    const before = tf.memory().numTensors;
    const yTrue = tf.tensor2d(testCase.yTrue);
    const yPred = tf.tensor2d(testCase.yPred);
    const loss = testCase.loss(yTrue, yPred);
    expect(loss.rank).toBe(0);
    const value = loss.dataSync()[0]!;
    expect(closeTo(value, reference, VALUE_TOLERANCE, VALUE_TOLERANCE), `${value} vs ${reference}`).toBe(true);
    tf.dispose([yTrue, yPred, loss]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each(entry.cases.filter((testCase) => testCase.gradient !== false).map((testCase) => [testCase.label, testCase] as const))(
    'gradient matches central differences: %s', (_label, testCase) => {
      const yTrue = tf.tensor2d(testCase.yTrue);
      const yPred = tf.tensor2d(testCase.yPred);
      const gradient = tf.grad((prediction: tf.Tensor) => testCase.loss(yTrue, prediction))(yPred);
      const actual = gradient.arraySync() as number[][];
      const step = 1e-6;
      testCase.yPred.forEach((row, i) => row.forEach((value, j) => {
        const plus = testCase.yPred.map((r) => [...r]);
        const minus = testCase.yPred.map((r) => [...r]);
        plus[i]![j] = value + step;
        minus[i]![j] = value - step;
        const numeric = (testCase.reference(testCase.yTrue, plus) - testCase.reference(testCase.yTrue, minus)) / (2 * step);
        expect(closeTo(actual[i]![j]!, numeric, 2e-4, 2e-3), `d/dyPred[${i}][${j}]: ${actual[i]![j]} vs ${numeric}`).toBe(true);
      }));
      tf.dispose([yTrue, yPred, gradient]);
    });

  it.each(entry.badInputs.map((bad) => [bad.label, bad] as const))('rejects bad input: %s', (_label, bad) => {
    expect(bad.run).toThrow(bad.message);
  });
});
