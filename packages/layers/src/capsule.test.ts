// Capsules: ‖squash(s)‖ < 1 and parallel to s; routing coefficients sum to 1 over parents; r = 1 is
// uniform coupling; a float64 reference of three routing iterations; fit, save/load, leaks, errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Capsule, Squash, squash } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const squash64 = (s: number[]) => {
  const n2 = s.reduce((a, v) => a + v * v, 0);
  return s.map((v) => (v * n2) / ((1 + n2) * Math.sqrt(n2 + 1e-7)));
};

function reference(u: ArrayLike<number>, B: number, nIn: number, dIn: number, W: ArrayLike<number>, nOut: number, dOut: number, r: number): number[] {
  const out: number[] = [];
  for (let b = 0; b < B; b++) {
    const uHat = Array.from({ length: nIn }, (_, i) => Array.from({ length: nOut }, (_, j) => Array.from({ length: dOut }, (_, k) => {
      let sum = 0;
      for (let m = 0; m < dIn; m++) sum += W[((i * nOut + j) * dOut + k) * dIn + m]! * u[(b * nIn + i) * dIn + m]!;
      return sum;
    })));
    const logits = Array.from({ length: nIn }, () => new Array(nOut).fill(0) as number[]);
    let v: number[][] = [];
    for (let it = 0; it < r; it++) {
      const c = logits.map((row) => { const m = Math.max(...row); const e = row.map((x) => Math.exp(x - m)); const t = e.reduce((a, x) => a + x, 0); return e.map((x) => x / t); });
      v = Array.from({ length: nOut }, (_, j) => squash64(Array.from({ length: dOut }, (_, k) => uHat.reduce((a, ui, i) => a + c[i]![j]! * ui[j]![k]!, 0))));
      if (it < r - 1) for (let i = 0; i < nIn; i++) for (let j = 0; j < nOut; j++) logits[i]![j] += uHat[i]![j]!.reduce((a, x, k) => a + x * v[j]![k]!, 0);
    }
    out.push(...v.flat());
  }
  return out;
}

describe('Capsules', () => {
  it('‖squash(s)‖ < 1 and parallel to s; squash(0) = 0', () => {
    const s = randomTensor([5, 4], 1, 3);
    const v = squash(s);
    const norms = values(tf.norm(v, 'euclidean', -1));
    expect(norms.every((n) => n < 1)).toBe(true);
    const cosine = values(tf.div(tf.sum(tf.mul(v, s), -1), tf.mul(tf.norm(v, 'euclidean', -1), tf.norm(s, 'euclidean', -1))));
    cosine.forEach((c) => expect(c).toBeCloseTo(1, 6));
    expect(values(squash(tf.zeros([1, 3])))).toEqual([0, 0, 0]);
  });

  it.each([1, 3])('r = %i: matches a float64 reference of dynamic routing within 1e-5 (+1e-6 absolute); couplings sum to 1, uniform for r = 1', (r) => {
    const layer = new Capsule({ capsules: 3, capsuleDim: 4, routingIterations: r });
    const u = squash(randomTensor([2, 5, 6], 2, 2));
    const output = layer.apply(u) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, 4]);
    expect(maxRelativeError(output.dataSync(), reference(u.dataSync(), 2, 5, 6, layer.getWeights()[0]!.dataSync(), 3, 4, r), 0.1)).toBeLessThan(1e-5);
    const c = layer.couplings(u);
    expect(Math.max(...values(tf.sum(c, -1)).map((x) => Math.abs(x - 1)))).toBeLessThan(1e-6);
    if (r === 1) expect(values(c).every((x) => Math.abs(x - 1 / 3) < 1e-7)).toBe(true);
  });

  it('a capsule network trains on capsule lengths, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [
      tfl.layers.conv2d({ filters: 8, kernelSize: 3, strides: 2, inputShape: [7, 7, 1] }), tfl.layers.reshape({ targetShape: [18, 4] }), new Squash(),
      new Capsule({ capsules: 2, capsuleDim: 4, routingIterations: 2 }),
    ] });
    const x = randomTensor([16, 7, 7, 1], 3);
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const y = tf.tidy(() => tf.mul(tf.ones([16, 2, 4]), 0.4));
    const history = await model.fit(x, y, { epochs: 10, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const caps = model.layers.at(-1)!;
    const u = squash(randomTensor([2, 18, 4], 4));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(caps.apply(input) as tf.Tensor))(u));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new Capsule({ capsules: 2, routingIteration: 3 } as never)).toThrow("Capsule: unknown option 'routingIteration' (did you mean 'routingIterations'?)");
    expect(() => new Capsule({ capsules: 2, name: 'c' }).apply(tf.zeros([2, 3]))).toThrow("Capsule 'c': expected child capsules [batch, count, size] with known count and size, got [2, 3]");
  });
});
