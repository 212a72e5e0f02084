// Benchmark of @layerkit/merge (built dist: run `pnpm exec tsc -b packages/merge` first).
//
//   node benchmarks/merge/run.mjs [--sizes 25,101] [--keep] [--no-write]
//
// 1. Streaming merges: 3 models of N million float32 parameters (a base and two fine-tunes of it)
//    are generated as tfjs model directories (4 MiB shards, 4M-element tensors) in a temp dir;
//    linear (all 3), task_arithmetic and ties (base + 2) run each in a fresh child process, next
//    to a plain read+write of the same bytes (the I/O floor). Reports time, ns per output parameter and peak
//    RSS; peak RSS should not grow with model size (tensor by tensor streaming).
// 2. Git Re-Basin weight matching of a 784-512-512-512-10 MLP onto a permuted copy and onto an
//    independent model.
// Writes benchmarks/merge/results.json and results.md; removes the temp dir.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// The Node entry: model directories (ModelDirectory, mergeModelDirectories) are Node-only.
const distIndex = path.join(here, '..', '..', 'packages', 'merge', 'dist', 'index.node.js');
if (!fs.existsSync(distIndex)) {
  console.error(`merge benchmark: expected the built package at ${distIndex}, got none — run pnpm exec tsc -b packages/merge first`);
  process.exit(1);
}
const merge = await import(pathToFileURL(distIndex).href);

const TENSOR_ROWS = 2048;
const TENSOR_COLUMNS = 2048;
const TENSOR_ELEMENTS = TENSOR_ROWS * TENSOR_COLUMNS;
const SHARD_BYTES = 4 * 1024 * 1024;

/** Writes a tfjs model directory of `tensors` [2048, 2048] float32 tensors in 4 MiB shards. */
function writeModel(directory, tensors, seed, baseDirectory) {
  fs.mkdirSync(directory, { recursive: true });
  const weights = Array.from({ length: tensors }, (_, index) => ({ name: `block_${index}/kernel`, shape: [TENSOR_ROWS, TENSOR_COLUMNS], dtype: 'float32' }));
  const totalBytes = tensors * TENSOR_ELEMENTS * 4;
  const shardCount = Math.ceil(totalBytes / SHARD_BYTES);
  const paths = Array.from({ length: shardCount }, (_, index) => `group1-shard${index + 1}of${shardCount}.bin`);
  const values = new Float32Array(SHARD_BYTES / 4);
  const baseValues = new Float32Array(SHARD_BYTES / 4);
  let state = seed >>> 0;
  for (let shard = 0; shard < shardCount; shard++) {
    if (baseDirectory) {
      // Fine-tunes are the base plus a small perturbation, like real task vectors.
      const fd = fs.openSync(path.join(baseDirectory, paths[shard]), 'r');
      fs.readSync(fd, new Uint8Array(baseValues.buffer), 0, SHARD_BYTES, 0);
      fs.closeSync(fd);
    }
    for (let index = 0; index < values.length; index++) {
      state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
      const uniform = state / 4294967296 - 0.5;
      values[index] = baseDirectory ? baseValues[index] + 0.01 * uniform : 0.1 * uniform;
    }
    fs.writeFileSync(path.join(directory, paths[shard]), new Uint8Array(values.buffer));
  }
  const modelJson = { format: 'layers-model', generatedBy: 'layerkit merge benchmark', modelTopology: null, weightsManifest: [{ paths, weights }] };
  fs.writeFileSync(path.join(directory, 'model.json'), JSON.stringify(modelJson));
}

