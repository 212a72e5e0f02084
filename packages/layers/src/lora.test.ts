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

  it('elastic rank: activeRank r truncates A and B (scale alpha/rank) against the float64 reference; merge uses activeRank', () => {
    const layer = new LoRADense({ units: 3, activation: 'tanh', rank: 4, alpha: 6, elastic: true, activeRank: 2 });
    const x = randomTensor([5, 4], 31);
    layer.apply(x);
    layer.setWeights(layer.weights.map((v) => (v.originalName.endsWith('lora_kernel_b') ? randomTensor([4, 3], 32) : v.read())));
    const weights = Object.fromEntries(Object.entries(byName(layer)).map(([k, v]) => [k, v.dataSync()]));
    const truncated = (rank: number) => ({
      ...weights,
      lora_kernel_a: Float32Array.from({ length: 4 * rank }, (_, i) => weights.lora_kernel_a![Math.floor(i / rank) * 4 + (i % rank)]!),
      lora_kernel_b: weights.lora_kernel_b!.slice(0, rank * 3),
    });
    for (const rank of [2, 1, 4]) {
      layer.activeRank = rank;
      expect(layer.activeRank).toBe(rank);
      const output = layer.apply(x) as tf.Tensor;
      expect(layer.lastRank).toBe(rank);
      expect(maxRelativeError(output.dataSync(), reference(x.dataSync(), 5, 4, 3, rank, 6 / 4, truncated(rank)), 0.1)).toBeLessThan(1e-5);
    }
    // The test can fail: ranks 1 and 4 give different outputs.
    layer.activeRank = 1;
    const one = values(layer.apply(x) as tf.Tensor);
    layer.activeRank = 4;
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), one)).toBeGreaterThan(1e-3);
    layer.activeRank = 2;
    const unmerged = values(layer.apply(x) as tf.Tensor);
    layer.merge();
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), unmerged, 0.1)).toBeLessThan(1e-5);
    expect(() => { layer.activeRank = 3; }).toThrow("LoRADense '" + layer.name + "': changing activeRank of a merged layer would leave the old update in the kernel — call unmerge() first");
    layer.unmerge();
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), unmerged, 0.1)).toBeLessThan(1e-5);
  });

  it('elastic rank: each training call draws r from elasticRanks (seeded), and only the first r rows of B get gradient', () => {
    const layer = new LoRADense({ units: 3, rank: 6, elastic: true, elasticRanks: [6, 2, 4], seed: 5 });
    expect(layer.elasticRanks).toEqual([2, 4, 6]);
    const x = randomTensor([4, 5], 41);
    layer.apply(x);
    layer.setWeights(layer.weights.map((v) => (v.originalName.endsWith('lora_kernel_b') ? randomTensor([6, 3], 42) : v.read())));
    const B = layer.weights.find((v) => v.originalName.endsWith('lora_kernel_b'))!;
    const A = layer.weights.find((v) => v.originalName.endsWith('lora_kernel_a'))!;
    const drawn: number[] = [];
    for (let call = 0; call < 24; call++) {
      const { grads } = tf.variableGrads(() => tf.sum(layer.apply(x, { training: true }) as tf.Tensor) as tf.Scalar, [B.read() as tf.Variable, A.read() as tf.Variable]);
      const rank = layer.lastRank!;
      drawn.push(rank);
      const rows = grads[B.read().name]!.arraySync() as number[][];
      rows.forEach((row, r) => expect(row.some((v) => v !== 0), `call ${call}: row ${r} of B with rank ${rank}`).toBe(r < rank));
      const columns = grads[A.read().name]!.arraySync() as number[][];
      for (const row of columns) row.forEach((v, c) => { if (c >= rank) expect(v).toBe(0); });
      tf.dispose(Object.values(grads));
    }
    expect(new Set(drawn)).toEqual(new Set([2, 4, 6]));
    // Seeded: a second layer with the same seed draws the same ranks.
    const twin = new LoRADense({ units: 3, rank: 6, elastic: true, elasticRanks: [2, 4, 6], seed: 5 });
    twin.apply(x);
    const again = Array.from({ length: 24 }, () => { tf.dispose(twin.apply(x, { training: true }) as tf.Tensor); return twin.lastRank!; });
    expect(again).toEqual(drawn);
    // Outside training: activeRank (the full rank by default).
    tf.dispose(layer.apply(x) as tf.Tensor);
    expect(layer.lastRank).toBe(6);
    // Not elastic: training uses the full rank.
    const plain = new LoRADense({ units: 3, rank: 6 });
    tf.dispose(plain.apply(x, { training: true }) as tf.Tensor);
    expect(plain.lastRank).toBe(6);
  });

  it('elastic rank: trains in model.fit so that the full and the truncated adapters both fit; save/load keeps elastic, elasticRanks and activeRank', async () => {
    const dense = tfl.layers.dense({ units: 1, inputShape: [6], kernelInitializer: tfl.initializers.zeros() });
    tfl.sequential({ layers: [dense] });
    const lora = LoRADense.fromDense(dense, { rank: 4, alpha: 4, elastic: true, elasticRanks: [2, 4], seed: 1 });
    const model = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [6] }), lora] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([64, 6], 51);
    const y = tf.tidy(() => tf.reshape(tf.sum(tf.mul(x, tf.tensor([1, -2, 3, 0.5, 0, 1])), 1), [64, 1]));
    const lossAt = (rank: number) => {
      lora.activeRank = rank;
      return tf.tidy(() => tf.losses.meanSquaredError(y, model.predict(x) as tf.Tensor).dataSync()[0]!);
    };
    const before = [lossAt(2), lossAt(4)];
    await model.fit(x, y, { epochs: 40, batchSize: 16, verbose: 0 });
    const after = [lossAt(2), lossAt(4)];
    expect(after[0]!).toBeLessThan(before[0]! * 0.5);
    expect(after[1]!).toBeLessThan(before[1]! * 0.5);
    lora.activeRank = 2;
    const loaded = await roundTrip(model);
    expect(loaded.layers.at(-1)!.getConfig()).toMatchObject({ elastic: true, elasticRanks: [2, 4], activeRank: 2, rank: 4, seed: 1 });
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    tf.dispose([x, y]);
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
    expect(() => new LoRADense({ units: 3, rank: 4, activeRank: 5 })).toThrow('LoRADense: expected activeRank to be an integer from 1 to rank (4), got 5 — pick a rank the adapter has');
    expect(() => new LoRADense({ units: 3, rank: 4, elastic: true, elasticRanks: [4, 0] })).toThrow('LoRADense: expected elasticRanks entries to be an integer from 1 to rank (4), got 0');
    expect(() => new LoRADense({ units: 3, rank: 4, elastic: true, elasticRanks: [] })).toThrow('LoRADense: expected elasticRanks to be a non-empty list of ranks, got');
    expect(() => new LoRADense({ units: 3, rank: 4, elastic: 'yes' as never })).toThrow('elastic');
  });
});
