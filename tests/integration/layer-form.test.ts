// Op functions called on a SymbolicTensor (while building a functional model) add the op's
// layer instead of failing on a non-tensor; the model then trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { gelu, GatedLinearUnit, Gelu, swiglu, swish, Swish } from '@layerkit/activations';

beforeAll(async () => { await tf.setBackend('cpu'); });

test('swiglu and gelu on SymbolicTensors build layers; the functional model trains, saves and loads', async () => {
  const input = tfl.input({ shape: [4] });
  const hidden = swiglu(tfl.layers.dense({ units: 2 * 6, kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }).apply(input));
  const activated = gelu(hidden as tfl.SymbolicTensor, { approximate: 'tanh' });
  const output = tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }).apply(activated) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });

  expect(model.layers.map((layer) => layer.getClassName())).toEqual(['InputLayer', 'Dense', 'GatedLinearUnit', 'Gelu', 'Dense']);
  expect((model.layers[2] as GatedLinearUnit).variant).toBe('swiglu');
  expect((model.layers[3] as Gelu).variants).toEqual({ approximate: 'tanh' });
  expect(model.layers[2].outputShape).toEqual([null, 6]);

  // The layers compute what the ops compute on tensors.
  const x = tf.tensor2d([[0.5, -1, 2, 0.25], [1, 1, -1, -0.5]]);
  const dense = model.layers[1] as tfl.layers.Layer;
  const want = tfl.layers.dense({ units: 1, weights: (model.layers[4] as tfl.layers.Layer).getWeights() })
    .apply(gelu(swiglu(dense.apply(x) as tf.Tensor), { approximate: 'tanh' })) as tf.Tensor;
  expect(Array.from((model.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from(want.dataSync()));

  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const history = await model.fit(x, tf.tensor2d([[1], [-1]]), { epochs: 3, verbose: 0 });
  expect(Number.isFinite(history.history.loss[2] as number)).toBe(true);

  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
});

test('swish on a SymbolicTensor is the fixed function (its layer learns nothing), with the given beta', () => {
  const input = tfl.input({ shape: [3] });
  const output = swish(input, { beta: 2 });
  const layer = output.sourceLayer as Swish;
  expect(layer.learn).toBe('none');
  expect(layer.params).toEqual({ beta: 2 });
  expect(layer.trainableWeights).toEqual([]);
});

test('a one-element array from layer.apply is accepted; several tensors get a clear error', () => {
  const input = tfl.input({ shape: [4] });
  expect(swiglu([input] as unknown as tfl.SymbolicTensor).shape).toEqual([null, 2]);
  expect(() => swiglu([input, input] as never)).toThrow(/swiglu: expected one tensor, got an array of 2 tensors — call swiglu on each of them/);
  // Plain arrays of numbers are still tensor-like input.
  expect(Array.from(gelu([0, 1]).dataSync())[0]).toBe(0);
});
