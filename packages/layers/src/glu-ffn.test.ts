// GluFfn against a float64 transcription of (valueAct(x·V + c) ⊙ act(x·W + b))·W2 + b2 and
// against a composite of tfjs ops, the catalog oracles (parameter count, bilinear, dReLU zeros),
// gradients, save/load, fit, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erf64 } from '@layerkit/core';
import { GluFfn } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
const ACTIVATIONS: Record<string, (v: number) => number> = {
  sigmoid, relu: (v) => Math.max(v, 0), gelu: (v) => 0.5 * v * (1 + erf64(v * Math.SQRT1_2)), swish: (v) => v * sigmoid(v),
  linear: (v) => v, tanh: Math.tanh, elu: (v) => (v > 0 ? v : Math.expm1(v)),
};

function reference(x: ArrayLike<number>, rows: number, d: number, weights: Record<string, ArrayLike<number>>, dFF: number, units: number, act: string, valueAct: string): Float64Array {
  const branch = (name: string) => {
    const out = matMul64(x, weights[`${name}/kernel`]!, rows, d, dFF);
    const bias = weights[`${name}/bias`];
    if (bias) for (let r = 0; r < rows; r++) for (let c = 0; c < dFF; c++) out[r * dFF + c] += bias[c]!;
    return out;
  };
  const gate = branch('gate');
  const up = branch('up');
  const hidden = gate.map((g, i) => ACTIVATIONS[valueAct]!(up[i]!) * ACTIVATIONS[act]!(g));
  const out = matMul64(hidden, weights['down/kernel']!, rows, dFF, units);
  const bias = weights['down/bias'];
  if (bias) for (let r = 0; r < rows; r++) for (let c = 0; c < units; c++) out[r * units + c] += bias[c]!;
  return out;
}

const weightsByName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(-2).join('/'), w.read().dataSync() as Float32Array]));

afterAll(async () => { await tf.setBackend('cpu'); });

describe.each(['cpu', 'wasm'] as const)('GluFfn on %s', (backend) => {
  beforeAll(async () => { await tf.setBackend(backend); });
  it.each([
    ['swish', 'linear', false], ['sigmoid', 'linear', true], ['relu', 'linear', false], ['gelu', 'linear', true], ['linear', 'linear', false],
    ['relu', 'relu', true], ['tanh', 'linear', false], ['elu', 'linear', true],
  ] as const)('activation %s, value %s, biases %s: matches the float64 reference within 1e-5 (+1e-6 absolute)', (activation, valueActivation, useBias) => {
    const layer = new GluFfn({ hiddenUnits: 6, units: 3, activation, valueActivation, useBias, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 3, 5], 1, 2);
    const output = layer.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, 3]);
    const expected = reference(x.dataSync(), 6, 5, weightsByName(layer), 6, 3, activation, valueActivation);
    expect(maxRelativeError(output.dataSync(), expected, 0.1)).toBeLessThan(1e-5);
    tf.dispose([x, output]);
    layer.dispose();
  });
});

