/** ZipIt!: the catalog oracle (a model zipped with a permuted copy of itself is unchanged) and hand-computed matchings. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { featureCorrelation, zipMatching, zipit } from '@layerkit/merge';
import { randomFloats, randomizeWeights, useCpu } from './test-helpers.js';

beforeAll(useCpu);

function mlp(seed: number, widths: number[] = [4, 8, 6, 3], activation: 'relu' | 'tanh' = 'tanh'): tfl.LayersModel {
  const model = tfl.sequential();
  for (let layer = 1; layer < widths.length; layer++) {
    model.add(tfl.layers.dense({ units: widths[layer]!, activation: layer === widths.length - 1 ? 'linear' : activation, ...(layer === 1 ? { inputShape: [widths[0]!] } : {}) }));
  }
  randomizeWeights(model, seed);
  return model;
}

/** A copy of `model` with the hidden units of every Dense layer but the last permuted (same function). */
function permutedCopy(model: tfl.LayersModel, seed: number): tfl.LayersModel {
  const copy = mlp(99, [4, 8, 6, 3]);
  const weights = model.getWeights().map((tensor) => ({ values: Array.from(tensor.dataSync()), shape: tensor.shape }));
  let previous: number[] | null = null;
  const result: tf.Tensor[] = [];
  for (let layer = 0; layer < weights.length / 2; layer++) {
    const kernel = weights[2 * layer]!; const bias = weights[2 * layer + 1]!;
    const [rows, columns] = kernel.shape as [number, number];
    const last = layer === weights.length / 2 - 1;
    const order = last ? [...Array(columns).keys()] : [...Array(columns).keys()].sort((x, y) => randomFloats(1, seed + x)[0]! - randomFloats(1, seed + y)[0]!);
    const permutedKernel = new Float32Array(rows * columns);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) permutedKernel[row * columns + column] = kernel.values[(previous ? previous[row]! : row) * columns + order[column]!]!;
    }
    result.push(tf.tensor2d(permutedKernel, [rows, columns]), tf.tensor1d(order.map((unit) => bias.values[unit]!)));
    previous = order;
  }
  copy.setWeights(result);
  return copy;
}

describe('zipit (merge.zipit)', () => {
  it('zipping a model with a neuron-permuted copy of itself reproduces it, at one model\'s width (r = 0.5)', () => {
    const a = mlp(1);
    const b = permutedCopy(a, 7);
    const data = tf.tensor2d(randomFloats(64 * 4, 3, 2), [64, 4]);
    const probe = tf.tensor2d(randomFloats(10 * 4, 4, 2), [10, 4]);
    const reference = (a.predict(probe) as tf.Tensor).dataSync();
    const permuted = (b.predict(probe) as tf.Tensor).dataSync();
    reference.forEach((value, index) => expect(permuted[index]).toBeCloseTo(value, 5));
    const { model, points, heads } = zipit({ a, b, data });
    expect(heads).toBeNull();
    expect(points.map((point) => point.width)).toEqual([8, 6]);
    const zipped = (model.predict(probe) as tf.Tensor).dataSync();
    reference.forEach((value, index) => expect(zipped[index]).toBeCloseTo(value, 4));
  });

  it('partial zipping keeps later layers as one head per model, each reproducing its model', () => {
    const a = mlp(2);
    const b = permutedCopy(a, 11);
    const data = tf.tensor2d(randomFloats(64 * 4, 5, 2), [64, 4]);
    const probe = tf.tensor2d(randomFloats(10 * 4, 6, 2), [10, 4]);
    const { model, heads, points } = zipit({ a, b, data, partialLayer: 1 });
    expect(points.length).toBe(1);
    const trunk = model.predict(probe) as tf.Tensor;
    for (const [index, original] of [a, b].entries()) {
      const expected = (original.predict(probe) as tf.Tensor).dataSync();
      const actual = (heads![index]!.predict(trunk) as tf.Tensor).dataSync();
      expected.forEach((value, position) => expect(actual[position]).toBeCloseTo(value, 4));
    }
  });

  it('r = 0 keeps both models side by side (width 2n) and averages their outputs exactly', () => {
    const a = mlp(3); const b = mlp(4);
    const data = tf.tensor2d(randomFloats(32 * 4, 7, 2), [32, 4]);
    const probe = tf.tensor2d(randomFloats(5 * 4, 8, 2), [5, 4]);
    const { model, points } = zipit({ a, b, data, r: 0 });
    expect(points.map((point) => point.width)).toEqual([16, 12]);
    const expected = tf.tidy(() => tf.mul(tf.add(a.predict(probe) as tf.Tensor, b.predict(probe) as tf.Tensor), 0.5).dataSync());
    const actual = (model.predict(probe) as tf.Tensor).dataSync();
    expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, 4));
  });

  it('rejects layers it cannot zip, with a message naming the layer', () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [2] }), tfl.layers.layerNormalization(), tfl.layers.dense({ units: 2 })] });
    expect(() => zipit({ a: model, b: model, data: tf.zeros([4, 2]) })).toThrow(/chain of Dense layers.*LayerNormalization/);
  });
});

