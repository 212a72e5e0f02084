// ReversibleBlock: inversion error below 1e-5; the recomputing backward reproduces the stored-
// activation gradients (input and every weight) within 1e-5; fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReversibleBlock } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('ReversibleBlock', () => {
  it('inverts exactly: inverse(block(x)) = x within 1e-5', () => {
    const layer = new ReversibleBlock({ hiddenUnits: 8, activation: 'gelu' });
    const x = randomTensor([3, 4, 6], 1);
    const y = layer.apply(x) as tf.Tensor;
    expect(Math.max(...values(tf.abs(tf.sub(layer.inverse(y), x))))).toBeLessThan(1e-5);
  });

  it('the recomputing backward gives the stored-activation gradients for x and every weight within 1e-5', () => {
    const saving = new ReversibleBlock({ hiddenUnits: 5, activation: 'tanh' });
    const plain = new ReversibleBlock({ hiddenUnits: 5, activation: 'tanh', memorySaving: false });
    const x = randomTensor([4, 6], 2);
    saving.apply(x);
    plain.apply(x);
    plain.setWeights(saving.getWeights().map((w, i) => (i % 2 === 1 ? randomTensor(w.shape, 10 + i, 0.3) : w)));
    saving.setWeights(plain.getWeights());
    const probe = randomTensor([4, 6], 3);
    const gradients = (layer: ReversibleBlock) => {
      const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probe)))(x);
      const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probe)) as tf.Scalar, layer.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val));
      return [values(dx), ...layer.trainableWeights.map((w) => values(grads[w.name]!))];
    };
    const a = gradients(saving);
    const b = gradients(plain);
    expect(a).toHaveLength(9);
    a.forEach((g, i) => expect(maxRelativeError(g, b[i]!, 0.1), `gradient ${i}`).toBeLessThan(1e-5));
    expect(values(saving.apply(x) as tf.Tensor)).toEqual(values(plain.apply(x) as tf.Tensor));
  });

  it('trains a stack in model.fit, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [new ReversibleBlock({ hiddenUnits: 8, inputShape: [4] }), new ReversibleBlock({ hiddenUnits: 8 }), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 4);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.square(x), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]! * 0.7);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new ReversibleBlock({ hiddenUnits: 4, name: 'r' }).apply(tf.zeros([2, 5]))).toThrow("ReversibleBlock 'r': expected an input [batch, ..., channels] with an even, known channel count (split in halves), got [2, 5]");
    expect(() => new ReversibleBlock({ hiddenUnit: 4 } as never)).toThrow("ReversibleBlock: unknown option 'hiddenUnit' (did you mean 'hiddenUnits'?)");
  });
});
