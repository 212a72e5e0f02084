// Every layer of the registry on webgl and webgpu, in headless Chromium: from the same weights and
// inputs, the forward output and the gradients of sum(output·dy) in the inputs and the trainable
// weights match cpu's, and nothing leaks. Layers run in inference mode, so the random ones
// (DropPath, StochasticDepth, FractalJoin, GumbelMoE's seeded samples) are deterministic.
// A layer that cannot run on a backend for a tfjs reason says so in its registry example
// (`fails`), and the test asserts that it still fails there, so the declaration goes once it runs.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import type * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { prepareKernels } from '@layerkit/core';
import type { GpuBackend, LayerExample, LayersEntry } from './entry.js';
import { LAYERS } from './index.js';
import { randomValues } from './test-utils.js';

// SwiftShader's float32 exp, tanh, erf … differ from V8's by a few ulps, and a GPU sums in
// another order than cpu's loops; through a few layers of matmuls that stays within 1e-4 of
// the value plus 1e-4.
const RELATIVE = 1e-4;
const ABSOLUTE = 1e-4;
const BATCH = 2;

interface Computed {
  readonly output: number[];
  readonly inputGradients: number[][];
  readonly weightGradients: number[][];
}

type Built = { layer: tfl.layers.Layer; inputs: tf.Tensor[] };

const optionsOf = (example: LayerExample) => (typeof example.options === 'function' ? example.options() : example.options ?? {});
const inputsOf = (example: LayerExample) => example.inputShapes.map((shape, index) => {
  const full = [BATCH, ...shape];
  return tf.tensor(randomValues(full.reduce((a, b) => a * b, 1), 100 + index), full, 'float32');
});
const apply = (layer: tfl.layers.Layer, inputs: tf.Tensor[]) => layer.apply(inputs.length === 1 ? inputs[0]! : inputs, { training: false }) as tf.Tensor;

/** Builds the layer on the current backend; with `weights`, sets them (cpu's values). */
function build(layerClass: LayersEntry['layers'][number], example: LayerExample, weights?: Float32Array[]): Built {
  const layer = new layerClass(optionsOf(example) as never);
  const inputs = inputsOf(example);
  tf.dispose(apply(layer, inputs));
  if (weights) {
    const tensors = layer.getWeights().map((tensor, index) => tf.tensor(weights[index]!, tensor.shape, 'float32'));
    layer.setWeights(tensors);
    tf.dispose(tensors);
  }
  return { layer, inputs };
}

/** Output and gradients of sum(output·dy), dy seeded; checks that nothing is left behind. */
async function compute({ layer, inputs }: Built): Promise<Computed> {
  const before = tf.memory().numTensors;
  const output = apply(layer, inputs);
  const dy = tf.tensor(randomValues(output.size, 7), output.shape, 'float32');
  const objective = (...xs: tf.Tensor[]) => tf.sum(tf.mul(apply(layer, xs), dy)) as tf.Scalar;
  const inputGradients = tf.grads(objective)(inputs);
  const variables = layer.trainableWeights.map((weight) => (weight as unknown as { val: tf.Variable }).val);
  // variableGrads refuses an empty list: DropPath, Maxout, BlurPool … have no weights.
  const { value, grads } = variables.length > 0 ? tf.variableGrads(() => objective(...inputs), variables) : { value: undefined, grads: {} as tf.NamedTensorMap };
  const weightGradients = variables.map((variable) => grads[variable.name]);
  const read = async (tensor: tf.Tensor | undefined) => (tensor ? Array.from(await tensor.data()) : []);
  const computed = {
    output: await read(output),
    inputGradients: await Promise.all(inputGradients.map(read)),
    weightGradients: await Promise.all(weightGradients.map(read)),
  };
  tf.dispose([output, dy, ...(value ? [value] : []), ...inputGradients, ...Object.values(grads)]);
  expect(tf.memory().numTensors, 'tensors left after the forward and backward passes').toBe(before);
  return computed;
}

function dispose({ layer, inputs }: Built) {
  tf.dispose(inputs);
  for (const weight of layer.weights) weight.dispose();
}

function expectClose(actual: number[], expected: number[], what: string) {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  let worst = -Infinity;
  let at = -1;
  expected.forEach((value, index) => {
    const excess = Math.abs(actual[index]! - value) - (ABSOLUTE + RELATIVE * Math.abs(value));
    if (!(excess <= worst)) [worst, at] = [excess, index];
  });
  if (at >= 0 && !(worst <= 0)) {
    expect.fail(`${what}: element ${at} is ${actual[at]}, cpu gives ${expected[at]} (tolerance ${RELATIVE} relative + ${ABSOLUTE} absolute)`);
  }
}

async function onCpu(layerClass: LayersEntry['layers'][number], example: LayerExample) {
  expect(await tf.setBackend('cpu')).toBe(true);
  const built = build(layerClass, example);
  const weights = await Promise.all(built.layer.getWeights().map(async (tensor) => (await tensor.data()) as Float32Array));
  const computed = await compute(built);
  dispose(built);
  return { weights, computed };
}

const cases = (LAYERS as readonly LayersEntry[]).flatMap((entry) => entry.layers.map((layerClass, index) => ({
  label: `${entry.id} ${layerClass.className}`, entry, layerClass, example: entry.examples?.[index],
})));

describe('every registry entry has an example per layer class', () => {
  it.each(cases.map((item) => [item.label, item] as const))('%s', (_, { example }) => {
    expect(example, 'an `examples` item in registry.ts').toBeDefined();
  });
});

/** Builds the layer on `backend` with cpu's weights and compares its output and gradients with cpu's. */
async function matchesCpu(backend: GpuBackend, layerClass: LayersEntry['layers'][number], example: LayerExample) {
  const { weights, computed: expected } = await onCpu(layerClass, example);
  expect(await tf.setBackend(backend)).toBe(true);
  await prepareKernels(backend);
  const built = build(layerClass, example, weights);
  try {
    const actual = await compute(built);
    expectClose(actual.output, expected.output, 'output');
    actual.inputGradients.forEach((gradient, index) => expectClose(gradient, expected.inputGradients[index]!, `gradient of input ${index}`));
    actual.weightGradients.forEach((gradient, index) => expectClose(gradient, expected.weightGradients[index]!, `gradient of ${built.layer.trainableWeights[index]!.name}`));
  } finally {
    dispose(built);
  }
}

for (const backend of ['webgl', 'webgpu'] as const satisfies readonly GpuBackend[]) {
  // Declared failures run last: one that loses the WebGPU device would fail every layer after it.
  const runnable = cases.filter((item) => item.example);
  const ordered = [...runnable.filter((item) => !item.example!.fails?.[backend]), ...runnable.filter((item) => item.example!.fails?.[backend])];
  describe(backend, () => {
    it.each(ordered.map((item) => [item.label, item] as const))('%s: output and gradients as on cpu, no leaks', async (_, { layerClass, example }) => {
      const failure = example!.fails?.[backend];
      // Declared failing for a tfjs reason: it must still fail (throw or differ), or the declaration is stale.
      if (failure) await expect(matchesCpu(backend, layerClass, example!), failure).rejects.toThrow();
      else await matchesCpu(backend, layerClass, example!);
    });
  });
}
