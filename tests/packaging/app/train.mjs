// Node ESM, as a user runs it: train a small model built from layerkit layers on the cpu
// backend, check the wasm backend (layerkit's inlined SIMD kernels) and a backend layerkit does
// not know predict the same, and save
// it with model.save('file://…') for load.mjs, which runs in a fresh process.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { activation, GatedLinearUnit, Snake, Swish } from '@layerkit/activations';
import { GluFfn, MultiHeadAttention } from '@layerkit/layers';
import { RMSNorm } from '@layerkit/norms';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.argv[2];
await tf.setBackend('cpu');
const seed = (n) => tf.initializers.glorotUniform({ seed: n });
const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, inputShape: [4], activation: activation('silu'), kernelInitializer: seed(1) }),
    new RMSNorm(),
    // Four tokens of width 4: causal self-attention and a SwiGLU feed-forward from @layerkit/layers.
    tf.layers.reshape({ targetShape: [4, 4] }),
    new MultiHeadAttention({ numHeads: 2, keyDim: 2, causal: true, kernelInitializer: seed(4) }),
    new GluFfn({ hiddenUnits: 8, kernelInitializer: seed(5) }),
    tf.layers.flatten(),
    tf.layers.dense({ units: 16, activation: 'gelu', kernelInitializer: seed(2) }),
    new GatedLinearUnit({ variant: 'swiglu' }),
    new Swish({ learn: 'scalar' }),
    new Snake({ learn: 'channel' }),
    tf.layers.dense({ units: 1, kernelInitializer: seed(3) }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
const xs = tf.tensor2d(Array.from({ length: 256 }, (_, i) => Math.sin(i * 0.37)), [64, 4]);
const ys = tf.tensor2d(Array.from({ length: 64 }, (_, i) => Math.cos(i * 0.11)), [64, 1]);
const history = await model.fit(xs, ys, { epochs: 30, batchSize: 16, shuffle: false, verbose: 0 });
const losses = history.history.loss;
if (!(losses[losses.length - 1] < 0.75 * losses[0])) throw new Error(`train: expected the loss to fall by a quarter, got ${losses[0]} → ${losses[losses.length - 1]}`);

const predictions = Array.from(model.predict(xs).dataSync());
await tf.setBackend('wasm');
const onWasm = Array.from(model.predict(xs).dataSync());
const worst = Math.max(...onWasm.map((v, i) => Math.abs(v - predictions[i]) / (1e-4 + Math.abs(predictions[i]))));
if (!(worst < 1e-3)) throw new Error(`train: expected wasm predictions to match cpu, worst relative difference ${worst}`);
await tf.setBackend('cpu');

// A backend layerkit has never heard of (tfjs's own cpu kernels registered again under another
// name, as tfjs-node's or a custom backend would be): every layerkit layer runs as tfjs ops there
// and predicts what cpu predicts.
const Cpu = tf.findBackend('cpu').constructor;
tf.registerBackend('packaging-unknown', () => new Cpu(), 0);
for (const config of tf.getKernelsForBackend('cpu')) {
  if (!config.kernelName.startsWith('layerkit.')) tf.registerKernel({ ...config, backendName: 'packaging-unknown' });
}
await tf.setBackend('packaging-unknown');
const onUnknown = Array.from(model.predict(xs).dataSync());
const worstUnknown = Math.max(...onUnknown.map((v, i) => Math.abs(v - predictions[i]) / (1e-4 + Math.abs(predictions[i]))));
if (!(worstUnknown < 1e-3)) throw new Error(`train: expected a backend without layerkit kernels to predict as cpu does, worst relative difference ${worstUnknown}`);
await tf.setBackend('cpu');
tf.removeBackend('packaging-unknown');

// Plain Node, no tfjs-node: layerkit's file:// handler (from @layerkit/core's Node entry) writes
// model.json and weights.bin as tfjs-node would.
await model.save(`file://${directory}`);
writeFileSync(join(directory, 'predictions.json'), JSON.stringify(predictions));
console.log(`train: loss ${losses[0].toFixed(4)} → ${losses[losses.length - 1].toFixed(4)} in 30 epochs; wasm matches cpu (worst ${worst.toExponential(1)}), `
  + `so does a backend layerkit does not know (worst ${worstUnknown.toExponential(1)}); saved ${model.layers.length} layers`);
