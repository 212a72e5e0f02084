// FractalJoin: inference is the mean of all inputs; a join of [a, b, c] with b dropped returns
// (a + c)/2 and passes gradients upstream/2, 0, upstream/2; a local drop never removes every input;
// global mode keeps the chosen column only; fit with the scheduler, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { FractalDropPath, FractalJoin } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('FractalJoin', () => {
  it('is the mean of every input at inference; in training the mean of the survivors, with gradients upstream/count to each survivor and 0 to the dropped', () => {
    const [a, b, c] = [randomTensor([2, 3], 1), randomTensor([2, 3], 2), randomTensor([2, 3], 3)];
    const join = new FractalJoin({ localDropRate: 0.5, seed: 4 });
    expect(maxRelativeError(values(join.apply([a, b, c]) as tf.Tensor), values(tf.div(tf.addN([a, b, c]), 3)), 0.1)).toBeLessThan(1e-6);
    let sawPartial = false;
    for (let trial = 0; trial < 20; trial++) {
      const [ga, gb, gc] = tf.grads((p: tf.Tensor, q: tf.Tensor, r: tf.Tensor) => tf.sum(join.apply([p, q, r], { training: true }) as tf.Tensor))([a, b, c]);
      const kept = join.lastKept;
      const count = kept.filter(Boolean).length;
      expect(count).toBeGreaterThan(0);
      [ga, gb, gc].forEach((g, i) => expect(values(g!).every((v) => Math.abs(v - (kept[i] ? 1 / count : 0)) < 1e-7)).toBe(true));
      const out = join.apply([a, b, c], { training: true }) as tf.Tensor;
      const keptNow = join.lastKept;
      const survivors = [a, b, c].filter((_, i) => keptNow[i]);
      expect(maxRelativeError(values(out), values(tf.div(tf.addN(survivors), survivors.length)), 0.1)).toBeLessThan(1e-6);
      if (survivors.length === 2 && !keptNow[1]) {
        sawPartial = true;
        expect(maxRelativeError(values(out), values(tf.div(tf.add(a, c), 2)), 0.1)).toBeLessThan(1e-6);
      }
    }
    expect(sawPartial).toBe(true);
    const always = new FractalJoin({ localDropRate: 1, seed: 5 });
    for (let trial = 0; trial < 10; trial++) {
      tf.dispose(always.apply([a, b, c], { training: true }) as tf.Tensor);
      expect(always.lastKept.filter(Boolean)).toHaveLength(1);
    }
  });

  it('global drop-path keeps the chosen column only; the scheduler sets and clears it around model.fit; saves and loads', async () => {
    const [a, b] = [randomTensor([2, 3], 11), randomTensor([2, 3], 12)];
    const join = new FractalJoin({ columns: [2, 0] });
    join.globalColumn = 0;
    expect(values(join.apply([a, b], { training: true }) as tf.Tensor)).toEqual(values(b));
    const input = tfl.input({ shape: [4] });
    const column0 = tfl.layers.dense({ units: 4, activation: 'relu' }).apply(input) as tfl.SymbolicTensor;
    const column1 = tfl.layers.dense({ units: 4, activation: 'relu' }).apply(tfl.layers.dense({ units: 4, activation: 'relu' }).apply(input)) as tfl.SymbolicTensor;
    const joined = new FractalJoin({ name: 'join', seed: 1 }).apply([column0, column1]) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 1 }).apply(joined) as tfl.SymbolicTensor });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 13);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.abs(x), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 10, batchSize: 16, verbose: 0, callbacks: [new FractalDropPath({ columns: 2, seed: 2 })] });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    expect((model.getLayer('join') as FractalJoin).globalColumn).toBeNull();
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(model.predict(x) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects one input, mismatched shapes and unknown options with what to do', () => {
    expect(() => new FractalJoin({ name: 'j' }).apply(tf.zeros([2, 3]))).toThrow("FractalJoin 'j': expected a list of inputs, got one input of shape [2, 3]");
    expect(() => new FractalJoin({ name: 'j' }).apply([tf.zeros([2, 3]), tf.zeros([2, 4])])).toThrow("FractalJoin 'j': expected inputs of one shape, got [2, 3] and [2, 4]");
    expect(() => new FractalJoin({ localDropRat: 0.1 } as never)).toThrow("FractalJoin: unknown option 'localDropRat' (did you mean 'localDropRate'?)");
  });
});
