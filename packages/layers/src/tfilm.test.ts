// TFiLM: the catalog oracle on the scale step, the full layer against a float64 reference built
// from its own LSTM weights, gradients, fit, save/load, leaks, trainable flags and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { TFiLM, tfilmScale } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

/** TFiLM in float64: block max-pool, an LSTM (gates i, f, c, o as tfjs orders them; sigmoid gates, tanh) from zero state, block scaling. */
function reference(x: ArrayLike<number>, batch: number, time: number, channels: number, blockSize: number, kernel: ArrayLike<number>, recurrent: ArrayLike<number>, bias: ArrayLike<number>): Float64Array {
  const out = new Float64Array(batch * time * channels);
  const blocks = time / blockSize;
  const C = channels;
  for (let n = 0; n < batch; n++) {
    let h = new Float64Array(C);
    let c = new Float64Array(C);
    for (let b = 0; b < blocks; b++) {
      const pooled = new Float64Array(C).fill(-Infinity);
      for (let i = 0; i < blockSize; i++) for (let ch = 0; ch < C; ch++) pooled[ch] = Math.max(pooled[ch]!, x[(n * time + b * blockSize + i) * C + ch]!);
      const z = new Float64Array(4 * C);
      for (let g = 0; g < 4 * C; g++) {
        let sum = bias[g]!;
        for (let j = 0; j < C; j++) sum += pooled[j]! * kernel[j * 4 * C + g]! + h[j]! * recurrent[j * 4 * C + g]!;
        z[g] = sum;
      }
      const nextH = new Float64Array(C);
      const nextC = new Float64Array(C);
      for (let ch = 0; ch < C; ch++) {
        nextC[ch] = sigmoid(z[C + ch]!) * c[ch]! + sigmoid(z[ch]!) * Math.tanh(z[2 * C + ch]!);
        nextH[ch] = sigmoid(z[3 * C + ch]!) * Math.tanh(nextC[ch]!);
      }
      h = nextH;
      c = nextC;
      for (let i = 0; i < blockSize; i++) for (let ch = 0; ch < C; ch++) {
        const index = (n * time + b * blockSize + i) * C + ch;
        out[index] = h[ch]! * x[index]!;
      }
    }
  }
  return out;
}

