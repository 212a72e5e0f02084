#!/usr/bin/env node
// pnpm bench: every registry op × backend (cpu, wasm) × size under Node — layerkit's fused kernel,
// the tfjs composite, tfjs's own implementation and a copy of the same bytes — plus a training
// step of a small MLP and a small transformer-ish block. Writes benchmarks/results/node.{json,md}
// and SVG charts. Flags: see lib/options.mjs (--quick, --sizes, --ops, --backends, --no-training,
// --backward / --no-backward).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureSource, quietTfjsNodeAdvert } from '../scripts/demo/source.mjs';
import { benchCases, captureStockActivations, runCases, runTraining } from './lib/cases.mjs';
import { parseOptions, selectCases } from './lib/options.mjs';
import { writeResults } from './lib/report.mjs';

ensureSource(import.meta.url);

const options = parseOptions(process.argv.slice(2), { backends: ['cpu', 'wasm'] });
const started = performance.now();
quietTfjsNodeAdvert();

// tfjs's own activation classes, before layerkit replaces 'gelu', 'mish', 'swish' …
const stock = captureStockActivations(tf);
const core = await import('@layerkit/core');
const load = async (name) => {
  try {
    return await import(name);
  } catch (error) {
    console.log(`bench: skipping ${name} (${String(error?.message ?? error).split('\n')[0]})`);
    return null;
  }
};
const activations = await load('@layerkit/activations');
const norms = await load('@layerkit/norms');
const cases = selectCases(benchCases({ tf, tfl, core, activations, norms, stock }), options.ops);

console.log(`bench: ${cases.length} ops × ${options.backends.join(', ')} × sizes ${options.sizes.map((s) => `2^${Math.log2(s)}`).join(', ')}`
  + `${options.quick ? ' (quick)' : ''}${options.backward ? ', forward and backward' : ''}; ${options.samples} samples ≥ ${options.minSampleMs} ms each`);

const rows = [];
const training = [];
for (const backend of options.backends) {
  await tf.setBackend(backend);
  await tf.ready();
  const fused = core.catalog().filter((entry) => entry.backends[backend] === 'fused').length;
  console.log(`\n== ${backend}: ${fused} catalog entries fused here`);
  rows.push(...await runCases({ tf, core, cases, backend, sizes: options.sizes, samples: options.samples, minSampleMs: options.minSampleMs, backward: options.backward, log: console.log }));
  if (options.training && activations && norms) {
    training.push(...await runTraining({ tf, tfl, core, activations, norms, stock, backend, steps: options.steps, log: console.log }));
  }
}

const run = {
  meta: {
    date: new Date().toISOString(),
    runtime: `Node ${process.version}`,
    platform: `${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
    cpus: os.cpus().length,
    // How busy the machine was (1, 5, 15 min): other work on a shared 2-core machine skews every time.
    loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))),
    tfjs: tf.version_core,
    command: `node benchmarks/run-node.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    backends: options.backends,
    sizes: options.sizes,
    samples: options.samples,
    minSampleMs: options.minSampleMs,
    quick: options.quick,
    backward: options.backward,
    seconds: (performance.now() - started) / 1000,
  },
  rows,
  training,
};
const directory = options.out ?? fileURLToPath(new URL('./results/', import.meta.url));
const written = writeResults(directory, 'node', run, 'layerkit benchmarks — Node (cpu, wasm)');
console.log(`\nbench: wrote ${written.join(', ')} to ${directory} in ${run.meta.seconds.toFixed(0)} s`);
