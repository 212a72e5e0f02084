import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { SortedDense, extractSubnetwork, setSubnetworkWidth, sortedDepthModel, sortedNetSampler } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function build() {
  const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
  const model = tfl.sequential({
    layers: [
      new SortedDense({ units: 8, inputShape: [5], activation: 'relu', kernelInitializer: seeded(1) }),
      new SortedDense({ units: 6, activation: 'tanh', kernelInitializer: seeded(2) }),
      tfl.layers.dropout({ rate: 0.2 }),
      new SortedDense({ units: 3, nested: false, kernelInitializer: seeded(3) }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  return model;
}

describe('SortedNet', () => {
  it('a prefix sub-network equals the explicitly built smaller model with copied weights; width 1 is the original model', async () => {
    const model = build();
    const x = tf.tensor(randomValues(35, 1), [7, 5]);
    await model.fit(x, tf.tensor(randomValues(21, 2), [7, 3]), { epochs: 3, verbose: 0, callbacks: [sortedNetSampler({ seed: 1 })] });
    const full = values(model.predict(x) as tf.Tensor);
    const small = extractSubnetwork(model, 0.5);
    expect(small.layers.map((layer) => layer.countParams())).toEqual([5 * 4 + 4, 4 * 3 + 3, 0, 3 * 3 + 3]);
    setSubnetworkWidth(model, 0.5);
    expect(maxRelativeError((model.predict(x) as tf.Tensor).dataSync(), (small.predict(x) as tf.Tensor).dataSync(), 1e-3)).toBeLessThan(1e-5);
    // A narrower sub-network computes a different function.
    expect(maxRelativeError((model.predict(x) as tf.Tensor).dataSync(), full, 1e-3)).toBeGreaterThan(1e-3);
    setSubnetworkWidth(model, 1);
    expect(values(model.predict(x) as tf.Tensor)).toEqual(full);
    expect(values(extractSubnetwork(model, 1).predict(x) as tf.Tensor).map(Math.fround)).toEqual(full);
  });

  it('the sampler trains one sampled width per batch, restores full width after fit, and the model saves and loads', async () => {
    const model = build();
    const sampler = sortedNetSampler({ widths: [0.25, 1], sampling: 'cycle' });
    const x = tf.tensor(randomValues(40, 3), [8, 5]);
    await model.fit(x, tf.tensor(randomValues(24, 4), [8, 3]), { epochs: 2, batchSize: 2, verbose: 0, callbacks: [sampler] });
    expect(sampler.sampled).toEqual([0.25, 1, 0.25, 1, 0.25, 1, 0.25, 1]);
    expect((model.layers[0] as SortedDense).activeUnits).toBe(8);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(await saveToMemory(model, false)));
    expect(loaded.layers[0]).toBeInstanceOf(SortedDense);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    expect(() => sortedNetSampler({ width: [0.5] } as never)).toThrow(/did you mean 'widths'/);
    expect(() => setSubnetworkWidth(model, 0)).toThrow(/setSubnetworkWidth: expected fraction > 0 <= 1, got 0/);
    expect(() => new SortedDense({ units: 0 })).toThrow(/SortedDense: expected units an integer >= 1, got 0/);
  });

  it('depth variant: one shared head after every exit; summed losses train every exit in model.fit', async () => {
    const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
    const blocks = [1, 2, 3].map((seed) => [tfl.layers.dense({ units: 6, activation: 'tanh', kernelInitializer: seeded(seed) })]);
    const head = [tfl.layers.dense({ units: 2, kernelInitializer: seeded(9) })];
    const model = sortedDepthModel({ inputShape: [6], blocks, head });
    expect(model.outputs).toHaveLength(3);
    expect(model.countParams()).toBe(3 * (6 * 6 + 6) + 6 * 2 + 2);
    const x = tf.tensor(randomValues(60, 5), [10, 6]);
    const y = tf.tensor(randomValues(20, 6), [10, 2]);
    // Exit 2 is blocks 1–2 and the head, as a plain model of the same layers.
    const exit = tfl.sequential({ layers: [tfl.layers.inputLayer({ inputShape: [6] }), ...blocks[0]!, ...blocks[1]!, ...head] });
    expect(values((model.predict(x) as tf.Tensor[])[1]!)).toEqual(values(exit.predict(x) as tf.Tensor));
    model.compile({ optimizer: tf.train.adam(0.02), loss: ['meanSquaredError', 'meanSquaredError', 'meanSquaredError'] });
    const losses = (trained: tfl.LayersModel) => (trained.evaluate(x, [y, y, y]) as tf.Scalar[]).slice(1).map((value) => value.dataSync()[0]!);
    const before = losses(model);
    await model.fit(x, [y, y, y], { epochs: 30, verbose: 0 });
    losses(model).forEach((value, index) => expect(value).toBeLessThan(before[index]!));
    expect(() => sortedDepthModel({ inputShape: [6], blocks, head, depths: [4] })).toThrow(/sortedDepthModel: expected depths\[\] an integer >= 1 <= 3, got 4/);
  });
});
