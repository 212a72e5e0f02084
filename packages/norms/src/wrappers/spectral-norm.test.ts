// SpectralNorm: the catalog's power-iteration values, σ → the exact top singular value, hard
// and soft modes, u persisted in training and frozen in inference, the gradient with u, v held
// constant against central differences, a model that trains, saves and loads.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { SpectralNorm, powerIteration, spectralScale } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(saved!));
}

/** The top singular value of a [rows, columns] matrix in float64 (power iteration on MᵀM to convergence). */
function topSingularValue(values: ArrayLike<number>, rows: number, columns: number): number {
  let vector = Array.from({ length: columns }, (_, i) => 1 + i / columns);
  let sigma = 0;
  for (let step = 0; step < 5000; step++) {
    const product = Array.from({ length: rows }, (_, r) => vector.reduce((sum, value, c) => sum + values[r * columns + c] * value, 0));
    const back = Array.from({ length: columns }, (_, c) => product.reduce((sum, value, r) => sum + values[r * columns + c] * value, 0));
    const norm = Math.hypot(...back);
    vector = back.map((value) => value / norm);
    sigma = Math.sqrt(norm);
  }
  return sigma;
}

test('M = [[2, 1], [1, 2]], u0 = [1, 0], one iteration: the catalog\'s v, u and σ̂; 50 iterations: σ̂ = 3', () => {
  const matrix = tf.tensor2d([[2, 1], [1, 2]]);
  const one = powerIteration(matrix, tf.tensor1d([1, 0]), 1);
  const v = one.v.dataSync();
  const u = one.u.dataSync();
  [0.89442719, 0.4472136].forEach((want, i) => expect(v[i]).toBeCloseTo(want, 6));
  [0.78086881, 0.62469505].forEach((want, i) => expect(u[i]).toBeCloseTo(want, 6));
  expect(one.sigma.dataSync()[0]).toBeCloseTo(2.8635642127, 5);
  const fifty = powerIteration(matrix, tf.tensor1d([1, 0]), 50);
  expect(Math.abs(fifty.sigma.dataSync()[0] - 3)).toBeLessThan(1e-6);
});

test('hard mode: after enough training calls the effective kernel\'s top singular value equals the coefficient', () => {
  for (const coefficient of [1, 0.5]) {
    const layer = new SpectralNorm({ layer: tfl.layers.dense({ units: 6, kernelInitializer: tfl.initializers.randomNormal({ stddev: 1, seed: 3 }) }), coefficient });
    const x = tf.randomNormal([4, 10], 0, 1, 'float32', 4);
    layer.apply(x);
    layer.setWeights([...layer.getWeights().slice(0, 2), tf.randomNormal([1, 6], 0, 1, 'float32', 5)]);
    for (let call = 0; call < 100; call++) tf.dispose(layer.apply(x, { training: true }) as tf.Tensor);
    const exact = topSingularValue(layer.foldedKernel().dataSync(), 10, 6);
    expect(Math.abs(exact - coefficient)).toBeLessThan(1e-4 * coefficient);
    const raw = topSingularValue(layer.getWeights()[0].dataSync(), 10, 6);
    expect(raw).toBeGreaterThan(2);
    expect(Math.abs(layer.sigma() - raw) / raw).toBeLessThan(1e-4);
  }
});

test('soft mode, c = 0.9: [[2, 1], [1, 2]] becomes 0.3·M; a kernel with σ = 0.5 is unchanged', () => {
  const matrix = tf.tensor2d([[2, 1], [1, 2]]);
  const sigma = powerIteration(matrix, tf.tensor1d([1, 0.3]), 100).sigma;
  const scaled = spectralScale(matrix, sigma, 0.9, 'soft').dataSync();
  [0.6, 0.3, 0.3, 0.6].forEach((want, i) => expect(scaled[i]).toBeCloseTo(want, 5));
  const small = tf.tensor2d([[0.5, 0], [0, 0.2]]);
  const kept = spectralScale(small, powerIteration(small, tf.tensor1d([1, 0.3]), 100).sigma, 0.9, 'soft').dataSync();
  expect(Array.from(kept)).toEqual(Array.from(small.dataSync()));
});

test('u is written back by training calls only; inference leaves it unchanged', () => {
  const layer = new SpectralNorm({ layer: tfl.layers.dense({ units: 3 }) });
  const x = tf.randomNormal([2, 4], 0, 1, 'float32', 5);
  layer.apply(x);
  const u0 = layer.getWeights()[2].dataSync().slice();
  layer.apply(x, { training: false });
  expect(Array.from(layer.getWeights()[2].dataSync())).toEqual(Array.from(u0));
  layer.apply(x, { training: true });
  expect(Array.from(layer.getWeights()[2].dataSync())).not.toEqual(Array.from(u0));
  expect(tf.norm(layer.getWeights()[2]).dataSync()[0]).toBeCloseTo(1, 6);
});

