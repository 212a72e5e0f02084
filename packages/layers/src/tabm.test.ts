// TabM's non-shared head (LinearEnsemble) and model recipe: a float64 reference per member, equal
// members from equal weights, TabM's init (later adapters exactly 1, members differing only through
// the first layer's r_i), the training loss as the mean of the members' losses, fit, save/load,
// leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LinearBatchEnsemble, LinearEnsemble, ensembleMean, ensembleTargets, tabm } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Member i's rows of a [batch, k, d] tensor. */
const member = (tensor: tf.Tensor, i: number) => values(tf.squeeze(tf.slice(tensor, [0, i, 0], [tensor.shape[0]!, 1, tensor.shape[2]!]), [1]));

describe('LinearEnsemble', () => {
  it('matches y_i = x_i·W_i + b_i per member within 1e-5 (+1e-6 absolute); U(−1/√d, 1/√d) init; [batch, d] is replicated', () => {
    const layer = new LinearEnsemble({ units: 3, k: 2, seed: 1 });
    const x = randomTensor([4, 2, 5], 2);
    const output = values(layer.apply(x) as tf.Tensor);
    const [W, b] = layer.getWeights().map((w) => values(w));
    expect(layer.getWeights().map((w) => w.shape)).toEqual([[2, 5, 3], [2, 3]]);
    expect([...W!, ...b!].every((v) => Math.abs(v) <= 1 / Math.sqrt(5))).toBe(true);
    const xs = values(x);
    const expected: number[] = [];
    for (let n = 0; n < 4; n++) for (let i = 0; i < 2; i++) for (let o = 0; o < 3; o++) {
      let sum = b![i * 3 + o]!;
      for (let j = 0; j < 5; j++) sum += xs[(n * 2 + i) * 5 + j]! * W![(i * 5 + j) * 3 + o]!;
      expected.push(sum);
    }
    expect(maxRelativeError(output, expected, 0.1)).toBeLessThan(1e-5);
    const rows = randomTensor([4, 5], 3);
    expect(values(layer.apply(rows) as tf.Tensor)).toEqual(values(layer.apply(tf.tile(tf.expandDims(rows, 1), [1, 2, 1])) as tf.Tensor));
    const biasFree = new LinearEnsemble({ units: 2, k: 2, useBias: false });
    expect(values(biasFree.apply(tf.zeros([3, 2, 5])) as tf.Tensor)).toEqual(new Array(12).fill(0));
    expect(biasFree.getWeights()).toHaveLength(1);
  });

  it('members are identical when their kernels and biases are equal, and differ when they are not', () => {
    const layer = new LinearEnsemble({ units: 3, k: 3, seed: 4 });
    const x = tf.tile(tf.expandDims(randomTensor([4, 5], 5), 1), [1, 3, 1]);
    layer.apply(x);
    const [W, b] = layer.getWeights();
    expect(member(layer.apply(x) as tf.Tensor, 0)).not.toEqual(member(layer.apply(x) as tf.Tensor, 1));
    layer.setWeights([tf.tile(tf.slice(W!, [0, 0, 0], [1, 5, 3]), [3, 1, 1]), tf.tile(tf.slice(b!, [0, 0], [1, 3]), [3, 1])]);
    const output = layer.apply(x) as tf.Tensor;
    for (let i = 1; i < 3; i++) expect(member(output, i)).toEqual(member(output, 0));
  });

  it('rejects a different k and unknown options, saying what to do', () => {
    expect(() => new LinearEnsemble({ units: 2, k: 4, name: 'h' }).apply(tf.zeros([2, 3, 5]))).toThrow("LinearEnsemble 'h': expected [batch, k = 4, features] or [batch, features], got [2, 3, 5] — pass the [batch, k, features] output of a LinearBatchEnsemble with the same k");
    expect(() => new LinearEnsemble({ units: 2, unit: 3 } as never)).toThrow("LinearEnsemble: unknown option 'unit'");
    expect(() => new LinearEnsemble(undefined as never)).toThrow('LinearEnsemble: expected options with units');
  });
});

