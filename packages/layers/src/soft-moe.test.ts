// SoftMoE: a float64 reference (dense and top-k gating), the catalog oracles (gates sum to 1,
// identical experts equal one expert, topK = E equals dense gating, top-1 routes to the argmax
// expert only, uniform routing gives loss = weight), the load-balancing loss reaches the gate in
// training, fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBalancingLoss, moeGates, SoftMoE } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), w.read().dataSync() as Float32Array]));

function reference(x: ArrayLike<number>, N: number, d: number, w: Record<string, ArrayLike<number>>, E: number, H: number, U: number, topK: number | null, temperature = 1): Float64Array {
  const out = new Float64Array(N * U);
  for (let n = 0; n < N; n++) {
    const logits = Array.from({ length: E }, (_, e) => (Array.from({ length: d }, (_, i) => x[n * d + i]! * w['gate/kernel']![i * E + e]!).reduce((a, b) => a + b, 0) + w['gate/bias']![e]!) / temperature);
    const order = logits.map((v, e) => [v, e] as const).sort((a, b) => b[0] - a[0]).map(([, e]) => e);
    const kept = new Set(topK == null ? order : order.slice(0, topK));
    const max = Math.max(...logits);
    const exps = logits.map((v, e) => (kept.has(e) ? Math.exp(v - max) : 0));
    const total = exps.reduce((a, b) => a + b, 0);
    for (let e = 0; e < E; e++) {
      const gate = exps[e]! / total;
      if (gate === 0) continue;
      const hidden = Array.from({ length: H }, (_, h) => Math.max(0, Array.from({ length: d }, (_, i) => x[n * d + i]! * w['experts/kernel_1']![(e * d + i) * H + h]!).reduce((a, b) => a + b, 0) + w['experts/bias_1']![e * H + h]!));
      for (let u = 0; u < U; u++) out[n * U + u] += gate * (hidden.reduce((a, v, h) => a + v * w['experts/kernel_2']![(e * H + h) * U + u]!, 0) + w['experts/bias_2']![e * U + u]!);
    }
  }
  return out;
}

