import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ForwardGradient, directionalDerivative, forwardGradient } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** f(θ) = ½‖Aθ − b‖². */
function quadratic() {
  const a = tf.tensor(randomValues(12, 1), [4, 3]);
  const b = tf.tensor(randomValues(4, 2), [4, 1]);
  const theta = tf.variable(tf.tensor([[0.5], [-1], [2]]), true);
  const loss = () => tf.mul(0.5, tf.sum(tf.square(tf.sub(tf.matMul(a, theta), b)))) as tf.Scalar;
  const exact = tf.grad(() => loss())(theta);
  return { theta, loss, exact: values(exact), dispose: () => tf.dispose([a, b, theta, exact]) };
}

describe('forward gradients', () => {
  it('the central difference with ε = 1e-3 is the exact JVP of a quadratic up to float rounding, and θ is restored', () => {
    const { theta, loss, exact, dispose } = quadratic();
    const before = values(theta);
    const direction = tf.tensor([[1], [-2], [0.5]]);
    const jvp = exact[0]! - 2 * exact[1]! + 0.5 * exact[2]!;
    expect(Math.abs(directionalDerivative(loss, [theta], [direction], 1e-3) - jvp)).toBeLessThan(2e-3 * Math.max(1, Math.abs(jvp)));
    expect(values(theta)).toEqual(before);
    dispose();
  });

  it('gaussian guesses are unbiased: the mean of d·v over 4000 samples is within 3 standard errors of ∇f per coordinate', () => {
    const { theta, loss, exact, dispose } = quadratic();
    const samples = 4000;
    const draws: number[][] = [];
    for (let chunk = 0; chunk < 4; chunk++) {
      const [estimate] = forwardGradient(loss, [theta], { samples: samples / 4, seed: chunk + 1 });
      draws.push(values(estimate!));
      estimate!.dispose();
    }
    // Each chunk mean has variance Var(d·v)/1000; the spread of the 4 chunk means estimates it.
    exact.forEach((expected, index) => {
      const means = draws.map((draw) => draw[index]!);
      const mean = means.reduce((a, b) => a + b, 0) / 4;
      // Var(d·v_i) = ‖∇f‖² + ∇f_i² for Gaussian v: the standard error of the mean of 4000 draws.
      const normSquared = exact.reduce((sum, value) => sum + value * value, 0);
      const standardError = Math.sqrt((normSquared + expected * expected) / samples);
      expect(Math.abs(mean - expected)).toBeLessThan(3 * standardError);
    });
    dispose();
  });

  it('local guesses project ∇L onto u: with ∇L = [1, 2], u = [1, 0] gives [1, 0], u = ∇L gives ∇L, u ⟂ ∇L gives 0', () => {
    const theta = tf.variable(tf.tensor([0, 0]), true);
    const loss = () => tf.sum(tf.mul(theta, tf.tensor([1, 2]))) as tf.Scalar;
    for (const [guess, expected] of [[[1, 0], [1, 0]], [[1, 2], [1, 2]], [[2, -1], [0, 0]]] as const) {
      const [estimate] = forwardGradient(loss, [theta], { guess: () => [tf.tensor([...guess])] });
      expect(maxRelativeError(estimate!.dataSync(), [...expected], 1e-3)).toBeLessThan(1e-3);
    }
    theta.dispose();
  });

  it('trains a model inside model.fit without a tape, saves its config, and explains bad input', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [3], kernelInitializer: 'zeros' })] });
    model.compile({ optimizer: new ForwardGradient({ base: tf.train.sgd(0.05), samples: 4, seed: 1 }), loss: 'meanSquaredError' });
    const x = tf.tensor(randomValues(60, 5), [20, 3]);
    const y = tf.matMul(x, tf.tensor([[1], [-2], [0.5]]));
    const history = await model.fit(x, y, { epochs: 40, batchSize: 20, verbose: 0 });
    expect((history.history['loss']!.at(-1) as number)).toBeLessThan(0.25 * (history.history['loss']![0] as number));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, true)));
    expect((loaded.optimizer as ForwardGradient).getConfig()).toMatchObject({ guess: 'gaussian', epsilon: 1e-3, samples: 4, seed: 1 });
    expect(() => new ForwardGradient({ sample: 2 } as never)).toThrow(/did you mean 'samples'/);
    expect(() => new ForwardGradient().applyGradients()).toThrow(/ForwardGradient: applyGradients got backpropagated gradients/);
    expect(() => forwardGradient(() => tf.scalar(0), [])).toThrow(/forwardGradient: expected a non-empty array of tf.Variable/);
    // A seeded estimate is repeatable.
    const theta = tf.variable(tf.tensor([1, 2]), true);
    const square = () => tf.sum(tf.square(theta)) as tf.Scalar;
    const [first] = forwardGradient(square, [theta], { seed: 5, samples: 3 });
    const [second] = forwardGradient(square, [theta], { seed: 5, samples: 3 });
    expect(values(first!)).toEqual(values(second!));
    tf.dispose([theta, first!, second!]);
    tf.dispose([x, y]);
  });
});
