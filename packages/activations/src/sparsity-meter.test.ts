// The sparsity meter on a small model: the fraction of exact zeros per activation layer at each
// epoch's end (in the logs and History, and to onMeasure) and on demand, against counts taken
// by hand; which layers it picks; bad options.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test, vi } from 'vitest';
import { KSparse, Sparsemax, SparsityMeter } from './index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

function smallModel() {
  const init = (seed: number) => tfl.initializers.glorotNormal({ seed });
  return tfl.sequential({ layers: [
    tfl.layers.dense({ units: 8, inputShape: [4], activation: 'relu', kernelInitializer: init(1), name: 'hidden' }),
    tfl.layers.dense({ units: 10, kernelInitializer: init(2), name: 'code' }),
    new KSparse({ k: 3, kSchedule: null, name: 'sparse' }),
    tfl.layers.dense({ units: 3, kernelInitializer: init(3), name: 'logits' }),
    new Sparsemax({ name: 'probabilities' }),
  ] });
}

const zeroFraction = (t: tf.Tensor) => Array.from(t.dataSync()).filter((v) => v === 0).length / t.size;

test('measures every activation layer on demand, equal to counting zeros by hand', () => {
  const model = smallModel();
  const x = tf.randomNormal([20, 4], 0, 1, 'float32', 9);
  const seen: [Record<string, number>, number | null][] = [];
  const meter = new SparsityMeter({ x, onMeasure: (fractions, epoch) => seen.push([fractions, epoch]) });
  const got = meter.measure(model);
  expect(Object.keys(got)).toEqual(['hidden', 'sparse', 'probabilities']);
  const probe = tfl.model({ inputs: model.inputs, outputs: ['hidden', 'sparse', 'probabilities'].map((name) => model.getLayer(name).output as tfl.SymbolicTensor) });
  const outputs = probe.predict(x) as tf.Tensor[];
  expect(got.hidden).toBeCloseTo(zeroFraction(outputs[0]), 7);
  expect(got.sparse).toBeCloseTo(7 / 10, 7);
  expect(got.probabilities).toBeCloseTo(zeroFraction(outputs[2]), 7);
  expect(seen).toEqual([[got, null]]);
  expect(meter.measure(model)).toEqual(got);
  // Named layers, in the order given.
  expect(Object.keys(new SparsityMeter({ x, layers: ['sparse', 'code'] }).measure(model))).toEqual(['sparse', 'code']);
});

test('as a callback of model.fit: each epoch in the logs, History, onMeasure and printed lines; no tensors leak', async () => {
  const model = smallModel();
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 4], 0, 1, 'float32', 10);
  const y = tf.randomUniform([16, 3], 0, 1, 'float32', 11);
  const epochs: number[] = [];
  const print = vi.spyOn(console, 'log').mockImplementation(() => {});
  const meter = new SparsityMeter({ x, verbose: 1, onMeasure: (_, epoch) => epochs.push(epoch!) });
  const history = await model.fit(x, y, { epochs: 3, batchSize: 8, verbose: 0, callbacks: [meter] });
  expect(epochs).toEqual([0, 1, 2]);
  // 3 of the 10 units kept in each of the 16 rows: 70 % exact zeros at every epoch.
  expect(meter.history.map((entry) => entry.fractions.sparse)).toEqual([0.7, 0.7, 0.7].map((v) => expect.closeTo(v, 6)));
  for (const name of ['hidden', 'sparse', 'probabilities']) {
    expect(history.history[`sparsity/${name}`]).toEqual(meter.history.map((entry) => entry.fractions[name]));
  }
  expect(meter.history[2]!.fractions).toEqual(meter.measure());
  expect(print).toHaveBeenCalledTimes(3);
  expect(String(print.mock.calls[0]![0])).toMatch(/^Epoch 1 sparsity: hidden 0\.\d{4}, sparse 0\.7000, probabilities 0\.\d{4}$/);
  print.mockRestore();
  const before = tf.memory().numTensors;
  meter.measure(model);
  expect(tf.memory().numTensors).toBe(before);
});

test('bad options get a clear error', () => {
  const model = smallModel();
  const x = tf.ones([2, 4]);
  expect(() => new SparsityMeter({} as never)).toThrow(/SparsityMeter: expected x to be the input batch .* got nothing — pass \{x: /);
  expect(() => new SparsityMeter({ x, verbos: 1 } as never)).toThrow(/SparsityMeter: unknown option 'verbos' \(did you mean 'verbose'\?\)/);
  expect(() => new SparsityMeter({ x, layers: ['sprase'] }).measure(model)).toThrow(/SparsityMeter: the model has no layer named 'sprase' \(did you mean 'sparse'\?\)/);
  expect(() => new SparsityMeter({ x }).measure()).toThrow(/SparsityMeter: no model to measure/);
  const linear = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [4] })] });
  expect(() => new SparsityMeter({ x }).measure(linear)).toThrow(/SparsityMeter: the model has no activation layer to measure — pass layers/);
});
