// MlpMixerBlock: a float64 reference of the two mixing steps, the catalog oracles (zero second
// layers give the identity; token mixing is equivariant to channel permutations and channel mixing
// to token permutations), gradients, fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erf64 } from '@layerkit/core';
import { MlpMixerBlock } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

const geluTanh = (v: number) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3)));
const geluErf = (v: number) => 0.5 * v * (1 + erf64(v * Math.SQRT1_2));

function reference(x: ArrayLike<number>, B: number, S: number, C: number, w: Record<string, ArrayLike<number>>, Ds: number, Dc: number, act: (v: number) => number, epsilon = 1e-6): Float64Array {
  const norm = (values_: Float64Array, name: string) => {
    const out = new Float64Array(values_.length);
    for (let row = 0; row < values_.length / C; row++) {
      const slice = values_.subarray(row * C, row * C + C);
      const mean = slice.reduce((a, b) => a + b, 0) / C;
      const variance = slice.reduce((a, b) => a + (b - mean) ** 2, 0) / C;
      for (let c = 0; c < C; c++) out[row * C + c] = ((slice[c]! - mean) / Math.sqrt(variance + epsilon)) * w[`${name}/gamma`]![c]! + w[`${name}/beta`]![c]!;
    }
    return out;
  };
  const mlp = (input: number[], prefix: string, width: number, hidden: number) => {
    const h = Array.from({ length: hidden }, (_, j) => act(input.reduce((a, v, i) => a + v * w[`${prefix}/dense_1/kernel`]![i * hidden + j]!, 0) + w[`${prefix}/dense_1/bias`]![j]!));
    return Array.from({ length: width }, (_, i) => h.reduce((a, v, j) => a + v * w[`${prefix}/dense_2/kernel`]![j * width + i]!, 0) + w[`${prefix}/dense_2/bias`]![i]!);
  };
  const u = Float64Array.from(x);
  const n1 = norm(Float64Array.from(x), 'token_norm');
  for (let b = 0; b < B; b++) for (let c = 0; c < C; c++) {
    const column = Array.from({ length: S }, (_, s) => n1[(b * S + s) * C + c]!);
    mlp(column, 'token_mixing', S, Ds).forEach((v, s) => { u[(b * S + s) * C + c] += v; });
  }
  const y = Float64Array.from(u);
  const n2 = norm(u, 'channel_norm');
  for (let row = 0; row < B * S; row++) {
    mlp(Array.from(n2.subarray(row * C, row * C + C)), 'channel_mixing', C, Dc).forEach((v, c) => { y[row * C + c] += v; });
  }
  return y;
}

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), w.read().dataSync() as Float32Array]));
function randomize(layer: tfl.layers.Layer, seed: number) {
  layer.setWeights(layer.weights.map((w, i) => (w.originalName.endsWith('gamma') ? tf.add(randomTensor(w.shape, seed + i, 0.3), 1) : randomTensor(w.shape, seed + i, 0.5))));
}

afterAll(async () => { await tf.setBackend('cpu'); });

describe.each(['cpu', 'wasm'] as const)('MlpMixerBlock on %s', (backend) => {
  beforeAll(async () => { await tf.setBackend(backend); });
  it.each(['tanh', 'none'] as const)('GELU %s: matches the float64 reference within 1e-5 (+1e-6 absolute)', (approximate) => {
    const layer = new MlpMixerBlock({ tokenHidden: 6, channelHidden: 10, approximate });
    const x = randomTensor([2, 4, 5], 1, 2);
    layer.apply(x);
    randomize(layer, 10);
    const output = layer.apply(x) as tf.Tensor;
    expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 2, 4, 5, byName(layer), 6, 10, approximate === 'tanh' ? geluTanh : geluErf), 0.1)).toBeLessThan(1e-5);
  });
});

