// ABReLU, ASH and PolyNorm/PolyReLU: the catalog oracles, values and gradients against the
// specs' float64 references (central differences), and the layers in models (fit, save, load).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ReductionSpec } from '@layerkit/core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  ABReLU, abrelu, abreluSpec, ASH, ash, ashSpec, normalQuantile, PolyNorm, polyNorm, polyNormSpec, PolyReLU, polyRelu,
} from './index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor | tf.Tensor[] | tfl.SymbolicTensor | tfl.SymbolicTensor[]) => Array.from((t as tf.Tensor).dataSync());
const close = (got: number[], want: number[], digits = 6) => got.forEach((g, i) => expect(g, `[${i}]`).toBeCloseTo(want[i], digits));

/** The spec's reference on rows of `within` values, scalar weights spread over the features. */
function reference(spec: ReductionSpec, xs: number[], within: number, scalars: Record<string, number>, params: Record<string, number> = {}, variants: Record<string, string> = {}): number[] {
  const weights = Object.fromEntries(spec.weights.map((w) => [w.name, new Float64Array(within).fill(scalars[w.name] ?? w.fill)]));
  const resolved = Object.fromEntries(spec.params.map((p) => [p.name, params[p.name] ?? p.default]));
  return Array.from(spec.reference({ view: [xs.length / within, 1, 1, within], x: Float64Array.from(xs), inputs: {}, weights, params: resolved, variants }));
}

/** Gradient of Σ probe·f(x) against central differences of a float64 function of x. */
function checkGradient(f: (x: tf.Tensor) => tf.Tensor, want: (xs: number[]) => number[], xs: number[], shape: number[], digits = 3) {
  const probe = xs.map((_, i) => Math.sin(i + 1));
  const loss = (v: number[]) => want(v).reduce((s, y, i) => s + probe[i] * y, 0);
  const got = values(tf.grad((x: tf.Tensor) => tf.sum(tf.mul(f(x), tf.tensor(probe, shape))))(tf.tensor(xs, shape)));
  const step = 1e-6;
  got.forEach((g, i) => {
    const plus = [...xs]; const minus = [...xs];
    plus[i] += step; minus[i] -= step;
    expect(g, `d/dx[${i}]`).toBeCloseTo((loss(plus) - loss(minus)) / (2 * step), digits);
  });
}

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
}

/** Dense → layer, fitted a few epochs: the loss falls, and the loaded model predicts the same. */
async function trainSaveLoad(layer: tfl.layers.Layer, units = 6): Promise<tfl.LayersModel> {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units, inputShape: [3], kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }) }), layer, tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotNormal({ seed: 2 }) })] });
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
  const x = tf.randomNormal([32, 3], 0, 1, 'float32', 3);
  const history = await model.fit(x, tf.randomNormal([32, 2], 0, 1, 'float32', 4), { epochs: 10, verbose: 0, shuffle: false });
  const losses = history.history.loss as number[];
  expect(losses[9]).toBeLessThan(losses[0]);
  const loaded = await roundTrip(model);
  close(values(loaded.predict(x) as tf.Tensor), values(model.predict(x) as tf.Tensor), 6);
  return loaded;
}

