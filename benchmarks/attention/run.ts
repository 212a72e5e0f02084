// MultiHeadAttention (8 heads, model width 256, keyDim 32, batch 1) at sequence 256 and 1024 on
// the cpu and wasm backends: forward and forward + backward (the gradients of every weight) per
// score map, timed round-robin (one sample of each variant per round, the order rotating, so load
// from elsewhere on a shared machine lands on all of them alike), medians reported. Then, once
// per variant outside the timed samples, two peaks above the bytes held before the step:
//   tensors — tf.profile's peakBytes: the most tf.memory().numBytes seen after any kernel of the
//             step. numBytes counts every tensor, so a reshape, or the copy of an input a gradient
//             keeps, counts again although it shares its buffer; what a kernel allocates and frees
//             inside itself is not seen;
//   buffers — the most bytes of distinct backing buffers alive at once, from a hook on the
//             backend's data storage (each allocation and release): what the backend holds.
// The composite's [queries, keys] score tensors are counted from the same profile: every kernel
// output with batch·heads·T² elements (scores, weights, their gradients and the temporaries of
// the score map, in any shape), with the bytes one float32 such tensor adds.
// On wasm the softmax rows run twice: 'fused', the layer as it runs there (the fused attention
// kernel, fused-attention.ts: scores, softmax and the weighted sum in one pass over the keys), and
// 'composite', the same layer with that kernel unregistered around each call (the tfjs ops it runs
// elsewhere). Other rows are the composite.
// Then a soft mixture of experts (SoftMoE, 4 experts of hidden width 256) against a dense FFN of
// the same FLOPs (hidden width 4 × 256 = 1024): one SGD step (forward, backward, update) on
// [1, 256, 256] tokens, round-robin the same way.
// Run: node --conditions=@layerkit/source --import tsx benchmarks/attention/run.ts [--rounds 4] [--backends cpu,wasm]
//        [--sequences 256,1024] [--score-maps softmax,relu,sparsemax] [--long-score-maps softmax,sparsemax]
// Writes benchmarks/attention/results.{json,md}; --report-only rewrites results.md from results.json.
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import os from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiHeadAttention, SoftMoE, type ScoreMap } from '@layerkit/layers';
import { FUSED_ATTENTION } from '../../packages/layers/src/fused-attention.js';

const here = dirname(fileURLToPath(import.meta.url));
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const ROUNDS = Number(argument('rounds', '4'));
const BACKENDS = argument('backends', 'cpu,wasm').split(',');
const SEQUENCES = argument('sequences', '256,1024').split(',').map(Number);
const SCORE_MAPS = argument('score-maps', 'softmax,relu,sparsemax').split(',') as ScoreMap[];
// At T = 1024 the relu map is left out by default: its cost tracks softmax's, and the run stays near 5 minutes.
const LONG_SCORE_MAPS = argument('long-score-maps', 'softmax,sparsemax').split(',') as ScoreMap[];
const BATCH = 1;
const HEADS = 8;
const WIDTH = 256;
const KEY_DIM = WIDTH / HEADS;
const MOE = { tokens: 256, experts: 4, expertUnits: 256 };
const MiB = 2 ** 20;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Live bytes of distinct backing buffers of the current backend, and the most seen since the last reset. */
function bufferMeter() {
  interface Stored { values?: { byteLength?: number } | null; shape?: number[]; dtype?: tf.DataType }
  interface Storage { set(id: object, value: Stored): void; delete(id: object): boolean }
  const meters = new Map<string, { live: number; peak: number }>();
  const install = (name: string) => {
    const backend = tf.engine().findBackend(name) as unknown as { data?: Storage; dataIdMap?: Storage };
    // cpu keeps its typed arrays in `data`; wasm keeps offsets into its heap in `dataIdMap`.
    const storage = (name === 'wasm' ? backend.dataIdMap : backend.data)!;
    const state = { live: 0, peak: 0 };
    const sizes = new Map<object, number>();
    const { set, delete: remove } = storage;
    const bytesOf = (value: Stored) => value?.values?.byteLength
      ?? (value?.shape && value.dtype && value.dtype !== 'string' ? tf.util.sizeFromShape(value.shape) * tf.util.bytesPerElement(value.dtype) : 0);
    storage.set = function (id, value) {
      state.live += bytesOf(value) - (sizes.get(id) ?? 0);
      sizes.set(id, bytesOf(value));
      state.peak = Math.max(state.peak, state.live);
      set.call(this, id, value);
    };
    storage.delete = function (id) {
      state.live -= sizes.get(id) ?? 0;
      sizes.delete(id);
      return remove.call(this, id);
    };
    meters.set(name, state);
  };
  const current = () => {
    const name = tf.getBackend();
    if (!meters.has(name)) install(name);
    return meters.get(name)!;
  };
  return {
    start: () => { const state = current(); state.peak = state.live; return state.live; },
    peak: () => current().peak,
  };
}

