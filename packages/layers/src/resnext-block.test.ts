// ResNeXtBlock: equals a composite of tfjs ops (per-group convolutions concatenated, batchNorm at
// inference, relu, residual add) with the same weights within 1e-5; weight shapes; shortcut
// projection; fit (moving statistics move), save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResNeXtBlock } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** The block from tfjs ops, weights by name ('reduce/kernel', 'reduce/bn/gamma' …). */
function composite(x: tf.Tensor4D, weights: Map<string, tf.Tensor>, groups: number, stride: number): tf.Tensor {
  const stage = (name: string, input: tf.Tensor4D, stageGroups: number, stageStride: number) => {
    const kernels = tf.split(weights.get(`${name}/kernel`)!, stageGroups, 3);
    const parts = tf.split(input, stageGroups, 3).map((part, g) => tf.conv2d(part as tf.Tensor4D, kernels[g] as tf.Tensor4D, stageStride, 'same'));
    const bn = (key: string) => weights.get(`${name}/bn/${key}`)! as tf.Tensor1D;
    return tf.batchNorm(tf.concat(parts, 3), bn('moving_mean'), bn('moving_variance'), bn('beta'), bn('gamma'), 1e-3) as tf.Tensor4D;
  };
  const reduced = tf.relu(stage('reduce', x, 1, 1));
  const grouped = tf.relu(stage('grouped', reduced, groups, stride));
  const expanded = stage('expand', grouped, 1, 1);
  return tf.relu(tf.add(expanded, weights.has('shortcut/kernel') ? stage('shortcut', x, 1, stride) : x));
}

/** Random weights with positive variances, so the moving statistics matter. */
function randomize(layer: ResNeXtBlock, seed: number): Map<string, tf.Tensor> {
  const weights = layer.weights.map((w, i) => {
    const random = randomTensor(w.shape as number[], seed + i, 0.5);
    return w.originalName.endsWith('moving_variance') ? tf.add(tf.abs(random), 0.5) : random;
  });
  layer.setWeights(weights);
  return new Map(layer.weights.map((w, i) => [w.originalName.split('/').slice(1).join('/'), weights[i]!]));
}

describe('ResNeXtBlock', () => {
  it.each([[8, 1, 'identity'], [12, 2, 'projection']] as const)('filters %i, stride %i (%s shortcut): equals the tfjs composite within 1e-5 at inference', (filters, stride) => {
    const layer = new ResNeXtBlock({ filters, groups: 4, bottleneckWidth: 2, strides: stride, name: 'block' });
    const x = randomTensor([2, 5, 5, 8], 1) as tf.Tensor4D;
    layer.apply(x);
    const shapes = layer.weights.filter((w) => w.originalName.endsWith('kernel')).map((w) => [w.originalName, w.shape]);
    expect(shapes).toEqual([
      ['block/reduce/kernel', [1, 1, 8, 8]], ['block/grouped/kernel', [3, 3, 2, 8]], ['block/expand/kernel', [1, 1, 8, filters]],
      ...(stride === 2 ? [['block/shortcut/kernel', [1, 1, 8, filters]]] : []),
    ]);
    const weights = randomize(layer, 10);
    const output = layer.apply(x) as tf.Tensor;
    const expected = composite(x, weights, 4, stride);
    expect(output.shape).toEqual([2, stride === 2 ? 3 : 5, stride === 2 ? 3 : 5, filters]);
    expect(layer.computeOutputShape([null, 5, 5, 8])).toEqual([null, stride === 2 ? 3 : 5, stride === 2 ? 3 : 5, filters]);
    expect(maxRelativeError(output.dataSync(), expected.dataSync(), 0.1)).toBeLessThan(1e-5);
  });

  it('trains in a functional model (moving statistics move), saves and loads with identical predictions, leaks nothing', async () => {
    const input = tfl.input({ shape: [6, 6, 8] });
    const block = new ResNeXtBlock({ groups: 2, bottleneckWidth: 2 });
    const pooled = tfl.layers.globalAveragePooling2d({}).apply(block.apply(input)) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 1 }).apply(pooled) as tfl.SymbolicTensor });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 6, 8], 20);
    const y = tf.tidy(() => tf.reshape(tf.mean(tf.abs(x), [1, 2, 3]), [16, 1]));
    const movingMean = () => values(block.weights.find((w) => w.originalName.endsWith('reduce/bn/moving_mean'))!.read());
    const before = movingMean();
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    expect(movingMean()).not.toEqual(before);
    const loaded = await roundTrip(model);
    expect(loaded.layers[1]!.getConfig()).toMatchObject({ filters: null, groups: 2, bottleneckWidth: 2, kernelSize: [3, 3], strides: [1, 1] });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((z: tf.Tensor) => tf.sum(block.apply(z) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects bad options and shapes, saying what to do', () => {
    expect(() => new ResNeXtBlock({ groups: 0 })).toThrow('ResNeXtBlock: expected groups to be an integer >= 1, got 0');
    expect(() => new ResNeXtBlock({ cardinality: 32 } as never)).toThrow("ResNeXtBlock: unknown option 'cardinality'");
    expect(() => new ResNeXtBlock({ name: 'r1' }).apply(tf.zeros([1, 4, 4]))).toThrow("ResNeXtBlock 'r1': expected images [batch, height, width, channels] with known channels, got [1, 4, 4]");
    const block = new ResNeXtBlock({ groups: 2, bottleneckWidth: 2, name: 'r2' });
    block.apply(tf.zeros([1, 4, 4, 6]));
    expect(() => block.apply(tf.zeros([1, 4, 4, 5]))).toThrow("ResNeXtBlock 'r2': expected images with 6 channels (as built), got [1, 4, 4, 5]");
  });
});
