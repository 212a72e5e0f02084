// LoRAConv2D: at init exactly the Conv2D layer's output; the unmerged update equals a conv with
// W + (alpha/rank)·A·B; merge then unmerge restores W within 1e-6; Keras 3's weight names; fit
// trains only the adapter; save/load keeps the merged state; leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoRAConv2D } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('LoRAConv2D', () => {
  it("equals the Conv2D layer at init, has Keras 3's LoRA weight names, and its update is a conv with W + (alpha/rank)·A·B", () => {
    const conv = tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', strides: 2, activation: 'relu', biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 7, 7, 3], 1);
    const before = conv.apply(x) as tf.Tensor;
    const lora = LoRAConv2D.fromConv2D(conv, { rank: 2, alpha: 4, name: 'lc' });
    expect(values(lora.apply(x) as tf.Tensor)).toEqual(values(before));
    expect(lora.weights.map((w) => [w.originalName, w.shape, w.trainable])).toEqual([
      ['lc/bias', [4], true], ['lc/lora_kernel_a', [3, 3, 3, 2], true], ['lc/lora_kernel_b', [2, 4], true], ['lc/kernel', [3, 3, 3, 4], false],
    ]);
    const B = randomTensor([2, 4], 2);
    lora.setWeights(lora.weights.map((w) => (w.originalName.endsWith('lora_kernel_b') ? B : w.read())));
    const kernel = lora.weights.find((w) => w.originalName.endsWith('/kernel'))!.read();
    const merged = tf.add(kernel, lora.delta());
    const direct = tf.relu(tf.add(tf.conv2d(x as tf.Tensor4D, merged as tf.Tensor4D, 2, 'same'), conv.getWeights()[1]!));
    expect(maxRelativeError(values(lora.apply(x) as tf.Tensor), values(direct), 0.1)).toBeLessThan(1e-5);
    const unmerged = values(lora.apply(x) as tf.Tensor);
    lora.merge();
    expect(maxRelativeError(values(lora.apply(x) as tf.Tensor), unmerged, 0.1)).toBeLessThan(1e-5);
    lora.unmerge();
    expect(Math.max(...values(lora.weights.find((w) => w.originalName.endsWith('/kernel'))!.read()).map((v, i) => Math.abs(v - values(kernel)[i]!)))).toBeLessThan(1e-6);
  });

  it('fine-tunes only the adapter, saves and loads merged, leaks nothing; clear errors', async () => {
    const conv = tfl.layers.conv2d({ filters: 2, kernelSize: 3, inputShape: [6, 6, 1] });
    tfl.sequential({ layers: [conv] });
    const lora = LoRAConv2D.fromConv2D(conv, { rank: 1 });
    const model = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [6, 6, 1] }), lora, tfl.layers.flatten(), tfl.layers.dense({ units: 1, trainable: false, kernelInitializer: 'ones' })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 6, 1], 3);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.abs(x), [1, 2, 3]), [16, 1]));
    const kernelBefore = values(conv.getWeights()[0]!);
    const history = await model.fit(x, y, { epochs: 10, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    expect(values(lora.weights.find((w) => w.originalName.endsWith('/kernel'))!.read())).toEqual(kernelBefore);
    lora.merge();
    const loaded = await roundTrip(model);
    expect(loaded.layers.find((layer) => layer.getClassName() === 'LoRAConv2D')!.getConfig()).toMatchObject({ merged: true, rank: 1 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    lora.unmerge();
    tf.dispose(lora.apply(x) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
    expect(() => LoRAConv2D.fromConv2D(tfl.layers.dense({ units: 2 }))).toThrow('LoRAConv2D.fromConv2D: expected a tf.layers.conv2d layer, got Dense');
    expect(() => new LoRAConv2D({ filters: 2, rnk: 2 } as never)).toThrow("LoRAConv2D: unknown option 'rnk'");
  });
});
