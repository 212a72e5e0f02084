// FRN + TLU quirks the conformance suite does not cover: the catalog oracles, the TLU switch,
// a learned ε given as a scalar, and batch independence.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { FilterResponseNorm, filterResponseNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const images = () => tf.randomNormal([3, 4, 5, 6], 0.5, 2, 'float32', 1);

test('with γ = 1, β = 0 and no TLU, mean(y²) over the spatial positions is ν²/(ν² + ε) per example and channel', () => {
  const x = images();
  const epsilon = 0.1;
  const y = filterResponseNorm(x, null, null, null, { epsilon, tlu: false });
  const meanSquare = tf.mean(tf.square(x), [1, 2]).arraySync() as number[][];
  const got = tf.mean(tf.square(y), [1, 2]).arraySync() as number[][];
  meanSquare.forEach((row, n) => row.forEach((nu2, c) => expect(got[n][c]).toBeCloseTo(nu2 / (nu2 + epsilon), 5)));
});

test('TLU with τ = 0 is relu of FRN without TLU; a τ per channel thresholds each channel', () => {
  const x = images();
  const plain = filterResponseNorm(x, null, null, null, { tlu: false });
  expect(Array.from(filterResponseNorm(x).dataSync())).toEqual(Array.from(tf.relu(plain).dataSync()));
  const tau = tf.tensor1d([-1, -0.5, 0, 0.25, 0.5, 1]);
  expect(Array.from(filterResponseNorm(x, null, null, tau).dataSync())).toEqual(Array.from(tf.maximum(plain, tau).dataSync()));
});

test('a learned ε adds |ε_learned| under the root, and its gradient reaches the scalar', () => {
  const x = images();
  const learned = tf.scalar(-0.3);
  const got = filterResponseNorm(x, null, null, null, { tlu: false, epsilon: 1e-6, learnedEpsilon: learned });
  const want = filterResponseNorm(x, null, null, null, { tlu: false, epsilon: 1e-6 + 0.3 });
  const difference = tf.max(tf.abs(tf.sub(got, want))).dataSync()[0];
  expect(difference).toBeLessThan(1e-5);
  // d/dε_l Σ y = Σ −x/2 · (ν² + ε + |ε_l|)^(−3/2) · sign(ε_l), compared with central differences.
  const f = (value: tf.Tensor) => tf.sum(filterResponseNorm(x, null, null, null, { tlu: false, learnedEpsilon: value }));
  const gradient = tf.grad(f)(learned).dataSync()[0];
  const step = 1e-3;
  const numeric = (f(tf.scalar(-0.3 + step)).dataSync()[0] - f(tf.scalar(-0.3 - step)).dataSync()[0]) / (2 * step);
  expect(gradient).toBeCloseTo(numeric, 1);
  expect(Math.abs(gradient - numeric)).toBeLessThan(1e-2 * Math.abs(numeric) + 1e-3);
});

test('an example gives the same output alone and inside a batch', () => {
  const x = images();
  const batch = filterResponseNorm(x).arraySync() as number[][][][];
  const alone = filterResponseNorm(tf.slice(x, [1, 0, 0, 0], [1, 4, 5, 6])).arraySync() as number[][][][];
  expect(alone[0]).toEqual(batch[1]);
});

test('the layer learns gamma, beta and tau per channel (and learned_epsilon with learnedEpsilon), with the options in its config', () => {
  const layer = new FilterResponseNorm({ learnedEpsilon: true });
  layer.apply(tf.zeros([1, 2, 2, 3]));
  expect(layer.weights.map((w) => [w.name.split('/').pop(), w.shape])).toEqual([['gamma', [3]], ['beta', [3]], ['tau', [3]], ['learned_epsilon', [1]]]);
  expect(layer.getWeights()[3].dataSync()[0]).toBeCloseTo(1e-4, 9);
  expect(layer.getConfig()).toMatchObject({ epsilon: 1e-6, axis: -1, tlu: true, learnedEpsilon: true });
  const plain = new FilterResponseNorm({ tlu: false });
  plain.apply(tf.zeros([1, 2, 2, 3]));
  expect(plain.weights.map((w) => w.name.split('/').pop())).toEqual(['gamma', 'beta']);
});

test('bad options get clear errors', () => {
  expect(() => filterResponseNorm(images(), null, null, null, { tlu: 'yes' as never })).toThrow(/filterResponseNorm: expected option 'tlu' to be true or false, got .*yes/);
  expect(() => filterResponseNorm(images(), null, null, null, { epsilom: 1 } as never)).toThrow(/unknown option 'epsilom' \(did you mean 'epsilon'\?\)/);
});