interface Measured { tensorsMiB: number; buffersMiB: number; scoreTensors: number; firstScoreKernel: string; firstScoreKernelBytes: number }

/** Peaks of one run of `step` above what is held before it, and the [.., T, T] tensors it makes. */
async function measureMemory(meter: ReturnType<typeof bufferMeter>, step: () => void, scoreSize: number): Promise<Measured> {
  const startTensors = tf.memory().numBytes;
  const startBuffers = meter.start();
  const profile = await tf.profile(step);
  // Counted by element count, whatever the shape: sparsemax works on a [8·T, T] view of the scores.
  const scoreKernels = profile.kernels.filter((kernel) => kernel.outputShapes.some((shape) => tf.util.sizeFromShape(shape) === scoreSize));
  return {
    tensorsMiB: (profile.peakBytes - startTensors) / MiB,
    buffersMiB: (meter.peak() - startBuffers) / MiB,
    scoreTensors: scoreKernels.length,
    // The first kernel making one is the scores' batched matMul, whose output is all it adds.
    firstScoreKernel: scoreKernels[0]?.name ?? '',
    firstScoreKernelBytes: scoreKernels[0]?.bytesAdded ?? 0,
  };
}

/** Runs `step` with the fused attention kernel unregistered (MultiHeadAttention then runs its tfjs ops). */
function withoutFusedKernel(step: () => void): () => void {
  return () => {
    const config = tf.getKernel(FUSED_ATTENTION, 'wasm');
    if (config) tf.unregisterKernel(FUSED_ATTENTION, 'wasm');
    try { step(); } finally { if (config) tf.registerKernel(config); }
  };
}

const spread: number[][] = [];

/** Times each variant round-robin; returns the median milliseconds of each (the samples' range goes to `spread`). */
async function roundRobin(variants: (() => Promise<void>)[], rounds: number, warmups = 1): Promise<number[]> {
  for (const run of variants) for (let warm = 0; warm < warmups; warm++) await run();
  const samples = variants.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < variants.length; offset++) {
      const index = (round + offset) % variants.length;
      const started = performance.now();
      await variants[index]!();
      samples[index]!.push(performance.now() - started);
    }
  }
  spread.length = 0;
  spread.push(...samples.map((list) => [Math.min(...list), Math.max(...list)]));
  return samples.map(median);
}

interface AttentionRow extends Measured {
  backend: string; sequence: number; scoreMap: ScoreMap; kernel: 'composite' | 'fused'; pass: 'forward' | 'forward + backward';
  ms: number; minMs: number; maxMs: number;
}
interface MoeRow { backend: string; variant: string; parameters: number; flopsPerToken: number; ms: number; vsDense: number }

