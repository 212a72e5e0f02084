// The main entry in a browser (headless Chromium, resolved with the 'browser' condition): two small
// Sequential models merged with mergeModels, plain and aligned, and a loss barrier between them.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeModels, modelLossBarrier } from '@layerkit/merge';

/** Layers named alike in every copy: merges pair tensors by name. */
function mlp(seed: number): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({ name: 'hidden', units: 8, inputShape: [4], activation: 'relu', kernelInitializer: tfl.initializers.glorotNormal({ seed }), biasInitializer: tfl.initializers.randomNormal({ seed: seed + 1 }) }),
      tfl.layers.dense({ name: 'output', units: 3, kernelInitializer: tfl.initializers.glorotNormal({ seed: seed + 2 }) }),
    ],
  });
}

/** `model` with its hidden units reordered: the same function, other weights. */
function permutedCopy(model: tfl.Sequential, seed: number): tfl.Sequential {
  const copy = mlp(seed);
  const order = tf.tensor1d([5, 2, 7, 0, 3, 6, 1, 4], 'int32');
  const [kernel0, bias0, kernel1, bias1] = model.getWeights();
  copy.setWeights(tf.tidy(() => [tf.gather(kernel0!, order, 1), tf.gather(bias0!, order), tf.gather(kernel1!, order, 0), bias1!.clone()]));
  order.dispose();
  return copy;
}

const flat = (model: tfl.LayersModel): number[][] => model.getWeights().map((weight) => Array.from(weight.dataSync()));

describe('@layerkit/merge in a browser', () => {
  let a: tfl.Sequential;
  let b: tfl.Sequential;
  let x: tf.Tensor;

  beforeAll(async () => {
    expect(await tf.setBackend('cpu')).toBe(true);
    await tf.ready();
    a = mlp(1);
    b = permutedCopy(a, 10);
    x = tf.randomNormal([16, 4], 0, 1, 'float32', 3);
  });

  it('linear mergeModels averages the weights', async () => {
    const { result } = await mergeModels({ method: 'linear', models: [a, b] });
    const [left, right, merged] = [flat(a), flat(b), flat(result)];
    merged.forEach((values, n) => values.forEach((value, i) => expect(value).toBeCloseTo((left[n]![i]! + right[n]![i]!) / 2, 6)));
    result.dispose();
  });

  it('aligned by weight matching, a permuted copy merges back into the model, with no loss barrier between them', async () => {
    const { result, alignment } = await mergeModels({ method: 'linear', models: [a, b], align: { method: 'weight_matching' } });
    expect(alignment?.models).toHaveLength(2);
    const expected = (a.predict(x) as tf.Tensor).dataSync();
    const got = (result.predict(x) as tf.Tensor).dataSync();
    got.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
    const target = a.predict(x) as tf.Tensor;
    const loss = (model: tfl.LayersModel) => tf.tidy(() => tf.losses.meanSquaredError(target, model.predict(x) as tf.Tensor).dataSync()[0]!);
    const aligned = await modelLossBarrier({ a, b: result, loss, steps: 5 });
    expect(aligned.t).toHaveLength(5);
    expect(Math.abs(aligned.barrier)).toBeLessThan(1e-6);
    const unaligned = await modelLossBarrier({ a, b, loss, steps: 5 });
    expect(unaligned.barrier).toBeGreaterThan(aligned.barrier);
    target.dispose();
    result.dispose();
  });
});
