// The catalog's test oracles for the standard set (shared/catalog/activations.md): closed-form
// values, symmetries and paper claims cheap enough for a unit test, on the cpu backend. The
// conformance suite checks every spec against its float64 reference on every backend; these
// pin the references themselves to the catalog's numbers.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  elliott, hardShrink, hardTanh, helu, LeakyRelu, leakyRelu, lisht, logSigmoid, relu, reluSquared, shiftedRelu, sigmoid, smelu,
  softShrink, squareplus, tanh,
} from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

type Op = (x: tf.Tensor, options?: never) => tf.Tensor;
const at = (op: unknown, values: number[], options: object = {}) =>
  Array.from(tf.tidy(() => (op as Op)(tf.tensor1d(values), options as never).dataSync()));
const slopeAt = (op: unknown, values: number[], options: object = {}) =>
  Array.from(tf.tidy(() => tf.grad((x: tf.Tensor) => (op as Op)(x, options as never))(tf.tensor1d(values)).dataSync()));
const close = (got: number[], want: number[], digits = 6) => got.forEach((g, i) => expect(g, `[${i}]`).toBeCloseTo(want[i], digits));

/** Deterministic standard normal samples (Box–Muller over a fixed LCG). */
function normals(count: number): Float32Array {
  let state = 12345;
  const uniform = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return (state + 0.5) / 2 ** 32; };
  return Float32Array.from({ length: count }, () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()));
}
const zeroFraction = (values: number[]) => values.filter((v) => v === 0).length / values.length;

describe('activations.leaky-relu', () => {
  test('leakyRelu(-2, alpha 0.2) = -0.4; slopes alpha and 1', () => {
    close(at(leakyRelu, [-2, 3]), [-0.4, 3]);
    close(slopeAt(leakyRelu, [-2, 3]), [0.2, 1]);
  });
  test('the layer defaults to 0.3, the op and the functional form to 0.2', () => {
    close(at((x: tf.Tensor) => new LeakyRelu().apply(x) as tf.Tensor, [-2]), [-0.6]);
    const input = tfl.input({ shape: [1] });
    const model = tfl.model({ inputs: input, outputs: leakyRelu(input) });
    close(Array.from((model.predict(tf.tensor2d([[-2]])) as tf.Tensor).dataSync()), [-0.4]);
  });
});

describe('activations.sigmoid and activations.tanh', () => {
  test('sigmoid(0) = 0.5, sigmoid(-x) = 1 - sigmoid(x), no overflow at ±100, tf.sigmoid on cpu', () => {
    close(at(sigmoid, [0, -100, 100]), [0.5, 0, 1]);
    const xs = [-7.5, -2, -0.25, 0.25, 2, 7.5];
    const ys = at(sigmoid, xs);
    close(at(sigmoid, xs.map((v) => -v)), ys.map((v) => 1 - v));
    expect(ys).toEqual(Array.from(tf.sigmoid(tf.tensor1d(xs)).dataSync()));
  });
  test('tanh(1) = 0.7615941560, odd, saturates without NaN at ±100', () => {
    close(at(tanh, [1, -1, 100, -100]), [0.761594156, -0.761594156, 1, -1]);
  });
});

describe('activations.hard-tanh', () => {
  test('f(-2) = -1, f(0.5) = 0.5, f(2) = 1; gradient 1 inside, 0 outside', () => {
    close(at(hardTanh, [-2, 0.5, 2]), [-1, 0.5, 1]);
    expect(slopeAt(hardTanh, [-2, 0.5, 2])).toEqual([0, 1, 0]);
    close(at(hardTanh, [-1, 3, 7], { minVal: 0, maxVal: 6 }), [0, 3, 6]);
  });
  test('minVal >= maxVal is a clear error', () => {
    expect(() => hardTanh(tf.tensor1d([1]), { minVal: 1, maxVal: 1 })).toThrow(/hardTanh: expected minVal < maxVal, got minVal 1 and maxVal 1/);
  });
});

describe('activations.log-sigmoid', () => {
  test('logSigmoid(0) = -ln 2; logSigmoid(-1000) = -1000; tf.logSigmoid within 1e-6', () => {
    close(at(logSigmoid, [0, -1000]), [-Math.LN2, -1000]);
    const xs = Array.from({ length: 81 }, (_, i) => -20 + i / 2);
    const theirs = Array.from(tf.logSigmoid(tf.tensor1d(xs)).dataSync());
    at(logSigmoid, xs).forEach((v, i) => expect(Math.abs(v - theirs[i])).toBeLessThanOrEqual(1e-6 + 1e-6 * Math.abs(theirs[i])));
  });
});