test('the gradient wrt W is that of W/(vᵀWu) with u, v held constant, as central differences give it', () => {
  const kernel = tf.randomNormal([4, 3], 0, 1, 'float32', 6);
  const u = tf.randomNormal([3], 0, 1, 'float32', 7);
  const dy = tf.randomNormal([4, 3], 0, 1, 'float32', 8);
  const loss = (w: tf.Tensor) => tf.sum(tf.mul(dy, spectralScale(w, powerIteration(w, u, 1).sigma, 1, 'hard')));
  const analytic = tf.grad(loss)(kernel).dataSync();
  const { u: uFixed, v: vFixed } = powerIteration(kernel, u, 1);
  const [uValues, vValues, w0, dyValues] = [uFixed.dataSync(), vFixed.dataSync(), Array.from(kernel.dataSync()), dy.dataSync()];
  const frozen = (w: number[]) => {
    let sigma = 0;
    for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) sigma += vValues[r] * w[r * 3 + c] * uValues[c];
    return w.reduce((sum, value, i) => sum + dyValues[i] * value / sigma, 0);
  };
  const h = 1e-6;
  for (let i = 0; i < 12; i++) {
    const plus = [...w0]; plus[i] += h;
    const minus = [...w0]; minus[i] -= h;
    const numeric = (frozen(plus) - frozen(minus)) / (2 * h);
    expect(Math.abs(analytic[i] - numeric)).toBeLessThan(1e-3 * (1 + Math.abs(numeric)));
  }
});

