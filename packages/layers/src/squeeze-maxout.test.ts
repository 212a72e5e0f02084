// SqueezeExcitation and Maxout: the catalog oracles, a composite of tfjs ops, gradients, fit,
// save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { Maxout, SqueezeExcitation } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** SE in float64 on [B, P, C] (positions flattened). */
function seReference(x: ArrayLike<number>, B: number, P: number, C: number, w: Record<string, ArrayLike<number>>, hidden: number, gate: (v: number) => number): Float64Array {
  const out = new Float64Array(B * P * C);
  for (let b = 0; b < B; b++) {
    const z = Array.from({ length: C }, (_, c) => { let s = 0; for (let p = 0; p < P; p++) s += x[(b * P + p) * C + c]!; return s / P; });
    const h = Array.from({ length: hidden }, (_, j) => Math.max(0, z.reduce((a, v, c) => a + v * w['reduce/kernel']![c * hidden + j]!, 0) + (w['reduce/bias']?.[j] ?? 0)));
    const s = Array.from({ length: C }, (_, c) => gate(h.reduce((a, v, j) => a + v * w['expand/kernel']![j * C + c]!, 0) + (w['expand/bias']?.[c] ?? 0)));
    for (let p = 0; p < P; p++) for (let c = 0; c < C; c++) out[(b * P + p) * C + c] = x[(b * P + p) * C + c]! * s[c]!;
  }
  return out;
}
const weightsByName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(-2).join('/'), w.read().dataSync() as Float32Array]));
const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

describe('SqueezeExcitation', () => {
  it.each([['sigmoid', sigmoid], ['hardSigmoid', (v: number) => Math.min(Math.max(v + 3, 0), 6) / 6]] as const)('%s gate on [2, 3, 4, 8] matches the float64 reference within 1e-5 (+1e-6 absolute); the gate is in (0, 1)', (gate, fn) => {
    const layer = new SqueezeExcitation({ ratio: 4, gate, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 3, 4, 8], 1, 2);
    const output = layer.apply(x) as tf.Tensor;
    expect(maxRelativeError(output.dataSync(), seReference(x.dataSync(), 2, 12, 8, weightsByName(layer), 2, fn), 0.1)).toBeLessThan(1e-5);
    const ratio = values(tf.div(output, x));
    expect(ratio.every((r) => r >= 0 && r <= 1)).toBe(true);
  });

  it('has 2·C²/r + C/r + C parameters; a large expand bias makes it the identity; a batch of 1 works on [1, T, C]', () => {
    const layer = new SqueezeExcitation({ name: 'se' });
    const x = randomTensor([1, 5, 32], 11);
    layer.apply(x);
    expect(layer.countParams()).toBe(2 * 32 * 32 / 16 + 32 / 16 + 32);
    expect(layer.weights.map((w) => w.originalName)).toEqual(['se/reduce/kernel', 'se/reduce/bias', 'se/expand/kernel', 'se/expand/bias']);
    const [w1, b1, w2] = layer.getWeights();
    layer.setWeights([w1!, b1!, w2!, tf.fill([32], 100)]);
    expect(values(layer.apply(x) as tf.Tensor)).toEqual(values(x));
  });

  it('gradients to x match finite differences; trains, saves and loads with identical predictions; leaks nothing', async () => {
    const layer = new SqueezeExcitation({ ratio: 2, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 3, 4], 21);
    layer.apply(x);
    const probe = randomValues(24, 22);
    const w = weightsByName(layer);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor(probe, [2, 3, 4]))))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => seReference(input, 2, 3, 4, w, 2, sigmoid).reduce((a, o, i) => a + o * probe[i]!, 0), x.dataSync()))).toBeLessThan(1e-3);

    const model = tfl.sequential({ layers: [tfl.layers.conv1d({ filters: 8, kernelSize: 1, inputShape: [6, 3] }), new SqueezeExcitation({ ratio: 4 }), tfl.layers.globalAveragePooling1d({}), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const inputs = randomTensor([32, 6, 3], 23);
    const targets = tf.tidy(() => tf.reshape(tf.sum(inputs, [1, 2]), [32, 1]));
    const history = await model.fit(inputs, targets, { epochs: 20, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(inputs) as tf.Tensor)).toEqual(values(model.predict(inputs) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(layer.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects unknown options with a suggestion and inputs without positions', () => {
    expect(() => new SqueezeExcitation({ ration: 8 } as never)).toThrow("SqueezeExcitation: unknown option 'ration' (did you mean 'ratio'?)");
    expect(() => new SqueezeExcitation({ gate: 'tanh' as never })).toThrow("SqueezeExcitation: expected gate to be one of 'sigmoid', 'hardSigmoid', got 'tanh'");
    expect(() => new SqueezeExcitation({ name: 'se' }).apply(tfl.input({ shape: [8] }))).toThrow("SqueezeExcitation 'se': expected [batch, ...positions, channels] (rank 3 or more) with known channels, got [null, 8]");
  });
});

describe('Maxout', () => {
  it("x = [1, 5, 2, 0, 3, 4], units 3: contiguous [5, 2, 4], strided [1, 5, 4]; TF-Addons' numUnits means strided", () => {
    const x = tf.tensor([[1, 5, 2, 0, 3, 4]]);
    expect(values(new Maxout({ units: 3 }).apply(x) as tf.Tensor)).toEqual([5, 2, 4]);
    expect(values(new Maxout({ units: 3, grouping: 'strided' }).apply(x) as tf.Tensor)).toEqual([1, 5, 4]);
    expect(values(new Maxout({ numUnits: 3 } as never).apply(x) as tf.Tensor)).toEqual([1, 5, 4]);
  });

  it('k = 1 is the identity; another axis works; equals a reshape-and-max composite', () => {
    const x = randomTensor([2, 6, 4], 31);
    expect(values(new Maxout({ units: 4 }).apply(x) as tf.Tensor)).toEqual(values(x));
    const onAxis1 = new Maxout({ units: 3, axis: 1 }).apply(x) as tf.Tensor;
    expect(onAxis1.shape).toEqual([2, 3, 4]);
    expect(values(onAxis1)).toEqual(values(tf.max(tf.reshape(x, [2, 3, 2, 4]), 2)));
    const strided = new Maxout({ units: 3, axis: 1, grouping: 'strided' }).apply(x) as tf.Tensor;
    expect(values(strided)).toEqual(values(tf.max(tf.reshape(x, [2, 2, 3, 4]), 1)));
  });

  it('sends the gradient only to the argmax piece, the first one on ties', () => {
    const x = tf.tensor([[1, 5, 2, 2, 3, 4]]);
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(new Maxout({ units: 3 }).apply(input) as tf.Tensor))(x);
    expect(values(gradient)).toEqual([0, 1, 1, 0, 0, 1]);
  });

  it('trains in a model, saves and loads; clear errors for units that do not divide the axis and unknown options', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 8, inputShape: [3] }), new Maxout({ units: 4 }), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([32, 3], 41);
    const y = tf.tidy(() => tf.reshape(tf.max(tf.abs(x), 1), [32, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    expect(() => new Maxout({ units: 4, name: 'mo' }).apply(tf.zeros([2, 6]))).toThrow("Maxout 'mo': expected the size of axis -1 to be a multiple of units = 4, got [2, 6] — pick units dividing 6");
    expect(() => new Maxout({ unit: 4 } as never)).toThrow("Maxout: unknown option 'unit' (did you mean 'units'?)");
    expect(() => new Maxout({ units: 2, axis: 0 }).apply(tf.zeros([2, 6]))).toThrow('the batch axis cannot be cut');
  });
});
