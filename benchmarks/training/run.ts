// Per-step cost of the gradient-transform chain and of each transform, relative to the plain base
// optimizer, on a ~1M-parameter MLP (512 → 1024 → 512 → 10, batch 32) on the cpu and wasm
// backends. Two measurements per variant:
//   step   — a whole model.trainOnBatch (forward, backward, transforms, Adam), the number users feel;
//   update — optimizer.applyGradients alone on fixed gradients, which isolates the transforms.
// Variants are timed round-robin (one sample of each per round, the order rotating) so load from
// elsewhere on a shared machine lands on all of them alike. Overheads are medians of per-round
// ratios to the plain optimizer's sample of the same round, which cancels slow drifts in load.
// Run: node --conditions=@layerkit/source --import tsx benchmarks/training/run.ts [--rounds 25] [--backends cpu,wasm] [--variants 1,2]
// Writes benchmarks/training/results.{json,md} and docs/training/benchmark.md.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  adaptiveGradientClipping, dorefaGradients, gradES, gradientAccumulation, gradientClipping, gradientNoise, gradualPruning, normalizeAndProject,
  transformChain, type GradientTransform,
} from '@layerkit/training';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const ROUNDS = Number(argument('rounds', '25'));
const BACKENDS = argument('backends', 'cpu,wasm').split(',');
// --variants 0,1,2 times a subset (plain Adam, index 0, is always included as the reference).
const BATCH = 32;
const LAYERS = [512, 1024, 512, 10];

interface Variant {
  readonly label: string;
  readonly make: () => tf.Optimizer;
}

const adam = () => tf.train.adam(1e-3, 0.9, 0.999, 1e-7);
const chain = (transforms: GradientTransform[]) => () => transformChain({ transforms, base: adam() });
const ALL_VARIANTS: Variant[] = [
  { label: 'adam (plain)', make: adam },
  { label: 'chain, no transforms', make: chain([]) },
  { label: 'globalClipnorm', make: chain([gradientClipping({ globalClipnorm: 1 })]) },
  { label: 'clipnorm', make: chain([gradientClipping({ clipnorm: 1 })]) },
  { label: 'clipvalue', make: chain([gradientClipping({ clipvalue: 1 })]) },
  { label: 'AGC', make: chain([adaptiveGradientClipping({ clipFactor: 0.01 })]) },
  { label: 'gradient noise', make: chain([gradientNoise({ seed: 1 })]) },
  { label: 'accumulation (steps 1)', make: chain([gradientAccumulation({ steps: 1 })]) },
  { label: 'DoReFa gradients (6 bits)', make: chain([dorefaGradients({ bits: 6, seed: 1 })]) },
  { label: 'gradual pruning (to 50%)', make: chain([gradualPruning({ finalSparsity: 0.5, pruningSteps: 1000 })]) },
  { label: 'normalize-and-project', make: chain([normalizeAndProject()]) },
  { label: 'GradES', make: chain([gradES({ totalSteps: 1000 })]) },
];
const chosen = argument('variants', ALL_VARIANTS.map((_, index) => index).join(',')).split(',').map(Number);
const VARIANTS = ALL_VARIANTS.filter((_, index) => index === 0 || chosen.includes(index));

