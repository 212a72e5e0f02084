// BlurPool: the catalog oracles (1-D and 2-D values, a constant input stays constant, k = 1 is
// strided subsampling), shapes for every padding, gradients, a model round trip, leaks, errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { BlurPool, binomialTaps } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('BlurPool', () => {
  it('1-D, k = 4, s = 2 on [1 … 6] gives [1.75, 3.5, 5.25]; 2-D on the 4×4 ramp gives [[3.75, 5.25], [9.75, 11.25]]', () => {
    expect(values(new BlurPool().apply(tf.tensor([1, 2, 3, 4, 5, 6], [1, 6, 1])) as tf.Tensor)).toEqual([1.75, 3.5, 5.25]);
    expect(values(new BlurPool().apply(tf.reshape(tf.range(0, 16), [1, 4, 4, 1])) as tf.Tensor)).toEqual([3.75, 5.25, 9.75, 11.25]);
    expect(binomialTaps(7)).toEqual([1, 6, 15, 20, 15, 6, 1]);
  });

  it('keeps a constant input constant for every padding; k = 1 is strided subsampling; output size ⌈H/s⌉', () => {
    for (const padding of ['reflect', 'replicate', 'zero'] as const) {
      const output = new BlurPool({ filterSize: 3, padding }).apply(tf.fill([1, 7, 6, 2], 2.5)) as tf.Tensor;
      expect(output.shape).toEqual([1, 4, 3, 2]);
      if (padding !== 'zero') expect(values(output).every((v) => Math.abs(v - 2.5) < 1e-6)).toBe(true);
    }
    const x = randomTensor([1, 6, 6, 3], 1);
    const subsampled = new BlurPool({ filterSize: 1, stride: 2 }).apply(x) as tf.Tensor;
    expect(values(subsampled)).toEqual(values(tf.gather(tf.gather(x, [0, 2, 4], 1), [0, 2, 4], 2)));
  });

  it("replicate padding repeats the edge: 1-D k = 4 on [1 … 6] gives [(1·1 + 3·1 + 3·2 + 1·3)/8, …]", () => {
    const output = values(new BlurPool({ padding: 'replicate' }).apply(tf.tensor([1, 2, 3, 4, 5, 6], [1, 6, 1])) as tf.Tensor);
    expect(output).toEqual([(1 + 3 + 6 + 3) / 8, (2 + 9 + 12 + 5) / 8, (4 + 15 + 18 + 6) / 8]);
  });

  it('is linear: its gradient is the transposed filter (sums of upstream over taps), checked against finite differences', () => {
    const layer = new BlurPool({ filterSize: 3, padding: 'zero' });
    const x = randomTensor([1, 5, 5, 1], 11);
    const probe = randomTensor([1, 3, 3, 1], 12);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probe)))(x);
    const f = (input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probe)).dataSync()[0]!;
    const numeric = values(x).map((_, i) => {
      const bump = tf.tensor(values(x).map((v, j) => (j === i ? 1 : 0)), x.shape);
      return f(tf.add(x, bump)) - f(x);
    });
    expect(maxRelativeError(dx.dataSync(), numeric, 0.1)).toBeLessThan(1e-5);
  });

  it('works in a model with no weights, saves and loads, leaks nothing; rejects unknown options and short inputs', async () => {
    const model = tfl.sequential({ layers: [new BlurPool({ filterSize: 5, padding: 'replicate', inputShape: [8, 8, 2] }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    expect(model.layers[0]!.countParams()).toBe(0);
    const x = randomTensor([3, 8, 8, 2], 21);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new BlurPool({ filtersize: 3 } as never)).toThrow("BlurPool: unknown option 'filtersize' (did you mean 'filterSize'?)");
    expect(() => new BlurPool({ filterSize: 8 })).toThrow('BlurPool: expected filterSize to be an integer >= 1 <= 7, got 8');
    expect(() => new BlurPool({ filterSize: 7, name: 'b' }).apply(tf.zeros([1, 3, 3, 1]))).toThrow("BlurPool 'b': expected spatial sizes above 3 for reflect padding with filterSize 7, got [1, 3, 3, 1]");
  });
});
