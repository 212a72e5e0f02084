// The wrappers that call this package's fused norms (layerNorm, rmsNorm, unitNorm,
// batchNormInference) give the same values and gradients on wasm as on cpu.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { expect, test } from 'vitest';
import { DeepNorm, DualPatchNorm, PeriLN, QKNormAttention, alphaBN } from '@layerkit/norms';

/** Output and input gradient of a layer on one backend, as plain arrays. */
async function run(backend: string, make: () => tfl.layers.Layer, inputs: () => tf.Tensor[], setWeights: (layer: tfl.layers.Layer) => void) {
  await tf.setBackend(backend);
  const layer = make();
  const given = inputs();
  layer.apply(given.length === 1 ? given[0] : given);
  setWeights(layer);
  const forward = (...xs: tf.Tensor[]) => tf.sum(tf.square(layer.apply(xs.length === 1 ? xs[0] : xs) as tf.Tensor));
  const output = Array.from((layer.apply(given.length === 1 ? given[0] : given) as tf.Tensor).dataSync());
  const gradient = Array.from(tf.grads(forward)(given)[0].dataSync());
  return { output, gradient };
}

const cases: Array<[string, () => tfl.layers.Layer, () => tf.Tensor[]]> = [
  ['PeriLN (layerNorm)', () => new PeriLN({ layer: tfl.layers.dense({ units: 6, activation: 'tanh' }) }) as unknown as tfl.layers.Layer, () => [tf.randomNormal([3, 4, 6], 1, 2, 'float32', 1)]],
  ['PeriLN (rmsNorm)', () => new PeriLN({ layer: tfl.layers.dense({ units: 6 }), norm: 'rmsNorm' }) as unknown as tfl.layers.Layer, () => [tf.randomNormal([5, 6], 0, 2, 'float32', 2)]],
  ['DeepNorm', () => new DeepNorm({ layer: tfl.layers.dense({ units: 8 }), alpha: 1.8 }) as unknown as tfl.layers.Layer, () => [tf.randomNormal([4, 8], 0, 1, 'float32', 3)]],
  ['DualPatchNorm', () => new DualPatchNorm({ patchSize: 2, units: 5 }) as unknown as tfl.layers.Layer, () => [tf.randomNormal([2, 4, 4, 3], 0, 1, 'float32', 4)]],
  ['QKNormAttention (l2)', () => new QKNormAttention({ gInit: 4 }) as unknown as tfl.layers.Layer,
    () => [tf.randomNormal([2, 5, 4], 0, 1, 'float32', 5), tf.randomNormal([2, 6, 4], 0, 1, 'float32', 6), tf.randomNormal([2, 6, 3], 0, 1, 'float32', 7)]],
  ['QKNormAttention (rmsNorm)', () => new QKNormAttention({ norm: 'rmsNorm' }) as unknown as tfl.layers.Layer,
    () => [tf.randomNormal([2, 5, 4], 0, 1, 'float32', 8), tf.randomNormal([2, 6, 4], 0, 1, 'float32', 9), tf.randomNormal([2, 6, 3], 0, 1, 'float32', 10)]],
];

for (const [label, make, inputs] of cases) {
  test(`${label}: wasm equals cpu (values and the input gradient)`, async () => {
    // The same weights on both backends: the ones the cpu layer starts with.
    let weights: number[][] = [];
    const cpu = await run('cpu', make, inputs, (layer) => { weights = layer.getWeights().map((w) => Array.from(w.dataSync())); });
    const wasm = await run('wasm', make, inputs, (layer) => layer.setWeights(layer.getWeights().map((w, i) => tf.tensor(weights[i], w.shape))));
    cpu.output.forEach((value, i) => expect(Math.abs(wasm.output[i] - value)).toBeLessThan(1e-4 * (1 + Math.abs(value))));
    cpu.gradient.forEach((value, i) => expect(Math.abs(wasm.gradient[i] - value)).toBeLessThan(1e-3 * (1 + Math.abs(value))));
  });
}

test('alphaBN: wasm equals cpu', async () => {
  const outputs: number[][] = [];
  for (const backend of ['cpu', 'wasm']) {
    await tf.setBackend(backend);
    const model = tfl.sequential({ layers: [tfl.layers.batchNormalization({ inputShape: [3, 3, 2] })] });
    alphaBN(model, { alpha: 0.7 });
    outputs.push(Array.from((model.predict(tf.randomNormal([4, 3, 3, 2], 2, 3, 'float32', 11)) as tf.Tensor).dataSync()));
  }
  outputs[0].forEach((value, i) => expect(Math.abs(outputs[1][i] - value)).toBeLessThan(1e-4 * (1 + Math.abs(value))));
});
