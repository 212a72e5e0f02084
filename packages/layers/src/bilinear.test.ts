// Bilinear: a float64 reference, the catalog oracles (bias-free out_a = xᵀB_a x; uᵀ·out = xᵀQ_u x;
// Q_u symmetric and its Jacobi eigendecomposition reconstructs it within 1e-5), gradients, fit,
// save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Bilinear, symmetricEigen } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), w.read().dataSync() as Float32Array]));

function reference(x: ArrayLike<number>, rows: number, d: number, H: number, U: number, w: Record<string, ArrayLike<number>>): Float64Array {
  const left = matMul64(x, w['left/kernel']!, rows, d, H);
  const right = matMul64(x, w['right/kernel']!, rows, d, H);
  const g = left.map((v, i) => (v + (w['left/bias']?.[i % H] ?? 0)) * (right[i]! + (w['right/bias']?.[i % H] ?? 0)));
  return matMul64(g, w['projection/kernel']!, rows, H, U);
}

describe('Bilinear', () => {
  it('matches the float64 reference within 1e-5 (+1e-6 absolute), with and without biases', () => {
    for (const useBias of [true, false]) {
      const layer = new Bilinear({ units: 3, hiddenUnits: 5, useBias, biasInitializer: 'randomNormal' });
      const x = randomTensor([2, 4, 6], 1);
      const output = layer.apply(x) as tf.Tensor;
      expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 8, 6, 5, 3, byName(layer)), 0.1)).toBeLessThan(1e-5);
    }
  });

  it('bias-free: out_a = xᵀB_a x; uᵀ·out = xᵀQ_u x; Q_u is symmetric and its eigendecomposition reconstructs it within 1e-5', () => {
    const layer = new Bilinear({ units: 3, hiddenUnits: 4, useBias: false });
    const x = randomTensor([1, 5], 11);
    const out = values(layer.apply(x) as tf.Tensor);
    const xs = values(x);
    const quadratic = (Q: ArrayLike<number>) => xs.reduce((s, xi, i) => s + xi * xs.reduce((t, xj, j) => t + Q[i * 5 + j]! * xj, 0), 0);
    for (let a = 0; a < 3; a++) {
      const unit = [0, 1, 2].map((b) => (b === a ? 1 : 0));
      expect(Math.abs(quadratic(layer.interactionMatrix(unit)) - out[a]!)).toBeLessThan(1e-5);
    }
    const u = randomValues(3, 12);
    const Q = layer.interactionMatrix(u);
    expect(Math.abs(quadratic(Q) - out.reduce((s, o, a) => s + o * u[a]!, 0))).toBeLessThan(1e-5);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) expect(Q[i * 5 + j]).toBe(Q[j * 5 + i]);
    const { values: eigenvalues, vectors } = layer.eigendecomposition(u);
    const rebuilt = new Float64Array(25);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) for (let k = 0; k < 5; k++) rebuilt[i * 5 + j] += vectors[i * 5 + k]! * eigenvalues[k]! * vectors[j * 5 + k]!;
    expect(Math.max(...rebuilt.map((v, i) => Math.abs(v - Q[i]!)))).toBeLessThan(1e-5);
    expect([...eigenvalues]).toEqual([...eigenvalues].sort((p, q) => q - p));
    expect(Array.from(symmetricEigen([2, 1, 1, 2], 2).values)).toEqual([3, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('gradients match finite differences; trains, saves and loads with identical predictions; leaks nothing; clear errors', async () => {
    const layer = new Bilinear({ units: 2, hiddenUnits: 3, biasInitializer: 'randomNormal' });
    const x = randomTensor([3, 4], 21);
    layer.apply(x);
    const probe = randomValues(6, 22);
    const w = byName(layer);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor(probe, [3, 2]))))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => reference(input, 3, 4, 3, 2, w).reduce((s, o, i) => s + o * probe[i]!, 0), x.dataSync()))).toBeLessThan(1e-3);
    const model = tfl.sequential({ layers: [new Bilinear({ units: 1, hiddenUnits: 8, inputShape: [3] })] });
    model.compile({ optimizer: tf.train.adam(0.03), loss: 'meanSquaredError' });
    const inputs = randomTensor([64, 3], 23);
    const targets = tf.tidy(() => tf.reshape(tf.sub(tf.mul(tf.slice(inputs, [0, 0], [64, 1]), tf.slice(inputs, [0, 1], [64, 1])), tf.square(tf.slice(inputs, [0, 2], [64, 1]))), [64, 1]));
    const history = await model.fit(inputs, targets, { epochs: 40, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]! * 0.3);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(inputs) as tf.Tensor)).toEqual(values(model.predict(inputs) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(model.predict(inputs) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new Bilinear({ units: 2, hidenUnits: 3 } as never)).toThrow("Bilinear: unknown option 'hidenUnits' (did you mean 'hiddenUnits'?)");
    expect(() => new Bilinear({ units: 2, hiddenUnits: 3, name: 'b' }).interactionMatrix([1, 0])).toThrow("Bilinear 'b': interactionMatrix() needs the layer built");
    expect(() => layer.interactionMatrix([1, 0, 0])).toThrow('expected an output direction of 2 values, got 3');
  });
});
