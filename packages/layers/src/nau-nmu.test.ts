// NAU and NMU: the catalog oracles (NMU with W = 1 on {a, b} is a·b, NAU with W = (1, 1) is a + b,
// R = 0.1875 for the NAU weights [[0.5, 1], [0, 0.25]], λ(1.5e6) = 5), clamped forward weights,
// the clipper after every batch, the regulariser in training, learning a + b and a·b that
// extrapolate, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { arithmeticSparsity, ArithmeticWeightClipper, NAU, NMU, sparsityLambda } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('NAU and NMU', () => {
  it('NMU with W = 1 on {a, b} computes a·b exactly; NAU with W = (1, 1) computes a + b; weights are clamped in the forward', () => {
    const x = tf.tensor([[3, -2.5, 7], [0.5, 4, -1]]);
    const nmu = new NMU({ units: 1 });
    nmu.apply(x);
    nmu.setWeights([tf.tensor([[1], [1], [0]])]);
    expect(values(nmu.apply(x) as tf.Tensor)).toEqual([-7.5, 2]);
    const nau = new NAU({ units: 1 });
    nau.apply(x);
    nau.setWeights([tf.tensor([[1], [1], [0]])]);
    expect(values(nau.apply(x) as tf.Tensor)).toEqual([0.5, 4.5]);
    nau.setWeights([tf.tensor([[3], [1], [-4]])]);
    expect(values(nau.apply(x) as tf.Tensor)).toEqual([3 - 2.5 - 7, 0.5 + 4 + 1]);
  });

  it('R = 0.1875 for NAU weights [[0.5, 1], [0, 0.25]]; λ(1.5e6) = 5 with the defaults; initial weights in their ranges', () => {
    expect(arithmeticSparsity('nau', tf.tensor([[0.5, 1], [0, 0.25]])).dataSync()[0]).toBeCloseTo(0.1875, 7);
    expect(arithmeticSparsity('nmu', tf.tensor([[0.5, 1], [0, 0.25]])).dataSync()[0]).toBeCloseTo(0.1875, 7);
    expect(sparsityLambda(1.5e6)).toBe(5);
    expect(sparsityLambda(10)).toBe(0);
    const nmu = new NMU({ units: 3 });
    nmu.apply(tf.zeros([1, 4]));
    expect(values(nmu.getWeights()[0]!).every((w) => w >= 0.25 && w <= 0.75)).toBe(true);
    const nau = new NAU({ units: 3 });
    nau.apply(tf.zeros([1, 4]));
    const r = Math.min(0.5, Math.sqrt(3) * Math.sqrt(2 / 7));
    expect(values(nau.getWeights()[0]!).every((w) => Math.abs(w) <= r)).toBe(true);
  });

  it('adds λ(t)·R to the loss in training once the ramp has started, and counts its steps', () => {
    const nau = new NAU({ units: 1, lambda: 2, lambdaStart: 0, lambdaEnd: 4 });
    const x = tf.ones([2, 2]);
    nau.apply(x);
    nau.setWeights([tf.tensor([[0.5], [0.25]])]);
    tf.dispose(nau.apply(x) as tf.Tensor);
    expect(nau.calculateLosses()[0]!.dataSync()[0]).toBe(0);
    for (let i = 0; i < 3; i++) tf.dispose(nau.apply(x, { training: true }) as tf.Tensor);
    // Third training call: t = 2, λ = 2·2/4 = 1; R = (0.5 + 0.25)/2.
    expect(nau.calculateLosses()[0]!.dataSync()[0]).toBeCloseTo(0.375, 6);
    expect(nau.step).toBe(3);
    const start = tf.memory().numTensors;
    tf.dispose(nau.apply(x, { training: true }) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('learns a + b (NAU) and a·b (NMU) with the clipper, extrapolating far beyond the training range; saves and loads', async () => {
    const a = tf.randomUniform([256, 1], 0.1, 2, 'float32', 1);
    const b = tf.randomUniform([256, 1], 0.1, 2, 'float32', 2);
    const x = tf.concat([a, b], 1);
    for (const [Unit, target, weights] of [[NAU, tf.add(a, b), [[0.3], [0.2]]], [NMU, tf.mul(a, b), [[0.5], [0.5]]]] as const) {
      const model = tfl.sequential({ layers: [new Unit({ units: 1, inputShape: [2] })] });
      model.layers[0]!.setWeights([tf.tensor(weights)]);
      model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
      await model.fit(x, target, { epochs: 60, batchSize: 32, verbose: 0, callbacks: [new ArithmeticWeightClipper()] });
      const learned = values(model.layers[0]!.getWeights()[0]!);
      expect(learned.every((w) => w >= (Unit === NAU ? -1 : 0) && w <= 1)).toBe(true);
      const far = tf.tensor([[40, 70], [-30, 12]]);
      const expected = Unit === NAU ? [110, -18] : [2800, -360];
      expect(maxRelativeError(values(model.predict(far) as tf.Tensor), expected, 1)).toBeLessThan(2e-2);
      const loaded = await roundTrip(model);
      expect(values(loaded.predict(far) as tf.Tensor)).toEqual(values(model.predict(far) as tf.Tensor));
    }
  });

  it('rejects unknown options with a suggestion and wrong shapes', () => {
    expect(() => new NAU({ units: 1, lamda: 1 } as never)).toThrow("NAU: unknown option 'lamda' (did you mean 'lambda'?)");
    expect(() => new NMU({ units: 1, lambdaStart: 5, lambdaEnd: 5 })).toThrow('NMU: expected lambdaEnd to be a number > 5, got 5');
    const nmu = new NMU({ units: 1, name: 'm' });
    tf.dispose(nmu.apply(tf.zeros([1, 2])) as tf.Tensor);
    expect(() => nmu.apply(tf.zeros([1, 3]))).toThrow("NMU 'm': expected 2 input features (as built), got [1, 3]");
  });
});
