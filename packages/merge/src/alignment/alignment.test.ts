/**
 * Alignment: the assignment solver against brute force, permutation specs derived from real tfjs
 * topologies, and weight matching recovering a hidden-unit permutation exactly.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  initializeMatchingBackend, invertPermutations, linearAssignment, lossBarrier, mergeModels, modelToArtifacts, permutationSpecFromTopology, permuteTensor,
  permutedSource, randomPermutations, sourceFromArtifacts, weightMatching, type PermutationSpec, type Permutations,
} from '@layerkit/merge';
import { buildMlp, randomFloats, randomizeWeights, useCpu } from '../test-helpers.js';
import { matrixProduct } from './similarity.js';

beforeAll(async () => {
  await useCpu();
  // As an app would: register the wasm backend; weight matching initializes it without switching to it.
  await import('@tensorflow/tfjs-backend-wasm');
  expect(await initializeMatchingBackend('wasm')).toBe(true);
  expect(tf.getBackend()).toBe('cpu');
});

function bruteForceBest(cost: Float64Array, size: number): number {
  let best = -Infinity;
  const permutation = Array.from({ length: size }, (_, index) => index);
  const visit = (depth: number): void => {
    if (depth === size) {
      best = Math.max(best, permutation.reduce((sum, column, row) => sum + cost[row * size + column]!, 0));
      return;
    }
    for (let index = depth; index < size; index++) {
      [permutation[depth], permutation[index]] = [permutation[index]!, permutation[depth]!];
      visit(depth + 1);
      [permutation[depth], permutation[index]] = [permutation[index]!, permutation[depth]!];
    }
  };
  visit(0);
  return best;
}

describe('similarity matrices', () => {
  it('wasm (tfjs BatchMatMul) and plain loops agree; the app backend and the wasm memory are left as they were', () => {
    const size = 37;
    const rest = 53;
    const referenceRows = randomFloats(size * rest, 1);
    const otherRows = randomFloats(size * rest, 2);
    const otherColumns = new Float32Array(rest * size);
    for (let unit = 0; unit < size; unit++) for (let position = 0; position < rest; position++) otherColumns[position * size + unit] = otherRows[unit * rest + position]!;
    const wasm = tf.engine().registry.wasm!;
    const dataBefore = wasm.numDataIds();
    const onWasm = matrixProduct('wasm').similarity(referenceRows, otherColumns, size, rest);
    const onCpu = matrixProduct('cpu').similarity(referenceRows, otherColumns, size, rest);
    const inJs = matrixProduct('js').similarity(referenceRows, otherRows, size, rest);
    expect(wasm.numDataIds()).toBe(dataBefore);
    expect(tf.getBackend()).toBe('cpu');
    for (let row = 0; row < size; row++) {
      for (let column = 0; column < size; column++) {
        let expected = 0;
        for (let position = 0; position < rest; position++) expected += referenceRows[row * rest + position]! * otherRows[column * rest + position]!;
        expect(Math.abs(onWasm[row * size + column]! - expected)).toBeLessThan(1e-5);
        expect(Math.abs(onCpu[row * size + column]! - expected)).toBeLessThan(1e-5);
        expect(Math.abs(inJs[row * size + column]! - expected)).toBeLessThan(1e-12);
      }
    }
  });

  it('weight matching uses wasm by default once it is initialized', () => {
    const tensors = { 'dense/kernel': { shape: [3, 4], values: randomFloats(12, 7) }, 'out/kernel': { shape: [4, 2], values: randomFloats(8, 8) } };
    const weights = Object.entries(tensors).map(([name, { shape }]) => ({ name, shape, dtype: 'float32' as const }));
    const source = { label: 'A', weights, read: (name: string) => Float32Array.from(tensors[name as keyof typeof tensors].values) };
    const spec = permutationSpecFromTopology({ class_name: 'Sequential', config: { layers: [
      { class_name: 'Dense', config: { name: 'dense', units: 4, batch_input_shape: [null, 3] } }, { class_name: 'Dense', config: { name: 'out', units: 2 } },
    ] } }, weights);
    expect(weightMatching(spec, source, source, { seed: 0 }).backend).toBe('wasm');
  });

  it('names the fix when the requested backend is not there', () => {
    expect(() => matrixProduct('webgpu')).toThrow(/expected tfjs backend 'webgpu' to be initialized .* got no such backend — import its package/);
  });
});

describe('linearAssignment', () => {
  it('matches brute force on 300 random 7 × 7 problems with many ties, and on rectangular ones', () => {
    const permutationsOf = (items: number[]): number[][] => (items.length <= 1 ? [items]
      : items.flatMap((item, index) => permutationsOf([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest])));
    const all7 = permutationsOf([0, 1, 2, 3, 4, 5, 6]);
    for (let trial = 0; trial < 300; trial++) {
      const cost = Float64Array.from(randomFloats(49, 500 + trial), (value) => (trial % 2 === 0 ? Math.round(value * 2) : value));
      const best = Math.max(...all7.map((permutation) => permutation.reduce((sum, column, row) => sum + cost[row * 7 + column]!, 0)));
      const assignment = linearAssignment(cost, 7, 7);
      expect(new Set(assignment).size).toBe(7);
      expect(Array.from(assignment).reduce((sum, column, row) => sum + cost[row * 7 + column]!, 0)).toBeCloseTo(best, 10);
      expect(Array.from(linearAssignment(cost, 7, 7))).toEqual(Array.from(assignment));
    }
    for (let trial = 0; trial < 50; trial++) {
      // 4 rows × 7 columns: every injective choice of 4 columns.
      const cost = Float64Array.from(randomFloats(28, 900 + trial), (value) => Math.round(value * 3));
      const best = Math.max(...all7.map((permutation) => permutation.slice(0, 4).reduce((sum, column, row) => sum + cost[row * 7 + column]!, 0)));
      const assignment = linearAssignment(cost, 4, 7);
      expect(new Set(assignment).size).toBe(4);
      expect(Array.from(assignment).reduce((sum, column, row) => sum + cost[row * 7 + column]!, 0)).toBeCloseTo(best, 10);
    }
  });

  it('matches brute force on random 6 × 6 problems (maximize and minimize)', () => {
    for (let trial = 0; trial < 25; trial++) {
      const cost = Float64Array.from(randomFloats(36, 100 + trial));
      // Integer-valued variants create ties, which must still give an optimum.
      if (trial % 5 === 0) for (let index = 0; index < 36; index++) cost[index] = Math.round(cost[index]! * 3);
      const assignment = linearAssignment(cost, 6, 6);
      expect(new Set(assignment).size).toBe(6);
      const total = Array.from(assignment).reduce((sum, column, row) => sum + cost[row * 6 + column]!, 0);
      expect(total).toBeCloseTo(bruteForceBest(cost, 6), 10);
      const negated = cost.map((value) => -value);
      const minimized = linearAssignment(negated, 6, 6, { maximize: false });
      expect(Array.from(minimized).reduce((sum, column, row) => sum - negated[row * 6 + column]!, 0)).toBeCloseTo(bruteForceBest(cost, 6), 10);
    }
  });

  it('returns the identity for a diagonally dominant matrix and is deterministic on ties', () => {
    const size = 9;
    const cost = new Float64Array(size * size).fill(1);
    for (let index = 0; index < size; index++) cost[index * size + index] = 10;
    expect(Array.from(linearAssignment(cost, size, size))).toEqual(Array.from({ length: size }, (_, index) => index));
    const flat = new Float64Array(16).fill(2);
    expect(Array.from(linearAssignment(flat, 4, 4))).toEqual(Array.from(linearAssignment(flat, 4, 4)));
  });

  it('solves rectangular problems and rejects bad input', () => {
    const cost = Float64Array.from([1, 9, 2, 8, 3, 7]);
    expect(Array.from(linearAssignment(cost, 2, 3))).toEqual([1, 0]);
    expect(() => linearAssignment(cost, 3, 2)).toThrow(/rows ≤ columns/);
    expect(() => linearAssignment([1, Number.NaN, 2, 3], 2, 2)).toThrow(/finite costs/);
    expect(() => linearAssignment([1, 2, 3], 2, 2)).toThrow(/expected 4 costs/);
  });
});

function modelWeights(model: tfl.LayersModel): Record<string, { shape: number[]; values: Float32Array }> {
  return Object.fromEntries(model.weights.map((weight) => [weight.originalName, { shape: weight.shape as number[], values: weight.read().dataSync() as Float32Array }]));
}

/** Sets `target`'s weights to `source`'s with every tagged axis permuted. */
function applyToModel(source: tfl.LayersModel, target: tfl.LayersModel, spec: PermutationSpec, permutations: Permutations): void {
  const weights = modelWeights(source);
  target.setWeights(target.weights.map((weight) => {
    const { shape, values } = weights[weight.originalName]!;
    return tf.tensor(permuteTensor(values, shape, spec.tensors[weight.originalName], permutations), shape);
  }));
}

function maxDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

async function specOf(model: tfl.LayersModel): Promise<PermutationSpec> {
  const artifacts = await modelToArtifacts(model);
  return permutationSpecFromTopology(artifacts.modelTopology, sourceFromArtifacts(artifacts, 'model').weights);
}

interface Architecture {
  readonly name: string;
  readonly build: (seed: number) => tfl.LayersModel;
  readonly input: () => tf.Tensor;
  readonly expectedGroups: number;
}

function residualModel(seed: number): tfl.LayersModel {
  const input = tfl.input({ shape: [6] });
  const stream = tfl.layers.dense({ units: 12, name: 'stem' }).apply(input) as tfl.SymbolicTensor;
  const branch = tfl.layers.dense({ units: 20, activation: 'relu', name: 'block_up' }).apply(stream) as tfl.SymbolicTensor;
  const back = tfl.layers.dense({ units: 12, name: 'block_down' }).apply(branch) as tfl.SymbolicTensor;
  const added = tfl.layers.add({ name: 'residual' }).apply([stream, back]) as tfl.SymbolicTensor;
  const normed = tfl.layers.layerNormalization({ name: 'block_norm' }).apply(added) as tfl.SymbolicTensor;
  const output = tfl.layers.dense({ units: 3, name: 'head' }).apply(normed) as tfl.SymbolicTensor;
  const model = tfl.model({ inputs: input, outputs: output });
  randomizeWeights(model, seed);
  return model;
}