describe('activations.abrelu', () => {
  const xs = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2, 0.05];
  test('relu(x − mean) over the whole tensor; invariant to a constant; at least one zero; all equal gives zeros', () => {
    const x = tf.tensor2d(xs, [2, 4]);
    close(values(abrelu(x)), reference(abreluSpec, xs, 8, {}));
    close(values(abrelu(tf.add(x, 1000))), values(abrelu(x)), 3);
    expect(values(abrelu(x)).some((v) => v === 0)).toBe(true);
    expect(values(abrelu(tf.fill([3, 2], 5.5)))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(values(abrelu(tf.scalar(3)))).toEqual([0]);
  });
  test('meanAxes: one mean per row', () => {
    close(values(abrelu(tf.tensor2d(xs, [2, 4]), { meanAxes: -1 })), reference(abreluSpec, xs, 4, {}));
    close(values(abrelu(tf.tensor2d(xs, [2, 4]), { meanAxes: [1] })), reference(abreluSpec, xs, 4, {}));
  });
  test('the gradient flows through the mean', () => {
    checkGradient((x) => abrelu(x), (v) => reference(abreluSpec, v, 8, {}), xs, [2, 4]);
    checkGradient((x) => abrelu(x, { meanAxes: 1 }), (v) => reference(abreluSpec, v, 4, {}), xs, [2, 4]);
  });
  test('the layer trains, saves and loads with meanAxes; works in a functional model and as an op on a SymbolicTensor', async () => {
    const loaded = await trainSaveLoad(new ABReLU({ meanAxes: [1] }));
    expect(loaded.layers[1].getConfig().meanAxes).toEqual([1]);
    const input = tfl.input({ shape: [4] });
    const model = tfl.model({ inputs: input, outputs: abrelu(input) as tfl.SymbolicTensor });
    close(values(model.predict(tf.tensor2d(xs, [2, 4])) as tf.Tensor), reference(abreluSpec, xs, 8, {}));
  });
  test('bad options get a clear error', () => {
    expect(() => abrelu([1, 2], { meanAxis: 0 } as never)).toThrow(/abrelu: unknown option 'meanAxis' \(did you mean 'meanAxes'\?\)/);
    expect(() => abrelu([1, 2], { meanAxes: 3 })).toThrow(/abrelu: expected meanAxes to be axes in \[-1, 0\] for a rank-1 tensor, got 3 — /);
    expect(() => new ABReLU({ meanAxes: [0.5] })).toThrow(/ABReLU: expected meanAxes/);
  });
});