describe('zipMatching (hand-computed)', () => {
  // Features a0, a1 (model A) and b0, b1 (model B); n = 2, so r = 0.5 removes 2 features.
  const correlation = (entries: [number, number, number][]) => {
    const matrix = new Float64Array(16);
    for (let unit = 0; unit < 4; unit++) matrix[unit * 4 + unit] = 1;
    for (const [row, column, value] of entries) { matrix[row * 4 + column] = value; matrix[column * 4 + row] = value; }
    return matrix;
  };

  it('merges the most correlated cross-model pairs: a0–b1 (0.9) then a1–b0 (0.8)', () => {
    const matrix = correlation([[0, 3, 0.9], [1, 2, 0.8], [0, 2, 0.5], [1, 3, 0.1], [0, 1, 0.2], [2, 3, 0.3]]);
    const { merge, unmerge, width } = zipMatching(matrix, 2, 0.5, 0.3, 0.125);
    expect(width).toBe(2);
    // Rows: merged feature of {a0, b1}, then of {a1, b0} (ordered by their first member).
    expect(Array.from(merge)).toEqual([0.5, 0, 0, 0.5, 0, 0.5, 0.5, 0]);
    expect(Array.from(unmerge)).toEqual([1, 0, 0, 1, 0, 1, 1, 0]);
  });

  it('allows a within-model merge when the budget permits (beta = 1 gives floor(1·2/2) = 1 per model)', () => {
    const matrix = correlation([[0, 1, 0.95], [0, 3, 0.9], [1, 2, 0.8], [0, 2, 0.5], [1, 3, 0.1], [2, 3, 0.3]]);
    const within = zipMatching(matrix, 2, 0.5, 0.3, 1);
    // a0–a1 (0.95) first; the merged {a0, a1} has similarity 0.3·min(...) to the rest, so the next
    // best is b0–b1's 0.3 against 0.3·min(0.9, 0.1) = 0.03 and 0.3·min(0.5, 0.8) = 0.15.
    expect(Array.from(within.merge)).toEqual([0.5, 0.5, 0, 0, 0, 0, 0.5, 0.5]);
    const without = zipMatching(matrix, 2, 0.5, 0.3, 0.125);
    expect(Array.from(without.merge)).toEqual([0.5, 0, 0, 0.5, 0, 0.5, 0.5, 0]);
  });

  it('correlation of a feature with itself is 1 and constant features correlate 0', () => {
    // Samples of three features: x, 2x + 1, constant 3.
    const samples = [[1, 3, 3], [2, 5, 3], [4, 9, 3]];
    const sums = new Float64Array(3); const products = new Float64Array(9);
    for (const sample of samples) sample.forEach((value, i) => { sums[i] += value; sample.forEach((other, j) => { products[i * 3 + j] += value * other; }); });
    const matrix = featureCorrelation(sums, products, 3, 3);
    expect(matrix[0]).toBeCloseTo(1, 12);
    expect(matrix[1]).toBeCloseTo(1, 12);
    expect(matrix[2]).toBe(0);
    expect(matrix[8]).toBe(0);
  });
});
