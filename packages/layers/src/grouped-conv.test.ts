// GroupedConv2D: equals the concatenation of per-group convolutions, groups = 1 equals
// tf.layers.conv2d with the same weights, gradients, fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupedConv2D } from '@layerkit/layers';
import { finiteDifferences, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

afterAll(async () => { await tf.setBackend('cpu'); });

/** Float64 grouped convolution, 'valid' or 'same' (TensorFlow's padding split), NHWC. */
function reference(x: ArrayLike<number>, [B, H, W, C]: number[], kernel: ArrayLike<number>, [kh, kw, cg, F]: number[], groups: number, stride: number, padding: 'valid' | 'same', bias: ArrayLike<number>): { out: Float64Array; shape: number[] } {
  const outH = padding === 'same' ? Math.ceil(H / stride) : Math.floor((H - kh) / stride) + 1;
  const outW = padding === 'same' ? Math.ceil(W / stride) : Math.floor((W - kw) / stride) + 1;
  const padTop = padding === 'same' ? Math.floor(Math.max((outH - 1) * stride + kh - H, 0) / 2) : 0;
  const padLeft = padding === 'same' ? Math.floor(Math.max((outW - 1) * stride + kw - W, 0) / 2) : 0;
  const fg = F / groups;
  const out = new Float64Array(B * outH * outW * F);
  for (let b = 0; b < B; b++) for (let i = 0; i < outH; i++) for (let j = 0; j < outW; j++) for (let f = 0; f < F; f++) {
    const g = Math.floor(f / fg);
    let sum = bias[f]!;
    for (let u = 0; u < kh; u++) for (let v = 0; v < kw; v++) {
      const y = i * stride + u - padTop;
      const z = j * stride + v - padLeft;
      if (y < 0 || y >= H || z < 0 || z >= W) continue;
      for (let c = 0; c < cg; c++) sum += x[((b * H + y) * W + z) * C + g * cg + c]! * kernel[((u * kw + v) * cg + c) * F + f]!;
    }
    out[((b * outH + i) * outW + j) * F + f] = sum;
  }
  return { out, shape: [B, outH, outW, F] };
}

describe.each(['cpu', 'wasm'] as const)('GroupedConv2D on %s', (backend) => {
  beforeAll(async () => { await tf.setBackend(backend); });
  it.each([[2, 1, 'valid'], [3, 2, 'same'], [1, 1, 'same']] as const)('groups %i, stride %i, %s: matches the float64 reference within 1e-5 (+1e-6 absolute)', (groups, stride, padding) => {
    const layer = new GroupedConv2D({ filters: 6, kernelSize: 3, groups, strides: stride, padding, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 7, 6, 6], 1);
    const output = layer.apply(x) as tf.Tensor;
    const [kernel, bias] = layer.getWeights();
    const expected = reference(x.dataSync(), x.shape, kernel!.dataSync(), kernel!.shape, groups, stride, padding, bias!.dataSync());
    expect(output.shape).toEqual(expected.shape);
    expect(maxRelativeError(output.dataSync(), expected.out, 0.1)).toBeLessThan(1e-5);
  });
});

describe('GroupedConv2D (cpu)', () => {
  beforeAll(async () => { await tf.setBackend('cpu'); });

  it("has Keras's kernel [kh, kw, C/G, filters]; groups = 1 equals tf.layers.conv2d with the same weights", () => {
    const grouped = new GroupedConv2D({ filters: 8, groups: 4, name: 'gc' });
    grouped.apply(tfl.input({ shape: [9, 9, 12] }));
    expect(grouped.weights.map((w) => [w.originalName, w.shape])).toEqual([['gc/kernel', [3, 3, 3, 8]], ['gc/bias', [8]]]);
    const single = new GroupedConv2D({ filters: 5, groups: 1, padding: 'same', activation: 'relu' });
    const conv = tfl.layers.conv2d({ filters: 5, kernelSize: 3, padding: 'same', activation: 'relu' });
    const x = randomTensor([2, 6, 6, 4], 11);
    single.apply(x);
    conv.apply(x);
    conv.setWeights(single.getWeights());
    expect(maxRelativeError((single.apply(x) as tf.Tensor).dataSync(), (conv.apply(x) as tf.Tensor).dataSync(), 0.1)).toBeLessThan(1e-6);
  });

  it('gradients to x and the kernel match finite differences of the float64 reference', () => {
    const layer = new GroupedConv2D({ filters: 4, kernelSize: 2, groups: 2 });
    const x = randomTensor([1, 3, 3, 4], 21);
    layer.apply(x);
    const [kernel, bias] = layer.getWeights().map((w) => w.dataSync());
    const probe = randomValues(16, 22);
    const loss = (input: ArrayLike<number>, k: ArrayLike<number>) => reference(input, [1, 3, 3, 4], k, [2, 2, 2, 4], 2, 1, 'valid', bias!).out.reduce((a, o, i) => a + o * probe[i]!, 0);
    const probeTensor = tf.tensor(probe, [1, 2, 2, 4]);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, probeTensor)))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, kernel!), x.dataSync()))).toBeLessThan(1e-3);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probeTensor)) as tf.Scalar);
    expect(maxRelativeError(grads[layer.weights[0]!.name]!.dataSync(), finiteDifferences((k) => loss(x.dataSync(), k), kernel!))).toBeLessThan(1e-3);
  });

  it('trains in tf.sequential, saves and loads with identical predictions, leaks nothing', async () => {
    const model = tfl.sequential({ layers: [new GroupedConv2D({ filters: 8, groups: 2, padding: 'same', activation: 'relu', inputShape: [6, 6, 4] }), tfl.layers.globalAveragePooling2d({}), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 6, 4], 31);
    const y = tf.tidy(() => tf.reshape(tf.mean(tf.abs(x), [1, 2, 3]), [16, 1]));
    const history = await model.fit(x, y, { epochs: 20, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects channels or filters not divisible by groups and unknown options, saying what to do', () => {
    expect(() => new GroupedConv2D({ filters: 6, groups: 4 })).toThrow('GroupedConv2D: expected filters to be a multiple of groups = 4, got 6');
    expect(() => new GroupedConv2D({ filters: 8, groups: 4, name: 'g' }).apply(tf.zeros([1, 5, 5, 6]))).toThrow("GroupedConv2D 'g': expected input channels divisible by groups = 4, got 6 — pick groups dividing 6");
    expect(() => new GroupedConv2D({ filters: 8, group: 4 } as never)).toThrow("GroupedConv2D: unknown option 'group' (did you mean 'groups'?)");
    expect(() => new GroupedConv2D({ filters: 8, groups: 2, name: 'g2' }).apply(tf.zeros([1, 5, 4]))).toThrow("GroupedConv2D 'g2': expected images [batch, height, width, channels] with known channels, got [1, 5, 4]");
  });
});
