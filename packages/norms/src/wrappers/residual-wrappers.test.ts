// Peri-LN and DeepNorm: the catalog's identities (unit-RMS updates, invariance to the sublayer's
// output scale, F = 0, DeepNet's α), values against a composite of tfjs ops, a deep stack that
// trains, save → load with the sublayer's weights.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { DeepNorm, PeriLN, deepNormAlpha } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(tf.io.withSaveHandler(async (artifacts) => { saved = artifacts; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(saved!));
}

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);

/** LayerNorm without affine from tfjs ops (the composite a user would write). */
const plainLayerNorm = (x: tf.Tensor, epsilon: number) => tf.tidy(() => {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, epsilon)));
});

test('Peri-LN with RMSNorm (γ = 1, ε → 0): every update x_{l+1} − x_l has per-token RMS 1; scaling F\'s output by c changes nothing', () => {
  const x = tf.randomNormal([3, 5, 8], 0, 2, 'float32', 1);
  const outputs = [1, 7.5].map((c) => {
    const layer = new PeriLN({ layer: tfl.layers.dense({ units: 8, kernelInitializer: tfl.initializers.glorotNormal({ seed: 2 }) }), norm: 'rmsNorm', epsilon: 1e-12 });
    layer.apply(x);
    const [kernel, bias, ...rest] = layer.getWeights();
    layer.setWeights([tf.mul(kernel, c), tf.mul(bias, c), ...rest]);
    return layer.apply(x) as tf.Tensor;
  });
  const update = tf.sub(outputs[0], x);
  tf.sqrt(tf.mean(tf.square(update), -1)).dataSync().forEach((rms) => expect(rms).toBeCloseTo(1, 5));
  expect(maxDifference(outputs[0], outputs[1])).toBeLessThan(1e-5);
});

test('Peri-LN with LayerNorm: F = 0 leaves x unchanged (β_out = 0); values equal x + LN(F(LN(x))) from tfjs ops', () => {
  const x = tf.randomNormal([4, 6], 1, 3, 'float32', 3);
  const zero = new PeriLN({ layer: tfl.layers.dense({ units: 6, kernelInitializer: 'zeros' }) });
  expect(maxDifference(zero.apply(x) as tf.Tensor, x)).toBe(0);
  const dense = tfl.layers.dense({ units: 6, activation: 'gelu', kernelInitializer: tfl.initializers.glorotNormal({ seed: 4 }), biasInitializer: 'ones' });
  const layer = new PeriLN({ layer: dense });
  const got = layer.apply(x) as tf.Tensor;
  const want = tf.add(x, plainLayerNorm(dense.apply(plainLayerNorm(x, 1e-5)) as tf.Tensor, 1e-5));
  expect(maxDifference(got, want)).toBeLessThan(1e-5);
});

test('DeepNet\'s α: N = 6 encoder-only gives 12^(1/4) = 1.8612097182; the other architectures; bad counts are errors', () => {
  expect(deepNormAlpha({ architecture: 'encoderOnly', encoderLayers: 6 })).toBeCloseTo(1.8612097182, 9);
  expect(deepNormAlpha({ decoderLayers: 18 })).toBeCloseTo(36 ** 0.25, 12);
  expect(deepNormAlpha({ architecture: 'encoderDecoder', encoderLayers: 6, decoderLayers: 6 })).toBeCloseTo(0.81 * (6 ** 5) ** (1 / 16), 12);
  expect(deepNormAlpha({ architecture: 'encoderDecoder', encoderLayers: 6, decoderLayers: 6, stack: 'decoder' })).toBeCloseTo(18 ** 0.25, 12);
  expect(() => deepNormAlpha({ architecture: 'encoderOnly' })).toThrow(/deepNormAlpha: expected encoderLayers to be a positive integer for architecture 'encoderOnly', got undefined/);
  expect(() => new DeepNorm({ layer: tfl.layers.dense({ units: 2 }) })).toThrow(/expected decoderLayers to be a positive integer/);
});

