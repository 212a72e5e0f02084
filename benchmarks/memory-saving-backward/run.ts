// Peak memory of one training step of an activation-heavy MLP (8 × [Dense 512 → activation],
// batch 256, SGD) with the standard gradient against each memory-saving backward of
// @layerkit/activations, on the cpu backend. Two peaks per variant, both above the bytes held
// before the step (weights, inputs):
//   tensors — tf.profile's peakBytes: the largest tf.memory().numBytes seen after any kernel of the
//             step. numBytes counts every tensor, so a reshape or the clone a gradient saves counts
//             again although it shares its buffer;
//   buffers — the largest total of distinct backing buffers alive during the step, from a hook on
//             the cpu backend's data storage (each allocation and release): what the process holds.
// Two models, because what tfjs keeps for the layer before the activation decides the saving:
//   tfjs Dense  — tfjs-layers' Dense trains through fused matMul, whose gradient keeps its own
//                 output, which is x of the activation: x stays alive whatever the activation saves;
//   linear op   — a matMul + bias whose gradient keeps only its input and weights (PyTorch's
//                 Linear): x lives only as long as the activation's gradient keeps it.
// No timings. Run: node --conditions=@layerkit/source --import tsx benchmarks/memory-saving-backward/run.ts
// Writes benchmarks/memory-saving-backward/results.{json,md}.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { approxBp, fewBitBackward, gelu, hardSwish, mobiletlBackward, relu } from '@layerkit/activations';

const here = dirname(fileURLToPath(import.meta.url));
const DEPTH = 8;
const WIDTH = 512;
const BATCH = 256;

interface Variant {
  readonly label: string;
  readonly group: string;
  readonly activation: (x: tf.Tensor) => tf.Tensor;
}

const VARIANTS: Variant[] = [
  { group: 'gelu', label: 'gelu, standard gradient (keeps x)', activation: (x) => gelu(x) },
  ...[1, 2, 3, 4].map((bits) => ({ group: 'gelu', label: `fewBitBackward gelu, ${bits} bit${bits > 1 ? 's' : ''}`, activation: (x: tf.Tensor) => fewBitBackward(x, { base: 'gelu', bits }) })),
  { group: 'gelu', label: 'approxBp (ReGELU2, 2 bits)', activation: (x) => approxBp(x, { base: 'gelu' }) },
  { group: 'hardSwish', label: 'hardSwish, standard gradient (keeps x)', activation: (x) => hardSwish(x) },
  { group: 'hardSwish', label: 'mobiletlBackward hardSwish, 1 bit', activation: (x) => mobiletlBackward(x) },
  { group: 'relu6', label: 'relu6, standard gradient (keeps x)', activation: (x) => relu(x, { maxValue: 6 }) },
  { group: 'relu6', label: 'mobiletlBackward relu6, 1 bit', activation: (x) => mobiletlBackward(x, { base: 'relu6' }) },
];

/** Live bytes of distinct cpu-backend buffers, and the most seen since the last reset. */
function bufferMeter() {
  const backend = tf.backend() as unknown as { data: { set(id: object, value: { values?: { byteLength?: number } }): void; delete(id: object): boolean } };
  const sizes = new Map<object, number>();
  let live = 0;
  let peak = 0;
  const { set, delete: remove } = backend.data;
  backend.data.set = function (id, value) {
    const bytes = value?.values?.byteLength ?? 0;
    live += bytes - (sizes.get(id) ?? 0);
    sizes.set(id, bytes);
    peak = Math.max(peak, live);
    set.call(this, id, value);
  };
  backend.data.delete = function (id) {
    live -= sizes.get(id) ?? 0;
    sizes.delete(id);
    return remove.call(this, id);
  };
  return {
    live: () => live,
    resetPeak: () => { peak = live; },
    peak: () => peak,
  };
}

