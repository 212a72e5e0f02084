// sparsemax's catalog oracle: on the simplex, shift-invariant, the 2-input closed form, exact
// one-hot for large gaps, Jacobian-vector products against central differences of a float64
// reference; any axis; the layer and activation string in models, save → load; bad input.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { sparsemax, Sparsemax } from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());

/** Float64 sparsemax of one row, from the sorted-threshold definition. */
function reference(z: readonly number[]): number[] {
  const sorted = [...z].sort((a, b) => b - a);
  let sum = 0;
  let support = 0;
  let supportSum = 0;
  sorted.forEach((value, i) => {
    sum += value;
    if (1 + (i + 1) * value > sum) { support = i + 1; supportSum = sum; }
  });
  const tau = (supportSum - 1) / support;
  return z.map((value) => Math.max(value - tau, 0));
}

const rows = [[0.5, 1.2, -0.3, 0.9, 0.1], [3, -1, 0.2, 2.5, 2.9], [0.1, 0.1, 0.1, 0.1, 0.1], [-4, 7, 1, 6.5, -2]];

test('matches the float64 reference; each row is on the simplex (non-negative, sums to 1) with exact zeros', () => {
  const got = sparsemax(tf.tensor2d(rows)).arraySync() as number[][];
  rows.forEach((row, r) => {
    const want = reference(row);
    got[r].forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
    expect(got[r].every((v) => v >= 0)).toBe(true);
    expect(got[r].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
  expect(got[0]).toContain(0);
});

test('adding a constant changes nothing, also for large constants', () => {
  const x = tf.tensor2d(rows);
  const base = values(sparsemax(x));
  for (const shift of [-3, 10, 1e4]) {
    values(sparsemax(tf.add(x, shift))).forEach((v, i) => expect(v).toBeCloseTo(base[i], shift > 100 ? 3 : 6));
  }
});

test('two inputs: p1 = clip((z1 − z2 + 1)/2, 0, 1)', () => {
  for (const [z1, z2] of [[0, 0], [0.3, -0.2], [2, 0.5], [-1, 1.5], [0.9, 0.2], [5, 5.5]]) {
    const [p1, p2] = values(sparsemax([z1, z2]));
    const want = Math.min(Math.max((z1 - z2 + 1) / 2, 0), 1);
    expect(p1).toBeCloseTo(want, 6);
    expect(p2).toBeCloseTo(1 - want, 6);
  }
});

test('large gaps give an exact one-hot', () => {
  expect(values(sparsemax([0, 5, -2, 1]))).toEqual([0, 1, 0, 0]);
  expect(values(sparsemax([[100, 0, -100], [1e-3, 50, 48]]))).toEqual([1, 0, 0, 0, 1, 0]);
});

test('any axis: axis 0, a middle axis, several axes, equal to moving the axis last', () => {
  const x = tf.randomNormal([3, 4, 5], 0, 2, 'float32', 7);
  for (const axis of [0, 1, -2]) {
    const last = tf.transpose(sparsemax(tf.transpose(x, axis === 0 ? [1, 2, 0] : [0, 2, 1])), axis === 0 ? [2, 0, 1] : [0, 2, 1]);
    values(sparsemax(x, { axis })).forEach((v, i) => expect(v).toBeCloseTo(last.dataSync()[i], 6));
  }
  const joint = sparsemax(x, { axis: [1, 2] });
  values(tf.sum(joint, [1, 2])).forEach((s) => expect(s).toBeCloseTo(1, 5));
  values(joint).forEach((v, i) => expect(v).toBeCloseTo(values(sparsemax(tf.reshape(x, [3, 20])))[i], 6));
});

test('NaN spreads over its row only; −∞ gets 0; size 0 and one value work; no tensor leaks', () => {
  const got = sparsemax([[1, NaN, 0], [1, 0, -Infinity]]).arraySync() as number[][];
  expect(got[0].every(Number.isNaN)).toBe(true);
  expect(got[1]).toEqual([1, 0, 0]);
  expect(sparsemax(tf.zeros([0, 3])).shape).toEqual([0, 3]);
  expect(values(sparsemax([4]))).toEqual([1]);
  const x = tf.tensor2d(rows);
  const before = tf.memory().numTensors;
  tf.dispose([sparsemax(x), tf.grad((input: tf.Tensor) => tf.sum(tf.mul(sparsemax(input), input)))(x)]);
  expect(tf.memory().numTensors).toBe(before);
});

test('Jacobian-vector products and the backward formula match central differences of the float64 reference', () => {
  const z = [[0.5, 1.2, -0.3, 0.9, 0.1], [0.3, 0.1, 0.25, -0.1, 0.2]];
  const g = [[1, -2, 0.5, 3, 0.7], [0.4, -1, 2, 0.3, -0.6]];
  const dz = values(tf.grad((x: tf.Tensor) => tf.sum(tf.mul(sparsemax(x), tf.tensor2d(g))))(tf.tensor2d(z)));
  const step = 1e-6;
  const loss = (rowsIn: number[][]) => rowsIn.reduce((total, row, r) => total + reference(row).reduce((s, p, i) => s + p * g[r][i], 0), 0);
  z.forEach((row, r) => row.forEach((_, i) => {
    const plus = z.map((line) => [...line]);
    const minus = z.map((line) => [...line]);
    plus[r][i] += step;
    minus[r][i] -= step;
    expect(dz[r * 5 + i], `row ${r}, ${i}`).toBeCloseTo((loss(plus) - loss(minus)) / (2 * step), 4);
  }));
  // The closed form: dz_i = 1[i ∈ S]·(g_i − mean of g over S).
  const p = reference(z[0]);
  const support = p.map((v) => v > 0);
  const mean = g[0].filter((_, i) => support[i]).reduce((a, b) => a + b, 0) / support.filter(Boolean).length;
  dz.slice(0, 5).forEach((v, i) => expect(v).toBeCloseTo(support[i] ? g[0][i] - mean : 0, 6));
  // A JVP J·v: sparsemax's Jacobian diag(s) − s·sᵀ/|S| is symmetric, so J·v is the backward of v.
  const v = [0.3, -0.8, 1.1, 0.2, -0.5];
  const jv = values(tf.grad((x: tf.Tensor) => tf.sum(tf.mul(sparsemax(x), tf.tensor1d(v))))(tf.tensor1d(z[0])));
  const finite = reference(z[0].map((value, i) => value + step * v[i])).map((plus, i) => (plus - reference(z[0].map((value, j) => value - step * v[j]))[i]) / (2 * step));
  jv.forEach((value, i) => expect(value).toBeCloseTo(finite[i], 4));
});

test('the layer and the string train in sequential and functional models and survive save → load', async () => {
  const x = tf.randomNormal([32, 4], 0, 1, 'float32', 1);
  const labels = tf.oneHot(tf.tensor1d(Array.from({ length: 32 }, (_, i) => i % 3), 'int32'), 3);
  const sequential = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [4], kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }) }), new Sparsemax({ axis: -1 })] });
  const input = tfl.input({ shape: [4] });
  const functional = tfl.model({ inputs: input, outputs: sparsemax(tfl.layers.dense({ units: 3, kernelInitializer: tfl.initializers.glorotNormal({ seed: 2 }) }).apply(input)) as tfl.SymbolicTensor });
  const stringForm = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [4], activation: 'sparsemax' as never, kernelInitializer: tfl.initializers.glorotNormal({ seed: 3 }) })] });
  for (const model of [sequential, functional, stringForm]) {
    model.compile({ optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError' });
    const history = await model.fit(x, labels, { epochs: 8, batchSize: 32, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses[7]).toBeLessThan(losses[0]);
    let artifacts: tf.io.ModelArtifacts | null = null;
    await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
  }
  expect(new Sparsemax({ axis: [1, 2] }).getConfig().axis).toEqual([1, 2]);
  expect(tfl.layers.dense({ units: 2, activation: 'Addons>sparsemax' as never }).getConfig().activation).toBe('sparsemax');
});

test('bad input gets a clear error', () => {
  expect(() => sparsemax([1, 2], { axsi: 0 } as never)).toThrow(/sparsemax: unknown option 'axsi' \(did you mean 'axis'\?\)/);
  expect(() => sparsemax([[1, 2]], { axis: 2 })).toThrow(/sparsemax: expected axis in \[-2, 1\] for a rank-2 tensor, got 2 — use -1/);
  expect(() => sparsemax(tf.tensor1d([1, 2], 'int32'))).toThrow(/sparsemax: expected 'x' to be a float32 tensor, got int32 — cast first/);
  expect(() => sparsemax(tf.scalar(1))).toThrow(/sparsemax: expected a tensor of rank >= 1, got rank 0/);
  expect(() => new Sparsemax({ axis: 0.5 } as never)).toThrow(/Sparsemax: expected axis to be an integer/);
  expect(() => new Sparsemax({ axes: 1 } as never)).toThrow(/Sparsemax: unknown option 'axes' \(did you mean 'axis'\?\)/);
});
