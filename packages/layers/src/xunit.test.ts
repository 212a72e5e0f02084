// XUnit: gates in (0, 1]; a zero depthwise kernel with BatchNorm at its initial state gives the
// constant gate exp(−β²); parameter count C·k² + C + 2 BatchNorms; a float64 reference at
// inference; training updates the moving statistics and learns; save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { XUnit } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('XUnit', () => {
  it('gates lie in (0, 1]; a zero kernel at the initial BatchNorm state gives the constant gate exp(−β²); C·k² + C + 4·C·2 weights', () => {
    const layer = new XUnit({ kernelSize: 3 });
    const x = randomTensor([2, 5, 5, 4], 1, 2);
    layer.apply(x);
    expect(layer.countParams()).toBe(4 * 9 + 4 + 2 * 4 * 4);
    const gate = values(layer.gateOf(x));
    expect(gate.every((g) => g > 0 && g <= 1)).toBe(true);
    const weights = layer.weights.map((w) => {
      if (w.originalName.endsWith('depthwise/kernel')) return tf.zeros(w.shape);
      if (w.originalName.endsWith('bn_2/beta')) return tf.fill(w.shape, 0.7);
      return w.read();
    });
    layer.setWeights(weights);
    // bn_2 at inference with moving statistics (0, 1): z = (0 − 0)/√(1 + ε)·1 + β = β.
    values(layer.gateOf(x)).forEach((g) => expect(g).toBeCloseTo(Math.exp(-0.49), 6));
  });

  it('matches a float64 reference at inference (sigmoid gate, random BatchNorm statistics) within 1e-5', () => {
    const layer = new XUnit({ kernelSize: 3, gate: 'sigmoid' });
    const x = randomTensor([1, 4, 4, 2], 2);
    layer.apply(x);
    layer.setWeights(layer.weights.map((w, i) => (w.originalName.includes('variance') ? tf.add(tf.abs(randomTensor(w.shape, 10 + i)), 0.5) : randomTensor(w.shape, 10 + i, 0.5))));
    const w = Object.fromEntries(layer.weights.map((v) => [v.originalName.split('/').slice(1).join('/'), Array.from(v.read().dataSync())]));
    const xs = x.arraySync() as number[][][][];
    const bn = (v: number, c: number, p: string) => ((v - w[`${p}/moving_mean`]![c]!) / Math.sqrt(w[`${p}/moving_variance`]![c]! + 1e-3)) * w[`${p}/gamma`]![c]! + w[`${p}/beta`]![c]!;
    const first = xs[0]!.map((row) => row.map((px) => px.map((v, c) => Math.max(0, bn(v, c, 'bn_1')))));
    const expected: number[] = [];
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) for (let c = 0; c < 2; c++) {
      let z = w['depthwise/bias']![c]!;
      for (let u = 0; u < 3; u++) for (let v = 0; v < 3; v++) {
        const y = i + u - 1; const q = j + v - 1;
        if (y >= 0 && y < 4 && q >= 0 && q < 4) z += first[y]![q]![c]! * w['depthwise/kernel']![(u * 3 + v) * 2 + c]!;
      }
      expected.push(xs[0]![i]![j]![c]! / (1 + Math.exp(-bn(z, c, 'bn_2'))));
    }
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), expected, 0.1)).toBeLessThan(1e-5);
  });

  it('training uses batch statistics and moves the moving averages; trains, saves and loads; leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', inputShape: [6, 6, 1] }), new XUnit({ kernelSize: 3, name: 'xunit' }), tfl.layers.globalAveragePooling2d({}), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 6, 1], 3);
    const y = tf.tidy(() => tf.reshape(tf.mean(tf.abs(x), [1, 2, 3]), [16, 1]));
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const moving = model.getLayer('xunit').weights.find((w) => w.originalName.endsWith('bn_1/moving_mean'))!;
    expect(values(moving.read()).some((v) => v !== 0)).toBe(true);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const features = tf.zeros([1, 6, 6, 4]);
    const start = tf.memory().numTensors;
    tf.dispose(model.predict(x) as tf.Tensor);
    tf.dispose(model.getLayer('xunit').apply(features, { training: true }) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new XUnit({ kernelsize: 3 } as never)).toThrow("XUnit: unknown option 'kernelsize' (did you mean 'kernelSize'?)");
    expect(() => new XUnit({ name: 'x' }).apply(tf.zeros([2, 3, 4]))).toThrow("XUnit 'x': expected images [batch, height, width, channels] with known channels, got [2, 3, 4]");
  });
});
