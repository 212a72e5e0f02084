import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { TrActDense, tractWeightGradient } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('TrAct', () => {
  it('direct and Woodbury forms agree within 1e-5 and solve (XᵀX/b + λI)·∇W = XᵀG', () => {
    const x = tf.tensor2d(randomValues(6 * 10, 1), [6, 10]);
    const g = tf.tensor2d(randomValues(6 * 3, 2), [6, 3]);
    const direct = tractWeightGradient(x, g, 0.1, 'direct');
    const woodbury = tractWeightGradient(x, g, 0.1, 'woodbury');
    expect(maxRelativeError(woodbury.dataSync(), direct.dataSync(), 1e-2)).toBeLessThan(1e-5);
    const residual = tf.sub(tf.matMul(tf.add(tf.div(tf.matMul(x, x, true), 6), tf.mul(tf.eye(10), 0.1)), direct), tf.matMul(x, g, true));
    expect(Math.max(...values(tf.abs(residual)))).toBeLessThan(1e-5);
  });

  it('as λ grows, λ·∇W tends to the ordinary gradient XᵀG', () => {
    const x = tf.tensor2d(randomValues(8 * 4, 3), [8, 4]);
    const g = tf.tensor2d(randomValues(8 * 2, 4), [8, 2]);
    const ordinary = tf.matMul(x, g, true).dataSync();
    const gap = (lambda: number) => maxRelativeError(tf.mul(tractWeightGradient(x, g, lambda), lambda).dataSync(), ordinary, 1e-2);
    expect(gap(1e4)).toBeLessThan(1e-3);
    expect(gap(1)).toBeGreaterThan(gap(10));
    expect(gap(10)).toBeGreaterThan(gap(1e4));
  });

  it('as a layer: ordinary forward and bias gradient, TrAct kernel gradient, trains in model.fit, saves and loads', async () => {
    const layer = new TrActDense({ units: 3, inputShape: [5], lambda: 0.5, kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) });
    const model = tfl.sequential({ layers: [layer, tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) })] });
    const plain = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [5] }), tfl.layers.dense({ units: 1 })] });
    plain.setWeights(model.getWeights());
    const x = tf.tensor(randomValues(40, 5), [8, 5]);
    const y = tf.tensor(randomValues(8, 6), [8, 1]);
    expect(values(model.predict(x) as tf.Tensor)).toEqual(values(plain.predict(x) as tf.Tensor));
    const gradients = (network: tfl.LayersModel) => {
      const variables = network.trainableWeights.map((weight) => weight.read() as tf.Variable);
      const { grads } = tf.variableGrads(() => tf.mean(tf.square(tf.sub(network.apply(x) as tf.Tensor, y))) as tf.Scalar, variables);
      return variables.map((variable) => grads[variable.name]!);
    };
    const [kernel, bias] = gradients(model);
    const [plainKernel, plainBias] = gradients(plain);
    expect(values(bias!)).toEqual(values(plainBias!));
    // The layer's input is x itself, so G = ∂L/∂(xW) is the plain bias gradient's per-row source.
    const upstream = tf.grad((z: tf.Tensor) => tf.mean(tf.square(tf.sub(model.layers[1]!.apply(z) as tf.Tensor, y))))(tf.add(tf.matMul(x, layer.getWeights()[0]!), layer.getWeights()[1]!));
    expect(maxRelativeError(kernel!.dataSync(), tractWeightGradient(x as tf.Tensor2D, upstream as tf.Tensor2D, 0.5).dataSync(), 1e-3)).toBeLessThan(1e-5);
    expect(maxRelativeError(kernel!.dataSync(), plainKernel!.dataSync(), 1e-3)).toBeGreaterThan(1e-2);
    model.compile({ optimizer: tf.train.sgd(0.05), loss: 'meanSquaredError' });
    const history = await model.fit(x, y, { epochs: 20, verbose: 0 });
    expect(history.history['loss']!.at(-1) as number).toBeLessThan(history.history['loss']![0] as number);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect((loaded.layers[0] as TrActDense).getConfig()).toMatchObject({ units: 3, lambda: 0.5, form: 'auto' });
    expect(() => new TrActDense({ units: 2, lamda: 1 } as never)).toThrow(/did you mean 'lambda'/);
  });
});
