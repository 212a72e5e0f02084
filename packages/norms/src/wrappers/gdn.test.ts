// GDN / IGDN: γ = 0 gives x/√β and x·√β, signs kept, a float64 reference, gradients against
// central differences of the reference, the constraints after optimizer steps, save → load.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { GDN, gdn } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** GDN of one position in float64: y_i = x_i·(β_i + Σ_j γ[j][i]·x_j²)^(∓½). */
function reference(x: number[], beta: number[], gamma: number[][], inverse: boolean): number[] {
  return x.map((value, i) => {
    const pool = beta[i] + x.reduce((sum, xj, j) => sum + gamma[j][i] * xj * xj, 0);
    return inverse ? value * Math.sqrt(pool) : value / Math.sqrt(pool);
  });
}

const beta = [0.5, 1.5, 2];
const gamma = [[0.1, 0.3, 0], [0.05, 0.2, 0.4], [0.3, 0, 0.1]];

test('γ = 0: GDN is x/√β and IGDN x·√β; values against the float64 reference; signs kept', () => {
  const x = tf.tensor2d([[1, -2, 3], [-0.5, 0.25, -4]]);
  const zero = tf.zeros([3, 3]);
  const plain = gdn(x, beta, zero).arraySync() as number[][];
  const inverse = gdn(x, beta, zero, { inverse: true }).arraySync() as number[][];
  (x.arraySync() as number[][]).forEach((row, r) => row.forEach((value, i) => {
    expect(plain[r][i]).toBeCloseTo(value / Math.sqrt(beta[i]), 6);
    expect(inverse[r][i]).toBeCloseTo(value * Math.sqrt(beta[i]), 6);
  }));
  for (const inverseFlag of [false, true]) {
    const got = gdn(x, beta, gamma, { inverse: inverseFlag }).arraySync() as number[][];
    (x.arraySync() as number[][]).forEach((row, r) => {
      reference(row, beta, gamma, inverseFlag).forEach((want, i) => expect(got[r][i]).toBeCloseTo(want, 5));
      row.forEach((value, i) => expect(Math.sign(got[r][i])).toBe(Math.sign(value)));
    });
  }
});

test('gradients wrt x and γ match central differences of the float64 reference', () => {
  const row = [0.7, -1.3, 2.1];
  const dy = [0.3, -0.8, 0.5];
  const [dx, dGamma] = tf.grads((x: tf.Tensor, g: tf.Tensor) => tf.sum(tf.mul(gdn(x, beta, g), dy)))([tf.tensor2d([row]), tf.tensor2d(gamma)]);
  const loss = (x: number[], g: number[][]) => reference(x, beta, g, false).reduce((sum, y, i) => sum + y * dy[i], 0);
  const h = 1e-6;
  row.forEach((_, i) => {
    const plus = [...row]; plus[i] += h;
    const minus = [...row]; minus[i] -= h;
    expect(dx.dataSync()[i]).toBeCloseTo((loss(plus, gamma) - loss(minus, gamma)) / (2 * h), 4);
  });
  for (let j = 0; j < 3; j++) {
    for (let i = 0; i < 3; i++) {
      const plus = gamma.map((r) => [...r]); plus[j][i] += h;
      const minus = gamma.map((r) => [...r]); minus[j][i] -= h;
      expect(dGamma.dataSync()[j * 3 + i]).toBeCloseTo((loss(row, plus) - loss(row, minus)) / (2 * h), 4);
    }
  }
});

test('the layer: β ≥ βmin and γ ≥ 0 after optimizer steps that push them down; trains, saves and loads; no leaks', async () => {
  const single = tfl.sequential({ layers: [new GDN({ inputShape: [4, 4, 3] }) as unknown as tfl.layers.Layer] });
  const layer = single.layers[0] as unknown as GDN;
  const initial = layer.parameters();
  expect(Array.from(initial.beta.dataSync()).every((b) => Math.abs(b - 1) < 1e-6)).toBe(true);
  expect(initial.gamma.arraySync()).toEqual([[expect.closeTo(0.1, 6), 0, 0], [0, expect.closeTo(0.1, 6), 0], [0, 0, expect.closeTo(0.1, 6)]]);
  // Targets 10⁴·x: the best pool is 1e-8, below βmin — every step pushes β and γ down to their bounds.
  single.compile({ optimizer: tf.train.adam(0.1), loss: 'meanSquaredError' });
  const x = tf.randomNormal([8, 4, 4, 3], 0, 1, 'float32', 1);
  await single.fit(x, tf.mul(x, 1e4), { epochs: 30, verbose: 0 });
  const { beta: trainedBeta, gamma: trainedGamma } = layer.parameters();
  const betas = Array.from(trainedBeta.dataSync());
  expect(Math.min(...betas)).toBeGreaterThanOrEqual(1e-6 * (1 - 1e-3));
  expect(Math.min(...Array.from(trainedGamma.dataSync()))).toBeGreaterThanOrEqual(0);
  expect(Math.max(...betas)).toBeLessThan(1e-3);

  const model = tfl.sequential({ layers: [new GDN({ inputShape: [4, 4, 3] }) as unknown as tfl.layers.Layer, new GDN({ inverse: true }) as unknown as tfl.layers.Layer] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  await model.fit(x, tf.mul(x, 2), { epochs: 3, verbose: 0 });
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
  expect(() => new GDN({ invers: true } as never)).toThrow(/GDN: unknown option 'invers' \(did you mean 'inverse'\?\)/);
  expect(() => gdn(tf.ones([2, 3]), [1, 1], tf.zeros([3, 3]))).toThrow(/gdn: expected beta \[3\] and gamma \[3, 3\] for 3 channels/);
});
