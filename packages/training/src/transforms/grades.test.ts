import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradES, GradESStopping, gradES, transformChain } from '@layerkit/training';
import { randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function build(transform: GradES, base: tf.Optimizer = tf.train.adam(0.01)) {
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 6, inputShape: [4], activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
      tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
  model.compile({ optimizer: transformChain({ transforms: [transform], base }), loss: 'meanSquaredError' });
  return model;
}

const x = () => tf.tensor(randomValues(40, 3), [10, 4]);
const y = () => tf.tensor(randomValues(10, 4), [10, 1]);

describe('GradES', () => {
  it('nothing freezes before alpha·T; after it, frozen layers never change; tau = 0 freezes nothing', async () => {
    // tau so large that every measured change is below it: freezing is held back only by alpha.
    const grades = gradES({ totalSteps: 20, alpha: 0.5, tau: 1e9 });
    const model = build(grades);
    await model.fit(x(), y(), { epochs: 9, batchSize: 10, verbose: 0 });
    expect(Object.values(grades.frozen)).toEqual([null, null]);
    await model.fit(x(), y(), { epochs: 1, batchSize: 10, verbose: 0 });
    expect(Object.values(grades.frozen)).toEqual([10, 10]);
    const frozenWeights = model.getWeights().map(values);
    await model.fit(x(), y(), { epochs: 5, batchSize: 10, verbose: 0 });
    model.getWeights().forEach((weight, index) => expect(values(weight)).toEqual(frozenWeights[index]));
    const never = gradES({ totalSteps: 10, alpha: 0, tau: 0 });
    await build(never).fit(x(), y(), { epochs: 10, batchSize: 10, verbose: 0 });
    expect(Object.values(never.frozen)).toEqual([null, null]);
  });

  it('freezes layers as gradient descent converges (L1 change below tau), and GradESStopping ends fit when all are frozen', async () => {
    const grades = gradES({ totalSteps: 100, alpha: 0.1, tau: 0.02 });
    // Plain gradient descent towards a reachable target: the steps shrink geometrically.
    const model = build(grades, tf.train.sgd(0.2));
    const stopper = new GradESStopping(grades);
    const history = await model.fit(x(), tf.zeros([10, 1]), { epochs: 100, batchSize: 10, verbose: 0, callbacks: [stopper] });
    expect(grades.frozenRatio).toBe(1);
    expect(history.epoch.length).toBeLessThan(100);
    for (const step of Object.values(grades.frozen)) expect(step).toBeGreaterThanOrEqual(10);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, true)));
    const restored = (loaded.optimizer as unknown as { transforms: GradES[] }).transforms[0]!;
    expect(restored.frozenRatio).toBe(1);
    expect(() => gradES({})).toThrow(/gradES: expected totalSteps, got none/);
    expect(() => gradES({ totalSteps: 5, taus: 1 } as never)).toThrow(/did you mean 'tau'/);
  });
});
