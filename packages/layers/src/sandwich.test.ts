// Sandwich: values against a float64 transcription of the formula (its own elimination, not the
// layer's inverse), the Cayley output's orthonormal columns, the Lipschitz bound (random pairs and
// the Jacobian's spectral norm), gradients against finite differences, matrixInverse, fit,
// save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Sandwich, cayley, matrixInverse } from '@layerkit/layers';
import { invertFloat64 } from './matrix-inverse.js';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

interface Weights { X: ArrayLike<number>; Y: ArrayLike<number>; d: ArrayLike<number>; bias: ArrayLike<number>; alpha: number }

/** Solves M·S = R for S in float64 by elimination without pivoting (I + Z has a positive definite symmetric part). */
function solve64(M: ArrayLike<number>, R: ArrayLike<number>, n: number, columns: number): Float64Array {
  const a = Float64Array.from(M);
  const s = Float64Array.from(R);
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) {
    if (i === k) continue;
    const factor = a[i * n + k]! / a[k * n + k]!;
    for (let j = 0; j < n; j++) a[i * n + j]! -= factor * a[k * n + j]!;
    for (let j = 0; j < columns; j++) s[i * columns + j]! -= factor * s[k * columns + j]!;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < columns; j++) s[i * columns + j]! /= a[i * n + i]!;
  return s;
}

const relu = (v: number) => Math.max(v, 0);

/** h_out = √2·Aᵀ·Ψ·σ(√2·Ψ⁻¹·B·γh + b) for each row of x [rows, m], in float64. */
function reference(x: ArrayLike<number>, rows: number, m: number, n: number, w: Weights, gamma: number, sigma: (v: number) => number = relu): Float64Array {
  let norm = 0;
  for (const v of [...Array.from(w.X), ...Array.from(w.Y)]) norm += v * v;
  const scale = w.alpha / Math.sqrt(norm);
  const X = Float64Array.from(w.X, (v) => v * scale);
  const Y = Float64Array.from(w.Y, (v) => v * scale);
  const YtY = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < m; k++) YtY[i * n + j] += Y[k * n + i]! * Y[k * n + j]!;
  const plus = new Float64Array(n * n);
  const minus = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const z = X[i * n + j]! - X[j * n + i]! + YtY[i * n + j]!;
    plus[i * n + j] = (i === j ? 1 : 0) + z;
    minus[i * n + j] = (i === j ? 1 : 0) - z;
  }
  const At = solve64(plus, minus, n, n);                                       // Aᵀ = (I + Z)⁻¹(I − Z)
  // Bᵀ = −2Y(I + Z)⁻¹, so B = −2(I + Z)⁻ᵀYᵀ: solve (I + Z)ᵀ·B = −2Yᵀ.
  const plusT = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) plusT[i * n + j] = plus[j * n + i]!;
  const Yt = new Float64Array(n * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) Yt[j * m + i] = -2 * Y[i * n + j]!;
  const B = solve64(plusT, Yt, n, m);                                          // [n, m]
  const out = new Float64Array(rows * n);
  for (let r = 0; r < rows; r++) {
    const h = Array.from({ length: m }, (_, k) => gamma * x[r * m + k]!);
    const z = Array.from({ length: n }, (_, i) => {
      let v = 0;
      for (let k = 0; k < m; k++) v += B[i * m + k]! * h[k]!;
      return Math.exp(w.d[i]!) * sigma(Math.SQRT2 * Math.exp(-w.d[i]!) * v + w.bias[i]!);
    });
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let k = 0; k < n; k++) v += At[i * n + k]! * z[k]!;                 // (Aᵀ·z)_i
      out[r * n + i] = Math.SQRT2 * v;
    }
  }
  return out;
}

/** A built layer with random X, Y and non-trivial d, bias and alpha; weights in the layer's order. */
function randomLayer(options: ConstructorParameters<typeof Sandwich>[0], m: number, seed: number): { layer: Sandwich; weights: Weights } {
  const layer = new Sandwich(options);
  layer.apply(tf.zeros([1, m]));
  const n = options.units;
  const weights: Weights = {
    X: randomValues(n * n, seed), Y: randomValues(m * n, seed + 1), d: randomValues(n, seed + 2).map((v) => 0.7 * v),
    bias: randomValues(n, seed + 3).map((v) => 0.5 * v), alpha: 1.7,
  };
  const tensors = [tf.tensor(weights.X, [n, n]), tf.tensor(weights.Y, [m, n]), tf.tensor(weights.d), tf.tensor(weights.bias), tf.scalar(weights.alpha)];
  layer.setWeights(tensors);
  tf.dispose(tensors);
  return { layer, weights };
}