describe('activations.ash', () => {
  test('catalog oracle: X = [-1, 0, 1, 2] with alpha 1 and z_k 0 or 1', () => {
    const x = tf.tensor2d([[-1, 0, 1, 2]]);
    close(values(ash(x, { zk: 0 })), [-0.0474258732, 0, 0.7310585786, 1.9051482536], 7);
    close(values(ash(x, { zk: 1 })), [-0.0052929739, 0, 0.2251211527, 1.3644136180], 7);
    close(values(ash(x)), reference(ashSpec, [-1, 0, 1, 2], 4, {}), 7);
  });
  test('k fixes z_k = Φ⁻¹(1 − k): Φ⁻¹(0.9) = 1.2815515655; the hard form keeps about k of Gaussian inputs; large alpha approaches it', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    const x = tf.randomNormal([2, 20000], 3, 2, 'float32', 7);
    close(values(ash(x, { k: 0.1 })), values(ash(x, { zk: normalQuantile(0.9) })), 6);
    const hard = values(ash(x, { hard: true, k: 0.1 }));
    const kept = hard.filter((v) => v !== 0).length / hard.length;
    expect(kept).toBeGreaterThan(0.09);
    expect(kept).toBeLessThan(0.11);
    const sharp = values(ash(x, { sharpness: 1e4, k: 0.1 }));
    const apart = sharp.filter((v, i) => Math.abs(v - hard[i]) > 1e-3).length;
    expect(apart / sharp.length).toBeLessThan(0.01);
  });
  test('gradients of x (through μ and σ), sharpness and z_k match central differences', () => {
    const xs = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2, 0.05];
    checkGradient((x) => ash(x, { sharpness: 0.8, zk: 0.5 }), (v) => reference(ashSpec, v, 4, { sharpness: 0.8, zk: 0.5 }), xs, [2, 4]);
    const x = tf.tensor2d(xs, [2, 4]);
    const probe = tf.tensor2d(xs.map((_, i) => Math.cos(i)), [2, 4]);
    const loss = (a: number, z: number) => reference(ashSpec, xs, 4, { sharpness: a, zk: z }).reduce((s, y, i) => s + Math.cos(i) * y, 0);
    const [da, dz] = tf.grads((a: tf.Tensor, z: tf.Tensor) => tf.sum(tf.mul(ash(x, { sharpness: a, zk: z }), probe)))([tf.scalar(0.8), tf.scalar(0.5)]);
    const step = 1e-6;
    expect(values(da)[0]).toBeCloseTo((loss(0.8 + step, 0.5) - loss(0.8 - step, 0.5)) / (2 * step), 4);
    expect(values(dz)[0]).toBeCloseTo((loss(0.8, 0.5 + step) - loss(0.8, 0.5 - step)) / (2 * step), 4);
  });
  test('per example over every non-batch axis, images included', () => {
    const xs = Array.from({ length: 2 * 2 * 2 * 3 }, (_, i) => Math.sin(i * 1.7) * 2);
    close(values(ash(tf.tensor4d(xs, [2, 2, 2, 3]), { zk: 0.3 })), reference(ashSpec, xs, 12, { zk: 0.3 }));
  });
  test('the layer learns sharpness and z_k (or only sharpness with k), saves and loads every option', async () => {
    const layer = new ASH({ zk: 0.2 });
    const loaded = await trainSaveLoad(layer);
    expect(layer.trainableWeights.map((w) => w.originalName.split('/').pop())).toEqual(['sharpness', 'zk']);
    expect(loaded.layers[1].getConfig()).toMatchObject({ sharpness: 1, zk: 0.2, k: null, hard: false });
    const fixed = new ASH({ k: 0.25, sharpness: 2 });
    const again = await trainSaveLoad(fixed);
    expect(fixed.trainableWeights.map((w) => w.originalName.split('/').pop())).toEqual(['sharpness']);
    expect(again.layers[1].getConfig()).toMatchObject({ sharpness: 2, zk: null, k: 0.25, hard: false });
  });
  test('bad options get a clear error', () => {
    expect(() => ash([[1, 2]], { zK: 1 } as never)).toThrow(/ash: unknown option 'zK' \(did you mean 'zk'\?\)/);
    expect(() => ash([[1, 2]], { k: 1.5 })).toThrow(/ash: expected option 'k' in \(0, 1\) \(the fraction kept\), got 1.5/);
    expect(() => ash([[1, 2]], { k: 0.1, zk: 1 })).toThrow(/ash: expected either 'k' .* or 'zk' .*, got both/);
    expect(() => ash([1, 2])).toThrow(/ash: expected a tensor of rank >= 2 .*, got rank 1 — add a batch axis/);
    expect(() => ash([[1, 2]], { sharpness: [1, 2] })).toThrow(/ash: expected 'sharpness' to be one value/);
    expect(() => new ASH({ hard: 'yes' } as never)).toThrow(/ASH: expected option 'hard' to be true or false, got 'yes'/);
  });
});

