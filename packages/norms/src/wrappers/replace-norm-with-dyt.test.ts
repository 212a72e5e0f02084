// replaceNormWithDyT: every LayerNorm / RMSNorm becomes a fresh DynamicTanh over the same axes,
// every other weight is kept, the new model trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { LayerNorm, RMSNorm, dynamicTanh, replaceNormWithDyT } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('tfjs LayerNormalization, layerkit LayerNorm and RMSNorm are replaced; other weights kept; outputs are DyT\'s', async () => {
  const input = tfl.input({ shape: [5, 6] });
  let h = tfl.layers.layerNormalization().apply(input) as tfl.SymbolicTensor;
  h = tfl.layers.dense({ units: 6 }).apply(h) as tfl.SymbolicTensor;
  h = (new RMSNorm() as unknown as tfl.layers.Layer).apply(h) as tfl.SymbolicTensor;
  h = tfl.layers.dense({ units: 6 }).apply(h) as tfl.SymbolicTensor;
  h = (new LayerNorm({ name: 'final_norm' }) as unknown as tfl.layers.Layer).apply(h) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: h });
  const converted = await replaceNormWithDyT(model, { alphaInit: (name) => (name === 'final_norm' ? 0.2 : 0.8) });
  const classes = converted.layers.map((layer) => layer.getClassName());
  expect(classes).toEqual(['InputLayer', 'DynamicTanh', 'Dense', 'DynamicTanh', 'Dense', 'DynamicTanh']);
  const weights = (index: number) => converted.layers[index].weights.map((w) => w.originalName.split('/').pop());
  expect([weights(1), weights(3), weights(5)]).toEqual([['alpha', 'gamma', 'beta'], ['alpha', 'gamma'], ['alpha', 'gamma', 'beta']]);
  expect(converted.layers[5].getWeights()[0].dataSync()[0]).toBeCloseTo(0.2, 7);
  for (const index of [2, 4]) {
    const [kernel, bias] = converted.layers[index].getWeights();
    expect(Array.from(kernel.dataSync())).toEqual(Array.from(model.layers[index].getWeights()[0].dataSync()));
    expect(Array.from(bias.dataSync())).toEqual(Array.from(model.layers[index].getWeights()[1].dataSync()));
  }
  const x = tf.randomNormal([2, 5, 6], 0, 2, 'float32', 1);
  const [dense1, dense2] = [converted.layers[2], converted.layers[4]];
  let want = dynamicTanh(x, 0.8, tf.ones([6]), tf.zeros([6]));
  want = dynamicTanh(dense1.apply(want) as tf.Tensor, 0.8, tf.ones([6]));
  want = dynamicTanh(dense2.apply(want) as tf.Tensor, 0.2, tf.ones([6]), tf.zeros([6]));
  expect(tf.max(tf.abs(tf.sub(converted.predict(x) as tf.Tensor, want))).dataSync()[0]).toBeLessThan(1e-6);

  converted.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  await converted.fit(x, tf.zeros([2, 5, 6]), { epochs: 2, verbose: 0 });
  let saved: tf.io.ModelArtifacts | undefined;
  await converted.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((converted.predict(x) as tf.Tensor).dataSync()));
  // The original model is unchanged.
  expect(model.layers[1].getClassName()).toBe('LayerNormalization');
});

test('a Sequential model whose first layer is a norm keeps its input shape; bias can be forced; errors', async () => {
  const model = tfl.sequential({ layers: [tfl.layers.layerNormalization({ inputShape: [4] }), tfl.layers.dense({ units: 2 })] });
  const converted = await replaceNormWithDyT(model, { bias: false });
  expect(converted.layers[0].getClassName()).toBe('DynamicTanh');
  expect(converted.layers[0].weights.length).toBe(2);
  expect(converted.inputs[0].shape).toEqual([null, 4]);
  await expect(replaceNormWithDyT(tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3] })] }))).rejects.toThrow(/replaceNormWithDyT: the model has no LayerNormalization, LayerNorm, RMSNorm layer/);
  await expect(replaceNormWithDyT(model, { alphaInt: 1 } as never)).rejects.toThrow(/unknown option 'alphaInt' \(did you mean 'alphaInit'\?\)/);
});