/** Largest singular value of a row-major [rows, columns] float64 matrix (power iteration on JᵀJ). */
function spectralNorm(J: Float64Array, rows: number, columns: number): number {
  let v = Float64Array.from(randomValues(columns, 99));
  let sigma = 0;
  for (let step = 0; step < 500; step++) {
    const Jv = matMul64(J, v, rows, columns, 1);
    const JtJv = new Float64Array(columns);
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) JtJv[j] += J[i * columns + j]! * Jv[i]!;
    const length = Math.hypot(...JtJv);
    if (length === 0) return 0;
    sigma = Math.sqrt(length);
    v = JtJv.map((value) => value / length);
  }
  return sigma;
}

describe('Sandwich', () => {
  it.each([[1, 'relu'], [2.5, 'relu'], [1, 'tanh']] as const)('gamma %s, %s: matches the float64 formula within 1e-5 (+1e-6 absolute)', (gamma, activation) => {
    const m = 5;
    const n = 4;
    const { layer, weights } = randomLayer({ units: n, gamma, activation }, m, 10);
    const x = randomTensor([3, 2, m], 11, 2);
    const output = layer.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([3, 2, n]);
    const expected = reference(x.dataSync(), 6, m, n, weights, gamma, activation === 'tanh' ? Math.tanh : relu);
    expect(maxRelativeError(output.dataSync(), expected, 0.1)).toBeLessThan(1e-5);
  });

  it('the Cayley output [Aᵀ; Bᵀ] has orthonormal columns (CᵀC = I within 1e-5), the layer\'s and cayley()\'s', () => {
    const { layer } = randomLayer({ units: 6 }, 9, 20);
    for (const C of [layer.cayleyWeights(), cayley(randomTensor([5, 5], 21, 3) as tf.Tensor2D, randomTensor([3, 5], 22, 3) as tf.Tensor2D)]) {
      const columns = C.shape[1];
      const gram = values(tf.matMul(C, C, true, false));
      const identity = values(tf.eye(columns));
      expect(Math.max(...gram.map((v, i) => Math.abs(v - identity[i]!)))).toBeLessThan(1e-5);
    }
  });

  it.each([[1, 'relu'], [0.5, 'relu'], [3, 'tanh'], [1, 'linear']] as const)('gamma %s, %s: ‖f(x) − f(x′)‖ ≤ γ‖x − x′‖ on random pairs, and the Jacobian\'s spectral norm ≤ γ(1 + 1e-4)', (gamma, activation) => {
    const m = 7;
    const n = 5;
    const { layer } = randomLayer({ units: n, gamma, activation }, m, 30);
    const a = randomTensor([200, m], 31, 3);
    const b = tf.add(a, randomTensor([200, m], 32, 0.5));
    const distanceOut = values(tf.norm(tf.sub(layer.apply(a) as tf.Tensor, layer.apply(b) as tf.Tensor), 'euclidean', 1));
    const distanceIn = values(tf.norm(tf.sub(a, b), 'euclidean', 1));
    const ratios = distanceOut.map((v, i) => v / distanceIn[i]!);
    expect(Math.max(...ratios)).toBeLessThanOrEqual(gamma * (1 + 1e-5));
    // The Jacobian at several points, one row per output unit.
    let largest = 0;
    for (let point = 0; point < 5; point++) {
      const x0 = randomTensor([1, m], 40 + point, 2);
      const J = new Float64Array(n * m);
      for (let i = 0; i < n; i++) {
        const row = values(tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.oneHot([i], n))))(x0));
        row.forEach((v, j) => { J[i * m + j] = v; });
      }
      largest = Math.max(largest, spectralNorm(J, n, m));
    }
    expect(largest).toBeLessThanOrEqual(gamma * (1 + 1e-4));
    // A linear sandwich is a scaled contraction; with relu the bound is not slack everywhere.
    expect(largest).toBeGreaterThan(0.05 * gamma);
  });

  it('gradients to x and every weight (X, Y, d, bias, alpha) match finite differences of the float64 formula', () => {
    const m = 4;
    const n = 3;
    const gamma = 1.3;
    const { layer, weights } = randomLayer({ units: n, gamma }, m, 50);
    const x = randomTensor([2, m], 51, 2);
    const probe = randomValues(2 * n, 52);
    const probeTensor = tf.tensor(probe, [2, n]);
    const loss = (input: ArrayLike<number>, w: Weights) => reference(input, 2, m, n, w, gamma).reduce((sum, v, i) => sum + v * probe[i]!, 0);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probeTensor)))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, weights), x.dataSync()))).toBeLessThan(1e-3);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probeTensor)) as tf.Scalar);
    const names = ['X', 'Y', 'd', 'bias', 'alpha'] as const;
    expect(layer.trainableWeights.map((w) => w.originalName.split('/').at(-1))).toEqual([...names]);
    names.forEach((name, index) => {
      const at = name === 'alpha' ? [weights.alpha] : weights[name];
      const numeric = finiteDifferences((value) => loss(x.dataSync(), { ...weights, [name]: name === 'alpha' ? value[0]! : value }), at as ArrayLike<number>);
      expect(maxRelativeError(grads[layer.trainableWeights[index]!.name]!.dataSync(), numeric), name).toBeLessThan(1e-3);
    });
  });

  it('matrixInverse: M·M⁻¹ = I, its gradient matches finite differences, bad input throws saying what to do', () => {
    const M = tf.add(tf.mul(tf.eye(4), 3), randomTensor([4, 4], 60));
    expect(Math.max(...values(tf.abs(tf.sub(tf.matMul(M, matrixInverse(M)), tf.eye(4)))))).toBeLessThan(1e-5);
    const probe = randomValues(16, 61);
    const probeTensor = tf.tensor(probe, [4, 4]);
    const gradient = tf.grad((m: tf.Tensor) => tf.sum(tf.mul(matrixInverse(m), probeTensor)))(M);
    const numeric = finiteDifferences((m) => invertFloat64(m, 4).reduce((sum, v, i) => sum + v * probe[i]!, 0), M.dataSync());
    expect(maxRelativeError(gradient.dataSync(), numeric)).toBeLessThan(1e-3);
    expect(() => matrixInverse(tf.zeros([2, 3]))).toThrow('matrixInverse: expected a square [n, n] matrix with n ≥ 1, got shape [2, 3]');
    expect(() => matrixInverse([[1, 2], [2, 4]])).toThrow('matrixInverse: expected an invertible matrix, got one that is singular to working precision');
    expect(() => matrixInverse(tf.eye(2, 2, undefined, 'int32'))).toThrow("matrixInverse: expected a float32 tensor, got int32 — cast first with tf.cast(x, 'float32')");
  });

  it('trains in tf.sequential, saves and loads with identical predictions, leaks nothing', async () => {
    const model = tfl.sequential({ layers: [new Sandwich({ units: 16, inputShape: [6] }), new Sandwich({ units: 1, activation: 'linear', gamma: 2 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 6], 70);
    const y = tf.tidy(() => tf.reshape(tf.sin(tf.sum(x, 1)), [64, 1]));
    const history = await model.fit(x, y, { epochs: 30, batchSize: 16, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ units: 16, gamma: 1, activation: 'relu', useBias: true });
    expect(loaded.layers[1]!.getConfig()).toMatchObject({ units: 1, gamma: 2, activation: 'linear' });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    tf.dispose(model.predict(x) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects bad options and shapes, saying what to do', () => {
    expect(() => new Sandwich(undefined as never)).toThrow('Sandwich: expected options with units, got undefined — pass {units: 64}');
    expect(() => new Sandwich({} as never)).toThrow('Sandwich: expected units, got none');
    expect(() => new Sandwich({ units: 4, gamma: 0 })).toThrow('Sandwich: expected gamma to be a number > 0, got 0');
    expect(() => new Sandwich({ units: 4, activation: 'gelu' as never })).toThrow("Sandwich: expected activation to be one of 'relu', 'relu6', 'elu', 'tanh', 'sigmoid', 'hardSigmoid', 'softplus', 'linear' (slopes in [0, 1]), got 'gelu'");
    expect(() => new Sandwich({ units: 4, unit: 3 } as never)).toThrow("Sandwich: unknown option 'unit'");
    expect(() => new Sandwich({ units: 4, name: 's1' }).apply(tf.zeros([5]))).toThrow("Sandwich 's1': expected an input [batch, ..., features] with a known feature size, got [5]");
    const layer = new Sandwich({ units: 4, name: 's2' });
    layer.apply(tf.zeros([2, 3]));
    expect(() => layer.apply(tf.zeros([2, 5]))).toThrow("Sandwich 's2': expected 3 input features (as built), got [2, 5]");
    expect(() => cayley(tf.zeros([2, 3]) as tf.Tensor2D, tf.zeros([2, 3]) as tf.Tensor2D)).toThrow('cayley: expected a square X [n, n], got [2, 3]');
    expect(() => cayley(tf.zeros([3, 3]) as tf.Tensor2D, tf.zeros([2, 4]) as tf.Tensor2D)).toThrow('cayley: expected Y [m, 3] (the columns of X), got [2, 4]');
  });
});