function buildModel(optimizer: tf.Optimizer): tfl.LayersModel {
  const layers = LAYERS.slice(1).map((units, index) => tfl.layers.dense({
    units,
    inputShape: index === 0 ? [LAYERS[0]!] : undefined,
    activation: index === LAYERS.length - 2 ? 'linear' : 'relu',
    kernelInitializer: tfl.initializers.glorotUniform({ seed: index + 1 }),
  }));
  const model = tfl.sequential({ layers });
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Row { backend: string; variant: string; stepMs: number; stepOverhead: number; updateMs: number; updateOverhead: number }

async function runBackend(backend: string): Promise<Row[]> {
  await tf.setBackend(backend);
  await tf.ready();
  const x = tf.randomNormal([BATCH, LAYERS[0]!], 0, 1, 'float32', 1);
  const y = tf.randomNormal([BATCH, LAYERS[LAYERS.length - 1]!], 0, 1, 'float32', 2);
  const models = VARIANTS.map((variant) => buildModel(variant.make()));
  const parameters = models[0]!.countParams();
  // Fixed gradients, shaped like the weights, for the update-only timing.
  const gradients = models.map((model) => Object.fromEntries(model.trainableWeights.map((weight) => [weight.read().name, tf.randomNormal(weight.shape, 0, 0.01, 'float32', 3)])));
  const step = async (index: number) => {
    const started = performance.now();
    await models[index]!.trainOnBatch(x, y);
    return performance.now() - started;
  };
  const update = async (index: number) => {
    const started = performance.now();
    models[index]!.optimizer.applyGradients(gradients[index]!);
    // Wait for the device: read one updated weight back.
    await models[index]!.trainableWeights[0]!.read().data();
    return performance.now() - started;
  };
  for (let index = 0; index < VARIANTS.length; index++) for (let warm = 0; warm < 3; warm++) { await step(index); await update(index); }
  const stepSamples = VARIANTS.map(() => [] as number[]);
  const updateSamples = VARIANTS.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (let offset = 0; offset < VARIANTS.length; offset++) {
      const index = (round + offset) % VARIANTS.length;
      stepSamples[index]!.push(await step(index));
      updateSamples[index]!.push(await update(index));
    }
  }
  const pairedOverhead = (samples: number[][], index: number) => median(samples[index]!.map((value, round) => value / samples[0]![round]!)) - 1;
  const rows = VARIANTS.map((variant, index) => ({
    backend,
    variant: variant.label,
    stepMs: median(stepSamples[index]!),
    stepOverhead: pairedOverhead(stepSamples, index),
    updateMs: median(updateSamples[index]!),
    updateOverhead: pairedOverhead(updateSamples, index),
  }));
  console.log(`\n${backend}: ${parameters} parameters, batch ${BATCH}, ${ROUNDS} rounds`);
  for (const row of rows) console.log(`  ${row.variant.padEnd(24)} step ${row.stepMs.toFixed(1).padStart(7)} ms (${(row.stepOverhead * 100).toFixed(1).padStart(5)}%)   update ${row.updateMs.toFixed(2).padStart(7)} ms (${(row.updateOverhead * 100).toFixed(1).padStart(6)}%)`);
  models.forEach((model) => model.dispose());
  gradients.forEach((map) => tf.dispose(Object.values(map)));
  tf.dispose([x, y]);
  return rows;
}

const started = performance.now();
const rows: Row[] = [];
for (const backend of BACKENDS) rows.push(...await runBackend(backend));
const meta = {
  date: new Date().toISOString(),
  runtime: `Node ${process.version}`,
  platform: `${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
  cpus: os.cpus().length,
  loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
  tfjs: tf.version_core,
  model: `MLP ${LAYERS.join(' → ')} (relu), batch ${BATCH}, Adam(1e-3)`,
  rounds: ROUNDS,
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
};
mkdirSync(resolve(root, 'benchmarks/training'), { recursive: true });
writeFileSync(resolve(root, 'benchmarks/training/results.json'), `${JSON.stringify({ meta, rows }, null, 2)}\n`);
const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
const table = [
  '| backend | variant | step (ms) | step vs plain Adam | update only (ms) | update vs plain Adam |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.backend} | ${row.variant} | ${row.stepMs.toFixed(1)} | ${percent(row.stepOverhead)} | ${row.updateMs.toFixed(2)} | ${percent(row.updateOverhead)} |`),
].join('\n');
const markdown = `# Training benchmark: cost of the gradient-transform chain

Generated by \`benchmarks/training/run.ts\` on ${meta.date.slice(0, 10)} (${meta.platform}, ${meta.cpus} cpus, load average ${meta.loadAverage.join(' / ')}, ${meta.runtime}, tfjs ${meta.tfjs}).
Model: ${meta.model}, 1,055,242 parameters. Times are medians of ${ROUNDS} round-robin rounds; overheads are medians of per-round ratios to plain Adam.
"step" is a whole \`model.trainOnBatch\`; "update only" is \`optimizer.applyGradients\` on fixed gradients.
Every chain variant wraps the same \`tf.train.adam\`. Target: clipping by global norm adds at most 10% to a step.

${table}

Times on a shared machine are noisy; compare rows of one run, not runs.
`;
writeFileSync(resolve(root, 'benchmarks/training/results.md'), markdown);
writeFileSync(resolve(root, 'docs/training/benchmark.md'), markdown);
console.log(`\nwrote benchmarks/training/results.{json,md} and docs/training/benchmark.md in ${meta.seconds} s`);
