// Steady-state tensor counts: after a first fit (which creates optimizer slots, masks, caches),
// another fit with every transform, optimizer wrapper and callback of the package leaves no tensor behind.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ActivationL1, BinaryDense, ForwardGradient, GradientRegularization, SortedDense, TrActDense, activationSparsityMonitor, binaryConnect,
  dorefaGradients, elasticWeightConsolidation, gradES, gradualPruning, layerRotation, normalizeAndProject, proSparseScheduler,
  sharpnessMonitor, sortedNetSampler, transformChain,
} from '@layerkit/training';
import { randomValues } from './test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const x = tf.tensor(randomValues(48, 1), [12, 4]);
const y = tf.tensor(randomValues(24, 2), [12, 2]);

async function steady(model: tfl.LayersModel, callbacks: tfl.CustomCallbackArgs[] | tfl.Callback[] = []) {
  await model.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0, callbacks: callbacks as tfl.Callback[] });
  const before = tf.memory().numTensors;
  await model.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0, callbacks: callbacks as tfl.Callback[] });
  return tf.memory().numTensors - before;
}

const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });

describe('no tensor leaks in model.fit', () => {
  it('the transform chain with EWC, pruning, DoReFa, NaP, GradES and BinaryConnect, and the ProSparse and monitor callbacks', async () => {
    const ewc = elasticWeightConsolidation({ lambda: 1 });
    const model = tfl.sequential({
      layers: [
        new BinaryDense({ units: 6, inputShape: [4], mode: 'stochastic', seed: 1, activation: 'relu' }),
        tfl.layers.layerNormalization(),
        new ActivationL1(),
        tfl.layers.dense({ units: 2, kernelInitializer: seeded(2) }),
      ],
    });
    const transforms = [ewc, gradualPruning({ finalSparsity: 0.5, pruningSteps: 4, frequency: 2 }), dorefaGradients({ bits: 4, seed: 1 }),
      normalizeAndProject(), gradES({ totalSteps: 100, tau: 0 }), binaryConnect()];
    model.compile({ optimizer: transformChain({ transforms, base: tf.train.adam(0.01) }), loss: 'meanSquaredError' });
    const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
    const fisher = variables.map((variable) => tf.onesLike(variable));
    ewc.addTask(variables, fisher);
    tf.dispose(fisher);
    const callbacks = [
      proSparseScheduler({ stageLambdas: [0.01], stageSteps: [10] }), layerRotation(), activationSparsityMonitor({ x, layers: [model.layers[0]!.name] }),
      sharpnessMonitor({ x, y, iterations: 2 }),
    ];
    expect(await steady(model, callbacks as never)).toBe(0);
  });

  it('the two-pass optimizers (gradient regularization, forward gradients) and the TrAct, SortedNet layers', async () => {
    for (const optimizer of [new GradientRegularization({ base: tf.train.sgd(0.01) }), new ForwardGradient({ base: tf.train.sgd(0.01), samples: 2, seed: 1 })]) {
      const model = tfl.sequential({
        layers: [
          new TrActDense({ units: 5, inputShape: [4], kernelInitializer: seeded(3) }),
          tfl.layers.batchNormalization(),
          new SortedDense({ units: 6, activation: 'relu', kernelInitializer: seeded(4) }),
          new SortedDense({ units: 2, nested: false, kernelInitializer: seeded(5) }),
        ],
      });
      model.compile({ optimizer, loss: 'meanSquaredError' });
      expect(await steady(model, [sortedNetSampler({ seed: 2 })] as never)).toBe(0);
    }
  });
});