async function attention(backend: string, sequence: number, meter: ReturnType<typeof bufferMeter>): Promise<AttentionRow[]> {
  const x = tf.randomNormal([BATCH, sequence, WIDTH], 0, 1, 'float32', 1);
  const probe = tf.randomNormal([BATCH, sequence, WIDTH], 0, 1, 'float32', 2);
  const scoreMaps = sequence >= 1024 ? LONG_SCORE_MAPS : SCORE_MAPS;
  const layers = scoreMaps.map((scoreMap) => {
    const layer = new MultiHeadAttention({ numHeads: HEADS, keyDim: KEY_DIM, scoreMap, kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) });
    layer.apply(x);
    return layer;
  });
  const forward = (layer: MultiHeadAttention) => () => { tf.dispose(tf.tidy(() => tf.sum(layer.apply(x) as tf.Tensor)).dataSync()); };
  // Sum of output · probe: a loss whose gradient reaches every output element.
  const backward = (layer: MultiHeadAttention) => () => {
    const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply(x) as tf.Tensor, probe)) as tf.Scalar, layer.trainableWeights.map((w) => w.read() as tf.Variable));
    value.dataSync();
    tf.dispose([value, ...Object.values(grads)]);
  };
  const fused = tf.getKernel(FUSED_ATTENTION, backend) != null;
  const cases = layers.flatMap((layer, index) => {
    const scoreMap = scoreMaps[index]!;
    const passes = [{ pass: 'forward' as const, run: forward(layer) }, { pass: 'forward + backward' as const, run: backward(layer) }];
    if (!(fused && scoreMap === 'softmax')) return passes.map((item) => ({ scoreMap, kernel: 'composite' as const, ...item }));
    return passes.flatMap((item) => [
      { scoreMap, kernel: 'composite' as const, pass: item.pass, run: withoutFusedKernel(item.run) },
      { scoreMap, kernel: 'fused' as const, ...item },
    ]);
  });
  // The memory run comes first and is each row's warm-up (first-use work stays out of the timings).
  const memory: Measured[] = [];
  for (const item of cases) memory.push(await measureMemory(meter, item.run, BATCH * HEADS * sequence * sequence));
  const ms = await roundRobin(cases.map(({ run }) => async () => run()), sequence >= 1024 ? Math.max(2, Math.ceil(ROUNDS / 2)) : ROUNDS, 0);
  const rows: AttentionRow[] = [];
  for (const [index, item] of cases.entries()) {
    rows.push({ backend, sequence, scoreMap: item.scoreMap, kernel: item.kernel, pass: item.pass, ms: ms[index]!, minMs: spread[index]![0]!, maxMs: spread[index]![1]!, ...memory[index]! });
    const row = rows[rows.length - 1]!;
    console.log(`${backend.padEnd(5)} T=${String(sequence).padEnd(5)} ${item.scoreMap.padEnd(9)} ${item.kernel.padEnd(9)} ${item.pass.padEnd(18)} ${row.ms.toFixed(1).padStart(8)} ms [${row.minMs.toFixed(1)} … ${row.maxMs.toFixed(1)}]  tensors ${row.tensorsMiB.toFixed(1).padStart(6)} MiB  buffers ${row.buffersMiB.toFixed(1).padStart(6)} MiB  [T,T] tensors ${row.scoreTensors}`);
  }
  layers.forEach((layer) => layer.dispose());
  tf.dispose([x, probe]);
  return rows;
}

async function mixture(backend: string): Promise<MoeRow[]> {
  const { tokens, experts, expertUnits } = MOE;
  const x = tf.randomNormal([1, tokens, WIDTH], 0, 1, 'float32', 4);
  const target = tf.randomNormal([1, tokens, WIDTH], 0, 1, 'float32', 5);
  const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });
  const dense = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: experts * expertUnits, activation: 'relu', inputShape: [tokens, WIDTH], kernelInitializer: seeded(6) }),
      tfl.layers.dense({ units: WIDTH, kernelInitializer: seeded(7) }),
    ],
  });
  const soft = new SoftMoE({ numExperts: experts, expertUnits, kernelInitializer: seeded(8) });
  const top1 = new SoftMoE({ numExperts: experts, expertUnits, topK: 1, kernelInitializer: seeded(8) });
  soft.apply(x);
  top1.apply(x);
  const variants = [
    { label: `dense FFN ${WIDTH} → ${experts * expertUnits} → ${WIDTH} (relu)`, apply: (input: tf.Tensor) => dense.apply(input) as tf.Tensor, weights: dense.trainableWeights, flops: 2 * 2 * WIDTH * experts * expertUnits },
    { label: `SoftMoE ${experts} experts × ${WIDTH} → ${expertUnits} → ${WIDTH}, dense gating`, apply: (input: tf.Tensor) => soft.apply(input) as tf.Tensor, weights: soft.trainableWeights, flops: 2 * WIDTH * experts + experts * 2 * 2 * WIDTH * expertUnits },
    { label: `SoftMoE ${experts} experts, topK 1 (every expert still computed)`, apply: (input: tf.Tensor) => top1.apply(input) as tf.Tensor, weights: top1.trainableWeights, flops: 2 * WIDTH * experts + experts * 2 * 2 * WIDTH * expertUnits },
  ];
  const optimizer = tf.train.sgd(1e-3);
  const steps = variants.map((variant) => async () => {
    const loss = optimizer.minimize(() => tf.losses.meanSquaredError(target, variant.apply(x)) as tf.Scalar, true, variant.weights.map((w) => w.read() as tf.Variable))!;
    loss.dataSync();
    loss.dispose();
  });
  const ms = await roundRobin(steps, ROUNDS * 2, 2);
  const rows = variants.map((variant, index) => ({
    backend, variant: variant.label, flopsPerToken: variant.flops,
    parameters: variant.weights.reduce((total, w) => total + tf.util.sizeFromShape(w.shape), 0),
    ms: ms[index]!, vsDense: ms[index]! / ms[0]!,
  }));
  for (const row of rows) console.log(`${backend.padEnd(5)} ${row.variant.padEnd(60)} ${row.ms.toFixed(1).padStart(8)} ms  ×${row.vsDense.toFixed(2)}`);
  dense.dispose();
  soft.dispose();
  top1.dispose();
  optimizer.dispose();
  tf.dispose([x, target]);
  return rows;
}

