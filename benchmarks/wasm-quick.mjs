// Quick wasm-backend check of the fused AssemblyScript kernels against the bandwidth floor (a
// memcpy of the same bytes inside tfjs-wasm's memory) and the composite a user would write
// from tfjs ops. Medians of repeated runs; machines are noisy, so read the ratios.
//
//   node --import tsx --conditions=@layerkit/source benchmarks/wasm-quick.mjs
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-wasm';
import { mish, gelu, silu } from '@layerkit/activations';
import { registerNormKernels, registerWasmModule, NORM_KERNELS, wasmKernelMode } from '@layerkit/core';
import { NORMS_WASM_MODULE } from '../packages/norms/src/gen/wasm-module.ts';

registerWasmModule('norms', NORMS_WASM_MODULE);
registerNormKernels();
await tf.setBackend('wasm');
const backend = tf.backend();

const REPEATS = Number(process.env.REPEATS ?? 25);
const minimums = new Map();
let lastMinimum = 0;

function median(f) {
  for (let i = 0; i < 3; i++) tf.dispose(f());
  const times = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    const result = f();
    times.push(performance.now() - start);
    tf.dispose(result);
  }
  times.sort((a, b) => a - b);
  // The minimum is reported too: on a shared machine it is the least disturbed run.
  minimums.set(f, times[0]);
  return times[Math.floor(times.length / 2)];
}

/** memcpy of a tensor's bytes into another tfjs-wasm buffer: the bandwidth floor. */
function copyOf(x) {
  const out = backend.makeOutput([...x.shape], 'float32');
  const from = backend.dataIdMap.get(x.dataId).memoryOffset;
  const to = backend.dataIdMap.get(out.dataId).memoryOffset;
  const bytes = x.size * 4;
  backend.wasm.HEAPU8.copyWithin(to, from, from + bytes);
  return tf.engine().makeTensorFromTensorInfo(out);
}

const rows = [];
const report = (name, ms, copyMs, extra = '', minimumOf = null) => {
  lastMinimum = minimums.get(minimumOf) ?? NaN;
  rows.push({ name, ms, ratio: ms / copyMs });
  console.log(`${name.padEnd(30)} median ${ms.toFixed(2).padStart(8)} ms ${(ms / copyMs).toFixed(2).padStart(6)}× copy | min ${lastMinimum.toFixed(2).padStart(8)} ms${extra}`);
};

const size = 2 ** 22;
const x = tf.randomUniform([size], -8, 8);
console.log(`wasm kernels: ${wasmKernelMode(backend)}, ${size} floats, median of ${REPEATS}`);
const copyFunction = () => copyOf(x);
const copyMs = median(copyFunction);
report('memcpy (floor)', copyMs, copyMs, '', copyFunction);
const relu = () => tf.relu(x);
report('tfjs relu (native)', median(relu), copyMs, '', relu);
const sigmoid = () => tf.sigmoid(x);
report('tfjs sigmoid (native)', median(sigmoid), copyMs, '', sigmoid);
const cases = [
  ['mish', () => mish(x), () => tf.tidy(() => tf.mul(x, tf.tanh(tf.softplus(x))))],
  ['gelu', () => gelu(x), () => tf.tidy(() => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2)))))],
  ['gelu tanh', () => gelu(x, { approximate: 'tanh' }), () => tf.tidy(() => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))))],
  ['silu', () => silu(x), () => tf.tidy(() => tf.mul(x, tf.sigmoid(x)))],
];
for (const [name, fused, composite] of cases) {
  const fusedMs = median(fused);
  const compositeMs = median(composite);
  report(`${name} fused`, fusedMs, copyMs, `  (composite/fused ${(compositeMs / fusedMs).toFixed(1)}×)`, fused);
  report(`${name} composite`, compositeMs, copyMs, '', composite);
}
x.dispose();

const matrix = tf.randomNormal([4096, 1024], 3, 2);
const gamma = tf.randomUniform([1024], 0.5, 1.5);
const beta = tf.randomUniform([1024], -1, 1);
const matrixCopy = () => copyOf(matrix);
const matrixCopyMs = median(matrixCopy);
report('memcpy [4096, 1024] (floor)', matrixCopyMs, matrixCopyMs, '', matrixCopy);
const rms = () => tf.engine().runKernel(NORM_KERNELS.rmsNorm, { x: matrix, gamma }, { epsilon: 1e-6, k: 1024 });
const layer = () => tf.engine().runKernel(NORM_KERNELS.layerNorm, { x: matrix, gamma, beta }, { epsilon: 1e-5 });
const rmsComposite = () => tf.tidy(() => tf.mul(tf.mul(matrix, tf.rsqrt(tf.add(tf.mean(tf.square(matrix), -1, true), 1e-6))), gamma));
const layerComposite = () => tf.tidy(() => {
  const { mean, variance } = tf.moments(matrix, -1, true);
  return tf.add(tf.mul(tf.mul(tf.sub(matrix, mean), tf.rsqrt(tf.add(variance, 1e-5))), gamma), beta);
});
for (const [name, fused, composite] of [['rmsNorm', rms, rmsComposite], ['layerNorm', layer, layerComposite]]) {
  const fusedMs = median(fused);
  const compositeMs = median(composite);
  report(`${name} [4096, 1024] fused`, fusedMs, matrixCopyMs, `  (composite/fused ${(compositeMs / fusedMs).toFixed(1)}×)`, fused);
  report(`${name} [4096, 1024] composite`, compositeMs, matrixCopyMs, '', composite);
}
tf.dispose([matrix, gamma, beta]);
console.log(`tensors left: ${tf.memory().numTensors}`);
