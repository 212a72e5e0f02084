// Packed-Ensembles: zeroing one member's weight block leaves the other members' outputs unchanged;
// M = 1, α = 1, γ = 1 is the plain dense layer; the catalog's conv plan (64 → 64, M = 4, α = 2,
// γ = 2: 128 → 128 with groups lowered from 8 to 4); fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { PackedDense, packedLayerPlan } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('Packed-Ensembles', () => {
  it('plans: a hidden 64 → 64 conv with M = 4, α = 2, γ = 2 becomes 128 → 128 with 4 groups; first and last layers; M = α = γ = 1 is the plain layer', () => {
    expect(packedLayerPlan({ inChannels: 64, outChannels: 64, estimators: 4, alpha: 2, gamma: 2, convolution: true })).toEqual({ inChannels: 128, outChannels: 128, groups: 4, gamma: 1 });
    expect(packedLayerPlan({ inChannels: 64, outChannels: 64, estimators: 4, alpha: 2, gamma: 2 })).toEqual({ inChannels: 128, outChannels: 128, groups: 8, gamma: 2 });
    expect(packedLayerPlan({ inChannels: 3, outChannels: 10, position: 'first' })).toEqual({ inChannels: 3, outChannels: 24, groups: 1, gamma: 2 });
    expect(packedLayerPlan({ inChannels: 10, outChannels: 5, position: 'last' })).toEqual({ inChannels: 24, outChannels: 24, groups: 8, gamma: 2 });
    expect(packedLayerPlan({ inChannels: 7, outChannels: 5, estimators: 1, alpha: 1, gamma: 1 })).toEqual({ inChannels: 7, outChannels: 5, groups: 1, gamma: 1 });
  });

  it('members never mix: zeroing one block changes only that block; one group equals a dense layer', () => {
    const layer = new PackedDense({ units: 8, groups: 4, biasInitializer: 'randomNormal' });
    const x = randomTensor([3, 12], 1);
    const before = layer.apply(x) as tf.Tensor;
    const [kernel, bias] = layer.getWeights();
    const zeroed = tf.tidy(() => tf.concat([tf.slice(kernel!, [0, 0, 0], [1, 3, 2]), tf.zeros([1, 3, 2]), tf.slice(kernel!, [2, 0, 0], [2, 3, 2])], 0));
    layer.setWeights([zeroed, bias!]);
    const after = layer.apply(x) as tf.Tensor;
    const block = (t: tf.Tensor, g: number) => values(tf.slice(t, [0, g * 2], [3, 2]));
    for (const g of [0, 2, 3]) expect(block(after, g)).toEqual(block(before, g));
    expect(block(after, 1)).not.toEqual(block(before, 1));
    const single = new PackedDense({ units: 5, groups: 1, activation: 'relu' });
    const dense = tfl.layers.dense({ units: 5, activation: 'relu' });
    const y = randomTensor([4, 6], 2);
    single.apply(y);
    dense.apply(y);
    dense.setWeights([tf.reshape(single.getWeights()[0]!, [6, 5]), single.getWeights()[1]!]);
    expect(maxRelativeError(values(single.apply(y) as tf.Tensor), values(dense.apply(y) as tf.Tensor), 0.1)).toBeLessThan(1e-6);
  });

  it('trains a packed MLP, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const plan = packedLayerPlan({ inChannels: 16, outChannels: 16, estimators: 2, alpha: 1, gamma: 1 });
    const model = tfl.sequential({ layers: [
      new PackedDense({ units: plan.inChannels, groups: 1, activation: 'relu', inputShape: [4] }),
      new PackedDense({ units: plan.outChannels, groups: plan.groups, activation: 'relu' }),
      new PackedDense({ units: 2, groups: 2 }),
    ] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 3);
    const y = tf.tidy(() => tf.tile(tf.reshape(tf.sum(tf.abs(x), 1), [64, 1]), [1, 2]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]! * 0.5);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const hidden = tf.ones([2, 16]);
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[1]!.apply(input) as tf.Tensor))(hidden));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new PackedDense({ units: 6, groups: 4 })).toThrow('PackedDense: expected units to be a multiple of groups = 4, got 6');
    expect(() => new PackedDense({ units: 8, groups: 4, name: 'p' }).apply(tf.zeros([2, 6]))).toThrow("PackedDense 'p': expected [batch, ..., features] with features divisible by groups = 4, got [2, 6]");
  });
});
