// DropPath and StochasticDepth: the catalog oracles (inference identity, per-sample all-or-scaled,
// unbiased over seeded draws, NASNet's schedule numbers, TF-Addons' one draw per batch), fit,
// save/load, gradients, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DropPath, DropPathScheduler, dropPathRate, linearDropPathRates, StochasticDepth } from '@layerkit/layers';
import { randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('DropPath', () => {
  it('is the identity at inference and at rate 0, exactly', () => {
    const x = randomTensor([4, 3, 2], 1);
    for (const layer of [new DropPath({ rate: 0.5 }), new DropPath()]) {
      expect(values(layer.apply(x) as tf.Tensor)).toEqual(values(x));
      expect(values(layer.apply(x, { training: layer.rate === 0 }) as tf.Tensor)).toEqual(values(x));
    }
  });

  it('in training with rate 0.25 every sample is all zero or exactly its input / 0.75; without scaleByKeep, the input', () => {
    const x = randomTensor([64, 3, 2], 2);
    for (const scaleByKeep of [true, false]) {
      const output = new DropPath({ rate: 0.25, seed: 5, scaleByKeep }).apply(x, { training: true }) as tf.Tensor;
      const got = values(output);
      const input = values(x);
      let dropped = 0;
      for (let sample = 0; sample < 64; sample++) {
        const slice = got.slice(sample * 6, sample * 6 + 6);
        const original = input.slice(sample * 6, sample * 6 + 6);
        if (slice.every((v) => v === 0)) dropped += 1;
        else expect(slice).toEqual(original.map((v) => (scaleByKeep ? Math.fround(v / Math.fround(0.75)) : v)));
      }
      expect(dropped).toBeGreaterThan(5);
      expect(dropped).toBeLessThan(30);
    }
  });

  it('is unbiased: the mean output over 10^4 seeded draws is the input', () => {
    const x = tf.ones([10000, 1]);
    const output = new DropPath({ rate: 0.25, seed: 7 }).apply(x, { training: true }) as tf.Tensor;
    // mean of Bernoulli(0.75)/0.75 over 10^4 samples: standard deviation √(0.25/0.75/10^4) ≈ 0.0058.
    expect(Math.abs(tf.mean(output).dataSync()[0]! - 1)).toBeLessThan(0.02);
    tf.dispose([x, output]);
  });

  it("NASNet's schedule: keep 0.6, cell 5 of 20, half-way: layer-scaled keep 0.88, final keep 0.94; the depth-linear rule", () => {
    expect(1 - dropPathRate({ rate: 0.4, cell: 5, cells: 20 })).toBeCloseTo(0.88, 12);
    expect(1 - dropPathRate({ rate: 0.4, cell: 5, cells: 20, step: 500, totalSteps: 1000 })).toBeCloseTo(0.94, 12);
    expect(dropPathRate({ rate: 0.4, cell: 5, cells: 20, step: 5000, totalSteps: 1000 })).toBeCloseTo(0.12, 12);
    expect(linearDropPathRates(0.1, 5)).toEqual([0, 0.025, 0.05, 0.07500000000000001, 0.1]);
    expect(() => dropPathRate({ rate: 0.4, cell: 20, cells: 20 })).toThrow('dropPathRate: expected cell to be an integer >= 0 <= 19, got 20');
  });

  it('trains in a residual model with the scheduler setting rates every batch, saves and loads with identical predictions', async () => {
    const input = tfl.input({ shape: [4] });
    const drops = [new DropPath({ name: 'drop0' }), new DropPath({ name: 'drop1' })];
    let h = input;
    for (const drop of drops) {
      const branch = drop.apply(tfl.layers.dense({ units: 4, activation: 'relu' }).apply(h)) as tfl.SymbolicTensor;
      h = tfl.layers.add().apply([h, branch]) as tfl.SymbolicTensor;
    }
    const model = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 1 }).apply(h) as tfl.SymbolicTensor });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 11);
    const y = tf.tidy(() => tf.reshape(tf.sum(x, 1), [64, 1]));
    const scheduler = new DropPathScheduler(drops, { rate: 0.2, totalSteps: 40 });
    const history = await model.fit(x, y, { epochs: 10, batchSize: 16, verbose: 0, callbacks: [scheduler] });
    expect(scheduler.step).toBe(40);
    expect(drops.map((d) => d.rate)).toEqual([0.1 * 39 / 40, 0.2 * 39 / 40]);
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    const loaded = await roundTrip(model);
    const a = model.predict(x) as tf.Tensor;
    const b = loaded.predict(x) as tf.Tensor;
    expect(values(b)).toEqual(values(a));
    expect(loaded.getLayer('drop1').getConfig()).toMatchObject({ rate: 0.2 * 39 / 40, scaleByKeep: true });
    tf.dispose([x, y, a, b]);
  });

  it('passes the gradient through kept samples (scaled) and none through dropped ones; leaks nothing', () => {
    const layer = new DropPath({ rate: 0.5, seed: 3 });
    const x = randomTensor([16, 2], 21);
    const start = tf.memory().numTensors;
    const output = layer.apply(x, { training: true }) as tf.Tensor;
    // Same seed again for the gradient call: reset by a fresh layer with the same seed.
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(new DropPath({ rate: 0.5, seed: 3 }).apply(input, { training: true }) as tf.Tensor))(x);
    const out = values(output);
    values(gradient).forEach((g, i) => expect(g).toBe(out[i] === 0 ? 0 : 2));
    tf.dispose([output, gradient]);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects unknown options with a suggestion and bad rates', () => {
    expect(() => new DropPath({ rat: 0.1 } as never)).toThrow("DropPath: unknown option 'rat' (did you mean 'rate'?)");
    expect(() => new DropPath({ rate: 1 })).toThrow('DropPath: expected rate to be a number >= 0 < 1, got 1');
    expect(() => { new DropPath({ name: 'd' }).rate = -0.1; }).toThrow("DropPath 'd': expected rate to be a number >= 0 < 1, got -0.1");
    expect(() => new DropPathScheduler([], { rate: 0.1 })).toThrow('DropPathScheduler: expected a non-empty list of DropPath layers');
  });
});