describe('GluFfn (cpu)', () => {
  beforeAll(async () => { await tf.setBackend('cpu'); });

  it('has 3·d·dFF parameters without biases, named gate, up and down; units defaults to the input width', () => {
    const layer = new GluFfn({ hiddenUnits: 16, name: 'ffn' });
    const output = layer.apply(tfl.input({ shape: [7, 8] })) as tfl.SymbolicTensor;
    expect(output.shape).toEqual([null, 7, 8]);
    expect(layer.countParams()).toBe(3 * 8 * 16);
    expect(layer.weights.map((w) => [w.originalName, w.shape])).toEqual([['ffn/gate/kernel', [8, 16]], ['ffn/up/kernel', [8, 16]], ['ffn/down/kernel', [16, 8]]]);
    layer.dispose();
  });

  it('equals the composite of tfjs dense and mul ops; identity activation is a bilinear layer', () => {
    for (const [activation, act] of [['swish', (t: tf.Tensor) => tf.mul(t, tf.sigmoid(t))], ['linear', (t: tf.Tensor) => t]] as const) {
      const layer = new GluFfn({ hiddenUnits: 4, activation });
      const x = randomTensor([3, 5], 11);
      const output = layer.apply(x) as tf.Tensor;
      const [W, V, W2] = layer.getWeights();
      const composite = tf.matMul(tf.mul(act(tf.matMul(x, W!)), tf.matMul(x, V!)), W2!);
      expect(maxRelativeError(output.dataSync(), composite.dataSync(), 0.1)).toBeLessThan(1e-5);
      tf.dispose([x, output, composite]);
    }
  });

  it('dReLU: hidden units are exactly zero wherever either branch is negative', () => {
    const layer = new GluFfn({ hiddenUnits: 8, units: 8, activation: 'relu', valueActivation: 'relu' });
    const x = randomTensor([4, 6], 21);
    layer.apply(x);
    // W2 = identity exposes the hidden units.
    const [W, V] = layer.getWeights();
    layer.setWeights([W!, V!, tf.eye(8)]);
    const hidden = values(layer.apply(x) as tf.Tensor);
    const gate = values(tf.matMul(x, W!));
    const up = values(tf.matMul(x, V!));
    hidden.forEach((h, i) => { if (gate[i]! < 0 || up[i]! < 0) expect(h).toBe(0); else expect(h).toBeGreaterThanOrEqual(0); });
    expect(hidden.some((h) => h > 0)).toBe(true);
  });

  it('gradients to x and the gate kernel match finite differences of the float64 reference', () => {
    const layer = new GluFfn({ hiddenUnits: 4, units: 2, activation: 'gelu', useBias: true, biasInitializer: 'randomNormal' });
    const x = randomTensor([3, 5], 31);
    layer.apply(x);
    const probe = tf.tensor(randomValues(6, 32), [3, 2]);
    const weights = weightsByName(layer);
    const loss = (input: ArrayLike<number>, w: Record<string, ArrayLike<number>>) => reference(input, 3, 5, w, 4, 2, 'gelu', 'linear').reduce((a, o, i) => a + o * probe.dataSync()[i]!, 0);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probe)))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, weights), x.dataSync()))).toBeLessThan(1e-3);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probe)) as tf.Scalar);
    const gateKernel = layer.weights.find((w) => w.originalName.endsWith('gate/kernel'))!;
    expect(maxRelativeError(grads[gateKernel.name]!.dataSync(), finiteDifferences((w) => loss(x.dataSync(), { ...weights, 'gate/kernel': w }), weights['gate/kernel']!))).toBeLessThan(1e-3);
    tf.dispose([x, probe, dx, ...Object.values(grads)]);
  });

  it('trains in tf.sequential with model.fit, survives save → load with identical predictions, and leaks nothing', async () => {
    const model = tfl.sequential({ layers: [new GluFfn({ hiddenUnits: 8, units: 1, activation: 'gelu', valueActivation: 'relu', useBias: true, inputShape: [4] })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 41);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.square(x), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 30, batchSize: 16, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.5);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ hiddenUnits: 8, units: 1, activation: 'gelu', valueActivation: 'relu', useBias: true });
    const a = model.predict(x) as tf.Tensor;
    const b = loaded.predict(x) as tf.Tensor;
    expect(values(b)).toEqual(values(a));
    const start = tf.memory().numTensors;
    tf.dispose(model.predict(x) as tf.Tensor);
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    tf.dispose([x, y, a, b]);
  });

  it('rejects unknown options with a suggestion, and bad options and shapes with what to do', () => {
    expect(() => new GluFfn({ hiddenUnits: 4, activaton: 'relu' } as never)).toThrow("GluFfn: unknown option 'activaton' (did you mean 'activation'?)");
    expect(() => new GluFfn({} as never)).toThrow('GluFfn: expected hiddenUnits, got none — pass hiddenUnits: an integer >= 1');
    expect(() => new GluFfn({ hiddenUnits: 4, activation: 'swishy' })).toThrow("GluFfn: expected activation to be an activation tfjs knows ('sigmoid', 'relu', 'gelu', 'swish', 'linear' …), got 'swishy'");
    const layer = new GluFfn({ hiddenUnits: 4, name: 'ffn' });
    const x = tf.zeros([2, 5]);
    tf.dispose(layer.apply(x) as tf.Tensor);
    expect(() => layer.apply(tf.zeros([2, 6]))).toThrow("GluFfn 'ffn': expected 5 input features (as built), got shape [2, 6]");
    expect(() => new GluFfn({ hiddenUnits: 4 }).apply(tf.zeros([3]))).toThrow('GluFfn');
  });
});
