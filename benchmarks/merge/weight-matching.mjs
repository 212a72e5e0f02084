// Git Re-Basin weight matching of two independent random 784-1024-1024-10 MLPs (the case of
// issue 14): prints sweeps and seconds, and where the time went (similarity matrices vs the
// linear-assignment solver).
//
//   node benchmarks/merge/weight-matching.mjs [--widths 784,1024,1024,10] [--seed 1] [--backend wasm|cpu|js]
//
// Imports @layerkit/merge by name: the built dist by default, or the TypeScript sources with
//   node --conditions=@layerkit/source --import tsx benchmarks/merge/weight-matching.mjs
// --backend picks where the similarity matrices are computed (default: the fastest available).
// Prints one JSON line on stdout; progress on stderr.
import * as os from 'node:os';
import * as merge from '@layerkit/merge';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : fallback;
};
const widths = option('widths', '784,1024,1024,10').split(',').map(Number);
const seed = Number(option('seed', '1'));
const backend = option('backend', undefined);

const layers = widths.slice(1).map((units, index) => ({
  class_name: 'Dense', config: { name: `dense_${index}`, units, ...(index === 0 ? { batch_input_shape: [null, widths[0]] } : {}) },
}));
const topology = { class_name: 'Sequential', config: { name: 'mlp', layers } };
const weights = widths.slice(1).flatMap((units, index) => [
  { name: `dense_${index}/kernel`, shape: [widths[index], units], dtype: 'float32' },
  { name: `dense_${index}/bias`, shape: [units], dtype: 'float32' },
]);

/** Glorot-uniform kernels and small biases from a xorshift stream: two independent "trained-like" models. */
function randomModel(modelSeed) {
  let state = (modelSeed * 2654435761) >>> 0 || 1;
  const uniform = () => { state ^= state << 13; state >>>= 0; state ^= state >>> 17; state ^= state << 5; state >>>= 0; return state / 4294967296 * 2 - 1; };
  return Object.fromEntries(weights.map((weight) => {
    const size = weight.shape.reduce((product, dimension) => product * dimension, 1);
    const limit = weight.shape.length === 2 ? Math.sqrt(6 / (weight.shape[0] + weight.shape[1])) : 0.05;
    return [weight.name, Float32Array.from({ length: size }, () => limit * uniform())];
  }));
}

const source = (label, values) => ({ label, weights, read: (name) => Float32Array.from(values[name]) });
const spec = merge.permutationSpecFromTopology(topology, weights);
const reference = randomModel(seed);
const other = randomModel(seed + 1000);

// Like an app would: register tfjs-backend-wasm (when installed) and let weight matching initialize it.
if (backend === undefined || backend === 'wasm') {
  try {
    await import('@tensorflow/tfjs-backend-wasm');
  } catch {
    process.stderr.write('weight-matching benchmark: @tensorflow/tfjs-backend-wasm is not installed; the similarity matrices run in plain JavaScript\n');
  }
  await merge.initializeMatchingBackend('wasm');
}
if (backend === 'cpu') {
  await import('@tensorflow/tfjs-backend-cpu');
  await merge.initializeMatchingBackend('cpu');
}

const timing = { similarity: 0, assignment: 0 };
const started = process.hrtime.bigint();
const result = merge.weightMatching(spec, source('A', reference), source('B', other), { seed: 0, backend, timing });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

// The objective: Σ over tensors of ⟨A, π(B)⟩, for comparing solutions across implementations.
const aligned = merge.permutedSource(source('B', other), spec, result.permutations);
let objective = 0;
for (const weight of weights) {
  const a = reference[weight.name];
  const b = aligned.read(weight.name);
  for (let index = 0; index < a.length; index++) objective += a[index] * b[index];
}
const line = {
  widths, seed, backend: result.backend, sweeps: result.sweeps, seconds: Number(seconds.toFixed(2)),
  similaritySeconds: Number((timing.similarity / 1000).toFixed(2)), assignmentSeconds: Number((timing.assignment / 1000).toFixed(2)),
  objective: Number(objective.toFixed(4)), loadAverage: Number(os.loadavg()[0].toFixed(1)), cpus: os.cpus().length,
};
process.stdout.write(`${JSON.stringify(line)}\n`);