function convModel(seed: number): tfl.LayersModel {
  const model = tfl.sequential({
    layers: [
      tfl.layers.conv2d({ inputShape: [6, 6, 2], filters: 4, kernelSize: 3, name: 'conv_a' }),
      tfl.layers.batchNormalization({ name: 'bn_a' }),
      tfl.layers.activation({ activation: 'relu', name: 'relu_a' }),
      tfl.layers.conv2d({ filters: 5, kernelSize: 2, name: 'conv_b', activation: 'relu' }),
      tfl.layers.flatten({ name: 'flat' }),
      tfl.layers.dense({ units: 3, name: 'logits' }),
    ],
  });
  randomizeWeights(model, seed);
  // Moving variances must stay positive for BatchNorm inference.
  const weights = model.weights.map((weight) => (weight.originalName.endsWith('moving_variance') ? tf.add(tf.abs(weight.read()), 0.5) : weight.read()));
  model.setWeights(weights as tf.Tensor[]);
  return model;
}

function embeddingModel(seed: number): tfl.LayersModel {
  const model = tfl.sequential({
    layers: [
      tfl.layers.embedding({ inputDim: 11, outputDim: 8, inputLength: 5, name: 'tokens' }),
      tfl.layers.dense({ units: 10, activation: 'relu', name: 'mixer' }),
      tfl.layers.globalAveragePooling1d({ name: 'pool' }),
      tfl.layers.dense({ units: 2, name: 'classes' }),
    ],
  });
  randomizeWeights(model, seed);
  return model;
}

