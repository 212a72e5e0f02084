/** aTLAS: the catalog oracles (Λ = 1 everywhere is task arithmetic with 1; T × tensors coefficients; few-shot training lowers the loss). */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlas, mergeWeights } from '@layerkit/merge';
import { randomFloats, randomizeWeights, useCpu } from './test-helpers.js';

beforeAll(useCpu);

function mlp(seed: number): tfl.LayersModel {
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ inputShape: [4], units: 6, activation: 'tanh', name: 'hidden' }),
    tfl.layers.dense({ units: 3, activation: 'softmax', name: 'output' }),
  ] });
  randomizeWeights(model, seed);
  return model;
}

const weightMap = (model: tfl.LayersModel) => Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read()]));

describe('atlas (merge.atlas)', () => {
  it('Λ = 1 everywhere equals task arithmetic with λ = 1; one coefficient per task and tensor', async () => {
    const [base, a, b] = [mlp(1), mlp(2), mlp(3)];
    const inputs = tf.tensor2d(randomFloats(8 * 4, 4), [8, 4]);
    const result = atlas({ base, models: [a, b], data: { inputs, labels: tf.tensor1d([0, 1, 2, 0, 1, 2, 0, 1]) }, lambdaInit: 1, steps: 0 });
    expect(result.groups).toHaveLength(4);
    expect(result.lambda).toEqual([[1, 1, 1, 1], [1, 1, 1, 1]]);
    const { result: expected } = await mergeWeights({ method: 'task_arithmetic', base: weightMap(base), models: [weightMap(a), weightMap(b)], parameters: { lambda: 1 } });
    for (const [name, tensor] of Object.entries(expected)) {
      const actual = result.weights[name]!.dataSync();
      tensor.dataSync().forEach((value, index) => expect(Math.abs(actual[index]! - value)).toBeLessThan(1e-6));
    }
  });

  it('few-shot cross-entropy training from Λ = 0 lowers the loss (with the L2 regulariser finite at Λ = 0)', () => {
    const [base, a, b] = [mlp(1), mlp(2), mlp(3)];
    const inputs = tf.tensor2d(randomFloats(24 * 4, 5, 2), [24, 4]);
    // Labels that task A's model gives: its task vector is the one to learn.
    const labels = tf.argMax(a.predict(inputs) as tf.Tensor, -1);
    const result = atlas({ base, models: [a, b], data: { inputs, labels }, learningRate: 0.1, steps: 40, lpReg: 2 });
    expect(result.history).toHaveLength(40);
    expect(result.lambda.flat().every(Number.isFinite)).toBe(true);
    expect(result.history.at(-1)!.loss).toBeLessThan(0.8 * result.history[0]!.loss);
    expect(result.lambda[0]!.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(result.lambda[1]!.reduce((sum, value) => sum + value, 0));
  });

  it('entropy objective and a custom loss run without labels; cross-entropy without labels is refused', () => {
    const [base, a] = [mlp(1), mlp(2)];
    const inputs = tf.tensor2d(randomFloats(8 * 4, 6), [8, 4]);
    expect(atlas({ base, models: [a], data: { inputs }, objective: 'entropy', steps: 2, granularity: 'task' }).lambda).toHaveLength(1);
    expect(atlas({ base, models: [a], data: { inputs }, loss: (logits) => tf.mean(tf.square(logits)) as tf.Scalar, steps: 2 }).history).toHaveLength(2);
    expect(() => atlas({ base, models: [a], data: { inputs } })).toThrow(/expected data.labels/);
  });
});
