// WeightNorm: ‖w_i‖ = |g_i|, the paper's data-dependent initialisation, gradients wrt v
// orthogonal to v, fold(), Dense and Conv2D in models that train, save and load.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { WeightNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(saved!));
}

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

test('‖w_i‖ = |g_i| for every output unit, whatever v', () => {
  const layer = new WeightNorm({ layer: tfl.layers.dense({ units: 3 }), dataInit: false });
  layer.apply(tf.zeros([1, 5]));
  const [kernel, bias] = layer.getWeights();
  layer.setWeights([kernel, bias, tf.tensor1d([2, -0.5, 1e-3])]);
  const norms = tf.norm(layer.foldedKernel(), 'euclidean', 0).dataSync();
  [2, 0.5, 1e-3].forEach((want, i) => expect(norms[i]).toBeCloseTo(want, 6));
});

test('without data init g starts at ‖v‖: outputs equal the plain layer with the same kernel', () => {
  const dense = tfl.layers.dense({ units: 4, activation: 'tanh', kernelInitializer: tfl.initializers.glorotNormal({ seed: 1 }), biasInitializer: 'ones' });
  const plain = tfl.layers.dense({ units: 4, activation: 'tanh' });
  const layer = new WeightNorm({ layer: dense, dataInit: false });
  const x = tf.randomNormal([6, 5], 0, 1, 'float32', 2);
  const got = layer.apply(x) as tf.Tensor;
  plain.apply(x);
  plain.setWeights(dense.getWeights());
  expect(maxDifference(got, plain.apply(x) as tf.Tensor)).toBeLessThan(1e-6);
});

test('data init: the pre-activations of the init batch have per-unit mean 0 and std 1; the flag makes it happen once', async () => {
  const x = tf.randomNormal([64, 6], 3, 2, 'float32', 3);
  const model = tfl.sequential({ layers: [new WeightNorm({ layer: tfl.layers.dense({ units: 4, kernelInitializer: tfl.initializers.glorotNormal({ seed: 4 }) }), inputShape: [6] }) as unknown as tfl.layers.Layer] });
  model.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
  // One step at learning rate 0: the first training call initialises, nothing else changes.
  await model.fit(x, tf.zeros([64, 4]), { epochs: 1, batchSize: 64, verbose: 0 });
  const out = model.predict(x) as tf.Tensor;
  const { mean, variance } = tf.moments(out, 0);
  mean.dataSync().forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-4));
  variance.dataSync().forEach((value) => expect(value).toBeCloseTo(1, 4));
  const g = model.layers[0].getWeights()[2].dataSync().slice();
  // A later batch with other statistics does not initialise again, nor does the reloaded model.
  await model.fit(tf.mul(x, 10), tf.zeros([64, 4]), { epochs: 1, batchSize: 64, verbose: 0 });
  expect(Array.from(model.layers[0].getWeights()[2].dataSync())).toEqual(Array.from(g));
  const loaded = await roundTrip(model);
  loaded.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
  await loaded.fit(tf.mul(x, 10), tf.zeros([64, 4]), { epochs: 1, batchSize: 64, verbose: 0 });
  expect(maxDifference(loaded.predict(x) as tf.Tensor, out)).toBeLessThan(1e-6);
});

test('the gradient wrt v is orthogonal to v, column by column', () => {
  const layer = new WeightNorm({ layer: tfl.layers.dense({ units: 3 }), dataInit: false });
  const x = tf.randomNormal([8, 5], 0, 1, 'float32', 5);
  layer.apply(x);
  const dy = tf.randomNormal([8, 3], 0, 1, 'float32', 6);
  const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, dy)) as tf.Scalar);
  const kernelVariable = layer.trainableWeights.find((w) => w.name.endsWith('kernel'))!;
  const gradient = grads[kernelVariable.name];
  const dot = tf.sum(tf.mul(gradient, kernelVariable.read()), 0).dataSync();
  const scale = tf.norm(gradient).dataSync()[0];
  expect(scale).toBeGreaterThan(1e-3);
  dot.forEach((value) => expect(Math.abs(value)).toBeLessThan(1e-5 * scale));
});

