// Retention: the parallel, recurrent and chunkwise forms agree within 1e-5 (values and gradients),
// the parallel form matches a float64 reference, γ_0 = 0.96875, causality, fit, save/load, leaks
// and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Retention, retentionDecays } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Y [B, H, T, D] of the parallel form in float64. */
function reference(x: ArrayLike<number>, B: number, T: number, d: number, H: number, D: number, w: Record<string, ArrayLike<number>>): Float64Array {
  const project = (name: string) => matMul64(x, w[`${name}/kernel`]!, B * T, d, H * D);
  const pairs = D / 2;
  const angles = Array.from({ length: pairs }, (_, j) => 1 / 10000 ** (pairs === 1 ? 0 : j / (pairs - 1)));
  const rotate = (m: Float64Array, scale: number) => {
    const out = new Float64Array(m.length);
    for (let b = 0; b < B; b++) for (let n = 0; n < T; n++) for (let h = 0; h < H; h++) for (let j = 0; j < pairs; j++) {
      const base = (b * T + n) * H * D + h * D + 2 * j;
      const [e, o] = [m[base]!, m[base + 1]!];
      const [c, s] = [Math.cos(n * angles[j]!), Math.sin(n * angles[j]!)];
      out[base] = (e * c - o * s) * scale;
      out[base + 1] = (e * s + o * c) * scale;
    }
    return out;
  };
  const q = rotate(project('query'), 1);
  const k = rotate(project('key'), 1 / Math.sqrt(D));
  const v = project('value');
  const gammas = retentionDecays(H);
  const y = new Float64Array(B * H * T * D);
  for (let b = 0; b < B; b++) for (let h = 0; h < H; h++) for (let n = 0; n < T; n++) for (let m = 0; m <= n; m++) {
    let score = 0;
    for (let i = 0; i < D; i++) score += q[(b * T + n) * H * D + h * D + i]! * k[(b * T + m) * H * D + h * D + i]!;
    score *= gammas[h]! ** (n - m);
    for (let i = 0; i < D; i++) y[((b * H + h) * T + n) * D + i] += score * v[(b * T + m) * H * D + h * D + i]!;
  }
  return y;
}

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), w.read().dataSync() as Float32Array]));

describe('Retention', () => {
  it('γ_h = 1 − 2^(−5−h): γ_0 = 0.96875', () => {
    expect(retentionDecays(3)).toEqual([0.96875, 0.984375, 0.9921875]);
  });

  it('the parallel form matches the float64 reference within 1e-5 (+1e-6 absolute); recurrent and chunkwise agree with it within 1e-5', () => {
    const layer = new Retention({ heads: 3, headDim: 4, chunkSize: 3 });
    const x = randomTensor([2, 7, 5], 1);
    layer.apply(x);
    const parallel = layer.retention(x, 'parallel');
    expect(maxRelativeError(parallel.dataSync(), reference(x.dataSync(), 2, 7, 5, 3, 4, byName(layer)), 0.1)).toBeLessThan(1e-5);
    for (const mode of ['recurrent', 'chunkwise'] as const) {
      expect(maxRelativeError(layer.retention(x, mode).dataSync(), parallel.dataSync(), 0.1), mode).toBeLessThan(1e-5);
    }
    const outputs = (['parallel', 'recurrent', 'chunkwise'] as const).map((mode) => {
      const other = new Retention({ heads: 3, headDim: 4, chunkSize: 3, mode });
      other.apply(x);
      other.setWeights(layer.getWeights());
      return (other.apply(x) as tf.Tensor).dataSync();
    });
    expect(maxRelativeError(outputs[1]!, outputs[0]!, 0.1)).toBeLessThan(1e-5);
    expect(maxRelativeError(outputs[2]!, outputs[0]!, 0.1)).toBeLessThan(1e-5);
  });

  it('is causal: changing later positions changes no earlier output, in every form', () => {
    const x = randomTensor([1, 6, 4], 11);
    const changed = tf.concat([tf.slice(x, [0, 0, 0], [1, 4, 4]), randomTensor([1, 2, 4], 12, 3)], 1);
    for (const mode of ['parallel', 'recurrent', 'chunkwise'] as const) {
      const layer = new Retention({ heads: 2, headDim: 2, chunkSize: 4, mode });
      const a = layer.apply(x) as tf.Tensor;
      const b = layer.apply(changed) as tf.Tensor;
      expect(values(tf.slice(a, [0, 0, 0], [1, 4, 4]))).toEqual(values(tf.slice(b, [0, 0, 0], [1, 4, 4])));
      expect(maxRelativeError(values(tf.slice(a, [0, 4, 0], [1, 2, 4])), values(tf.slice(b, [0, 4, 0], [1, 2, 4])))).toBeGreaterThan(1e-3);
    }
  });

  it('gradients of Y agree across forms and match finite differences of the float64 reference', () => {
    const layer = new Retention({ heads: 2, headDim: 2, chunkSize: 2 });
    const x = randomTensor([1, 5, 3], 21);
    layer.apply(x);
    const probe = randomValues(20, 22);
    const p = tf.tensor(probe, [1, 2, 5, 2]);
    const gradient = (mode: 'parallel' | 'recurrent' | 'chunkwise') => tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.retention(input, mode), p)))(x).dataSync();
    const parallel = gradient('parallel');
    const w = byName(layer);
    expect(maxRelativeError(parallel, finiteDifferences((input) => reference(input, 1, 5, 3, 2, 2, w).reduce((s, o, i) => s + o * probe[i]!, 0), x.dataSync()))).toBeLessThan(1e-3);
    expect(maxRelativeError(gradient('recurrent'), parallel, 0.1)).toBeLessThan(1e-5);
    expect(maxRelativeError(gradient('chunkwise'), parallel, 0.1)).toBeLessThan(1e-5);
  });

  it('trains in tf.sequential, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [new Retention({ heads: 2, headDim: 4, mode: 'chunkwise', chunkSize: 3, inputShape: [6, 4] }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    const x = randomTensor([32, 6, 4], 31);
    const y = tf.tidy(() => tf.reshape(tf.sum(x, [1, 2]), [32, 1]));
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ heads: 2, headDim: 4, mode: 'chunkwise', chunkSize: 3 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new Retention({ headDim: 3 })).toThrow('Retention: expected an even headDim (the rotation acts on pairs), got 3');
    expect(() => new Retention({ mode: 'fast' as never })).toThrow("Retention: expected mode to be one of 'parallel', 'recurrent', 'chunkwise', got 'fast'");
    expect(() => new Retention({ head: 2 } as never)).toThrow("Retention: unknown option 'head' (did you mean 'heads'?)");
    expect(() => new Retention({ name: 'r' }).apply(tf.zeros([2, 3]))).toThrow("Retention 'r': expected a sequence [batch, positions, features] with known features, got [2, 3]");
  });
});
