import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradientReversal, GradientReversalScheduler, dannLambda, dannLambdaSchedule, dannLearningRate, gradientReversal, scheduleFromJSON } from '@layerkit/training';
import { randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('gradient reversal', () => {
  it('is exactly the identity forward and −λ times the upstream gradient backward', () => {
    const x = tf.tensor(randomValues(12, 1), [3, 4]);
    const upstream = tf.tensor(randomValues(12, 2), [3, 4]);
    expect(values(gradientReversal(x, 0.7))).toEqual(values(x));
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(gradientReversal(input, 0.7), upstream)))(x);
    expect(values(gradient)).toEqual(values(upstream).map((value) => Math.fround(value * Math.fround(-0.7))));
    expect(() => gradientReversal(tf.tensor([1], undefined, 'int32'))).toThrow(/gradientReversal: expected a float32 tensor, got int32 — cast first/);
  });

  it('has the DANN schedules: λ_p(0) = 0, λ_p(1) = 0.9999092, μ_p = μ0/(1 + αp)^β', () => {
    expect(dannLambda(0)).toBe(0);
    expect(dannLambda(1)).toBeCloseTo(0.9999092, 7);
    const lambda = dannLambdaSchedule({ totalSteps: 100 });
    expect(lambda(50)).toBeCloseTo(2 / (1 + Math.exp(-5)) - 1, 15);
    expect(lambda(500)).toBe(lambda(100));
    const learningRate = dannLearningRate({ totalSteps: 10 });
    expect(learningRate(0)).toBe(0.01);
    expect(learningRate(10)).toBeCloseTo(0.01 / 11 ** 0.75, 15);
    expect(scheduleFromJSON(JSON.stringify(lambda))(30)).toBe(lambda(30));
  });

  it('is a layer whose λ a callback sets every batch, and that saves and loads', async () => {
    const reversal = new GradientReversal({ lambda: 0 });
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [2] }), reversal, tfl.layers.dense({ units: 1 })] });
    model.compile({ loss: 'meanSquaredError', optimizer: tf.train.sgd(0.01) });
    const scheduler = new GradientReversalScheduler(reversal, dannLambdaSchedule({ totalSteps: 4 }));
    await model.fit(tf.ones([8, 2]), tf.ones([8, 1]), { epochs: 1, batchSize: 2, verbose: 0, callbacks: [scheduler] });
    expect(reversal.lambda).toBe(dannLambda(3 / 4));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect(loaded.layers[1]).toBeInstanceOf(GradientReversal);
    expect((loaded.layers[1] as GradientReversal).lambda).toBe(reversal.lambda);
    expect(() => new GradientReversal({ lamda: 1 } as never)).toThrow(/unknown option 'lamda' \(did you mean 'lambda'\?\)/);
    model.dispose();
    loaded.dispose();
  });
});
