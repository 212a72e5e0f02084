import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ElasticWeightConsolidation, computeFisher, elasticWeightConsolidation, transformChain } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Linear softmax classifier 2 → 2 with W = 0, b = 0. */
function linearSoftmax(activation: 'softmax' | 'linear' = 'softmax') {
  return tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2], activation, kernelInitializer: 'zeros' })] });
}

describe('computeFisher', () => {
  it('matches the closed form p_c(1 − p_c)·x_j² = [0.25, 1.0] for W = 0 and x = [1, 2], from probabilities or logits', () => {
    const x = tf.tensor([[1, 2]]);
    for (const [model, fromLogits] of [[linearSoftmax(), false], [linearSoftmax('linear'), true]] as const) {
      const before = tf.memory().numTensors;
      const [kernel, bias] = computeFisher(model, x, { fromLogits });
      expect(tf.memory().numTensors).toBe(before + 2);
      expect(maxRelativeError(kernel!.dataSync(), [0.25, 0.25, 1, 1])).toBeLessThan(1e-6);
      expect(maxRelativeError(bias!.dataSync(), [0.25, 0.25])).toBeLessThan(1e-6);
      tf.dispose([kernel!, bias!]);
    }
    x.dispose();
  });

  it('the sampled Fisher with 1e4 labels is within three standard errors of the exact one; the empirical Fisher uses the given labels', () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [2], activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) })] });
    const single = tf.tensor([[1, -0.5]]);
    const [exactKernel] = computeFisher(model, single);
    const [sampledKernel] = computeFisher(model, single, { expectation: 'sampled', fisherSamples: 10_000, seed: 7 });
    // Two classes: F_sampled − F = (n₀/S − p₀)·x²·(1 − 2p₀), so the relative error has standard deviation |1 − 2p₀|/√(S·p₀(1 − p₀)).
    const p0 = (model.predict(single) as tf.Tensor).dataSync()[0]!;
    const standardError = Math.abs(1 - 2 * p0) / Math.sqrt(10_000 * p0 * (1 - p0));
    const error = maxRelativeError(sampledKernel!.dataSync(), exactKernel!.dataSync(), 0);
    expect(error).toBeLessThan(3 * standardError);
    expect(error).toBeGreaterThan(0);
    const x = tf.tensor([[1, -0.5], [0.3, 2]]);
    // Empirical with label 0 for both: mean over examples of (∂ log p_0/∂b)² = mean (1[c = 0] − p_c)².
    const [, bias] = computeFisher(model, x, { empirical: true, y: tf.tensor1d([0, 0], 'int32') });
    const p = (model.predict(x) as tf.Tensor).arraySync() as number[][];
    const expected = [0, 1].map((c) => p.reduce((sum, row) => sum + ((c === 0 ? 1 : 0) - row[c]!) ** 2, 0) / 2);
    expect(maxRelativeError(bias!.dataSync(), expected)).toBeLessThan(1e-5);
    expect(() => computeFisher(model, x, { empirical: true })).toThrow(/computeFisher: the empirical Fisher needs y, one label per example of x \(2\)/);
    expect(() => computeFisher(model, x, { fisherSample: 3 } as never)).toThrow(/did you mean 'fisherSamples'/);
  });
});

