/** AdaMerging: the catalog oracles (λ at init is task arithmetic with 0.3; entropy falls on a toy merge; λ stays in [0, 1]). */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { adaMerging, mergeWeights, predictionEntropy } from '@layerkit/merge';
import { randomFloats, useCpu } from './test-helpers.js';

beforeAll(useCpu);

/** A 4→3 linear classifier with the given kernel and bias. */
function classifier(kernel: Float32Array, bias: Float32Array): tfl.LayersModel {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 3, name: 'logits' })] });
  model.setWeights([tf.tensor2d(kernel, [4, 3]), tf.tensor1d(bias)]);
  return model;
}

/** θ₀ nearly uniform; τ_A makes confident predictions; τ_B = −0.5·τ_A undoes part of it: A is clearly right. */
function toyProblem() {
  const baseKernel = randomFloats(12, 1, 0.05); const baseBias = randomFloats(3, 2, 0.05);
  const taskKernel = randomFloats(12, 3, 3); const taskBias = randomFloats(3, 4, 1);
  const shifted = (values: Float32Array, task: Float32Array, scale: number) => values.map((value, index) => value + scale * task[index]!);
  return {
    base: classifier(baseKernel, baseBias),
    a: classifier(shifted(baseKernel, taskKernel, 1), shifted(baseBias, taskBias, 1)),
    b: classifier(shifted(baseKernel, taskKernel, -0.5), shifted(baseBias, taskBias, -0.5)),
    data: tf.tensor2d(randomFloats(64 * 4, 5), [64, 4]),
  };
}

const weightMap = (model: tfl.LayersModel) => Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read()]));

describe('adaMerging (merge.adamerging)', () => {
  it('with no steps, λ stays at 0.3 and the weights are task arithmetic with λ = 0.3', async () => {
    const { base, a, b, data } = toyProblem();
    const result = adaMerging({ base, models: [a, b], data: [data], steps: 0 });
    expect(result.lambda).toEqual([[0.3, 0.3], [0.3, 0.3]].map((row) => row.map((value) => Math.fround(value))));
    expect(result.groups).toHaveLength(2);
    const { result: expected } = await mergeWeights({ method: 'task_arithmetic', base: weightMap(base), models: [weightMap(a), weightMap(b)], parameters: { lambda: 0.3 } });
    for (const [name, tensor] of Object.entries(expected)) {
      const actual = result.weights[name]!.dataSync();
      tensor.dataSync().forEach((value, index) => expect(actual[index]).toBeCloseTo(value, 6));
    }
  });

  it('lowers the prediction entropy, moves λ toward the right task vector and keeps λ in [0, 1]', () => {
    const { base, a, b, data } = toyProblem();
    const steps: number[] = [];
    const entropyWith = (weights: tf.NamedTensorMap) => tf.tidy(() => {
      const name = Object.keys(weights);
      const kernel = weights[name.find((key) => key.endsWith('kernel'))!]!; const bias = weights[name.find((key) => key.endsWith('bias'))!]!;
      return predictionEntropy(tf.add(tf.matMul(data, kernel), bias)).dataSync()[0]!;
    });
    const before = adaMerging({ base, models: [a, b], data: [data, data], steps: 0 });
    const result = adaMerging({ base, models: [a, b], data: [data, data], granularity: 'task', learningRate: 0.05, steps: 40, seed: 3, onStep: ({ step }) => steps.push(step) });
    expect(steps).toEqual([...Array(40).keys()]);
    expect(result.history).toHaveLength(40);
    expect(result.history.at(-1)!.loss).toBeLessThan(result.history[0]!.loss);
    expect(entropyWith(result.weights)).toBeLessThan(0.5 * entropyWith(before.weights));
    for (const entry of result.history) for (const value of entry.lambda.flat()) expect(value >= 0 && value <= 1).toBe(true);
    expect(result.lambda[0]![0]).toBeGreaterThan(0.9);
    expect(result.lambda[1]![0]).toBeLessThan(0.1);
  });
});
