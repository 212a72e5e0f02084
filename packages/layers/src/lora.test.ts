// LoRADense: the catalog oracles (at init the Dense layer's output exactly; merge then unmerge
// restores W; merged equals unmerged), a float64 reference, only A, B and the bias train, gradients,
// fine-tune then merge, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoRADense } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').at(-1)!, w.read()]));

function reference(x: ArrayLike<number>, rows: number, d: number, units: number, rank: number, scale: number, w: Record<string, ArrayLike<number>>): Float64Array {
  const base = matMul64(x, w.kernel!, rows, d, units);
  const update = matMul64(matMul64(x, w.lora_kernel_a!, rows, d, rank), w.lora_kernel_b!, rows, rank, units);
  return base.map((v, i) => Math.tanh(v + scale * update[i]! + (w.bias ? w.bias[i % units]! : 0)));
}

describe('LoRADense', () => {
  it("at init computes exactly what the Dense layer did; Keras 3's weight names; only A, B and the bias train", () => {
    const dense = tfl.layers.dense({ units: 5, activation: 'relu', biasInitializer: 'randomNormal', name: 'proj' });
    const x = randomTensor([4, 6], 1);
    const before = dense.apply(x) as tf.Tensor;
    const lora = LoRADense.fromDense(dense, { rank: 2, alpha: 4, name: 'proj_lora' });
    expect(values(lora.apply(x) as tf.Tensor)).toEqual(values(before));
    expect(lora.weights.map((w) => [w.originalName, w.shape, w.trainable])).toEqual([
      ['proj_lora/bias', [5], true], ['proj_lora/lora_kernel_a', [6, 2], true], ['proj_lora/lora_kernel_b', [2, 5], true], ['proj_lora/kernel', [6, 5], false],
    ]);
    expect(lora.countParams()).toBe(6 * 5 + 5 + 6 * 2 + 2 * 5);
    expect(lora.getConfig()).toMatchObject({ units: 5, activation: 'relu', useBias: true, rank: 2, alpha: 4, merged: false });
  });

  it('matches the float64 reference within 1e-5 (+1e-6 absolute) with a non-zero B; gradients match finite differences', () => {
    const layer = new LoRADense({ units: 3, activation: 'tanh', rank: 2, alpha: 3, biasInitializer: 'randomNormal' });
    const x = randomTensor([2, 4, 5], 2);
    layer.apply(x);
    const w = byName(layer);
    layer.setWeights(layer.weights.map((v) => (v.originalName.endsWith('lora_kernel_b') ? randomTensor([2, 3], 3) : v.read())));
    const weights = Object.fromEntries(Object.entries(byName(layer)).map(([k, v]) => [k, v.dataSync()]));
    void w;
    const output = layer.apply(x) as tf.Tensor;
    expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 8, 5, 3, 2, 1.5, weights), 0.1)).toBeLessThan(1e-5);
    const probe = randomValues(24, 4);
    const loss = (input: ArrayLike<number>, ws: Record<string, ArrayLike<number>>) => reference(input, 8, 5, 3, 2, 1.5, ws).reduce((a, o, i) => a + o * probe[i]!, 0);
    const dx = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(layer.apply(input) as tf.Tensor, tf.tensor(probe, [2, 4, 3]))))(x);
    expect(maxRelativeError(dx.dataSync(), finiteDifferences((input) => loss(input, weights), x.dataSync()))).toBeLessThan(1e-3);
    const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, tf.tensor(probe, [2, 4, 3]))) as tf.Scalar, layer.trainableWeights.map((v) => (v as unknown as { val: tf.Variable }).val));
    const a = layer.weights.find((v) => v.originalName.endsWith('lora_kernel_a'))!;
    expect(maxRelativeError(grads[a.name]!.dataSync(), finiteDifferences((values_) => loss(x.dataSync(), { ...weights, lora_kernel_a: values_ }), weights.lora_kernel_a!))).toBeLessThan(1e-3);
    expect(Object.keys(grads).some((name) => name.endsWith('/kernel'))).toBe(false);
  });

  it('fine-tunes only the adapter in model.fit; merge then unmerge restores W within 1e-6; merged predicts as unmerged; save/load keeps the merged state', async () => {
    const dense = tfl.layers.dense({ units: 1, inputShape: [4] });
    const base = tfl.sequential({ layers: [dense] });
    const lora = LoRADense.fromDense(dense, { rank: 2 });
    const model = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [4] }), lora] });
    const kernelBefore = values(dense.getWeights()[0]!);
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([64, 4], 11);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.mul(x, tf.tensor([1, -2, 3, 0.5])), 1), [64, 1]));
    const history = await model.fit(x, y, { epochs: 30, batchSize: 16, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.2);
    const kernel = () => values(lora.weights.find((v) => v.originalName.endsWith('/kernel'))!.read());
    expect(kernel()).toEqual(kernelBefore);
    const unmerged = values(model.predict(x) as tf.Tensor);
    lora.merge();
    expect(lora.merged).toBe(true);
    expect(maxRelativeError(values(model.predict(x) as tf.Tensor), unmerged, 0.1)).toBeLessThan(1e-5);
    const loaded = await roundTrip(model);
    expect(loaded.layers.at(-1)!.getConfig()).toMatchObject({ merged: true, rank: 2, alpha: 16 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    lora.unmerge();
    expect(Math.max(...kernel().map((v, i) => Math.abs(v - kernelBefore[i]!)))).toBeLessThan(1e-6);
    expect(() => lora.unmerge()).toThrow('unmerge() on a layer that is not merged would subtract the update — call merge() first');
    base.dispose();
  });

  it('leaks nothing; rejects unknown options and wrong layers with what to do', () => {
    const layer = new LoRADense({ units: 3, dropout: 0.5, seed: 1 });
    const x = randomTensor([4, 5], 21);
    layer.apply(x);
    const start = tf.memory().numTensors;
    tf.dispose(layer.apply(x, { training: true }) as tf.Tensor);
    layer.merge();
    layer.unmerge();
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new LoRADense({ units: 3, rnak: 4 } as never)).toThrow("LoRADense: unknown option 'rnak' (did you mean 'rank'?)");
    expect(() => LoRADense.fromDense(tfl.layers.dense({ units: 2 }))).toThrow("LoRADense.fromDense: expected a built Dense layer, got 'dense");
    expect(() => LoRADense.fromDense(tfl.layers.flatten() as never)).toThrow('LoRADense.fromDense: expected a tf.layers.dense layer, got Flatten — wrap Dense layers only');
    expect(() => new LoRADense({ units: 3, name: 'l' }).merge()).toThrow("LoRADense 'l': merge() needs the layer built");
  });
});