describe('elasticWeightConsolidation', () => {
  it('adds λ·F·(θ − θ*) to the gradients, its penalty is 0 at θ*, and λ = 0 is plain fine-tuning', () => {
    const model = linearSoftmax();
    const ewc = elasticWeightConsolidation({ lambda: 10 });
    ewc.consolidate(model, tf.tensor([[1, 2]]));
    expect(ewc.penalty().dataSync()[0]).toBe(0);
    // Move θ: kernel → [[0.1, −0.2], [0.3, 0]], bias → [0.5, −0.5].
    model.layers[0]!.setWeights([tf.tensor([[0.1, -0.2], [0.3, 0]]), tf.tensor([0.5, -0.5])]);
    const fisher = [[0.25, 0.25, 1, 1], [0.25, 0.25]];
    const delta = [[0.1, -0.2, 0.3, 0], [0.5, -0.5]];
    const penalty = 5 * fisher.flatMap((row, r) => row.map((f, i) => f * delta[r]![i]! ** 2)).reduce((a, b) => a + b, 0);
    expect(ewc.penalty().dataSync()[0]).toBeCloseTo(penalty, 6);
    const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
    const gradients = variables.map((variable) => ({ name: variable.name, tensor: tf.onesLike(variable) }));
    const context = { iteration: 0, variable: (name: string) => variables.find((variable) => variable.name === name)! };
    const out = ewc.apply(gradients, context).gradients!;
    expect(maxRelativeError(out[0]!.tensor!.dataSync(), fisher[0]!.map((f, i) => 1 + 10 * f * delta[0]![i]!))).toBeLessThan(1e-6);
    expect(maxRelativeError(out[1]!.tensor!.dataSync(), fisher[1]!.map((f, i) => 1 + 10 * f * delta[1]![i]!))).toBeLessThan(1e-6);
    const off = new ElasticWeightConsolidation({ lambda: 0 });
    off.consolidate(model, tf.tensor([[1, 2]]));
    expect(off.apply(gradients, context).gradients).toBe(gradients);
    ewc.dispose();
    off.dispose();
  });

  it('keeps one penalty per task, or one merged penalty online (F ← γF·F + F_new, latest anchor)', () => {
    const model = linearSoftmax();
    const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
    const ones = variables.map((variable) => tf.onesLike(variable));
    const twos = variables.map((variable) => tf.fill(variable.shape, 2));
    const perTask = elasticWeightConsolidation({ lambda: 2 });
    perTask.addTask(variables, ones);
    model.layers[0]!.setWeights([tf.fill([2, 2], 1), tf.fill([2], 1)]);
    perTask.addTask(variables, twos);
    expect(perTask.taskCount).toBe(2);
    // At θ = 1: task 1 (anchor 0, F = 1) gives Σ 1·1² over 6 entries, task 2 (anchor 1) gives 0.
    expect(perTask.penalty().dataSync()[0]).toBeCloseTo(6, 6);
    const online = elasticWeightConsolidation({ lambda: 2, online: true, gammaF: 0.5 });
    model.layers[0]!.setWeights([tf.zeros([2, 2]), tf.zeros([2])]);
    online.addTask(variables, ones);
    model.layers[0]!.setWeights([tf.fill([2, 2], 1), tf.fill([2], 1)]);
    online.addTask(variables, twos);
    expect(online.taskCount).toBe(1);
    model.layers[0]!.setWeights([tf.fill([2, 2], 3), tf.fill([2], 3)]);
    // F = 0.5·1 + 2 = 2.5, anchor 1, θ = 3: (2/2)·Σ 2.5·2² = 60.
    expect(online.penalty().dataSync()[0]).toBeCloseTo(60, 5);
    tf.dispose([...ones, ...twos]);
  });

  it('inside model.fit through the chain: task B moves the weights less and forgets task A less than plain training; penalties save and load', async () => {
    const x = tf.tensor(randomValues(40, 5), [20, 2]);
    const labelsA = tf.oneHot(tf.tensor1d(Array.from({ length: 20 }, (_, index) => index % 2), 'int32'), 2);
    const labelsB = tf.sub(1, labelsA);
    const model = linearSoftmax();
    const ewc = elasticWeightConsolidation({ lambda: 100 });
    model.compile({ optimizer: transformChain({ transforms: [ewc], base: tf.train.sgd(0.1) }), loss: 'categoricalCrossentropy' });
    await model.fit(x, labelsA, { epochs: 20, verbose: 0 });
    ewc.consolidate(model, x);
    const anchor = model.getWeights().map((weight) => weight.clone());
    const free = linearSoftmax();
    free.setWeights(anchor);
    free.compile({ optimizer: tf.train.sgd(0.1), loss: 'categoricalCrossentropy' });
    await model.fit(x, labelsB, { epochs: 20, verbose: 0 });
    await free.fit(x, labelsB, { epochs: 20, verbose: 0 });
    const distance = (trained: tfl.LayersModel) => Math.hypot(...values(trained.getWeights()[0]!).map((value, index) => value - anchor[0]!.dataSync()[index]!));
    expect(distance(model)).toBeLessThan(0.5 * distance(free));
    const lossA = (trained: tfl.LayersModel) => (trained.evaluate(x, labelsA) as tf.Scalar).dataSync()[0]!;
    expect(lossA(model)).toBeLessThan(lossA(free));
    const saved = await saveToMemory(model, true);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved));
    const restored = (loaded.optimizer as unknown as { transforms: ElasticWeightConsolidation[] }).transforms[0]!;
    expect(restored.taskCount).toBe(1);
    expect(restored.getConfig()).toEqual({ lambda: 100, online: false, gammaF: 1 });
    // The restored penalty binds to the loaded model's variables on its first step and pulls as a
    // freshly consolidated copy does.
    const copy = linearSoftmax();
    copy.setWeights(anchor);
    const reference = elasticWeightConsolidation({ lambda: 100 });
    reference.consolidate(copy, x);
    copy.setWeights(model.getWeights());
    copy.compile({ optimizer: transformChain({ transforms: [reference], base: tf.train.sgd(0.1) }), loss: 'categoricalCrossentropy' });
    await loaded.fit(x, labelsB, { epochs: 1, verbose: 0 });
    await copy.fit(x, labelsB, { epochs: 1, verbose: 0 });
    expect(maxRelativeError(values(loaded.getWeights()[0]!), values(copy.getWeights()[0]!), 1e-3)).toBeLessThan(1e-5);
    expect(() => elasticWeightConsolidation({ lamda: 1 } as never)).toThrow(/did you mean 'lambda'/);
    tf.dispose([x, labelsA, labelsB, ...anchor]);
  });
});