/** Child mode: one job, then print {seconds, maxRssBytes} as JSON. */
async function child(job, directory, output) {
  const started = process.hrtime.bigint();
  const models = ['a', 'b'].map((name) => path.join(directory, name));
  const base = path.join(directory, 'base');
  if (job === 'copy') {
    // The I/O floor: read every input tensor the merges read (3 models), write one copy.
    const inputs = [base, ...models].map((model) => merge.ModelDirectory.open(model));
    const writer = new merge.ModelDirectoryWriter(inputs[0], output);
    for (const weight of inputs[0].weights) {
      const values = inputs.map((input) => input.read(weight.name));
      writer.write(weight.name, values[0]);
    }
    writer.commit();
    inputs.forEach((input) => input.close());
  } else {
    const parameters = job === 'ties' ? { density: 0.2, lambda: 1 } : job === 'task_arithmetic' ? { lambda: 0.5 } : {};
    await merge.mergeModelDirectories({
      method: job, base: job === 'linear' ? null : base, models: job === 'linear' ? [base, ...models] : models, parameters, output,
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

function runChild(job, directory) {
  const output = path.join(directory, `out-${job}`);
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', job, directory, output], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`merge benchmark: ${job} failed: ${result.stderr}`);
  fs.rmSync(output, { recursive: true, force: true });
  return JSON.parse(result.stdout);
}

function weightMatchingBenchmark() {
  const widths = [784, 512, 512, 512, 10];
  const layers = widths.slice(1).map((units, index) => ({ class_name: 'Dense', config: { name: `dense_${index}`, units, ...(index === 0 ? { batch_input_shape: [null, widths[0]] } : {}) } }));
  const topology = { class_name: 'Sequential', config: { name: 'mlp', layers } };
  const weights = [];
  widths.slice(1).forEach((units, index) => {
    weights.push({ name: `dense_${index}/kernel`, shape: [widths[index], units], dtype: 'float32' });
    weights.push({ name: `dense_${index}/bias`, shape: [units], dtype: 'float32' });
  });
  let state = 12345;
  const random = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state / 4294967296 - 0.5; };
  const makeValues = () => Object.fromEntries(weights.map((weight) => [weight.name, Float32Array.from({ length: weight.shape.reduce((a, b) => a * b, 1) }, random)]));
  const source = (label, values) => ({ label, weights, read: (name) => Float32Array.from(values[name]) });
  const spec = merge.permutationSpecFromTopology(topology, weights);
  const reference = makeValues();
  const permutations = merge.randomPermutations(spec, 1);
  const permuted = Object.fromEntries(weights.map((weight) => [weight.name, merge.permuteTensor(reference[weight.name], weight.shape, spec.tensors[weight.name], permutations)]));
  const results = {};
  for (const [name, other] of [['permuted copy', permuted], ['independent model', makeValues()]]) {
    const started = process.hrtime.bigint();
    const result = merge.weightMatching(spec, source('A', reference), source('B', other), { seed: 0 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    let exact = true;
    if (name === 'permuted copy') {
      const aligned = merge.permutedSource(source('B', other), spec, result.permutations);
      exact = weights.every((weight) => aligned.read(weight.name).every((value, index) => value === reference[weight.name][index]));
    }
    results[name] = { seconds, sweeps: result.sweeps, ...(name === 'permuted copy' ? { recoveredExactly: exact } : {}) };
  }
  return { widths, groups: Object.keys(spec.groups).length, results };
}

async function main() {
  const argumentsList = process.argv.slice(2);
  if (argumentsList[0] === '--child') return child(argumentsList[1], argumentsList[2], argumentsList[3]);
  const sizesArgument = argumentsList.indexOf('--sizes');
  const sizes = sizesArgument >= 0 ? argumentsList[sizesArgument + 1].split(',').filter(Boolean).map(Number) : [25, 101];
  const keep = argumentsList.includes('--keep');
  // Other work on a shared 2-core machine slows every job; the load average says how much.
  const loadAtStart = os.loadavg()[0];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'layerkit-merge-bench-'));
  const streaming = [];
  try {
    for (const millions of sizes) {
      const tensors = Math.ceil((millions * 1e6) / TENSOR_ELEMENTS);
      const parameters = tensors * TENSOR_ELEMENTS;
      const directory = path.join(root, `${millions}M`);
      const generationStart = Date.now();
      writeModel(path.join(directory, 'base'), tensors, 1);
      ['a', 'b'].forEach((name, index) => writeModel(path.join(directory, name), tensors, 2 + index, path.join(directory, 'base')));
      console.error(`generated 3 models of ${parameters} parameters in ${((Date.now() - generationStart) / 1000).toFixed(1)} s`);
      const row = { parameters, tensors, modelBytes: parameters * 4, jobs: {} };
      for (const job of ['copy', 'linear', 'task_arithmetic', 'ties']) {
        const measured = runChild(job, directory);
        row.jobs[job] = { ...measured, nsPerParameter: (measured.seconds * 1e9) / parameters };
        console.error(`${millions}M ${job}: ${measured.seconds.toFixed(2)} s, peak RSS ${(measured.maxRssBytes / 2 ** 20).toFixed(0)} MiB`);
      }
      for (const job of ['linear', 'task_arithmetic', 'ties']) row.jobs[job].vsCopy = row.jobs[job].seconds / row.jobs.copy.seconds;
      streaming.push(row);
      if (!keep) fs.rmSync(directory, { recursive: true, force: true });
    }
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
  const matching = weightMatchingBenchmark();
  console.error(`weight matching ${matching.widths.join('-')}: ${JSON.stringify(matching.results)}`);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    streaming,
    weightMatching: matching,
  };
  if (argumentsList.includes('--no-write')) return;
  fs.writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  const lines = [
    '# @layerkit/merge benchmark',
    '',
    `Generated by \`node benchmarks/merge/run.mjs\` on ${results.date.slice(0, 10)} (${results.machine.cpus} cores, ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}).`,
    `Machines here are noisy: compare ratios within one run, not absolute times across runs (1-minute load average ${results.loadAverage.start.toFixed(1)} at the start and ${results.loadAverage.end.toFixed(1)} at the end of this run, on ${results.machine.cpus} cores).`,
    '',
    '## Streaming merges (3 models: a base and two fine-tunes; float32, 4 MiB shards, files in the page cache)',
    '',
    '`linear` averages all 3 models; `task_arithmetic` (λ 0.5) and `ties` (density 0.2) merge the two fine-tunes into the base.',
    '`copy` reads the same tensors as the merges (3 models) and writes one model: the I/O floor.',
    'Each job runs in a fresh process; peak RSS is that process\'s maximum resident set.',
    '',
    '| parameters per model | job | time (s) | ns / parameter | × copy | peak RSS |',
    '|---:|---|---:|---:|---:|---:|',
  ];
  for (const row of streaming) {
    for (const [job, measured] of Object.entries(row.jobs)) {
      lines.push(`| ${row.parameters.toLocaleString('en-US')} | ${job} | ${measured.seconds.toFixed(2)} | ${measured.nsPerParameter.toFixed(2)} | ${measured.vsCopy ? measured.vsCopy.toFixed(2) : '1.00'} | ${mib(measured.maxRssBytes)} |`);
    }
  }
  lines.push('', `One model is ${streaming.map((row) => mib(row.modelBytes)).join(' and ')}; a tensor is ${mib(TENSOR_ELEMENTS * 4)}. Peak RSS stays flat across model sizes because merges hold one tensor per input at a time.`);
  lines.push('', `## Git Re-Basin weight matching (${matching.widths.join('-')} MLP, ${matching.groups} permutation groups, exact linear assignment)`, '', '| B | time (s) | sweeps | recovered exactly |', '|---|---:|---:|---|');
  for (const [name, measured] of Object.entries(matching.results)) {
    lines.push(`| ${name} | ${measured.seconds.toFixed(2)} | ${measured.sweeps} | ${measured.recoveredExactly === undefined ? '—' : measured.recoveredExactly ? 'yes' : 'no'} |`);
  }
  fs.writeFileSync(path.join(here, 'results.md'), `${lines.join('\n')}\n`);
  console.error(`wrote ${path.join(here, 'results.md')} and results.json`);
}

await main();
