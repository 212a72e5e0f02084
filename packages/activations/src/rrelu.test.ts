// RReLU's catalog oracle (leakyRelu 11/48 at inference; training slopes in [1/8, 1/3];
// deterministic with a seed), its gradient through the sampled slope, and the layer in models.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { RReLU, rrelu } from './index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());
const xs = tf.tensor1d(Array.from({ length: 400 }, (_, i) => (i % 2 ? -1 : 1) * (0.5 + (i % 7))));

test('inference is leakyRelu with slope (lower + upper)/2 = 11/48', () => {
  expect(values(rrelu(xs))).toEqual(values(tf.leakyRelu(xs, 11 / 48)));
  expect(values(rrelu([-2, 3], { lower: 0.1, upper: 0.3 }))[0]).toBeCloseTo(-0.4, 6);
});

test('training: every negative-side slope lies in [1/8, 1/3], positives pass; a seed fixes the draw', () => {
  const y = values(rrelu(xs, { training: true, seed: 3 }));
  const x = values(xs);
  y.forEach((v, i) => {
    if (x[i] >= 0) expect(v).toBe(x[i]);
    else {
      expect(v / x[i]).toBeGreaterThanOrEqual(0.125 - 1e-7);
      expect(v / x[i]).toBeLessThanOrEqual(1 / 3 + 1e-7);
    }
  });
  expect(new Set(y.filter((_, i) => x[i] < 0).map((v, i) => v / x[2 * i + 1])).size).toBeGreaterThan(50);
  expect(values(rrelu(xs, { training: true, seed: 3 }))).toEqual(y);
  expect(values(rrelu(xs, { training: true, seed: 4 }))).not.toEqual(y);
});

test('the gradient is the sampled slope (1 where x >= 0)', () => {
  const x = tf.tensor1d([-2, -1, 0, 1.5, -0.5]);
  const y = values(rrelu(x, { training: true, seed: 9 }));
  const gradient = values(tf.grad((input: tf.Tensor) => rrelu(input, { training: true, seed: 9 }))(x));
  expect(gradient).toEqual([y[0] / -2, y[1] / -1, 1, 1, y[4] / -0.5].map(Math.fround));
});

test('the layer samples in training only; a seeded layer repeats its sequence; trains, saves and loads', async () => {
  const layer = new RReLU({ seed: 5 });
  expect(values(layer.apply(xs) as tf.Tensor)).toEqual(values(tf.leakyRelu(xs, 11 / 48)));
  const first = values(layer.apply(xs, { training: true }) as tf.Tensor);
  const second = values(layer.apply(xs, { training: true }) as tf.Tensor);
  expect(second).not.toEqual(first);
  const again = new RReLU({ seed: 5 });
  expect(values(again.apply(xs, { training: true }) as tf.Tensor)).toEqual(first);

  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3], kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }) }), new RReLU({ lower: 0.1, upper: 0.2, seed: 1 })] });
  model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
  const x = tf.randomNormal([32, 3], 0, 1, 'float32', 3);
  // model.fit calls the layer with training: true, predict without.
  const seen: unknown[] = [];
  const rreluLayer = model.layers[1] as RReLU;
  const call = rreluLayer.call.bind(rreluLayer);
  rreluLayer.call = (inputs, kwargs) => { seen.push(kwargs?.training); return call(inputs, kwargs); };
  const history = await model.fit(x, tf.randomNormal([32, 4], 0, 1, 'float32', 4), { epochs: 8, verbose: 0, shuffle: false });
  const losses = history.history.loss as number[];
  expect(losses[7]).toBeLessThan(losses[0]);
  expect(seen).toContain(true);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
  expect(loaded.layers[1].getConfig()).toMatchObject({ lower: 0.1, upper: 0.2, seed: 1 });
});

test('works in a functional model', () => {
  const input = tfl.input({ shape: [2] });
  const model = tfl.model({ inputs: input, outputs: new RReLU().apply(input) as tfl.SymbolicTensor });
  expect(values(model.predict(tf.tensor2d([[-48, 2]])) as tf.Tensor)).toEqual([-11, 2]);
});

test('bad options get a clear error', () => {
  expect(() => rrelu([1], { lowr: 0.1 } as never)).toThrow(/rrelu: unknown option 'lowr' \(did you mean 'lower'\?\)/);
  expect(() => rrelu([1], { lower: 0.5, upper: 0.2 })).toThrow(/rrelu: expected lower <= upper, got lower 0.5 and upper 0.2 — swap them/);
  expect(() => rrelu([1], { seed: 1.5 })).toThrow(/rrelu: expected option 'seed' to be an integer, got 1.5/);
  expect(() => rrelu([1], { training: 'yes' } as never)).toThrow(/rrelu: expected option 'training' to be true or false, got 'yes'/);
  expect(() => new RReLU({ uper: 0.2 } as never)).toThrow(/RReLU: unknown option 'uper' \(did you mean 'upper'\?\)/);
  expect(() => rrelu(tf.tensor1d([1], 'int32'))).toThrow(/rrelu: expected 'x' to be a float32 tensor, got int32/);
});