describe('TFiLM', () => {
  it('catalog oracle: B = 2, one channel, x = [1, 2, 3, 4] and block outputs h = [0.5, −1] give [0.5, 1, −3, −4]', () => {
    expect(values(tfilmScale(tf.tensor([1, 2, 3, 4], [1, 4, 1]), tf.tensor([0.5, -1], [1, 2, 1]), 2))).toEqual([0.5, 1, -3, -4]);
  });

  it('matches the float64 reference built from its own LSTM weights within 1e-5 (+1e-6 absolute); defaults and weights', () => {
    expect(new TFiLM().tfilmBlockSize).toBe(128);
    const layer = new TFiLM({ tfilmBlockSize: 2, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 8, 3], 1);
    const output = layer.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([2, 8, 3]);
    expect(layer.trainableWeights.map((w) => w.shape)).toEqual([[3, 12], [3, 12], [12]]);
    const [kernel, recurrent, bias] = layer.getWeights().map((w) => w.dataSync());
    expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 2, 8, 3, 2, kernel!, recurrent!, bias!), 1e-1)).toBeLessThan(1e-5);
  });

  it('gradients to x and to the LSTM weights match finite differences of the float64 reference', () => {
    const layer = new TFiLM({ tfilmBlockSize: 2, biasInitializer: 'randomNormal' });
    const x = randomTensor([1, 6, 2], 11);
    layer.apply(x);
    const weights = layer.getWeights().map((w) => Float64Array.from(w.dataSync()));
    const probe = randomValues(12, 12);
    const loss = (input: ArrayLike<number>, kernel: ArrayLike<number>, recurrent: ArrayLike<number>, bias: ArrayLike<number>) =>
      reference(input, 1, 6, 2, 2, kernel, recurrent, bias).reduce((sum, v, i) => sum + v * probe[i]!, 0);
    const probeTensor = tf.tensor(probe, [1, 6, 2]);
    const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probeTensor)) as tf.Scalar, layer.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val));
    value.dispose();
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probeTensor)))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, weights[0]!, weights[1]!, weights[2]!), x.dataSync()))).toBeLessThan(1e-3);
    const names = layer.trainableWeights.map((w) => (w as unknown as { val: tf.Variable }).val.name);
    const numeric = [
      finiteDifferences((kernel) => loss(x.dataSync(), kernel, weights[1]!, weights[2]!), weights[0]!),
      finiteDifferences((recurrent) => loss(x.dataSync(), weights[0]!, recurrent, weights[2]!), weights[1]!),
      finiteDifferences((bias) => loss(x.dataSync(), weights[0]!, weights[1]!, bias), weights[2]!),
    ];
    names.forEach((name, i) => expect(maxRelativeError(grads[name]!.dataSync(), numeric[i]!), name).toBeLessThan(1e-3));
  });

  it('trains in model.fit, saves and loads with identical predictions, leaks nothing; trainable: false freezes the LSTM', async () => {
    const model = tfl.sequential({ layers: [new TFiLM({ tfilmBlockSize: 2, inputShape: [8, 2], name: 'tfilm' })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([32, 8, 2], 21);
    const y = tf.mul(x, 0.5);
    const history = await model.fit(x, y, { epochs: 40, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.2);
    expect(model.trainableWeights).toHaveLength(3);
    expect(model.countParams()).toBe(2 * (2 * 8) + 8);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]).toBeInstanceOf(TFiLM);
    expect(loaded.getWeights().map(values)).toEqual(model.getWeights().map(values));
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(model.predict(x) as tf.Tensor);
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    const frozen = new TFiLM({ tfilmBlockSize: 2, trainable: false });
    frozen.apply(tf.zeros([1, 4, 3]));
    expect(frozen.trainableWeights).toHaveLength(0);
    expect(frozen.nonTrainableWeights).toHaveLength(3);
  });

  it('throws for a length not divisible by B, wrong ranks and options, saying what to do', () => {
    expect(() => new TFiLM({ tfilmBlockSize: 2, name: 't' }).apply(tf.zeros([1, 5, 1]))).toThrow("TFiLM 't': expected a time length that is a multiple of tfilmBlockSize = 2, got 5 — pad or crop the sequence");
    const built = new TFiLM({ tfilmBlockSize: 2, name: 'u' });
    built.apply(tf.zeros([1, 4, 1]));
    expect(() => built.apply(tf.zeros([1, 6, 1]))).not.toThrow();
    expect(() => built.apply(tf.zeros([1, 7, 1]))).toThrow('expected a time length that is a multiple of tfilmBlockSize = 2, got 7');
    expect(() => built.apply(tf.zeros([1, 4, 2]))).toThrow("TFiLM 'u': expected 1 channels (as built), got [1, 4, 2]");
    expect(() => new TFiLM({ name: 'v' }).apply(tf.zeros([4, 3]))).toThrow("TFiLM 'v': expected [batch, time, channels] with known channels, got [4, 3]");
    expect(() => tfl.sequential({ layers: [new TFiLM({ tfilmBlockSize: 4, inputShape: [6, 2] })] })).toThrow('multiple of tfilmBlockSize = 4, got 6');
    expect(() => new TFiLM({ blockSize: 2 } as never)).toThrow("TFiLM: unknown option 'blockSize'");
    expect(() => new TFiLM({ tfilmBlockSize: 0 })).toThrow('tfilmBlockSize');
    expect(() => tfilmScale(tf.zeros([1, 4, 1]), tf.zeros([1, 3, 1]), 2)).toThrow('tfilmScale: expected scales [1, 2, 1] (one per block of 2 and channel), got [1, 3, 1]');
    expect(() => tfilmScale(tf.zeros([1, 3, 1]), tf.zeros([1, 1, 1]), 2)).toThrow('tfilmScale: expected a time length that is a multiple of tfilmBlockSize = 2, got 3');
  });
});