describe('activations.polynorm', () => {
  const xs = [0.3, -1.2, 2.5, 0.7, -0.4, 1.9, -2.2, 0.05];
  test('each N(y) has unit RMS; w = (0, 0, 1), b = 0 is RMSNorm without gain; the default weights', () => {
    const x = tf.tensor2d(xs, [2, 4]);
    for (const weight of [[1, 0, 0], [0, 1, 0], [0, 0, 1]]) {
      const y = values(polyNorm(x, { weight, epsilon: 0 }));
      for (const row of [y.slice(0, 4), y.slice(4)]) expect(Math.sqrt(row.reduce((s, v) => s + v * v, 0) / 4)).toBeCloseTo(1, 5);
    }
    const rms = values(tf.div(x, tf.sqrt(tf.add(tf.mean(tf.square(x), -1, true), 1e-6))));
    close(values(polyNorm(x, { weight: [0, 0, 1] })), rms);
    close(values(polyNorm(x)), reference(polyNormSpec, xs, 4, {}, {}, { order: '3' }));
    close(values(polyNorm(x, { order: 2, weight: [0.5, -1], bias: 0.25 })), reference(polyNormSpec, xs, 4, { weight0: 0.5, weight1: -1, bias: 0.25 }, {}, { order: '2' }));
  });
  test('PolyReLU: weight (0, 0, 1) with bias 0 is relu; Σ wᵢ·relu(x)^(r−i) + b', () => {
    const x = tf.tensor1d([-2, -0.5, 0, 0.5, 3]);
    expect(values(polyRelu(x, { weight: [0, 0, 1] }))).toEqual(values(tf.relu(x)));
    close(values(polyRelu(x, { weight: [0.1, 0.2, 0.3], bias: 0.5 })), [-2, -0.5, 0, 0.5, 3].map((v) => { const r = Math.max(v, 0); return 0.1 * r ** 3 + 0.2 * r ** 2 + 0.3 * r + 0.5; }));
  });
  test('gradients of x, weight and bias match central differences', () => {
    const weights = { weight0: 0.3, weight1: -0.6, weight2: 0.9, bias: 0.1 };
    checkGradient((x) => polyNorm(x, { weight: [0.3, -0.6, 0.9], bias: 0.1, epsilon: 1e-3 }),
      (v) => reference(polyNormSpec, v, 4, weights, { epsilon: 1e-3 }, { order: '3' }), xs, [2, 4]);
    const x = tf.tensor2d(xs, [2, 4]);
    const probe = tf.tensor2d(xs.map((_, i) => Math.cos(i)), [2, 4]);
    const [dw, db] = tf.grads((w: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(polyNorm(x, { weight: w, bias: b }), probe)))([tf.tensor1d([0.3, -0.6, 0.9]), tf.scalar(0.1)]);
    const loss = (w: number[], b: number) => reference(polyNormSpec, xs, 4, { weight0: w[0], weight1: w[1], weight2: w[2], bias: b }, {}, { order: '3' }).reduce((s, y, i) => s + Math.cos(i) * y, 0);
    const step = 1e-6;
    values(dw).forEach((g, i) => {
      const plus = [0.3, -0.6, 0.9]; const minus = [0.3, -0.6, 0.9];
      plus[i] += step; minus[i] -= step;
      expect(g).toBeCloseTo((loss(plus, 0.1) - loss(minus, 0.1)) / (2 * step), 4);
    });
    expect(values(db)[0]).toBeCloseTo(xs.reduce((s, _, i) => s + Math.cos(i), 0), 4);
  });
  test('PolyNorm and PolyReLU layers learn weight [r] and bias [1], save and load', async () => {
    const norm = new PolyNorm({ epsilon: 1e-5 });
    const loaded = await trainSaveLoad(norm);
    expect(norm.trainableWeights.map((w) => [w.originalName.split('/').pop(), w.shape])).toEqual([['weight', [3]], ['bias', [1]]]);
    expect(loaded.layers[1].getConfig()).toMatchObject({ order: 3, epsilon: 1e-5 });
    const poly = new PolyReLU({ order: 2 });
    const again = await trainSaveLoad(poly);
    expect(again.layers[1].getConfig()).toMatchObject({ order: 2 });
  });
  test('bad options get a clear error', () => {
    expect(() => polyNorm([[1, 2]], { order: 4 })).toThrow(/polyNorm: expected option 'order' to be an integer from 1 to 3, got 4/);
    expect(() => polyNorm([[1, 2]], { weight: [1, 2] })).toThrow(/polyNorm: expected 'weight' to have 3 values .*, got shape \[2\]/);
    expect(() => polyRelu([1], { wieght: [1] } as never)).toThrow(/polyRelu: unknown option 'wieght' \(did you mean 'weight'\?\)/);
    expect(() => new PolyNorm({ epsilon: -1 })).toThrow(/PolyNorm: expected option 'epsilon' >= 0, got -1/);
  });
});
