import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradualPruning, gradualPruning, pruningSparsity, transformChain } from '@layerkit/training';
import { randomValues, saveToMemory } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// −0 (a pruned negative weight times its mask) counts as zero.
const zeros = (tensor: tf.Tensor) => Array.from(tensor.dataSync()).filter((value) => value === 0).length;

function build(optimizer: tf.Optimizer) {
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 10, inputShape: [6], activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
      tfl.layers.dense({ units: 3, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
    ],
  });
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

describe('gradualPruning', () => {
  it('follows the cubic schedule: s_i at t0, s_f at t0 + n·Δt, cubic in between', () => {
    const options = { initialSparsity: 0.1, finalSparsity: 0.9, beginStep: 10, pruningSteps: 100 };
    expect(pruningSparsity(10, options)).toBe(0.1);
    expect(pruningSparsity(110, options)).toBe(0.9);
    expect(pruningSparsity(60, options)).toBeCloseTo(0.9 - 0.8 * 0.125, 15);
    expect(pruningSparsity(0, options)).toBe(0.1);
    expect(pruningSparsity(500, options)).toBe(0.9);
  });

  it('in model.fit with Adam: exact per-layer sparsity at each mask update, pruned weights stay zero, and state saves and loads', async () => {
    const pruning = gradualPruning({ initialSparsity: 0, finalSparsity: 0.75, beginStep: 2, pruningSteps: 6, frequency: 2 });
    const model = build(transformChain({ transforms: [pruning], base: tf.train.adam(0.05) }));
    const x = tf.tensor(randomValues(120, 3), [20, 6]);
    const y = tf.tensor(randomValues(60, 4), [20, 3]);
    const kernels = () => [model.layers[0]!.getWeights()[0]!, model.layers[1]!.getWeights()[0]!];
    // Updates 0 and 1: no pruning yet.
    await model.fit(x, y, { epochs: 2, batchSize: 20, verbose: 0 });
    expect(kernels().map(zeros)).toEqual([0, 0]);
    // Update 2 (t0): s = 0, masks made but nothing pruned; update 4: s = 0.75 − 0.75·(1 − 2/6)³.
    await model.fit(x, y, { epochs: 3, batchSize: 20, verbose: 0 });
    const s4 = pruningSparsity(4, pruning);
    expect(kernels().map(zeros)).toEqual([Math.round(s4 * 60), Math.round(s4 * 30)]);
    // Through update 8 (= t0 + 6): final sparsity exactly, biases untouched.
    await model.fit(x, y, { epochs: 4, batchSize: 20, verbose: 0 });
    expect(kernels().map(zeros)).toEqual([45, 23]);
    const pruned = kernels().map((kernel) => Array.from(kernel.dataSync()).map((value) => value === 0));
    expect(zeros(model.layers[0]!.getWeights()[1]!)).toBeLessThan(10);
    // More Adam steps (whose moments still push pruned weights) leave the same entries zero.
    await model.fit(x, y, { epochs: 5, batchSize: 20, verbose: 0 });
    kernels().forEach((kernel, index) => {
      const data = kernel.dataSync();
      pruned[index]!.forEach((isZero, position) => {
        if (isZero) expect(data[position] === 0).toBe(true);
      });
    });
    const saved = await saveToMemory(model, true);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved));
    const chain = loaded.optimizer as unknown as { transforms: GradualPruning[] };
    expect(chain.transforms[0]!.getConfig()).toEqual(pruning.getConfig());
    expect(chain.transforms[0]!.masksInOrder.map(zeros)).toEqual([45, 23]);
    tf.dispose([x, y]);
  });

  it('global scope prunes the smallest magnitudes across all kernels together', async () => {
    const pruning = gradualPruning({ finalSparsity: 0.5, pruningSteps: 0, frequency: 1, scope: 'global' });
    const model = build(transformChain({ transforms: [pruning], base: tf.train.sgd(0) }));
    const magnitudes = [model.layers[0]!.getWeights()[0]!, model.layers[1]!.getWeights()[0]!].flatMap((kernel) => Array.from(kernel.dataSync(), Math.abs));
    const threshold = [...magnitudes].sort((a, b) => a - b)[44]!;
    await model.fit(tf.ones([1, 6]), tf.ones([1, 3]), { epochs: 1, verbose: 0 });
    const after = [model.layers[0]!.getWeights()[0]!, model.layers[1]!.getWeights()[0]!].flatMap((kernel) => Array.from(kernel.dataSync()));
    expect(after.filter((value) => value === 0)).toHaveLength(45);
    after.forEach((value, index) => expect(value === 0).toBe(magnitudes[index]! <= threshold));
  });

  it('explains bad options', () => {
    expect(() => gradualPruning({ finalSparsity: 1 })).toThrow(/gradualPruning: expected finalSparsity >= 0 < 1, got 1/);
    expect(() => gradualPruning({ frequncy: 3 } as never)).toThrow(/did you mean 'frequency'/);
    expect(() => gradualPruning({ scope: 'model' as never })).toThrow(/expected scope to be one of 'layer', 'global'/);
  });
});