describe('tabm', () => {
  it("assembles nBlocks × (LinearBatchEnsemble → ReLU → Dropout) and the non-shared head with TabM's init: later adapters exactly 1", () => {
    const model = tabm({ features: 4, units: 2, k: 3, nBlocks: 3, dBlock: 8, seed: 1 });
    expect(model.layers.map((layer) => layer.getClassName())).toEqual([
      'LinearBatchEnsemble', 'ReLU', 'Dropout', 'LinearBatchEnsemble', 'ReLU', 'Dropout', 'LinearBatchEnsemble', 'ReLU', 'Dropout', 'LinearEnsemble',
    ]);
    expect(model.outputs[0]!.shape).toEqual([null, 3, 2]);
    expect((model.layers[2] as unknown as { rate: number }).rate).toBe(0.1);
    const ensembles = model.layers.filter((layer) => layer instanceof LinearBatchEnsemble);
    const [, firstR, firstS] = ensembles[0]!.getWeights().map((w) => values(w));
    expect(firstR!.every((v) => v === 1 || v === -1)).toBe(true);
    expect(firstS!.every((v) => v === 1)).toBe(true);
    for (const later of ensembles.slice(1)) {
      const [, r, s] = later.getWeights().map((w) => values(w));
      expect(r!.every((v) => v === 1) && s!.every((v) => v === 1)).toBe(true);
    }
    // Members differ only through the first layer's r_i: with it set to 1 the backbone's members agree.
    const first = ensembles[0]!;
    first.setWeights(first.getWeights().map((w, i) => (i === 1 ? tf.onesLike(w) : w)));
    let hidden: tf.Tensor = randomTensor([5, 4], 2);
    for (const layer of model.layers.slice(0, -1)) hidden = layer.apply(hidden) as tf.Tensor;
    for (let i = 1; i < 3; i++) expect(member(hidden, i)).toEqual(member(hidden, 0));
    expect(tabm({ features: 4, units: 1 }).outputs[0]!.shape).toEqual([null, 32, 1]);
    expect(tabm({ features: 4, units: 1, dBlock: 4, k: 2, dropout: 0 }).layers).toHaveLength(7);
  });

  it("the training loss is the mean of the members' losses (trainOnBatch and evaluate); predictions are the members' mean", () => {
    const k = 4;
    const model = tabm({ features: 3, units: 2, k, nBlocks: 2, dBlock: 8, dropout: 0, seed: 3 });
    model.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
    const x = randomTensor([6, 3], 4);
    const y = randomTensor([6, 2], 5);
    const predictions = model.predict(x) as tf.Tensor;
    const perMember = Array.from({ length: k }, (_, i) => tf.losses.meanSquaredError(y, tf.tensor(member(predictions, i), [6, 2])).dataSync()[0]!);
    const expected = perMember.reduce((a, v) => a + v, 0) / k;
    const trained = model.trainOnBatch(x, ensembleTargets(y, k)) as unknown as Promise<number>;
    return trained.then((loss) => {
      expect(Math.abs(loss - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
      const evaluated = (model.evaluate(x, ensembleTargets(y, k)) as tf.Scalar).dataSync()[0]!;
      expect(Math.abs(evaluated - expected)).toBeLessThan(1e-6 * Math.max(1, expected));
      const mean = values(ensembleMean(predictions));
      const byHand = Array.from({ length: 12 }, (_, j) => Array.from({ length: k }, (__, i) => member(predictions, i)[j]!).reduce((a, v) => a + v, 0) / k);
      expect(maxRelativeError(mean, byHand)).toBeLessThan(1e-6);
      expect(ensembleTargets([[1, 2]], 3).shape).toEqual([1, 3, 2]);
      expect(ensembleTargets([1, 2], 3).shape).toEqual([2, 3]);
    });
  });

  it('a softmax TabM classifier trains in model.fit, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const k = 4;
    const model = tabm({ features: 2, units: 2, k, nBlocks: 2, dBlock: 16, activation: 'softmax', seed: 6 });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
    const x = randomTensor([64, 2], 7);
    const labels = tf.tidy(() => tf.oneHot(tf.reshape(tf.cast(tf.greater(tf.mul(tf.slice(x, [0, 0], [64, 1]), tf.slice(x, [0, 1], [64, 1])), 0), 'int32'), [64]), 2));
    const history = await model.fit(x, ensembleTargets(labels, k), { epochs: 40, batchSize: 16, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.6);
    const probabilities = values(ensembleMean(model.predict(x) as tf.Tensor));
    for (let n = 0; n < 64; n++) expect(probabilities[2 * n]! + probabilities[2 * n + 1]!).toBeCloseTo(1, 5);
    const loaded = await roundTrip(model);
    expect(loaded.layers.at(-2)).toBeInstanceOf(LinearEnsemble);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.tidy(() => { ensembleMean(model.predict(x) as tf.Tensor); });
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => tabm({ features: 2 } as never)).toThrow('tabm: expected units, got none');
    expect(() => tabm({ features: 2, units: 1, blocks: 2 } as never)).toThrow("tabm: unknown option 'blocks'");
    expect(() => tabm({ features: 2, units: 1, dropout: 1 })).toThrow('dropout');
    expect(() => ensembleMean(tf.zeros([3]))).toThrow('ensembleMean: expected predictions [batch, k, ...], got [3]');
  });
});
