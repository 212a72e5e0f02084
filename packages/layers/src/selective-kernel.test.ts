// SelectiveKernel: the zero-interleaved kernel equals tfjs's dilated convolution; branch attention
// sums to 1 per channel; M = 1 is the single branch; the output matches a composite of tfjs ops
// (dilated conv2d per group, BatchNorm at inference, the softmax selection); fit, save/load, leaks, errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { dilateKernel, SelectiveKernel } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('SelectiveKernel', () => {
  it("a zero-interleaved kernel equals tfjs's dilated convolution", () => {
    const x = randomTensor([1, 7, 7, 2], 1) as tf.Tensor4D;
    const kernel = randomTensor([3, 3, 2, 3], 2) as tf.Tensor4D;
    const dilated = tf.conv2d(x, kernel, 1, 'same', 'NHWC', 2);
    expect(dilateKernel(kernel, 2).shape).toEqual([5, 5, 2, 3]);
    expect(maxRelativeError(values(tf.conv2d(x, dilateKernel(kernel, 2), 1, 'same')), values(dilated), 0.1)).toBeLessThan(1e-6);
  });

  it('branch attention sums to 1 per channel; M = 1 is its one branch; two branches match a composite of tfjs ops within 1e-5', () => {
    const layer = new SelectiveKernel({ groups: 2, minDim: 4 });
    const x = randomTensor([2, 6, 6, 4], 3);
    layer.apply(x);
    layer.setWeights(layer.weights.map((w, i) => (w.originalName.includes('moving_variance') ? tf.add(tf.abs(randomTensor(w.shape, 20 + i)), 0.5) : randomTensor(w.shape, 20 + i, 0.5))));
    const attention = layer.attention(x);
    expect(Math.max(...values(tf.sum(attention, 1)).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
    const w = Object.fromEntries(layer.weights.map((v) => [v.originalName.split('/').slice(1).join('/'), v.read()]));
    const bn = (t: tf.Tensor, p: string) => tf.add(tf.mul(tf.div(tf.sub(t, w[`${p}/moving_mean`]!), tf.sqrt(tf.add(w[`${p}/moving_variance`]!, 1e-3))), w[`${p}/gamma`]!), w[`${p}/beta`]!);
    const branch = (m: number) => {
      const ks = tf.split(w[`branch_${m}/kernel`]!, 2, 3);
      const xs = tf.split(x, 2, 3);
      return tf.relu(bn(tf.concat(xs.map((part, g) => tf.conv2d(part as tf.Tensor4D, ks[g] as tf.Tensor4D, 1, 'same', 'NHWC', m + 1)), 3), `branch_${m}/bn`));
    };
    const U = [branch(0), branch(1)];
    const z = tf.relu(bn(tf.matMul(tf.mean(tf.add(U[0]!, U[1]!), [1, 2]), w['fuse/kernel']!), 'fuse/bn'));
    const a = tf.softmax(tf.transpose(tf.reshape(tf.matMul(z, w['select/kernel']!), [2, 2, 4]), [0, 2, 1]));
    const expected = tf.add(tf.mul(U[0]!, tf.reshape(tf.slice(a, [0, 0, 0], [2, 4, 1]), [2, 1, 1, 4])), tf.mul(U[1]!, tf.reshape(tf.slice(a, [0, 0, 1], [2, 4, 1]), [2, 1, 1, 4])));
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), values(expected), 0.1)).toBeLessThan(1e-5);
    const single = new SelectiveKernel({ branches: 1, groups: 1, minDim: 2 });
    single.apply(x);
    values(single.attention(x)).forEach((v) => expect(v).toBe(1));
  });

  it('trains in a model (BatchNorm statistics move), saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.conv2d({ filters: 4, kernelSize: 1, inputShape: [6, 6, 2] }), new SelectiveKernel({ groups: 2, minDim: 4, name: 'sk' }), tfl.layers.globalAveragePooling2d({}), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 6, 2], 4);
    const y = tf.tidy(() => tf.reshape(tf.mean(tf.abs(x), [1, 2, 3]), [16, 1]));
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    expect(values(model.getLayer('sk').weights.find((w) => w.originalName.endsWith('branch_0/bn/moving_mean'))!.read()).some((v) => v !== 0)).toBe(true);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const features = tf.ones([2, 6, 6, 4]);
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.getLayer('sk').apply(input, { training: true }) as tf.Tensor))(features));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new SelectiveKernel({ group: 2 } as never)).toThrow("SelectiveKernel: unknown option 'group' (did you mean 'groups'?)");
    expect(() => new SelectiveKernel({ groups: 3, name: 's' }).apply(tf.zeros([1, 4, 4, 4]))).toThrow("SelectiveKernel 's': expected channels divisible by groups = 3, got 4");
  });
});