test('Conv2D: trains with fit, saves and loads with the same predictions; fold() gives the same outputs', async () => {
  const model = tfl.sequential({
    layers: [
      new WeightNorm({ layer: tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same', activation: 'relu' }), inputShape: [6, 6, 2] }) as unknown as tfl.layers.Layer,
      tfl.layers.flatten(),
      new WeightNorm({ layer: tfl.layers.dense({ units: 1 }) }) as unknown as tfl.layers.Layer,
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([32, 6, 6, 2], 0, 1, 'float32', 7);
  const y = tf.reshape(tf.sum(x, [1, 2, 3]), [32, 1]);
  const history = await model.fit(x, y, { epochs: 15, batchSize: 32, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(losses[0] * 0.7);
  const loaded = await roundTrip(model);
  expect(loaded.layers[0].getClassName()).toBe('WeightNorm');
  expect(maxDifference(loaded.predict(x) as tf.Tensor, model.predict(x) as tf.Tensor)).toBe(0);
  const wrapper = model.layers[0] as unknown as WeightNorm;
  const folded = wrapper.fold();
  expect(maxDifference(folded.apply(x) as tf.Tensor, wrapper.apply(x) as tf.Tensor)).toBeLessThan(1e-5);
});

test('no tensors leak from a call or a training step', async () => {
  const model = tfl.sequential({ layers: [new WeightNorm({ layer: tfl.layers.dense({ units: 2 }), inputShape: [3] }) as unknown as tfl.layers.Layer] });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const x = tf.ones([4, 3]);
  const y = tf.zeros([4, 2]);
  await model.fit(x, y, { epochs: 1, verbose: 0 });
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  await model.fit(x, y, { epochs: 1, verbose: 0 });
  expect(tf.memory().numTensors).toBe(before);
});

test('clear errors: unknown options with a did-you-mean, a layer without a kernel, no layer', () => {
  expect(() => new WeightNorm({ layer: tfl.layers.dense({ units: 2 }), dataInt: true } as never)).toThrow(/WeightNorm: unknown option 'dataInt' \(did you mean 'dataInit'\?\)/);
  expect(() => new WeightNorm({ layer: tfl.layers.flatten() })).toThrow(/WeightNorm: expected a Dense, Conv1D, Conv2D, Conv3D layer to wrap, got Flatten/);
  expect(() => new WeightNorm({} as never)).toThrow(/WeightNorm: expected 'layer' to be a tfjs layer/);
  expect(() => new WeightNorm({ layer: tfl.layers.dense({ units: 2 }), dataInit: 'yes' } as never)).toThrow(/WeightNorm: expected option 'dataInit' to be a boolean/);
});

test('TF-Addons \'Addons>WeightNormalization\' loads from a model.json (data_init, bool flag) and computes g·v/‖v‖', async () => {
  const kernel = [3, 0, 4, 1, 0, 0];
  const model = await tfl.loadLayersModel(tf.io.fromMemory({
    modelTopology: {
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        layers: [
          { class_name: 'InputLayer', config: { batch_input_shape: [null, 2], dtype: 'float32', sparse: false, name: 'input_1' } },
          { class_name: 'Addons>WeightNormalization', config: { name: 'weight_normalization', trainable: true, data_init: true, layer: { class_name: 'Dense', config: { name: 'dense', units: 3, activation: 'linear', use_bias: true } } } },
        ],
      },
      keras_version: '2.15.0',
      backend: 'tensorflow',
    },
    weightSpecs: [
      { name: 'weight_normalization/kernel', shape: [2, 3], dtype: 'float32' },
      { name: 'weight_normalization/bias', shape: [3], dtype: 'float32' },
      { name: 'weight_normalization/g', shape: [3], dtype: 'float32' },
      { name: 'weight_normalization/initialized', shape: [], dtype: 'bool' },
    ],
    weightData: (() => {
      const floats = new Float32Array([...kernel, 0.5, 0, 0, 10, 2, 1]);
      const bytes = new Uint8Array(floats.byteLength + 1);
      bytes.set(new Uint8Array(floats.buffer));
      bytes[floats.byteLength] = 1;
      return bytes.buffer;
    })(),
  }));
  const layer = model.layers[model.layers.length - 1];
  expect(layer.getClassName()).toBe('Addons>WeightNormalization');
  // Columns [3, 1], [0, 0], [4, 0] → unit [0.9487, 0.3162], [0, 0], [1, 0]; times g = [10, 2, 1].
  const out = (model.predict(tf.tensor2d([[1, 1]])) as tf.Tensor).dataSync();
  expect(out[0]).toBeCloseTo(0.5 + 10 * 4 / Math.sqrt(10), 4);
  expect(out[1]).toBeCloseTo(0, 6);
  expect(out[2]).toBeCloseTo(1, 6);
  // Initialised already: a training call does not initialise again.
  const g = Array.from(layer.getWeights()[2].dataSync());
  layer.apply(tf.tensor2d([[1, 2], [3, -1]]), { training: true });
  expect(Array.from(layer.getWeights()[2].dataSync())).toEqual(g);
});

test('mean-only batch norm: training removes the batch mean before the bias, the moving mean follows the momentum, inference uses it; saves and loads', async () => {
  const layer = new WeightNorm({ layer: tfl.layers.dense({ units: 3, biasInitializer: 'zeros' }), dataInit: false, meanOnlyBatchNorm: true, momentum: 0.9 });
  const x = tf.randomNormal([16, 4], 2, 1, 'float32', 30);
  layer.apply(x);
  const [kernel] = layer.getWeights();
  layer.setWeights([kernel, tf.tensor1d([0.5, -1, 2]), layer.getWeights()[2], layer.getWeights()[3]]);
  const trained = layer.apply(x, { training: true }) as tf.Tensor;
  const batchMean = tf.mean(tf.matMul(x, kernel), 0);
  [0.5, -1, 2].forEach((bias, i) => expect(tf.mean(trained, 0).dataSync()[i]).toBeCloseTo(bias, 5));
  const moving = layer.getWeights()[3];
  expect(tf.max(tf.abs(tf.sub(moving, tf.mul(batchMean, 0.1)))).dataSync()[0]).toBeLessThan(1e-5);
  const inference = layer.apply(x) as tf.Tensor;
  const want = tf.add(tf.sub(tf.matMul(x, kernel), moving), tf.tensor1d([0.5, -1, 2]));
  expect(tf.max(tf.abs(tf.sub(inference, want))).dataSync()[0]).toBeLessThan(1e-4);

  const model = tfl.sequential({ layers: [new WeightNorm({ layer: tfl.layers.conv2d({ filters: 2, kernelSize: 2, activation: 'relu' }), meanOnlyBatchNorm: true, inputShape: [4, 4, 1] }) as unknown as tfl.layers.Layer, tfl.layers.flatten()] });
  model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  const images = tf.randomNormal([8, 4, 4, 1], 0, 1, 'float32', 31);
  await model.fit(images, tf.ones([8, 18]), { epochs: 2, verbose: 0 });
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(saved!));
  expect(Array.from((loaded.predict(images) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(images) as tf.Tensor).dataSync()));
  expect(() => new WeightNorm({ layer: tfl.layers.dense({ units: 2 }), momentum: 2 })).toThrow(/WeightNorm: expected momentum in \[0, 1\], got 2/);
});

test('the wrapped layer\'s regularizers count: a kernel L2 penalty shows in the wrapper\'s losses and in fit\'s loss', async () => {
  const model = tfl.sequential({ layers: [new WeightNorm({ layer: tfl.layers.dense({ units: 2, kernelRegularizer: tfl.regularizers.l2({ l2: 10 }) }), dataInit: false, inputShape: [3] }) as unknown as tfl.layers.Layer] });
  expect(model.layers[0].losses.length).toBe(1);
  model.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
  const x = tf.zeros([4, 3]);
  const history = await model.fit(x, tf.zeros([4, 2]), { epochs: 1, verbose: 0 });
  const kernel = model.layers[0].getWeights()[0];
  expect((history.history.loss as number[])[0]).toBeCloseTo(10 * tf.sum(tf.square(kernel)).dataSync()[0], 4);
});