describe('MlpMixerBlock (cpu)', () => {
  beforeAll(async () => { await tf.setBackend('cpu'); });

  it('zero second layers make it the identity; weights are named and shaped per mixing step', () => {
    const layer = new MlpMixerBlock({ tokenHidden: 3, channelHidden: 7, name: 'mixer' });
    const x = randomTensor([2, 4, 5], 11);
    layer.apply(x);
    expect(layer.weights.map((w) => [w.originalName, w.shape])).toEqual([
      ['mixer/token_norm/gamma', [5]], ['mixer/token_norm/beta', [5]], ['mixer/token_mixing/dense_1/kernel', [4, 3]], ['mixer/token_mixing/dense_1/bias', [3]],
      ['mixer/token_mixing/dense_2/kernel', [3, 4]], ['mixer/token_mixing/dense_2/bias', [4]],
      ['mixer/channel_norm/gamma', [5]], ['mixer/channel_norm/beta', [5]], ['mixer/channel_mixing/dense_1/kernel', [5, 7]], ['mixer/channel_mixing/dense_1/bias', [7]],
      ['mixer/channel_mixing/dense_2/kernel', [7, 5]], ['mixer/channel_mixing/dense_2/bias', [5]],
    ]);
    layer.setWeights(layer.weights.map((w) => (w.originalName.includes('dense_2') ? tf.zeros(w.shape) : w.read())));
    expect(values(layer.apply(x) as tf.Tensor)).toEqual(values(x));
  });

  it('token mixing is equivariant to channel permutations, channel mixing to token permutations', () => {
    const x = randomTensor([1, 4, 5], 21);
    const permuteChannels = (t: tf.Tensor) => tf.gather(t, [3, 0, 4, 1, 2], 2);
    const permuteTokens = (t: tf.Tensor) => tf.gather(t, [2, 0, 3, 1], 1);
    // Only token mixing: the channel MLP's second layer is zero.
    const tokenOnly = new MlpMixerBlock({ tokenHidden: 3, channelHidden: 7 });
    tokenOnly.apply(x);
    tokenOnly.setWeights(tokenOnly.weights.map((w) => (w.originalName.includes('channel_mixing/dense_2') ? tf.zeros(w.shape) : w.read())));
    const a = permuteChannels(tokenOnly.apply(x) as tf.Tensor);
    const b = tokenOnly.apply(permuteChannels(x)) as tf.Tensor;
    expect(maxRelativeError(a.dataSync(), b.dataSync(), 0.1)).toBeLessThan(1e-6);
    // and not to token permutations (the test can fail).
    expect(maxRelativeError(permuteTokens(tokenOnly.apply(x) as tf.Tensor).dataSync(), (tokenOnly.apply(permuteTokens(x)) as tf.Tensor).dataSync(), 0.1)).toBeGreaterThan(1e-3);
    const channelOnly = new MlpMixerBlock({ tokenHidden: 3, channelHidden: 7 });
    channelOnly.apply(x);
    channelOnly.setWeights(channelOnly.weights.map((w) => (w.originalName.includes('token_mixing/dense_2') ? tf.zeros(w.shape) : w.read())));
    const c = permuteTokens(channelOnly.apply(x) as tf.Tensor);
    const d = channelOnly.apply(permuteTokens(x)) as tf.Tensor;
    expect(maxRelativeError(c.dataSync(), d.dataSync(), 0.1)).toBeLessThan(1e-6);
  });

  it('gradients to x match finite differences of the float64 reference', () => {
    const layer = new MlpMixerBlock({ tokenHidden: 3, channelHidden: 4 });
    const x = randomTensor([1, 3, 4], 31);
    layer.apply(x);
    randomize(layer, 40);
    const w = byName(layer);
    const probe = randomValues(12, 32);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor(probe, [1, 3, 4]))))(x);
    const numeric = finiteDifferences((input) => reference(input, 1, 3, 4, w, 3, 4, geluTanh).reduce((a, o, i) => a + o * probe[i]!, 0), x.dataSync());
    expect(maxRelativeError(dx.dataSync(), numeric)).toBeLessThan(1e-3);
  });

  it('trains in tf.sequential, saves and loads with identical predictions, leaks nothing', async () => {
    const model = tfl.sequential({ layers: [new MlpMixerBlock({ tokenHidden: 8, channelHidden: 8, inputShape: [4, 3] }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    const x = randomTensor([32, 4, 3], 41);
    const y = tf.tidy(() => tf.reshape(tf.max(x, [1, 2]), [32, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.5);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects unknown options with a suggestion and inputs that are not [batch, tokens, channels]', () => {
    expect(() => new MlpMixerBlock({ tokenHiden: 3 } as never)).toThrow("MlpMixerBlock: unknown option 'tokenHiden' (did you mean 'tokenHidden'?)");
    expect(() => new MlpMixerBlock({ name: 'm' }).apply(tf.zeros([2, 3, 4, 5]))).toThrow("MlpMixerBlock 'm': expected patch tokens [batch, tokens, channels] with known tokens and channels, got [2, 3, 4, 5]");
    const layer = new MlpMixerBlock({ tokenHidden: 2, channelHidden: 2, name: 'm2' });
    layer.apply(tf.zeros([1, 3, 4]));
    expect(() => layer.apply(tf.zeros([1, 5, 4]))).toThrow("MlpMixerBlock 'm2': expected [batch, 3, 4] (as built), got [1, 5, 4]");
  });
});