/** A linear map whose gradient keeps only its input and weights (not its output). */
const linear = tf.customGrad(((a: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D, save: tf.GradSaveFunc) => {
  save([a, w]);
  return {
    value: tf.add(tf.matMul(a, w), b),
    gradFunc: (dy: tf.Tensor2D, [input, weights]: tf.Tensor[]) => [
      tf.matMul(dy, weights as tf.Tensor2D, false, true), tf.matMul(input as tf.Tensor2D, dy, true, false), tf.sum(dy, 0),
    ],
  };
}) as never) as (a: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => tf.Tensor;

type Step = () => tf.Scalar;

function tfjsDenseModel(variant: Variant, x: tf.Tensor, target: tf.Tensor): { step: Step; variables: tf.Variable[]; dispose: () => void } {
  const layers: tfl.layers.Layer[] = [];
  for (let i = 0; i < DEPTH; i++) {
    layers.push(tfl.layers.dense({ units: WIDTH, inputShape: i === 0 ? [WIDTH] : undefined, kernelInitializer: tfl.initializers.glorotUniform({ seed: i + 1 }) }));
  }
  const model = tfl.sequential({ layers });
  const step: Step = () => {
    let h = x;
    for (const layer of layers) h = variant.activation(layer.apply(h) as tf.Tensor);
    return tf.losses.meanSquaredError(target, h) as tf.Scalar;
  };
  return { step, variables: model.trainableWeights.map((w) => w.read() as tf.Variable), dispose: () => model.dispose() };
}

function linearOpModel(variant: Variant, x: tf.Tensor, target: tf.Tensor): { step: Step; variables: tf.Variable[]; dispose: () => void } {
  const weights = Array.from({ length: DEPTH }, (_, i) => [
    tf.variable(tf.randomUniform([WIDTH, WIDTH], -Math.sqrt(3 / WIDTH), Math.sqrt(3 / WIDTH), 'float32', i + 1)),
    tf.variable(tf.zeros([WIDTH])),
  ] as const);
  const step: Step = () => {
    let h = x;
    for (const [w, b] of weights) h = variant.activation(linear(h, w, b));
    return tf.losses.meanSquaredError(target, h) as tf.Scalar;
  };
  return { step, variables: weights.flat(), dispose: () => weights.flat().forEach((v) => v.dispose()) };
}

interface Row { model: string; group: string; variant: string; tensorsMiB: number; buffersMiB: number; loss: number }

const MiB = 2 ** 20;
await tf.setBackend('cpu');
await tf.ready();
const meter = bufferMeter();
const x = tf.randomNormal([BATCH, WIDTH], 0, 1, 'float32', 11);
const target = tf.randomNormal([BATCH, WIDTH], 0, 0.5, 'float32', 12);
const rows: Row[] = [];
const optimizer = tf.train.sgd(0.01);
for (const [model, build] of [['tfjs Dense', tfjsDenseModel], ['linear op', linearOpModel]] as const) {
  for (const variant of VARIANTS) {
    const { step, variables, dispose } = build(variant, x, target);
    // Warm up once: first-use work (fits, kernel setup) stays out of the measured step.
    tf.dispose(optimizer.minimize(step, true, variables));
    const startTensors = tf.memory().numBytes;
    meter.resetPeak();
    const startBuffers = meter.live();
    let loss = 0;
    const profile = await tf.profile(() => {
      const value = optimizer.minimize(step, true, variables)!;
      loss = value.dataSync()[0]!;
      value.dispose();
    });
    rows.push({
      model, group: variant.group, variant: variant.label, loss,
      tensorsMiB: (profile.peakBytes - startTensors) / MiB,
      buffersMiB: (meter.peak() - startBuffers) / MiB,
    });
    dispose();
    const row = rows[rows.length - 1]!;
    console.log(`${model.padEnd(10)} ${variant.label.padEnd(40)} tensors ${row.tensorsMiB.toFixed(1).padStart(6)} MiB   buffers ${row.buffersMiB.toFixed(1).padStart(6)} MiB`);
  }
}
tf.dispose([x, target]);

const baselineOf = (row: Row) => rows.find((other) => other.model === row.model && other.group === row.group)!;
const change = (value: number, base: number) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%`;
const meta = {
  date: new Date().toISOString(),
  runtime: `Node ${process.version}`,
  platform: `${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
  tfjs: tf.version_core,
  backend: 'cpu',
  model: `${DEPTH} × [linear ${WIDTH} → ${WIDTH}, activation], batch ${BATCH}, mean squared error, SGD`,
  activationBytesPerLayer: BATCH * WIDTH * 4,
};
mkdirSync(here, { recursive: true });
writeFileSync(resolve(here, 'results.json'), `${JSON.stringify({ meta, rows }, null, 2)}\n`);
const table = [
  '| model | variant | peak tensors above start (MiB) | vs standard | peak buffers above start (MiB) | vs standard |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.model} | ${row.variant} | ${row.tensorsMiB.toFixed(1)} | ${change(row.tensorsMiB, baselineOf(row).tensorsMiB)} | ${row.buffersMiB.toFixed(1)} | ${change(row.buffersMiB, baselineOf(row).buffersMiB)} |`),
].join('\n');
writeFileSync(resolve(here, 'results.md'), `# Peak training memory: standard gradient vs memory-saving backwards

Generated by \`benchmarks/memory-saving-backward/run.ts\` on ${meta.date.slice(0, 10)} (${meta.platform}, ${meta.runtime}, tfjs ${meta.tfjs}, ${meta.backend} backend).
Model: ${meta.model}; one activation tensor is ${(meta.activationBytesPerLayer / MiB).toFixed(1)} MiB.
"tensors" is tf.profile's peakBytes (the most tf.memory().numBytes after any kernel; shared buffers
count once per tensor); "buffers" counts each backing buffer once (a hook on the cpu backend's data
storage). Both are above the bytes held before the step. "tfjs Dense" keeps x for its own gradient
(fused matMul saves its output), so only "linear op" (a linear map whose gradient keeps its input)
shows what the activation's own saving is worth.

${table}
`);