const ARCHITECTURES: Architecture[] = [
  { name: 'MLP with LayerNorm (8-16-16-16-4)', build: (seed) => buildMlp(seed, [8, 16, 16, 16, 4]), input: () => tf.tensor(randomFloats(5 * 8, 9), [5, 8]), expectedGroups: 3 },
  { name: 'residual stack with a shared stream', build: residualModel, input: () => tf.tensor(randomFloats(4 * 6, 8), [4, 6]), expectedGroups: 2 },
  { name: 'Conv2D + BatchNorm + Flatten + Dense', build: convModel, input: () => tf.tensor(randomFloats(3 * 6 * 6 * 2, 7), [3, 6, 6, 2]), expectedGroups: 2 },
  { name: 'Embedding + Dense + pooling', build: embeddingModel, input: () => tf.tensor([[1, 2, 3, 4, 5], [0, 10, 3, 3, 9]], [2, 5], 'int32'), expectedGroups: 2 },
];

describe.each(ARCHITECTURES)('weight matching: $name', ({ build, input, expectedGroups }) => {
  it('derives groups whose random permutation preserves the function', async () => {
    const original = build(1);
    const spec = await specOf(original);
    expect(Object.keys(spec.groups)).toHaveLength(expectedGroups);
    const permuted = build(2);
    applyToModel(original, permuted, spec, randomPermutations(spec, 5));
    const x = input();
    expect(maxDifference(original.predict(x) as tf.Tensor, permuted.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
    // The permuted copy really differs (otherwise the test would prove nothing).
    const before = modelWeights(original);
    const after = modelWeights(permuted);
    expect(Object.keys(before).some((name) => before[name]!.values.some((value, index) => value !== after[name]!.values[index]))).toBe(true);
  });

  it.each(['js', 'wasm'])('recovers a permuted copy exactly (similarity matrices on %s), and permutation then inverse restores bitwise', async (backend) => {
    const original = build(3);
    const spec = await specOf(original);
    const permutations = randomPermutations(spec, 11);
    const permuted = build(4);
    applyToModel(original, permuted, spec, permutations);
    const reference = sourceFromArtifacts(await modelToArtifacts(original), 'A');
    const other = sourceFromArtifacts(await modelToArtifacts(permuted), 'B');
    const result = weightMatching(spec, reference, other, { seed: 0, backend });
    const { permutations: found, sweeps } = result;
    expect(result.backend).toBe(backend);
    expect(sweeps).toBeGreaterThanOrEqual(2);
    const aligned = permutedSource(other, spec, found);
    for (const weight of reference.weights) {
      expect(Array.from(aligned.read(weight.name))).toEqual(Array.from(reference.read(weight.name)));
    }
    const inverse = invertPermutations(permutations);
    for (const weight of other.weights) {
      const roundTrip = permuteTensor(other.read(weight.name), weight.shape, spec.tensors[weight.name], inverse);
      expect(Array.from(roundTrip)).toEqual(Array.from(reference.read(weight.name)));
    }
  });
});

describe.each(ARCHITECTURES)('OTFusion alignment: $name', ({ build, input }) => {
  it('finds the permutation undoing the shuffle; the fusion equals A for any fusion weight', async () => {
    const { otfusionAlignment } = await import('@layerkit/merge');
    const original = build(41);
    const spec = await specOf(original);
    const permuted = build(42);
    applyToModel(original, permuted, spec, randomPermutations(spec, 19));
    const reference = sourceFromArtifacts(await modelToArtifacts(original), 'A');
    const other = sourceFromArtifacts(await modelToArtifacts(permuted), 'B');
    const aligned = permutedSource(other, spec, otfusionAlignment(spec, reference, other));
    for (const weight of reference.weights) expect(Array.from(aligned.read(weight.name))).toEqual(Array.from(reference.read(weight.name)));
    for (const fusionWeight of [0.3, 0.5]) {
      const fused = await mergeModels({
        method: 'linear', models: [{ model: original, parameters: { weight: 1 - fusionWeight } }, { model: permuted, parameters: { weight: fusionWeight } }], align: { method: 'otfusion' },
      });
      const x = input();
      expect(maxDifference(fused.result.predict(x) as tf.Tensor, original.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
    }
  });
});

describe('alignment inside a merge', () => {
  it('A merged with a permuted copy of A is A after weight matching; zero loss barrier; not without alignment', async () => {
    const original = buildMlp(21, [8, 16, 16, 16, 4]);
    const spec = await specOf(original);
    const permuted = buildMlp(22, [8, 16, 16, 16, 4]);
    applyToModel(original, permuted, spec, randomPermutations(spec, 3));
    const aligned = await mergeModels({ method: 'linear', models: [original, permuted], align: { method: 'weight_matching' } });
    const naive = await mergeModels({ method: 'linear', models: [original, permuted] });
    const x = tf.tensor(randomFloats(16 * 8, 5), [16, 8]);
    const target = original.predict(x) as tf.Tensor;
    expect(maxDifference(aligned.result.predict(x) as tf.Tensor, target)).toBeLessThan(1e-5);
    expect(maxDifference(naive.result.predict(x) as tf.Tensor, target)).toBeGreaterThan(1e-2);

    const loss = (model: tfl.LayersModel) => async (weights: tf.NamedTensorMap) => {
      model.setWeights(model.weights.map((weight) => weights[weight.originalName]!));
      return tf.tidy(() => tf.losses.meanSquaredError(target, model.predict(x) as tf.Tensor).dataSync()[0]!);
    };
    const mapOf = (model: tfl.LayersModel) => Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read().clone()]));
    const probe = buildMlp(23, [8, 16, 16, 16, 4]);
    const alignedBarrier = await lossBarrier({ a: mapOf(original), b: mapOf(aligned.result), loss: loss(probe) });
    const naiveBarrier = await lossBarrier({ a: mapOf(original), b: mapOf(permuted), loss: loss(probe) });
    expect(alignedBarrier.barrier).toBeLessThan(1e-9);
    expect(naiveBarrier.barrier).toBeGreaterThan(1e-3);
    const { modelLossBarrier } = await import('@layerkit/merge');
    const modelLoss = (model: tfl.LayersModel) => tf.tidy(() => tf.losses.meanSquaredError(target, model.predict(x) as tf.Tensor).dataSync()[0]!);
    const viaModels = await modelLossBarrier({ a: original, b: permuted, loss: modelLoss });
    expect(viaModels.barrier).toBeCloseTo(naiveBarrier.barrier, 6);
    expect((await modelLossBarrier({ a: original, b: aligned.result, loss: modelLoss })).barrier).toBeLessThan(1e-9);
  });
});

describe('activation matching', () => {
  // tanh units are never dead, so every unit's activations are distinct and the match is unique
  // (with ReLU, units dead on the data tie and any assignment among them is equally good).
  const tanhMlp = (seed: number) => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ inputShape: [8], units: 16, activation: 'tanh', name: 'first' }),
        tfl.layers.dense({ units: 16, activation: 'tanh', name: 'second' }),
        tfl.layers.layerNormalization({ name: 'norm' }),
        tfl.layers.dense({ units: 4, name: 'out' }),
      ],
    });
    randomizeWeights(model, seed);
    return model;
  };

  it('aligns a permuted copy from activations so the average computes the original function', async () => {
    const { activationMatching } = await import('@layerkit/merge');
    const original = tanhMlp(31);
    const spec = await specOf(original);
    expect(Object.keys(spec.groups)).toHaveLength(2);
    const permuted = tanhMlp(32);
    applyToModel(original, permuted, spec, randomPermutations(spec, 13));
    const data = tf.tensor(randomFloats(64 * 8, 17, 2), [64, 8]);
    const found = await activationMatching(spec, original, permuted, data);
    expect(Object.keys(found).sort()).toEqual(Object.keys(spec.groups).sort());
    const merged = await mergeModels({ method: 'linear', models: [original, permuted], align: { method: 'activation_matching', data } });
    const x = tf.tensor(randomFloats(16 * 8, 5), [16, 8]);
    expect(maxDifference(merged.result.predict(x) as tf.Tensor, original.predict(x) as tf.Tensor)).toBeLessThan(1e-5);
    expect(merged.alignment?.models[1]?.sweeps).toBe(1);
  });
});
