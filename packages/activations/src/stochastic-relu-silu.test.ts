// The stochastic ReLU/SiLU catalog oracle: p = 1 is relu and p = 0 silu exactly; the relu
// frequency at p = 0.3 over 10000 calls; deterministic inference and seeds; the gradient of the
// chosen function; the layer in models.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { relu, silu, StochasticReluSilu, stochasticReluSilu } from './index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());
const x = tf.tensor1d([-3, -1, -0.25, 0, 0.5, 2, 7]);
const slopes = (f: (input: tf.Tensor) => tf.Tensor) => values(tf.grad(f)(x));

test('p = 1 is relu and p = 0 is silu, exactly, values and gradients, at either granularity', () => {
  for (const granularity of ['tensor', 'element'] as const) {
    expect(values(stochasticReluSilu(x, { p: 1, training: true, granularity }))).toEqual(values(relu(x)));
    expect(values(stochasticReluSilu(x, { p: 0, training: true, granularity }))).toEqual(values(silu(x)));
    expect(slopes((v) => stochasticReluSilu(v, { p: 1, training: true, granularity }))).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(slopes((v) => stochasticReluSilu(v, { p: 0, training: true, granularity }))).toEqual(slopes((v) => silu(v)));
  }
  // silu′ = σ + x·σ·(1 − σ).
  const sigma = (v: number) => 1 / (1 + Math.exp(-v));
  slopes((v) => silu(v)).forEach((g, i) => { const v = values(x)[i]; expect(g).toBeCloseTo(sigma(v) + v * sigma(v) * (1 - sigma(v)), 6); });
});

test('p = 0.3: relu in 0.3 ± 0.015 of 10000 calls; the same seed gives the same choices', () => {
  const one = tf.tensor1d([1]);
  const pick = (layer: StochasticReluSilu) => Array.from({ length: 10000 }, () => tf.tidy(() => (layer.apply(one, { training: true }) as tf.Tensor).dataSync()[0] === 1));
  const picks = pick(new StochasticReluSilu({ p: 0.3, seed: 11 }));
  const frequency = picks.filter(Boolean).length / picks.length;
  expect(frequency).toBeGreaterThan(0.285);
  expect(frequency).toBeLessThan(0.315);
  expect(pick(new StochasticReluSilu({ p: 0.3, seed: 11 }))).toEqual(picks);
});

test('per element: a mix of both, the same for the same seed; the gradient follows each choice', () => {
  const wide = tf.linspace(-4, 4, 200);
  const y = values(stochasticReluSilu(wide, { training: true, granularity: 'element', seed: 2 }));
  const [r, s] = [values(relu(wide)), values(silu(wide))];
  const chosen = y.map((v, i) => (v === r[i] ? 'relu' : v === s[i] ? 'silu' : 'neither'));
  expect(chosen).not.toContain('neither');
  expect(chosen.filter((c) => c === 'relu').length).toBeGreaterThan(60);
  expect(chosen.filter((c) => c === 'relu').length).toBeLessThan(140);
  expect(values(stochasticReluSilu(wide, { training: true, granularity: 'element', seed: 2 }))).toEqual(y);
  const gradient = values(tf.grad((v: tf.Tensor) => stochasticReluSilu(v, { training: true, granularity: 'element', seed: 2 }))(wide));
  const reluSlope = values(tf.grad((v: tf.Tensor) => relu(v))(wide));
  const siluSlope = values(tf.grad((v: tf.Tensor) => silu(v))(wide));
  // Where relu and silu agree (x = 0 is not in linspace(-4, 4, 200)) the choice is unseen: check the clear ones.
  gradient.forEach((g, i) => { if (r[i] !== s[i]) expect(g).toBe(chosen[i] === 'relu' ? reluSlope[i] : siluSlope[i]); });
});

test("inference: 'relu' (default) and 'silu' are deterministic; 'stochastic' keeps sampling", () => {
  expect(values(stochasticReluSilu(x))).toEqual(values(relu(x)));
  expect(values(stochasticReluSilu(x, { inferenceMode: 'silu' }))).toEqual(values(silu(x)));
  const layer = new StochasticReluSilu({ inferenceMode: 'stochastic', seed: 1 });
  const outputs = new Set(Array.from({ length: 40 }, () => values(layer.apply(x) as tf.Tensor).join()));
  expect(outputs.size).toBe(2);
});

test('the layer trains, saves and loads (every option in its config), in sequential and functional models', async () => {
  const model = tfl.sequential({ layers: [
    tfl.layers.dense({ units: 4, inputShape: [3], kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }) }),
    new StochasticReluSilu({ p: 0.7, granularity: 'element', inferenceMode: 'silu', seed: 3 }),
  ] });
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
  const input = tf.randomNormal([32, 3], 0, 1, 'float32', 3);
  const history = await model.fit(input, tf.randomNormal([32, 4], 0, 1, 'float32', 4), { epochs: 8, verbose: 0, shuffle: false });
  const losses = history.history.loss as number[];
  expect(losses[7]).toBeLessThan(losses[0]);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(values(loaded.predict(input) as tf.Tensor)).toEqual(values(model.predict(input) as tf.Tensor));
  expect(loaded.layers[1].getConfig()).toMatchObject({ p: 0.7, granularity: 'element', inferenceMode: 'silu', seed: 3 });

  const symbolic = tfl.input({ shape: [2] });
  const functional = tfl.model({ inputs: symbolic, outputs: new StochasticReluSilu().apply(symbolic) as tfl.SymbolicTensor });
  expect(values(functional.predict(tf.tensor2d([[-1, 2]])) as tf.Tensor)).toEqual([0, 2]);
});

test('bad options get a clear error', () => {
  expect(() => stochasticReluSilu(x, { p: 1.5 })).toThrow(/stochasticReluSilu: expected option 'p' in \[0, 1\] \(the probability of relu\), got 1.5/);
  expect(() => stochasticReluSilu(x, { granularity: 'elements' as never })).toThrow(/expected option 'granularity' to be one of 'tensor', 'element', got 'elements' \(did you mean 'element'\?\)/);
  expect(() => stochasticReluSilu(x, { inferenceMode: 'gelu' as never })).toThrow(/expected option 'inferenceMode' to be one of 'relu', 'silu', 'stochastic', got 'gelu'/);
  expect(() => new StochasticReluSilu({ inference: 'relu' } as never)).toThrow(/StochasticReluSilu: unknown option 'inference'/);
  expect(() => stochasticReluSilu(x, { seed: 'a' } as never)).toThrow(/expected option 'seed' to be an integer, got 'a'/);
});
