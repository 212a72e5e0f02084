// PHMDense: equals x·Wᵀ with the explicit Kronecker sum (float64) within 1e-5, parameter count
// n³ + d·k/n (+ bias), n = 4 with the quaternion rules is the Hamilton product, gradients, fit,
// save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHMDense } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** W = Σ_i kron(A_i, S_i) [k, d] in float64. */
function kroneckerSum(d: number, k: number, n: number, A: ArrayLike<number>, S: ArrayLike<number>): Float64Array {
  const kn = k / n; const dn = d / n;
  const W = new Float64Array(k * d);
  for (let i = 0; i < n; i++) for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) for (let r = 0; r < kn; r++) for (let c = 0; c < dn; c++) {
    W[(a * kn + r) * d + b * dn + c] += A[(i * n + a) * n + b]! * S[(i * kn + r) * dn + c]!;
  }
  return W;
}

/** y = W·x + b per row, W the explicit Kronecker sum. */
function reference(x: ArrayLike<number>, rows: number, d: number, k: number, n: number, A: ArrayLike<number>, S: ArrayLike<number>, bias: ArrayLike<number> | null): Float64Array {
  const W = kroneckerSum(d, k, n, A, S);
  const out = new Float64Array(rows * k);
  for (let row = 0; row < rows; row++) for (let o = 0; o < k; o++) {
    let sum = bias ? bias[o]! : 0;
    for (let j = 0; j < d; j++) sum += W[o * d + j]! * x[row * d + j]!;
    out[row * k + o] = sum;
  }
  return out;
}

describe('PHMDense', () => {
  it.each([[4, 8, 12], [2, 6, 4], [3, 9, 3]] as const)('n %i, d %i, k %i: equals the explicit Kronecker sum within 1e-5 (+1e-6 absolute); n³ + d·k/n + k parameters', (n, d, k) => {
    const layer = new PHMDense({ units: k, n, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 3, d], 1);
    const output = layer.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, k]);
    const [A, S, b] = layer.getWeights().map((w) => w.dataSync());
    expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 6, d, k, n, A!, S!, b!), 0.1)).toBeLessThan(1e-5);
    expect(layer.countParams()).toBe(n ** 3 + (d * k) / n + k);
    expect(maxRelativeError(layer.matrix().dataSync(), kroneckerSum(d, k, n, A!, S!), 0.1)).toBeLessThan(1e-6);
  });

  it('n = 4 with the quaternion multiplication rules is the Hamilton product p ⊗ x', () => {
    const layer = new PHMDense({ units: 4, n: 4, useBias: false });
    layer.apply(tf.zeros([1, 4]));
    const rules = [
      [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]],
      [[0, -1, 0, 0], [1, 0, 0, 0], [0, 0, 0, -1], [0, 0, 1, 0]],
      [[0, 0, -1, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, -1, 0, 0]],
      [[0, 0, 0, -1], [0, 0, -1, 0], [0, 1, 0, 0], [1, 0, 0, 0]],
    ];
    const [a, b, c, d] = [0.5, -1.25, 2, 0.75];
    layer.setWeights([tf.tensor(rules), tf.tensor([a, b, c, d], [4, 1, 1])]);
    const [x0, x1, x2, x3] = [1.5, -0.5, 0.25, 2];
    const hamilton = [a * x0 - b * x1 - c * x2 - d * x3, a * x1 + b * x0 + c * x3 - d * x2, a * x2 - b * x3 + c * x0 + d * x1, a * x3 + b * x2 - c * x1 + d * x0];
    expect(maxRelativeError(values(layer.apply(tf.tensor([[x0, x1, x2, x3]])) as tf.Tensor), hamilton, 0.1)).toBeLessThan(1e-6);
  });

  it('gradients to x and the rules match finite differences of the float64 reference', () => {
    const layer = new PHMDense({ units: 4, n: 2 });
    const x = randomTensor([3, 6], 11);
    layer.apply(x);
    const [A, S] = layer.getWeights().map((w) => w.dataSync());
    const probe = randomValues(12, 12);
    const loss = (input: ArrayLike<number>, rules: ArrayLike<number>) => reference(input, 3, 6, 4, 2, rules, S!, null).reduce((s, o, i) => s + o * probe[i]!, 0);
    const p = tf.tensor(probe, [3, 4]);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, p)))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, A!), x.dataSync()))).toBeLessThan(1e-3);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, p)) as tf.Scalar);
    expect(maxRelativeError(grads[layer.weights[0]!.name]!.dataSync(), finiteDifferences((rules) => loss(x.dataSync(), rules), A!))).toBeLessThan(1e-3);
  });

  it('trains in tf.sequential, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [new PHMDense({ units: 8, n: 4, inputShape: [8] }), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 8], 21);
    const y = tf.tidy(() => tf.reshape(tf.sum(x, 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]! * 0.5);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new PHMDense({ units: 6, n: 4 })).toThrow('PHMDense: expected units to be a multiple of n = 4, got 6');
    expect(() => new PHMDense({ units: 8, n: 4, name: 'p' }).apply(tf.zeros([2, 6]))).toThrow("PHMDense 'p': expected input features divisible by n = 4, got 6 — pick n dividing 6");
    expect(() => new PHMDense({ units: 8, N: 4 } as never)).toThrow("PHMDense: unknown option 'N' (did you mean 'n'?)");
  });
});
