// RegionNorm: the catalog oracle for both styles, the one-region limits (InstanceNorm and
// train-mode BatchNorm), mask broadcasting and resizing, and both layer modes in models.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, expect, test } from 'vitest';
import { RegionNorm, batchNormTraining, instanceNorm, regionNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const x = () => tf.tensor4d([1, 2, 3, 4], [1, 2, 2, 1]);
const mask = () => tf.tensor4d([1, 1, 0, 0], [1, 2, 2, 1]);

test('x = [1, 2, 3, 4], mask [1, 1, 0, 0]: each region normalized alone; batch style scales ε by |map|/|region|', () => {
  const instance = regionNorm(x(), { mask: mask() }).dataSync();
  [-0.99998, 0.99998, -0.99998, 0.99998].forEach((want, i) => expect(instance[i]).toBeCloseTo(want, 5));
  const batch = regionNorm(x(), { mask: mask(), style: 'batch' }).dataSync();
  [-0.99996, 0.99996, -0.99996, 0.99996].forEach((want, i) => expect(batch[i]).toBeCloseTo(want, 5));
  // The two styles differ in ε only here: 0.5/√(0.25 + 1e-5) vs 0.5/√(0.25 + 2e-5).
  expect(instance[1]).toBeGreaterThan(batch[1]);
});

test('one region (no mask, or every pixel a hole) is InstanceNorm per example and train-mode BatchNorm pooled', async () => {
  const images = tf.randomNormal([3, 4, 4, 5], 0, 1, 'float32', 4);
  const close = (a: tf.Tensor, b: tf.Tensor) => expect(tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]).toBeLessThan(1e-5);
  close(regionNorm(images), instanceNorm(images, null, null, { epsilon: 1e-5 }));
  close(regionNorm(images, { mask: tf.ones([3, 4, 4, 1]) }), instanceNorm(images, null, null, { epsilon: 1e-5 }));
  close(regionNorm(images, { mask: tf.ones([3, 4, 4]), style: 'batch' }), batchNormTraining(images, null, null, { epsilon: 1e-5 }).output);
});

test('each region comes out with mean 0 per example and channel; the affine is (1 + γ_R)·y + β_R', () => {
  const images = tf.randomNormal([2, 6, 6, 3], 2, 3, 'float32', 5);
  const holes = tf.cast(tf.greater(tf.randomUniform([2, 6, 6, 1], 0, 1, 'float32', 6), 0.7), 'float32');
  const y = regionNorm(images, { mask: holes });
  const inHole = tf.mul(y, holes);
  const meanHole = tf.div(tf.sum(inHole, [1, 2]), tf.sum(holes, [1, 2]));
  expect(tf.max(tf.abs(meanHole)).dataSync()[0]).toBeLessThan(1e-5);
  const gammaHole = tf.tensor1d([1, -0.5, 0]);
  const betaValid = tf.tensor1d([3, 3, 3]);
  const affine = regionNorm(images, { mask: holes, gammaHole, betaValid });
  const want = tf.add(tf.mul(y, tf.add(1, tf.mul(holes, gammaHole))), tf.mul(tf.sub(1, holes), betaValid));
  expect(tf.max(tf.abs(tf.sub(affine, want))).dataSync()[0]).toBeLessThan(1e-5);
});

test('a mask of another spatial size is resized nearest-neighbour; a wrong shape is a clear error', () => {
  const images = tf.randomNormal([1, 4, 4, 2], 0, 1, 'float32', 7);
  const small = tf.tensor4d([1, 0, 0, 0], [1, 2, 2, 1]);
  const big = tf.image.resizeNearestNeighbor(small, [4, 4]);
  expect(Array.from(regionNorm(images, { mask: small }).dataSync())).toEqual(Array.from(regionNorm(images, { mask: big }).dataSync()));
  expect(() => regionNorm(images, { mask: tf.ones([2, 4, 4, 1]) })).toThrow(/regionNorm: expected 'mask' of shape \[1, 4, 4, 2\]/);
  expect(() => regionNorm(images, { style: 'pooled' as never })).toThrow(/regionNorm: expected style 'instance' or 'batch', got 'pooled'/);
});

test('RN-B layer on [features, mask] and RN-L layer train, save and load with the same outputs', async () => {
  const features = tfl.input({ shape: [6, 6, 3] });
  const holes = tfl.input({ shape: [6, 6, 1] });
  const conv = tfl.layers.conv2d({ filters: 4, kernelSize: 3, padding: 'same' }).apply(features) as tfl.SymbolicTensor;
  const basic = new RegionNorm().apply([conv, holes]) as tfl.SymbolicTensor;
  const learned = new RegionNorm({ mode: 'learned', threshold: 0.5, kernelSize: 3 }).apply(basic) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: [features, holes], outputs: learned });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const xs = tf.randomNormal([4, 6, 6, 3], 0, 1, 'float32', 8);
  const ms = tf.cast(tf.greater(tf.randomUniform([4, 6, 6, 1], 0, 1, 'float32', 9), 0.6), 'float32');
  const ys = tf.randomNormal([4, 6, 6, 4], 0, 1, 'float32', 10);
  const before = model.getWeights().map((w) => w.dataSync().slice());
  const history = await model.fit([xs, ms], ys, { epochs: 4, verbose: 0 });
  const losses = history.history.loss as number[];
  expect(losses[3]).toBeLessThan(losses[0]);
  // Every weight of RN-L trains, the mask convolution included (through the soft mask's affine).
  const names = model.weights.map((w) => w.originalName);
  const after = model.getWeights().map((w) => w.dataSync());
  for (const name of ['maskKernel', 'gammaKernel', 'betaBias', 'gammaHole', 'betaValid']) {
    const i = names.findIndex((n) => n.endsWith(`/${name}`));
    expect(i, name).toBeGreaterThanOrEqual(0);
    expect(Array.from(after[i]), name).not.toEqual(Array.from(before[i]));
  }
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(Array.from((loaded.predict([xs, ms]) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict([xs, ms]) as tf.Tensor).dataSync()));
  expect(() => new RegionNorm({ mode: 'lerned' as never }).apply(tfl.input({ shape: [4, 4, 2] }))).toThrow(/RegionNorm: expected mode 'basic' or 'learned', got "lerned"/);
  expect(() => new RegionNorm({ treshold: 0.5 } as never)).toThrow(/did you mean 'threshold'/);
});
