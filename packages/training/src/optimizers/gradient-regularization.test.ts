import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradientRegularization, gradientRegularization } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** L = ½ θᵀHθ, H = diag(1, 4). */
const quadratic = (theta: tf.Variable) => () => tf.mul(0.5, tf.sum(tf.mul(tf.tensor([1, 4]), tf.square(theta)))) as tf.Scalar;

describe('gradientRegularization', () => {
  it('reproduces the catalog oracle: forward and backward both step along (H + γH²)θ = [1.1, 5.6], forward equals ∇L(θ + γg) when ε = γ', () => {
    for (const difference of ['forward', 'backward'] as const) {
      const theta = tf.variable(tf.tensor([1, 1]), true, `gr-${difference}`);
      const optimizer = gradientRegularization({ gamma: 0.1, epsilon: 0.1, difference, base: tf.train.sgd(1) });
      optimizer.minimize(quadratic(theta), false, [theta]);
      expect(maxRelativeError(theta.dataSync(), [1 - 1.1, 1 - 5.6])).toBeLessThan(1e-6);
      optimizer.dispose();
      theta.dispose();
    }
    // The forward direction with ε = γ is the gradient at θ + γg = [1.1, 1.4].
    const shifted = tf.variable(tf.tensor([1.1, 1.4]), true, 'gr-shifted');
    const direct = tf.grad(() => quadratic(shifted)())(shifted);
    expect(maxRelativeError(direct.dataSync(), [1.1, 5.6])).toBeLessThan(1e-6);
    tf.dispose([shifted, direct]);
  });

  it('gamma 0 equals the base optimizer bit for bit', () => {
    const a = tf.variable(tf.tensor(randomValues(5, 1)), true, 'gr-zero-a');
    const b = tf.variable(a.clone(), true, 'gr-zero-b');
    const target = tf.tensor(randomValues(5, 2));
    const loss = (variable: tf.Variable) => () => tf.sum(tf.square(tf.sub(tf.sin(variable), target))) as tf.Scalar;
    const regularized = new GradientRegularization({ gamma: 0, base: tf.train.sgd(0.2) });
    const plain = tf.train.sgd(0.2);
    for (let step = 0; step < 3; step++) {
      regularized.minimize(loss(a), false, [a]);
      plain.minimize(loss(b), false, [b]);
    }
    expect(values(a)).toEqual(values(b));
    tf.dispose([a, b, target]);
  });

  it('trains inside model.fit with batch norm (statistics move once per step), saves and loads, and refuses applyGradients', async () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 4, inputShape: [3], kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
        tfl.layers.batchNormalization({ momentum: 0.5 }),
        tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    model.compile({ optimizer: gradientRegularization({ base: tf.train.sgd(0.05) }), loss: 'meanSquaredError' });
    const x = tf.tensor(randomValues(24, 3), [8, 3]);
    const y = tf.tensor(randomValues(8, 4), [8, 1]);
    const batchMean = tf.mean(tf.matMul(x, model.layers[0]!.getWeights()[0]!), 0);
    await model.fit(x, y, { epochs: 1, batchSize: 8, verbose: 0 });
    // One step of momentum 0.5 from 0 (the dense bias starts at 0): moving mean = 0.5·batch mean.
    expect(maxRelativeError(model.layers[1]!.getWeights()[2]!.dataSync(), tf.mul(batchMean, 0.5).dataSync(), 1e-4)).toBeLessThan(1e-4);
    const history = await model.fit(x, y, { epochs: 5, batchSize: 8, verbose: 0 });
    expect((history.history['loss']![4] as number)).toBeLessThan(history.history['loss']![0] as number);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, true)));
    expect((loaded.optimizer as GradientRegularization).getConfig()).toMatchObject({ gamma: 0.05, epsilon: 0.05, difference: 'forward' });
    expect(() => new GradientRegularization().applyGradients()).toThrow(/GradientRegularization: applyGradients got gradients at θ only/);
    expect(() => gradientRegularization({ diference: 'forward' } as never)).toThrow(/did you mean 'difference'/);
    tf.dispose([x, y, batchMean]);
  });
});
