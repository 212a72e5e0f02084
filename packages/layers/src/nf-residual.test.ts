// NFResidual and nfBetas: identity at init (s = 0), Var = β² + α² after a block with a unit-variance
// branch, the β schedule, the gain learns in model.fit, save/load, gradients, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { nfBetas, NFResidual } from '@layerkit/layers';
import { randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('NFResidual', () => {
  it('is the identity at init (s = 0); with s = 1 the variance after the block is β² + α²', () => {
    const h = randomTensor([2, 5], 1);
    const branch = randomTensor([2, 5], 2);
    expect(values(new NFResidual().apply([h, branch]) as tf.Tensor)).toEqual(values(h));
    const beta = 1.5;
    const big = tf.tidy(() => tf.mul(tf.randomNormal([200000], 0, 1, 'float32', 3), beta));
    const unit = tf.randomNormal([200000], 0, 1, 'float32', 4);
    const out = new NFResidual({ skipInitGain: 1 }).apply([big, unit]) as tf.Tensor;
    const variance = tf.moments(out).variance.dataSync()[0]!;
    // Standard error of a variance estimate from 2·10^5 normal samples: about 0.3 %.
    expect(Math.abs(variance - (beta ** 2 + 0.2 ** 2)) / (beta ** 2 + 0.2 ** 2)).toBeLessThan(0.015);
    const fixed = new NFResidual({ alpha: 0.5, skipInitGain: null });
    expect(values(fixed.apply([h, branch]) as tf.Tensor)).toEqual(values(tf.add(h, tf.mul(branch, 0.5))));
    expect(fixed.countParams()).toBe(0);
  });

  it('nfBetas: √(1 + i·α²), reset to √(1 + α²) after a transition block', () => {
    expect(nfBetas(3)).toEqual([1, Math.sqrt(1.04), Math.sqrt(1.08)]);
    expect(nfBetas(4, { alpha: 0.5, transitions: [1] })).toEqual([1, Math.sqrt(1.25), Math.sqrt(1.25), Math.sqrt(1.5)]);
  });

  it('learns its gain in a residual model with a rescaled branch input, saves and loads, and gradients are α·s·dy', async () => {
    const input = tfl.input({ shape: [4] });
    const [beta] = nfBetas(1);
    const branchInput = tfl.layers.rescaling({ scale: 1 / beta! }).apply(input) as tfl.SymbolicTensor;
    const branch = tfl.layers.dense({ units: 4, activation: 'relu' }).apply(branchInput) as tfl.SymbolicTensor;
    const joined = new NFResidual({ name: 'join' }).apply([input, branch]) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 1 }).apply(joined) as tfl.SymbolicTensor });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 11);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.relu(x), 1), [64, 1]));
    await model.fit(x, y, { epochs: 10, batchSize: 16, verbose: 0 });
    const gain = model.getLayer('join').getWeights()[0]!.dataSync()[0]!;
    expect(gain).not.toBe(0);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const layer = new NFResidual({ skipInitGain: 0.5, alpha: 0.2 });
    const h = randomTensor([3, 2], 12);
    const b = randomTensor([3, 2], 13);
    layer.apply([h, b]);
    const start = tf.memory().numTensors;
    const [dh, db] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(layer.apply([p, q]) as tf.Tensor))([h, b]);
    expect(values(dh!)).toEqual(Array(6).fill(1));
    values(db!).forEach((v) => expect(v).toBeCloseTo(0.1, 7));
    tf.dispose([dh!, db!]);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects unknown options with a suggestion and one input or mismatched shapes with what to do', () => {
    expect(() => new NFResidual({ alhpa: 0.2 } as never)).toThrow("NFResidual: unknown option 'alhpa' (did you mean 'alpha'?)");
    expect(() => new NFResidual({ name: 'n' }).apply(tf.zeros([2, 3]))).toThrow("NFResidual 'n': expected two inputs [h, branch] (the branch computed from h/β), got one input of shape [2, 3]");
    expect(() => new NFResidual({ name: 'n' }).apply([tf.zeros([2, 3]), tf.zeros([2, 4])])).toThrow("NFResidual 'n': expected h and the branch of one shape, got [2, 3] and [2, 4]");
  });
});