describe('SoftMoE', () => {
  it.each([null, 2, 1] as const)('topK %s: matches the float64 reference within 1e-5 (+1e-6 absolute)', (topK) => {
    const layer = new SoftMoE({ numExperts: 4, expertUnits: 5, units: 3, topK, temperature: 0.7, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 3, 6], 1, 2);
    const output = layer.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, 3]);
    expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 6, 6, byName(layer), 4, 5, 3, topK, 0.7), 0.1)).toBeLessThan(1e-5);
  });

  it('gates sum to 1; topK = E is dense gating; top-1 puts all weight on the argmax expert', () => {
    const logits = randomTensor([5, 4], 11, 3);
    const dense = moeGates(logits);
    expect(Math.max(...values(tf.sum(dense, -1)).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
    expect(values(moeGates(logits, 4))).toEqual(values(dense));
    const top1 = values(moeGates(logits, 1));
    const argmax = values(tf.argMax(logits, -1));
    for (let n = 0; n < 5; n++) expect(top1.slice(n * 4, n * 4 + 4)).toEqual([0, 1, 2, 3].map((e) => (e === argmax[n] ? 1 : 0)));
    const top2 = values(moeGates(logits, 2));
    for (let n = 0; n < 5; n++) expect(top2.slice(n * 4, n * 4 + 4).filter((g) => g === 0)).toHaveLength(2);
  });

  it('identical experts make the layer equal one expert', () => {
    const layer = new SoftMoE({ numExperts: 3, expertUnits: 4, biasInitializer: 'randomNormal' });
    const x = randomTensor([5, 6], 21);
    layer.apply(x);
    const copies = layer.weights.map((w) => (w.originalName.includes('experts/') ? tf.tile(tf.slice(w.read(), 0, 1), [3, ...w.shape.slice(1).map(() => 1)]) : w.read()));
    layer.setWeights(copies);
    const w = byName(layer);
    const one = tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(x, tf.tensor(w['experts/kernel_1']!.slice(0, 24), [6, 4])), tf.tensor(w['experts/bias_1']!.slice(0, 4)))), tf.tensor(w['experts/kernel_2']!.slice(0, 24), [4, 6])), tf.tensor(w['experts/bias_2']!.slice(0, 6)));
    expect(maxRelativeError((layer.apply(x) as tf.Tensor).dataSync(), one.dataSync(), 0.1)).toBeLessThan(1e-5);
  });

  it('the load-balancing loss is 1 for perfectly uniform routing (so the added loss is the weight) and E when one expert takes everything', () => {
    const uniform = tf.tensor([[0.4, 0.2, 0.2, 0.2], [0.2, 0.4, 0.2, 0.2], [0.2, 0.2, 0.4, 0.2], [0.2, 0.2, 0.2, 0.4]]);
    expect(loadBalancingLoss(uniform).dataSync()[0]).toBeCloseTo(1, 6);
    expect(loadBalancingLoss(tf.tensor([[1, 0, 0, 0], [1, 0, 0, 0]])).dataSync()[0]).toBeCloseTo(4, 6);
  });

  it('in training the weighted loss joins the layer losses and its gradient reaches the gate only; inference adds nothing', () => {
    const layer = new SoftMoE({ numExperts: 4, expertUnits: 3, loadBalanceWeight: 0.5 });
    const x = randomTensor([16, 5], 31, 2);
    layer.apply(x);
    const { value, grads } = tf.variableGrads(() => {
      tf.dispose(layer.apply(x, { training: true }) as tf.Tensor);
      return layer.calculateLosses()[0]! as tf.Scalar;
    });
    expect(value.dataSync()[0]).toBeCloseTo(0.5 * layer.lastLoadBalancingLoss!, 6);
    const gate = layer.weights.find((w) => w.originalName.endsWith('gate/kernel'))!;
    expect(Math.max(...values(grads[gate.name]!).map(Math.abs))).toBeGreaterThan(1e-4);
    for (const w of layer.weights.filter((v) => v.originalName.includes('experts/'))) expect(grads[w.name]).toBeUndefined();
    const start = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) tf.dispose(layer.apply(x, { training: true }) as tf.Tensor);
    tf.dispose(layer.apply(x) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('trains with model.fit (loss includes the balance term), saves and loads with identical predictions', async () => {
    const model = tfl.sequential({ layers: [new SoftMoE({ numExperts: 3, expertUnits: 8, units: 1, topK: 2, inputShape: [4], name: 'moe' })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 41);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.abs(x), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 25, batchSize: 16, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.5);
    const moe = model.getLayer('moe') as SoftMoE;
    expect(moe.lastLoadBalancingLoss).toBeGreaterThanOrEqual(1 - 1e-6);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ numExperts: 3, expertUnits: 8, units: 1, topK: 2, loadBalanceWeight: 0.01 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
  });

  it('rejects unknown options with a suggestion and bad topK and shapes with what to do', () => {
    expect(() => new SoftMoE({ expertUnits: 4, numExpert: 3 } as never)).toThrow("SoftMoE: unknown option 'numExpert' (did you mean 'numExperts'?)");
    expect(() => new SoftMoE({ expertUnits: 4, topK: 5 })).toThrow('SoftMoE: expected topK to be an integer >= 1 <= 4, got 5');
    expect(() => new SoftMoE({} as never)).toThrow('SoftMoE: expected expertUnits, got none');
    const layer = new SoftMoE({ expertUnits: 4, name: 'm' });
    tf.dispose(layer.apply(tf.zeros([2, 3])) as tf.Tensor);
    expect(() => layer.apply(tf.zeros([2, 5]))).toThrow("SoftMoE 'm': expected 3 input features (as built), got [2, 5]");
  });
});

describe('GumbelMoE', () => {
  it('training gates are one Gumbel-softmax sample summing to 1 (one-hot as τ → 0); inference averages 10 seeded samples, deterministically', async () => {
    const { GumbelMoE } = await import('@layerkit/layers');
    const layer = new GumbelMoE({ numExperts: 4, expertUnits: 3, seed: 5, kernelInitializer: tfl.initializers.glorotUniform({ seed: 6 }) });
    const x = randomTensor([6, 5], 51);
    layer.apply(x);
    const train = layer.gates(x, true);
    expect(Math.max(...values(tf.sum(train, -1)).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
    const a = values(layer.gates(x));
    expect(values(layer.gates(x))).toEqual(a);
    expect(Math.max(...values(tf.sum(layer.gates(x), -1)).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
    const plain = values(moeGates(tf.add(tf.matMul(x, layer.getWeights()[0]!), layer.getWeights()[1]!)));
    expect(maxRelativeError(a, plain, 0.1)).toBeGreaterThan(1e-3);
    const cold = new GumbelMoE({ numExperts: 4, expertUnits: 3, temperature: 1e-3, seed: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 7 }) });
    cold.apply(x);
    expect(values(cold.gates(x, true)).every((g) => g < 1e-6 || g > 1 - 1e-6)).toBe(true);
    expect(layer.weights.map((w) => w.originalName.split('/').slice(1).join('/'))).toEqual(['gate/kernel', 'gate/bias', 'experts/kernel_1', 'experts/kernel_2']);
  });

  it('trains in model.fit, saves and loads with identical (seeded) predictions; rejects topK', async () => {
    const { GumbelMoE } = await import('@layerkit/layers');
    const model = tfl.sequential({ layers: [new GumbelMoE({ numExperts: 3, expertUnits: 8, units: 1, seed: 2, inputShape: [4] })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 52);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.abs(x), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ inferenceSamples: 10, seed: 2, useBias: false, loadBalanceWeight: 0 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    expect(() => new GumbelMoE({ expertUnits: 2, topK: 1 })).toThrow('GumbelMoE: expected no topK');
    expect(() => new GumbelMoE({ expertUnits: 2, inferenceSample: 3 } as never)).toThrow("GumbelMoE: unknown option 'inferenceSample' (did you mean 'inferenceSamples'?)");
  });
});
