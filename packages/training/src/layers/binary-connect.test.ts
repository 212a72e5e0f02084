import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { BinaryConv2D, BinaryDense, binarize, binaryConnect, glorotScale, transformChain } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('BinaryConnect', () => {
  it('binarises W = [−0.3, 0, 0.4]: deterministic [−1, 1, 1]; stochastic P(+1) = [0.35, 0.5, 0.7] (mean of 1e5 draws ≈ W within 0.01)', () => {
    const w = tf.tensor([-0.3, 0, 0.4]);
    expect(values(binarize(w, { mode: 'deterministic' }))).toEqual([-1, 1, 1]);
    const draws = binarize(tf.tile(tf.reshape(w, [1, 3]), [100_000, 1]), { mode: 'stochastic', seed: 3 });
    const mean = values(tf.mean(draws, 0));
    mean.forEach((value, index) => expect(Math.abs(value - [-0.3, 0, 0.4][index]!)).toBeLessThan(0.01));
    expect(new Set(values(draws))).toEqual(new Set([-1, 1]));
    // The gradient with respect to W is dL/dW_b.
    const upstream = tf.tensor([0.5, -2, 3]);
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(binarize(input, { mode: 'stochastic', seed: 1 }), upstream)))(w);
    expect(values(gradient)).toEqual([0.5, -2, 3]);
    expect(() => binarize(w, { mode: 'random' as never })).toThrow(/binarize: expected mode to be one of 'stochastic', 'deterministic'/);
  });

  it('Dense 784 → 1024 has learning-rate scale 34.717911; the training forward uses only ±H weights', () => {
    expect(glorotScale(784, 1024)).toBeCloseTo(34.717911, 6);
    const layer = new BinaryDense({ units: 1024, inputShape: [784] });
    tfl.sequential({ layers: [layer] });
    expect(layer.kernelLearningRateScale).toBeCloseTo(34.717911, 6);
    const small = new BinaryDense({ units: 3, mode: 'deterministic', useBias: false, seed: 5 });
    const x = tf.tensor(randomValues(8, 2), [2, 4]);
    const trained = small.apply(x, { training: true }) as tf.Tensor;
    const kernel = small.getWeights()[0]!;
    const signs = tf.sub(tf.mul(tf.cast(tf.greaterEqual(kernel, 0), 'float32'), 2), 1);
    expect(values(trained)).toEqual(values(tf.matMul(x, signs)));
  });

  it('in model.fit with Adam: the update is W + c·(W′ − W), then clipped to [−H, H]; the model saves and loads', async () => {
    const build = (optimizer: tf.Optimizer) => {
      const model = tfl.sequential({
        layers: [
          new BinaryDense({ units: 5, inputShape: [4], mode: 'deterministic', seed: 1, activation: 'relu' }),
          new BinaryDense({ units: 2, mode: 'stochastic', seed: 2, lrScale: 'none' }),
        ],
      });
      model.compile({ optimizer, loss: 'meanSquaredError' });
      return model;
    };
    const x = tf.tensor(randomValues(40, 7), [10, 4]);
    const y = tf.tensor(randomValues(20, 8), [10, 2]);
    const model = build(transformChain({ transforms: [binaryConnect()], base: tf.train.sgd(0.01) }));
    // Reference: the same step with plain SGD, then W + c·(W′ − W) and the clip, by hand.
    const reference = build(tf.train.sgd(0.01));
    reference.setWeights(model.getWeights());
    const before = model.getWeights().map(values);
    await model.fit(x, y, { epochs: 1, batchSize: 10, verbose: 0 });
    await reference.fit(x, y, { epochs: 1, batchSize: 10, verbose: 0 });
    const c = glorotScale(4, 5);
    const expected = values(reference.getWeights()[0]!).map((value, index) => Math.min(1, Math.max(-1, before[0]![index]! + c * (value - before[0]![index]!))));
    expect(maxRelativeError(values(model.getWeights()[0]!), expected, 1e-3)).toBeLessThan(1e-4);
    // lrScale 'none' on the second layer: plain step, clipped.
    expect(maxRelativeError(values(model.getWeights()[2]!), values(reference.getWeights()[2]!).map((value) => Math.min(1, Math.max(-1, value))), 1e-3)).toBeLessThan(1e-4);
    // Biases are real and unscaled.
    expect(values(model.getWeights()[1]!)).toEqual(values(reference.getWeights()[1]!));
    const adam = build(transformChain({ transforms: [binaryConnect()], base: tf.train.adam(0.5) }));
    await adam.fit(x, y, { epochs: 3, batchSize: 5, verbose: 0 });
    for (const weight of [adam.getWeights()[0]!, adam.getWeights()[2]!]) expect(Math.max(...values(weight).map(Math.abs))).toBeLessThanOrEqual(1);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(adam, true)));
    expect(loaded.layers[0]).toBeInstanceOf(BinaryDense);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(adam.predict(x) as tf.Tensor));
    tf.dispose([x, y]);
  });

  it('BinaryConv2D: same-padded output shape, ±1 kernel in training, real kernel at stochastic inference; bad options explained', () => {
    const layer = new BinaryConv2D({ filters: 3, kernelSize: 3, padding: 'same', useBias: false, seed: 4 });
    const x = tf.tensor(randomValues(2 * 5 * 5 * 2, 9), [2, 5, 5, 2]);
    const inference = layer.apply(x) as tf.Tensor;
    expect(inference.shape).toEqual([2, 5, 5, 3]);
    expect(values(inference)).toEqual(values(tf.conv2d(x as tf.Tensor4D, layer.getWeights()[0] as tf.Tensor4D, 1, 'same')));
    expect(layer.kernelLearningRateScale).toBeCloseTo(glorotScale(18, 27), 12);
    expect(() => new BinaryDense({ units: 2, lrscale: 'none' } as never)).toThrow(/BinaryDense: unknown option 'lrscale' \(did you mean 'lrScale'\?\)/);
    expect(() => new BinaryConv2D({ filters: 2 })).toThrow(/BinaryConv2D: expected kernelSize, got none/);
  });
});
