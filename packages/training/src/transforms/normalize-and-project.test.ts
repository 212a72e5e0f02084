import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { NormalizeAndProject, insertNormalization, normalizeAndProject, transformChain } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const norm = (tensor: tf.Tensor) => Math.hypot(...values(tensor));

function build(optimizer: tf.Optimizer) {
  const model = tfl.sequential({
    layers: [
      // No bias before the first norm: there the projection's rescaling is exactly what LayerNorm removes.
      tfl.layers.dense({ units: 8, inputShape: [5], useBias: false, kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
      tfl.layers.layerNormalization({ epsilon: 1e-6 }),
      tfl.layers.reLU(),
      tfl.layers.dense({ units: 6, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
      tfl.layers.layerNormalization(),
      tfl.layers.reLU(),
      tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }),
    ],
  });
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

describe('normalizeAndProject', () => {
  it('projects W = [[3, 4]] back to its initial norm-1 direction [[0.6, 0.8]]', () => {
    const kernel = tf.variable(tf.tensor([[0.6, 0.8]]), true, 'nap/kernel');
    const transform = normalizeAndProject();
    const context = { iteration: 0, variable: () => kernel };
    const gradient = tf.tensor([[-2.4, -3.2]]);
    transform.apply([{ name: kernel.name, tensor: gradient }], context);
    kernel.assign(tf.tensor([[3, 4]]));
    tf.tidy(() => transform.afterUpdate([kernel.name], context));
    expect(maxRelativeError(kernel.dataSync(), [0.6, 0.8])).toBeLessThan(1e-6);
    tf.dispose([kernel, gradient]);
  });

  it('in model.fit every kernel keeps its initial Frobenius norm within 1e-6; a kernel followed by LayerNorm gives the same output after projection', async () => {
    const model = build(transformChain({ transforms: [normalizeAndProject()], base: tf.train.adam(0.05) }));
    const kernels = () => model.weights.filter((weight) => weight.name.endsWith('kernel')).map((weight) => weight.read());
    const initial = kernels().map(norm);
    const x = tf.tensor(randomValues(60, 4), [12, 5]);
    const y = tf.tensor(randomValues(24, 5), [12, 2]);
    for (let epoch = 0; epoch < 3; epoch++) {
      await model.fit(x, y, { epochs: 1, batchSize: 4, verbose: 0 });
      kernels().forEach((kernel, index) => expect(Math.abs(norm(kernel) - initial[index]!) / initial[index]!).toBeLessThan(1e-6));
    }
    // Scale invariance: the first kernel feeds a LayerNorm, so rescaling it leaves the norm's output as is.
    const probe = tfl.model({ inputs: model.inputs, outputs: model.layers[1]!.output as tfl.SymbolicTensor });
    const before = probe.predict(x) as tf.Tensor;
    const [kernel] = model.layers[0]!.getWeights();
    model.layers[0]!.setWeights([tf.mul(kernel!, 3.7)]);
    expect(maxRelativeError((probe.predict(x) as tf.Tensor).dataSync(), before.dataSync(), 1e-2)).toBeLessThan(1e-4);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, true)));
    expect((loaded.optimizer as unknown as { transforms: NormalizeAndProject[] }).transforms[0]!.getWeights()[0]!.tensor.shape).toEqual([3]);
    tf.dispose([x, y]);
  });

  it("'joint' projects each norm layer's [γ, β]; 'fixed' holds γ = 1, β = 0", async () => {
    const x = tf.tensor(randomValues(60, 6), [12, 5]);
    const y = tf.tensor(randomValues(24, 7), [12, 2]);
    const joint = build(transformChain({ transforms: [normalizeAndProject({ projectNorm: 'joint' })], base: tf.train.adam(0.05) }));
    const affine = () => [1, 4].map((index) => Math.hypot(...joint.layers[index]!.getWeights().flatMap(values)));
    const start = affine();
    await joint.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0 });
    affine().forEach((value, index) => expect(Math.abs(value - start[index]!) / start[index]!).toBeLessThan(1e-6));
    expect(values(joint.layers[1]!.getWeights()[0]!).some((value) => Math.abs(value - 1) > 1e-3)).toBe(true);
    const fixed = build(transformChain({ transforms: [normalizeAndProject({ projectNorm: 'fixed' })], base: tf.train.adam(0.05) }));
    await fixed.fit(x, y, { epochs: 2, batchSize: 4, verbose: 0 });
    for (const index of [1, 4]) {
      const [gamma, beta] = fixed.layers[index]!.getWeights();
      expect(values(gamma!).every((value) => value === 1)).toBe(true);
      expect(values(beta!).every((value) => value === 0)).toBe(true);
    }
    expect(() => normalizeAndProject({ projectnorm: 'joint' } as never)).toThrow(/did you mean 'projectNorm'/);
    tf.dispose([x, y]);
  });

  it('insertNormalization puts a LayerNorm between each hidden kernel and its activation, and leaves the head alone', async () => {
    const layers = insertNormalization([
      tfl.layers.dense({ units: 8, inputShape: [5], activation: 'relu' }),
      tfl.layers.dense({ units: 6, activation: 'tanh' }),
      tfl.layers.dropout({ rate: 0.1 }),
      tfl.layers.dense({ units: 3, activation: 'softmax' }),
    ]);
    expect(layers.map((layer) => layer.getClassName())).toEqual(['Dense', 'LayerNormalization', 'Activation', 'Dense', 'LayerNormalization', 'Activation', 'Dropout', 'Dense']);
    const model = tfl.sequential({ layers });
    expect(model.outputs[0]!.shape).toEqual([null, 3]);
    expect((layers[0]!.getConfig() as { activation: string }).activation).toBe('linear');
    expect((layers[2]!.getConfig() as { activation: string }).activation).toBe('relu');
    model.compile({ optimizer: transformChain({ transforms: [normalizeAndProject()], base: 'adam' }), loss: 'categoricalCrossentropy' });
    await model.fit(tf.ones([4, 5]), tf.oneHot(tf.tensor1d([0, 1, 2, 0], 'int32'), 3), { epochs: 1, verbose: 0 });
    expect(() => insertNormalization([{} as never])).toThrow(/insertNormalization: expected an array of tfjs layers/);
  });
});
