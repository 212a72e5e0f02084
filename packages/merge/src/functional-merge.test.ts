/** Functional merge: the catalog oracles (fixed λ equals task arithmetic, ∂loss/∂λ by finite differences, export). */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionalMerge, mergeWeights } from '@layerkit/merge';
import { randomFloats, randomizeWeights, useCpu } from './test-helpers.js';

beforeAll(useCpu);

function convNet(seed: number, smooth = false): tfl.LayersModel {
  const model = tfl.sequential({ layers: [
    tfl.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, padding: 'same', activation: smooth ? 'tanh' : 'relu', name: 'conv' }),
    smooth ? tfl.layers.averagePooling2d({ poolSize: 2, name: 'pool' }) : tfl.layers.maxPooling2d({ poolSize: 2, name: 'pool' }),
    tfl.layers.flatten({ name: 'flatten' }),
    tfl.layers.dense({ units: 5, activation: 'tanh', name: 'hidden' }),
    tfl.layers.dense({ units: 3, activation: 'softmax', name: 'output' }),
  ] });
  randomizeWeights(model, seed);
  return model;
}

const weightMap = (model: tfl.LayersModel) => Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read()]));

describe('functionalMerge (merge.functional-merge)', () => {
  it('with λ fixed, the forward pass and export() equal the task-arithmetic merge (1e-5)', async () => {
    const [base, a, b] = [convNet(1), convNet(2), convNet(3)];
    const input = tf.tensor4d(randomFloats(4 * 6 * 6 * 2, 5), [4, 6, 6, 2]);
    const merged = functionalMerge({ base, models: [a, b], granularity: 'task', lambda: 0.7 });
    expect(merged.lambda.shape).toEqual([2, 1]);
    const { result } = await mergeWeights({ method: 'task_arithmetic', base: weightMap(base), models: [weightMap(a), weightMap(b)], parameters: { lambda: 0.7 } });
    const reference = convNet(9);
    reference.setWeights(reference.weights.map((weight) => result[weight.originalName]!));
    const expected = (reference.predict(input) as tf.Tensor).dataSync();
    const actual = tf.tidy(() => merged.apply(input)).dataSync();
    expected.forEach((value, index) => expect(Math.abs(actual[index]! - value)).toBeLessThan(1e-5));
    const exported = ((await merged.export()).predict(input) as tf.Tensor).dataSync();
    expected.forEach((value, index) => expect(Math.abs(exported[index]! - value)).toBeLessThan(1e-5));
    merged.dispose();
  });

  it('counts coefficients per granularity and applies masks', () => {
    const [base, a, b] = [convNet(1), convNet(2), convNet(3)];
    expect(functionalMerge({ base, models: [a, b], granularity: 'layer' }).lambda.shape).toEqual([2, 3]);
    expect(functionalMerge({ base, models: [a, b], granularity: 'tensor' }).lambda.shape).toEqual([2, 6]);
    const masks = [Object.fromEntries(base.weights.map((weight) => [weight.originalName, tf.zeros(weight.shape as number[])]))];
    const masked = functionalMerge({ base, models: [a], masks, lambda: 1 });
    const weights = tf.tidy(() => masked.weights());
    for (const weight of base.weights) expect(Array.from(weights[weight.originalName]!.dataSync())).toEqual(Array.from(weight.read().dataSync()));
  });

  it('∂loss/∂λ (layer-wise, through clip) matches central finite differences', () => {
    // Smooth activations and average pooling: finite differences across a relu or max kink mislead.
    const [base, a, b] = [convNet(1, true), convNet(2, true), convNet(3, true)];
    const input = tf.tensor4d(randomFloats(4 * 6 * 6 * 2, 6), [4, 6, 6, 2]);
    const target = tf.oneHot(tf.tensor1d([0, 1, 2, 1], 'int32'), 3);
    const initial = [[0.2, 0.5, 0.8], [0.4, 0.1, 0.6]];
    const merged = functionalMerge({ base, models: [a, b], granularity: 'layer', lambda: initial, clip: [0, 1] });
    const loss = () => tf.losses.softmaxCrossEntropy(target, merged.apply(input, { logits: true })) as tf.Scalar;
    const { grads } = tf.variableGrads(loss, [merged.lambda]);
    const analytic = grads[merged.lambda.name]!.arraySync() as number[][];
    const step = 1e-3;
    for (let task = 0; task < 2; task++) {
      for (let group = 0; group < 3; group++) {
        const at = (delta: number) => {
          merged.lambda.assign(tf.tensor2d(initial.map((row, t) => row.map((value, g) => value + (t === task && g === group ? delta : 0)))));
          return tf.tidy(() => loss().dataSync()[0]!);
        };
        const numeric = (at(step) - at(-step)) / (2 * step);
        expect(Math.abs(analytic[task]![group]! - numeric)).toBeLessThan(1e-3 * Math.max(1, Math.abs(numeric)) + 2e-4);
      }
    }
    // A raw coefficient outside the clip range acts as the bound and gets zero gradient.
    merged.lambda.assign(tf.tensor2d([[1.2, 0.5, 0.8], [0.4, 0.1, 0.6]]));
    expect((tf.variableGrads(loss, [merged.lambda]).grads[merged.lambda.name]!.arraySync() as number[][])[0]![0]).toBe(0);
    merged.dispose();
  });

  it('refuses layers it cannot evaluate, naming them', () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [3], units: 2 }), tfl.layers.batchNormalization({ name: 'bn' })] });
    expect(() => functionalMerge({ base: model, models: [model] })).toThrow(/layer 'bn' of class BatchNormalization/);
  });
});