describe("StochasticDepth (TF-Addons' layer)", () => {
  it('returns shortcut + p·residual at inference', () => {
    const shortcut = randomTensor([3, 4], 31);
    const residual = randomTensor([3, 4], 32);
    const output = new StochasticDepth({ survivalProbability: 0.5 }).apply([shortcut, residual]) as tf.Tensor;
    const s = values(shortcut);
    const r = values(residual);
    expect(values(output)).toEqual(s.map((v, i) => Math.fround(v + Math.fround(r[i]! * 0.5))));
  });

  it('shares one draw across the batch in training: the output is shortcut or shortcut + residual, and both happen', () => {
    const shortcut = randomTensor([8, 4], 41);
    const residual = randomTensor([8, 4], 42);
    const layer = new StochasticDepth({ seed: 1 });
    const seen = new Set<string>();
    for (let call = 0; call < 20; call++) {
      const output = values(layer.apply([shortcut, residual], { training: true }) as tf.Tensor);
      const kept = values(tf.add(shortcut, residual));
      if (output.every((v, i) => v === values(shortcut)[i])) seen.add('dropped');
      else if (output.every((v, i) => v === kept[i])) seen.add('kept');
      else throw new Error('a batch mixed kept and dropped samples');
    }
    expect([...seen].sort()).toEqual(['dropped', 'kept']);
  });

  it('saves and loads in a functional model; clear errors for one input and unknown options', async () => {
    const a = tfl.input({ shape: [3] });
    const b = tfl.input({ shape: [3] });
    const model = tfl.model({ inputs: [a, b], outputs: new StochasticDepth({ survivalProbability: 0.8 }).apply([a, b]) as tfl.SymbolicTensor });
    const loaded = await roundTrip(model);
    expect(loaded.layers.at(-1)!.getConfig()).toMatchObject({ survivalProbability: 0.8 });
    expect(() => new StochasticDepth({ name: 'sd' }).apply(tf.zeros([2, 3]))).toThrow("StochasticDepth 'sd': expected two inputs [shortcut, residual], got one tensor of shape [2, 3]");
    expect(() => new StochasticDepth({ name: 'sd2' }).apply(a)).toThrow("StochasticDepth 'sd2': expected two inputs [shortcut, residual], got one input of shape [null, 3]");
    expect(() => new StochasticDepth({ survivalProbabilty: 0.5 } as never)).toThrow("(did you mean 'survivalProbability'?)");
  });
});