async function measureAll() {
  const started = performance.now();
  const meter = bufferMeter();
  const attentionRows: AttentionRow[] = [];
  const moeRows: MoeRow[] = [];
  for (const backend of BACKENDS) {
    await tf.setBackend(backend);
    await tf.ready();
    for (const sequence of SEQUENCES) attentionRows.push(...await attention(backend, sequence, meter));
    moeRows.push(...await mixture(backend));
  }

  const meta = {
    date: new Date().toISOString(),
    runtime: `Node ${process.version}`,
    platform: `${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    tfjs: tf.version_core,
    attention: `MultiHeadAttention, ${HEADS} heads, width ${WIDTH}, keyDim ${KEY_DIM}, batch ${BATCH}, self-attention, no mask`,
    moe: `${MOE.tokens} tokens of width ${WIDTH}, one SGD step on mean squared error`,
    rounds: { attention256: ROUNDS, attention1024: Math.max(2, Math.ceil(ROUNDS / 2)), moe: ROUNDS * 2 },
    scoreMaps: { short: SCORE_MAPS, long: LONG_SCORE_MAPS },
    fusedAttentionKernel: BACKENDS.filter((backend) => tf.getKernel(FUSED_ATTENTION, backend) != null),
    seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  mkdirSync(here, { recursive: true });
  writeFileSync(resolve(here, 'results.json'), `${JSON.stringify({ meta, attention: attentionRows, moe: moeRows }, null, 2)}\n`);
  return { meta, attention: attentionRows, moe: moeRows };
}

type Results = Awaited<ReturnType<typeof measureAll>>;

function report({ meta, attention: attentionRows, moe: moeRows }: Results): void {
  const sequences = [...new Set(attentionRows.map((row) => row.sequence))];
  // The composite softmax row of the same backend, T and pass: what every other row is compared with.
  const softmaxOf = (row: AttentionRow) => attentionRows.find((other) => other.backend === row.backend && other.sequence === row.sequence && other.pass === row.pass && other.scoreMap === 'softmax' && other.kernel === 'composite');
  const ratio = (value: number, base: number | undefined) => (base ? `×${(value / base).toFixed(2)}` : '');
  const attentionTable = [
    '| backend | T | score map | kernel | pass | median (ms) | range (ms) | vs composite softmax | peak tensors above start (MiB) | peak buffers above start (MiB) | [1, 8, T, T] tensors made |',
    '|---|---:|---|---|---|---:|---:|---:|---:|---:|---:|',
    ...attentionRows.map((row) => `| ${row.backend} | ${row.sequence} | ${row.scoreMap} | ${row.kernel} | ${row.pass} | ${row.ms.toFixed(1)} | ${row.minMs.toFixed(1)}–${row.maxMs.toFixed(1)} | ${ratio(row.ms, softmaxOf(row)?.ms)} | ${row.tensorsMiB.toFixed(1)} | ${row.buffersMiB.toFixed(1)} | ${row.scoreTensors} |`),
  ].join('\n');
  const scoreBytes = sequences.map((sequence) => {
    const rows = attentionRows.filter((row) => row.sequence === sequence && row.scoreMap === 'softmax' && row.kernel === 'composite');
    const first = rows.find((row) => row.pass === 'forward');
    const measured = first?.firstScoreKernelBytes ?? 0;
    const steps = rows.filter((row) => row.pass === 'forward + backward');
    const step = steps[0];
    return `| ${sequence} | ${measured} (${(measured / MiB).toFixed(2)} MiB, ${first?.firstScoreKernel}) | ${BATCH * HEADS * sequence * sequence * 4} | ${rows.find((row) => row.pass === 'forward')?.scoreTensors ?? ''} | ${step?.scoreTensors ?? ''} | ${steps.map((row) => `${row.backend} ${row.buffersMiB.toFixed(1)} MiB (${(row.buffersMiB * MiB / measured).toFixed(1)} × one)`).join(', ')} |`;
  }).join('\n');
  const moeTable = [
    '| backend | variant | parameters | FLOPs per token (forward) | step median (ms) | vs dense FFN |',
    '|---|---|---:|---:|---:|---:|',
    ...moeRows.map((row) => `| ${row.backend} | ${row.variant} | ${row.parameters.toLocaleString('en')} | ${row.flopsPerToken.toLocaleString('en')} | ${row.ms.toFixed(1)} | ×${row.vsDense.toFixed(2)} |`),
  ].join('\n');
  writeFileSync(resolve(here, 'results.md'), `# Attention and mixture-of-experts benchmark

Generated by \`benchmarks/attention/run.ts\` on ${meta.date.slice(0, 10)} (${meta.platform}, ${meta.cpus} cpus, load average ${meta.loadAverage.join(' / ')}, ${meta.runtime}, tfjs ${meta.tfjs}), ${meta.seconds} s in all.

## MultiHeadAttention

${meta.attention}. "forward + backward" takes the gradients of every weight of a loss sum(output · probe).
Score maps: ${meta.scoreMaps.short.join(', ')} at T < 1024; ${meta.scoreMaps.long.join(', ')} at T = 1024 (relu tracks softmax's cost).
Times are medians of ${meta.rounds.attention256} round-robin rounds at T = 256 and ${meta.rounds.attention1024} at T = 1024 (one sample of each row per round, the order rotating; the untimed memory run before them is each row's warm-up).
Memory is measured in a separate, untimed run of each row, above the bytes held before it:
"peak tensors" is tf.profile's peakBytes (the most \`tf.memory().numBytes\` after any kernel; a
reshape or a saved input counts again though it shares a buffer; what a kernel allocates and
frees inside itself is not seen); "peak buffers" counts each backing buffer of the backend once
(a hook on its data storage). "[1, 8, T, T] tensors made" counts kernel outputs with the score
matrix's 8·T² elements in the step, in any shape or dtype (scores, weights, gradients, the score
map's temporaries and masks; reshapes, which share a buffer, included), most of them freed again
within the step.

**Fused attention on ${meta.fusedAttentionKernel.join(', ') || 'no backend'}.** The "fused" rows run
MultiHeadAttention as it runs there: the softmax forward is one kernel (scores, online softmax
and the weighted sum in one pass over the keys, never materialising the [T, T] matrix); its
gradient recomputes the weights as tfjs ops. The "composite" rows are the same layer with that
kernel unregistered: the tfjs ops it runs on every other backend (batched matMul for q·kᵀ, the
score map, batched matMul with v). The composite's score matrix costs, measured (the bytes that the
first kernel making a tensor of its size in the forward, the scores' batched matMul, adds in tf.profile):

| T | one [1, 8, T, T] float32 tensor, measured (bytes) | 8·T²·4 | such tensors made, forward | such tensors made, forward + backward | softmax forward + backward peak buffers, in units of one such tensor |
|---:|---:|---:|---:|---:|---|
${scoreBytes}

${attentionTable}

webgl and webgpu are not measured here (Node only: cpu and wasm).

## Soft mixture of experts vs a dense FFN of the same FLOPs

${meta.moe}. The dense FFN's hidden width is the experts' total (${MOE.experts} × ${MOE.expertUnits}), so
both do the same matrix FLOPs per token; SoftMoE adds its gate (${WIDTH} × ${MOE.experts}) and computes
every expert on every token (with topK 1 too: the other experts' weights are 0, not skipped).
The load-balancing loss (training calls only) is not included: the layers are called in inference
mode inside the step. Medians of ${meta.rounds.moe} round-robin rounds.

${moeTable}

Times on a shared machine are noisy; compare rows of one run, not runs.
`);
}

if (process.argv.includes('--report-only')) {
  report(JSON.parse(readFileSync(resolve(here, 'results.json'), 'utf8')) as Results);
  console.log('rewrote benchmarks/attention/results.md from results.json');
} else {
  const results = await measureAll();
  report(results);
  console.log(`\nwrote benchmarks/attention/results.{json,md} in ${results.meta.seconds} s`);
}
