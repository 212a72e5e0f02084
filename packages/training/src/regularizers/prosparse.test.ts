import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActivationL1, FatReLU, activationSparsity, fatRelu, l1Penalty, proSparseLambda, proSparseScheduler } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('ProSparse', () => {
  it('one stage to 1e-2: λ at f = 0, ¼, ½, ¾, 1 is 0, 0.0038268, 0.0070711, 0.0092388, 0.01; continuous and non-decreasing over stages', () => {
    const one = proSparseLambda({ stageLambdas: [1e-2], stageSteps: [100] });
    [0, 0.0038268, 0.0070711, 0.0092388, 0.01].forEach((expected, index) => expect(one(index * 25)).toBeCloseTo(expected, 7));
    expect(one(1000)).toBe(0.01);
    const three = proSparseLambda({ stageLambdas: [1e-3, 5e-3, 1e-2], stageSteps: [100, 200, 300], start: 10 });
    let previous = 0;
    for (let step = 0; step <= 400; step++) {
      const value = three(step);
      expect(value).toBeGreaterThanOrEqual(previous);
      expect(value - previous).toBeLessThan(1e-4);
      previous = value;
    }
    expect(three(100)).toBe(1e-3);
    expect(three(200)).toBe(5e-3);
    expect(() => proSparseLambda({ stageLambdas: [1e-2, 1e-3], stageSteps: [10, 20] })).toThrow(/proSparseLambda: expected stageLambdas\[1\] >= 0.01, got 0.001/);
  });

  it('FATReLU with T = 0.1 maps [−1, 0.05, 0.1, 0.5] to [0, 0, 0, 0.5], as an op and a layer that saves and loads', async () => {
    expect(values(fatRelu([-1, 0.05, 0.1, 0.5], 0.1))).toEqual([0, 0, 0, 0.5]);
    const model = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [4] }), new FatReLU({ threshold: 0.1 })] });
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect(values(loaded.predict(tf.tensor([[-1, 0.05, 0.1, 0.5]])) as tf.Tensor)).toEqual([0, 0, 0, 0.5]);
  });

  it('ActivationL1 is the identity forward and adds the penalty gradient λ·sign(a)/tokens backward; λ = 0 changes nothing', () => {
    const layer = new ActivationL1({ lambda: 0.3 });
    const a = tf.tensor(randomValues(12, 1), [2, 2, 3]);
    const upstream = tf.tensor(randomValues(12, 2), [2, 2, 3]);
    expect(values(layer.apply(a) as tf.Tensor)).toEqual(values(a));
    const gradient = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, upstream)))(a);
    const direct = tf.grad((input: tf.Tensor) => tf.add(tf.sum(tf.mul(input, upstream)), l1Penalty(input, 0.3)))(a);
    expect(maxRelativeError(gradient.dataSync(), direct.dataSync(), 1e-3)).toBeLessThan(1e-6);
    layer.lambda = 0;
    expect(values(tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, upstream)))(a))).toEqual(values(upstream));
    expect(() => new ActivationL1({ lamda: 1 } as never)).toThrow(/did you mean 'lambda'/);
  });

  it('on a toy ReLU FFN the staged penalty raises activation sparsity over plain training', async () => {
    const build = () => tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 32, inputShape: [8], activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }), biasInitializer: tfl.initializers.constant({ value: 0.1 }) }),
        new ActivationL1(),
        tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    const x = tf.tensor(randomValues(8 * 64, 3), [64, 8]);
    const y = tf.sum(tf.slice(x, [0, 0], [-1, 2]), 1, true);
    const sparsityAfter = async (penalised: boolean) => {
      const model = build();
      model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
      const callbacks = penalised ? [proSparseScheduler({ stageLambdas: [0.05, 0.2], stageSteps: [70, 140] })] : [];
      const history = await model.fit(x, y, { epochs: 200, batchSize: 64, verbose: 0, callbacks });
      const hidden = tfl.model({ inputs: model.inputs, outputs: model.layers[0]!.output as tfl.SymbolicTensor }).predict(x) as tf.Tensor;
      return { sparsity: activationSparsity(hidden).sparsity, loss: history.history['loss']!.at(-1) as number };
    };
    const plain = await sparsityAfter(false);
    const sparse = await sparsityAfter(true);
    expect(sparse.sparsity).toBeGreaterThan(plain.sparsity + 0.15);
    expect(sparse.loss).toBeLessThan(0.05);
  }, 60_000);
});