describe('activations.soft-shrink', () => {
  test('softShrink(1.2) = 0.7, softShrink(-0.3) = 0; clipped CST(3; 1, 1) = 1, CST(-1.5; 1, 1) = -0.5', () => {
    close(at(softShrink, [1.2, -0.3]), [0.7, 0]);
    close(at(softShrink, [3, -1.5, -3], { threshold: 1, clip: 1 }), [1, -0.5, -1]);
    expect(slopeAt(softShrink, [-3, -1.5, 0.5, 1.5, 3], { threshold: 1, clip: 1 })).toEqual([0, 1, 0, 1, 0]);
  });
  test('for x ~ N(0, 1) the zero fraction is erf(tau/√2) (tau = 1: 0.6826894921)', () => {
    expect(zeroFraction(at(softShrink, Array.from(normals(100_000)), { threshold: 1 }))).toBeCloseTo(0.6826894921, 2);
  });
});

describe('activations.shifted-relu', () => {
  test('f(0.5; tau 1) = 0, f(1.5; 1, 1) = 0.5, f(3; 1, 1) = 1; tau 0 without clip is relu', () => {
    close(at(shiftedRelu, [0.5], { tau: 1 }), [0]);
    close(at(shiftedRelu, [1.5, 3], { tau: 1, clip: 1 }), [0.5, 1]);
    const xs = [-2, -0.5, 0, 0.5, 2];
    expect(at(shiftedRelu, xs)).toEqual(at(relu, xs));
    expect(slopeAt(shiftedRelu, [0.5, 1.5, 2.5], { tau: 1, clip: 1 })).toEqual([0, 1, 0]);
  });
  test('the zero fraction for N(0, 1) inputs is Phi(tau) (tau = 1: 0.8413447461)', () => {
    expect(zeroFraction(at(shiftedRelu, Array.from(normals(100_000)), { tau: 1 }))).toBeCloseTo(0.8413447461, 2);
  });
});

describe('activations.hard-shrink and activations.relu-squared', () => {
  test('hardShrink: f(0.4) = 0, f(0.6) = 0.6, f(-0.6) = -0.6; gradient 1 outside, 0 inside', () => {
    close(at(hardShrink, [0.4, 0.6, -0.6]), [0, 0.6, -0.6]);
    expect(slopeAt(hardShrink, [0.4, 0.6, -0.6])).toEqual([0, 1, 1]);
  });
  test('reluSquared: f(-1) = 0, f(3) = 9, slope 2x for x > 0; zeros exactly where relu has them', () => {
    expect(at(reluSquared, [-1, 3])).toEqual([0, 9]);
    expect(slopeAt(reluSquared, [-1, 3])).toEqual([0, 6]);
    const xs = Array.from(normals(1000));
    expect(at(reluSquared, xs).map((v) => v === 0)).toEqual(at(relu, xs).map((v) => v === 0));
  });
});

describe('activations.smelu', () => {
  test("smelu(0) = beta/4; continuous at ±beta; Keras 3's sparse_plus values", () => {
    close(at(smelu, [0], { beta: 2 }), [0.5]);
    close(at(smelu, [2, -2], { beta: 2 }), [2, 0]);
    close(slopeAt(smelu, [1.999, -1.999], { beta: 2 }), [1, 0], 3);
    const sparsePlus = (x: tf.Tensor) => tfl.layers.activation({ activation: 'sparsePlus' as never }).apply(x) as tf.Tensor;
    close(at(sparsePlus, [0.5, 0, -1, 1]), [0.5625, 0.25, 0, 1]);
  });
});

describe('activations.helu', () => {
  test('forward is relu bit for bit; the gradient gate opens at x > -alpha', () => {
    const xs = [-1, -0.06, -0.03, -0, 0, 0.5];
    expect(at(helu, xs)).toEqual(at(relu, xs));
    expect(slopeAt(helu, [-0.06, -0.03, 0.5])).toEqual([0, 1, 1]);
    expect(slopeAt(helu, [-0.03, 0, 0.5], { alpha: 0 })).toEqual(slopeAt(relu, [-0.03, 0, 0.5]));
  });
});

describe('activations.elliott, activations.lisht and activations.squareplus', () => {
  test('elliott: f(0) = 0.5, f(1) = 0.75, f(-x) = 1 - f(x), range (0, 1)', () => {
    close(at(elliott, [0, 1, Infinity, -Infinity]), [0.5, 0.75, 1, 0]);
    const xs = [0.1, 2, 30];
    close(at(elliott, xs.map((v) => -v)), at(elliott, xs).map((v) => 1 - v));
  });
  test('lisht: even, non-negative, lisht(1) = 0.7615941560', () => {
    close(at(lisht, [1, -1, 0]), [0.761594156, 0.761594156, 0]);
    expect(at(lisht, Array.from(normals(100))).every((v) => v >= 0)).toBe(true);
  });
  test('squareplus: f(0) = sqrt(b)/2, always > 0, d/dx = (1 + x/sqrt(x² + b))/2', () => {
    close(at(squareplus, [0]), [1]);
    close(at(squareplus, [0], { b: 9 }), [1.5]);
    expect(at(squareplus, [-1000, -20, 5]).every((v) => v > 0)).toBe(true);
    const xs = [-30, -2, 0.5, 4];
    close(slopeAt(squareplus, xs), xs.map((v) => (1 + v / Math.sqrt(v * v + 4)) / 2));
  });
});