test('a Conv2D model trains with fit, saves u and loads with the same predictions; no tensors leak', async () => {
  const model = tfl.sequential({
    layers: [
      new SpectralNorm({ layer: tfl.layers.conv2d({ filters: 3, kernelSize: 3, activation: 'relu' }), inputShape: [5, 5, 2] }) as unknown as tfl.layers.Layer,
      tfl.layers.flatten(),
      new SpectralNorm({ layer: tfl.layers.dense({ units: 1 }), powerIterations: 2 }) as unknown as tfl.layers.Layer,
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 5, 5, 2], 0, 1, 'float32', 9);
  const y = tf.reshape(tf.mean(x, [1, 2, 3]), [16, 1]);
  const history = await model.fit(x, y, { epochs: 20, batchSize: 16, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
  const loaded = await roundTrip(model);
  expect(loaded.layers[0].weights.map((w) => w.originalName.split('/').pop())).toEqual(['kernel', 'bias', 'vector_u']);
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  await model.fit(x, y, { epochs: 1, batchSize: 16, verbose: 0 });
  expect(tf.memory().numTensors).toBe(before);
});

test('clear errors: option names and values', () => {
  const dense = () => tfl.layers.dense({ units: 2 });
  expect(() => new SpectralNorm({ layer: dense(), powerIteration: 2 } as never)).toThrow(/SpectralNorm: unknown option 'powerIteration' \(did you mean 'powerIterations'\?\)/);
  expect(() => new SpectralNorm({ layer: dense(), powerIterations: 0 })).toThrow(/SpectralNorm: expected powerIterations to be a positive integer, got 0/);
  expect(() => new SpectralNorm({ layer: dense(), mode: 'medium' as 'hard' })).toThrow(/SpectralNorm: expected mode 'hard' or 'soft', got 'medium'/);
  expect(() => powerIteration(tf.ones([3, 2]), tf.ones([3]), 1)).toThrow(/powerIteration: expected u with 2 values/);
});

test('Keras \'SpectralNormalization\' and \'Addons>SpectralNormalization\' load from a Keras model.json with Keras\'s semantics', async () => {
  const kernel = [2, 1, 0.5, 1, 2, -1];
  const topology = (className: string, uName: string) => ({
    modelTopology: {
      class_name: 'Sequential',
      config: {
        name: 'sequential',
        layers: [
          { class_name: 'InputLayer', config: { batch_input_shape: [null, 2], dtype: 'float32', sparse: false, name: 'input_1' } },
          { class_name: className, config: { name: 'spectral', trainable: true, power_iterations: 1, layer: { class_name: 'Dense', config: { name: 'dense', units: 3, activation: 'linear', use_bias: false } } } },
        ],
      },
      keras_version: '3.6.0',
      backend: 'tensorflow',
    },
    weightSpecs: [{ name: 'spectral/kernel', shape: [2, 3], dtype: 'float32' as const }, { name: `spectral/${uName}`, shape: [1, 3], dtype: 'float32' as const }],
    weightData: new Float32Array([...kernel, 1, 0, 0]).buffer,
  });
  for (const [className, uName] of [['SpectralNormalization', 'vector_u'], ['Addons>SpectralNormalization', 'sn_u']]) {
    const model = await tfl.loadLayersModel(tf.io.fromMemory(topology(className, uName)));
    const layer = model.layers[model.layers.length - 1];
    expect(layer.getClassName()).toBe(className);
    const x = tf.tensor2d([[1, -2]]);
    // Inference: the stored kernel as it is (Keras keeps the normalized kernel in the layer).
    expect(Array.from((model.predict(x) as tf.Tensor).dataSync())).toEqual([2 - 2, 1 - 4, 0.5 + 2]);
    // A training call divides the stored kernel by σ̂ and writes it back, with u.
    const sigma = powerIteration(tf.tensor2d(kernel, [2, 3]), tf.tensor1d([1, 0, 0]), 1).sigma.dataSync()[0];
    layer.apply(x, { training: true });
    const stored = layer.getWeights()[0].dataSync();
    kernel.forEach((value, i) => expect(stored[i]).toBeCloseTo(value / sigma, 6));
    expect(layer.weights[1].originalName.split('/').pop()).toBe(uName);
    expect(Array.from(layer.getWeights()[1].dataSync())).not.toEqual([1, 0, 0]);
    // fit runs with the kernel written during the step (finite losses, the stored kernel updated).
    model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
    const before = Array.from(layer.getWeights()[0].dataSync());
    const history = await model.fit(tf.randomNormal([8, 2], 0, 1, 'float32', 40), tf.ones([8, 3]), { epochs: 2, verbose: 0 });
    expect((history.history.loss as number[]).every(Number.isFinite)).toBe(true);
    expect(Array.from(layer.getWeights()[0].dataSync())).not.toEqual(before);
  }
});

test('operatorNorm: σ̂ converges to the operator norm of the padded, strided Conv2D (from its explicit matrix), not the reshaped kernel\'s', () => {
  for (const [padding, strides] of [['same', 1], ['valid', 2]] as const) {
    const conv = tfl.layers.conv2d({ filters: 3, kernelSize: 3, padding, strides, kernelInitializer: tfl.initializers.randomNormal({ stddev: 1, seed: 20 }) });
    const layer = new SpectralNorm({ layer: conv, operatorNorm: true, powerIterations: 25 });
    const x = tf.randomNormal([2, 5, 5, 2], 0, 1, 'float32', 21);
    layer.apply(x);
    // A seeded start for u: how fast the iteration converges depends on it and on the gap
    // between the top two singular values; 2000 iterations are plenty for these maps.
    layer.setWeights([...layer.getWeights().slice(0, 2), tf.randomNormal([1, 5, 5, 2], 0, 1, 'float32', 22)]);
    for (let call = 0; call < 80; call++) tf.dispose(layer.apply(x, { training: true }) as tf.Tensor);
    expect(layer.getWeights()[2].shape).toEqual([1, 5, 5, 2]);
    // The map's matrix: the convolution (no bias) of each of the 50 basis images.
    const kernel = layer.getWeights()[0];
    const basis = tf.reshape(tf.eye(50), [50, 5, 5, 2]);
    const columns = tf.reshape(tf.conv2d(basis as tf.Tensor4D, kernel as tf.Tensor4D, strides, padding), [50, -1]);
    const exact = topSingularValue(columns.dataSync(), 50, columns.shape[1]);
    expect(Math.abs(layer.sigma() - exact) / exact).toBeLessThan(1e-4);
    const reshaped = topSingularValue(kernel.dataSync(), 18, 3);
    expect(Math.abs(reshaped - exact) / exact).toBeGreaterThan(1e-2);
    // Normalized by it, the layer's linear part has operator norm 1.
    const normalized = tf.reshape(tf.conv2d(basis as tf.Tensor4D, layer.foldedKernel() as tf.Tensor4D, strides, padding), [50, -1]);
    expect(topSingularValue(normalized.dataSync(), 50, normalized.shape[1])).toBeCloseTo(1, 4);
  }
  expect(() => new SpectralNorm({ layer: tfl.layers.dense({ units: 2 }), operatorNorm: true })).toThrow(/SpectralNorm: operatorNorm needs a channels-last Conv2D without dilation, got Dense/);
});
