import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { DfaHook, DfaOutput } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';
import { loadDigits } from '../../../../scripts/demo/mnist.mjs';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('direct feedback alignment', () => {
  it('one hidden linear layer with B = W_outᵀ: the DFA gradients equal backprop', () => {
    const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
    const hidden = tfl.layers.dense({ units: 5, inputShape: [4], useBias: false, kernelInitializer: seeded(1) });
    const hook = new DfaHook({ outputUnits: 3 });
    const output = tfl.layers.dense({ units: 3, useBias: false, kernelInitializer: seeded(2) });
    const dfa = tfl.sequential({ layers: [hidden, hook, output, new DfaOutput()] });
    hook.setWeights([tf.transpose(output.getWeights()[0]!)]);
    const plain = tfl.sequential({ layers: [tfl.layers.dense({ units: 5, inputShape: [4], useBias: false }), tfl.layers.dense({ units: 3, useBias: false })] });
    plain.setWeights(dfa.getWeights().filter((weight) => weight.shape.join() !== '3,5'));
    const x = tf.tensor(randomValues(24, 3), [6, 4]);
    const y = tf.tensor(randomValues(18, 4), [6, 3]);
    const gradients = (model: tfl.LayersModel) => {
      const variables = model.trainableWeights.map((weight) => weight.read() as tf.Variable);
      const { grads } = tf.variableGrads(() => tf.mean(tf.square(tf.sub(model.apply(x) as tf.Tensor, y))) as tf.Scalar, variables);
      return variables.map((variable) => values(grads[variable.name]!));
    };
    const [dfaHidden, dfaOutput] = gradients(dfa);
    const [bpHidden, bpOutput] = gradients(plain);
    expect(maxRelativeError(dfaHidden!, bpHidden!, 1e-4)).toBeLessThan(1e-5);
    expect(dfaOutput).toEqual(bpOutput);
    // With another B the hidden gradient differs: the hook really replaced backprop.
    hook.setWeights([tf.randomNormal([3, 5], 0, 1, 'float32', 9)]);
    expect(maxRelativeError(gradients(dfa)[0]!, bpHidden!, 1e-4)).toBeGreaterThan(0.1);
  });

  it('an MNIST MLP trained with DFA beats chance by a wide margin, the alignment angle falls, and the model saves and loads', async () => {
    const { train, test } = loadDigits({ train: 1000, test: 500, seed: 2 });
    const toTensors = (set: { images: Float32Array; labels: Int32Array; count: number }) => [tf.tensor(set.images, [set.count, 784]), tf.oneHot(tf.tensor1d(set.labels, 'int32'), 10)];
    const [xTrain, yTrain] = toTensors(train);
    const [xTest, yTest] = toTensors(test);
    const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
    const hook = new DfaHook({ outputUnits: 10, seed: 3, trackAlignment: true });
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 64, inputShape: [784], activation: 'tanh', kernelInitializer: seeded(4) }),
        hook,
        tfl.layers.dense({ units: 10, kernelInitializer: seeded(5) }),
        new DfaOutput(),
        tfl.layers.activation({ activation: 'softmax' }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.003), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
    await model.fit(xTrain!, yTrain!, { epochs: 4, batchSize: 50, verbose: 0 });
    const [, accuracy] = model.evaluate(xTest!, yTest!) as tf.Scalar[];
    expect(accuracy!.dataSync()[0]).toBeGreaterThan(0.6);
    const early = hook.alignment.slice(0, 10).reduce((a, b) => a + b, 0) / 10;
    const late = hook.alignment.slice(-10).reduce((a, b) => a + b, 0) / 10;
    expect(late).toBeLessThan(early - 5);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect(values(loaded.layers[1]!.getWeights()[0]!)).toEqual(values(hook.getWeights()[0]!));
    expect(() => new DfaHook({})).toThrow(/DfaHook: expected outputUnits/);
    expect(() => new DfaHook({ outputUnits: 2, feedbackscale: 1 } as never)).toThrow(/did you mean 'feedbackScale'/);
    tf.dispose([xTrain!, yTrain!, xTest!, yTest!]);
  }, 120_000);
});