test('DeepNorm equals LN(α·x + G(x)) from tfjs ops; a 100-block stack trains without diverging, saves and loads', async () => {
  const x = tf.randomNormal([4, 6], 0, 1, 'float32', 5);
  const dense = tfl.layers.dense({ units: 6, activation: 'relu', kernelInitializer: tfl.initializers.glorotNormal({ seed: 6 }) });
  const layer = new DeepNorm({ layer: dense, alpha: 2.5 });
  const got = layer.apply(x) as tf.Tensor;
  expect(maxDifference(got, plainLayerNorm(tf.add(tf.mul(x, 2.5), dense.apply(x) as tf.Tensor), 1e-5))).toBeLessThan(1e-5);

  const blocks = 100;
  const alpha = deepNormAlpha({ architecture: 'encoderOnly', encoderLayers: blocks });
  // DeepNet's β = (8N)^(-1/4) scales the sublayers' init (DeepNormInit in @layerkit/initializers).
  const beta = (8 * blocks) ** -0.25;
  const layers: tfl.layers.Layer[] = [tfl.layers.dense({ units: 8, inputShape: [8] })];
  for (let block = 0; block < blocks; block++) {
    layers.push(new DeepNorm({ layer: tfl.layers.dense({ units: 8, activation: 'relu', kernelInitializer: tfl.initializers.glorotNormal({ seed: 10 + block }) }), alpha }) as unknown as tfl.layers.Layer);
  }
  layers.push(tfl.layers.dense({ units: 1 }));
  const model = tfl.sequential({ layers });
  for (const deep of model.layers.slice(1, -1)) {
    const [kernel, ...rest] = deep.getWeights();
    deep.setWeights([tf.mul(kernel, beta), ...rest]);
  }
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
  const inputs = tf.randomNormal([64, 8], 0, 1, 'float32', 7);
  const targets = tf.reshape(tf.sum(tf.sin(inputs), -1), [64, 1]);
  const history = await model.fit(inputs, targets, { epochs: 15, batchSize: 32, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses.every(Number.isFinite)).toBe(true);
  expect(losses[losses.length - 1]).toBeLessThan(losses[0]);
  const loaded = await roundTrip(model);
  expect(maxDifference(loaded.predict(inputs) as tf.Tensor, model.predict(inputs) as tf.Tensor)).toBe(0);
});

test('a Sequential sublayer works and its weights save and load; no tensors leak; shape-changing sublayers are errors', async () => {
  const block = tfl.sequential({ layers: [tfl.layers.dense({ units: 12, activation: 'relu', inputShape: [6] }), tfl.layers.dense({ units: 6 })] });
  const model = tfl.sequential({ layers: [new PeriLN({ layer: block, inputShape: [6] }) as unknown as tfl.layers.Layer] });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([16, 6], 0, 1, 'float32', 8);
  await model.fit(x, tf.zeros([16, 6]), { epochs: 2, verbose: 0 });
  expect(model.layers[0].weights.length).toBe(8);
  const loaded = await roundTrip(model);
  expect(maxDifference(loaded.predict(x) as tf.Tensor, model.predict(x) as tf.Tensor)).toBe(0);
  const before = tf.memory().numTensors;
  tf.dispose(model.predict(x) as tf.Tensor);
  expect(tf.memory().numTensors).toBe(before);
  expect(() => tfl.sequential({ layers: [new PeriLN({ layer: tfl.layers.dense({ units: 3 }), inputShape: [6] }) as unknown as tfl.layers.Layer] }))
    .toThrow(/PeriLN: expected the sublayer to keep the shape \[null, 6\] .* got \[null, 3\]/);
  expect(() => new PeriLN({ layer: tfl.layers.dense({ units: 3 }), norm: 'batchNorm' as 'rmsNorm' })).toThrow(/PeriLN: expected norm 'layerNorm' or 'rmsNorm', got 'batchNorm'/);
  expect(() => new DeepNorm({ layer: tfl.layers.dense({ units: 3 }), alpah: 1 } as never)).toThrow(/DeepNorm: unknown option 'alpah' \(did you mean 'alpha'\?\)/);
});
