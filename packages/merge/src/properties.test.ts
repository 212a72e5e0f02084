/**
 * Method-specific properties from the catalog oracles (random methods, schedules), the library
 * entry points (weight maps, LayersModels), greedy soup, EMA/SWA, and the generated artifacts.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@layerkit/core';
import {
  MERGE_METHODS, WeightAverage, WeightEma, executeMerge, greedySoupWeights, interpolateWeights, lossBarrier, mergeConfigSchema,
  mergeModels, mergeWeights, parameterTablesMarkdown, parseConfig, planMerge, resolveSetting, weightAlgebra, type ParameterSettings, type WeightSource,
} from '@layerkit/merge';
import { arraySource, buildMlp, randomFloats, useCpu } from './test-helpers.js';

beforeAll(useCpu);

function runOne(method: string, base: Float32Array | null, models: Float32Array[], parameters: ParameterSettings, perModel?: ParameterSettings[]): Float32Array {
  const source = (label: string, values: Float32Array): WeightSource => arraySource(label, { 'layer/kernel': { shape: [values.length], values } });
  const plan = planMerge({
    method, base: base ? source('base', base) : null, models: models.map((values, index) => ({ source: source(`m${index}`, values), parameters: perModel?.[index] })), parameters,
  });
  let result = new Float32Array(0);
  executeMerge(plan, (_weight, values) => { result = values as Float32Array; });
  return result;
}

describe('random-drop methods', () => {
  const base = new Float32Array(4000);
  const model = randomFloats(4000, 5, 1);

  it('dare (mergekit rescale): kept entries share one factor that restores the L1 norm; the kept fraction is density', () => {
    const once = runOne('dare_linear', base, [model], { density: 0.3, seed: 1 });
    const factors = new Set<number>();
    let kept = 0;
    let l1 = 0;
    once.forEach((value, index) => {
      l1 += Math.abs(value);
      if (value !== 0) { kept++; factors.add(Number((value / model[index]!).toPrecision(5))); }
    });
    expect(factors.size).toBe(1);
    expect(l1 / model.reduce((sum, value) => sum + Math.abs(value), 0)).toBeCloseTo(1, 5);
    expect(kept / model.length).toBeGreaterThan(0.27);
    expect(kept / model.length).toBeLessThan(0.33);
    // The same draws as the paper form: the same entries survive.
    const paper = runOne('dare_linear', base, [model], { density: 0.3, seed: 1, convention: 'paper' });
    expect(Array.from(paper, (value) => value !== 0)).toEqual(Array.from(once, (value) => value !== 0));
  });

  it('dare (paper rescale): kept entries are δ/density, the kept fraction is density, E[δ̂] = δ over seeds, fixed seed is deterministic', () => {
    const paper = { convention: 'paper' } as const;
    const once = runOne('dare_linear', base, [model], { density: 0.3, seed: 1, ...paper });
    let kept = 0;
    once.forEach((value, index) => {
      if (value !== 0) { kept++; expect(value).toBeCloseTo(model[index]! / 0.3, 5); }
    });
    expect(kept / model.length).toBeGreaterThan(0.27);
    expect(kept / model.length).toBeLessThan(0.33);
    expect(Array.from(runOne('dare_linear', base, [model], { density: 0.3, seed: 1, ...paper }))).toEqual(Array.from(once));
    expect(Array.from(runOne('dare_linear', base, [model], { density: 0.3, seed: 2, ...paper }))).not.toEqual(Array.from(once));
    const mean = new Float64Array(model.length);
    const seeds = 400;
    for (let seed = 0; seed < seeds; seed++) runOne('dare_linear', base, [model], { density: 0.5, seed, ...paper }).forEach((value, index) => { mean[index] += value / seeds; });
    // Relative error of the mean task vector over all entries, within 1%... in norm (per-entry noise averages out).
    let error = 0; let norm = 0;
    mean.forEach((value, index) => { error += (value - model[index]!) ** 2; norm += model[index]! ** 2; });
    expect(Math.sqrt(error / norm)).toBeLessThan(0.06);
    let total = 0; let expected = 0;
    mean.forEach((value, index) => { total += value; expected += model[index]!; });
    expect(Math.abs(total - expected) / model.reduce((sum, value) => sum + Math.abs(value), 0)).toBeLessThan(0.01);
  });

  it('della with epsilon 0 equals dare_ties with the same seed, density and normalize, in both conventions', () => {
    const other = randomFloats(4000, 6, 1);
    for (const convention of ['mergekit', 'paper']) {
      const della = runOne('della', base, [model, other], { density: 0.4, epsilon: 0, seed: 9, normalize: true, convention });
      const dare = runOne('dare_ties', base, [model, other], { density: 0.4, seed: 9, normalize: true, convention });
      expect(Array.from(della)).toEqual(Array.from(dare));
    }
  });

  it("della: the paper form refuses density ± epsilon outside (0, 1]; mergekit's form keeps a density-1 tensor whatever epsilon", () => {
    expect(() => runOne('della', base, [model], { density: 1, epsilon: 0.15, seed: 1, convention: 'paper' })).toThrow(/della: expected density − epsilon > 0 and density \+ epsilon ≤ 1/);
    expect(Array.from(runOne('della', base, [model], { density: 1, epsilon: 0.15, seed: 1 }))).toEqual(Array.from(model));
  });

  it('della keeps larger magnitudes more often, with the expected kept fraction', () => {
    const shape = [40, 100];
    const kept = new Float64Array(4000);
    for (let seed = 0; seed < 50; seed++) {
      const plan = planMerge({
        method: 'della_linear', base: arraySource('base', { 'l/k': { shape, values: base } }),
        models: [{ source: arraySource('m', { 'l/k': { shape, values: model } }) }], parameters: { density: 0.5, epsilon: 0.3, seed },
      });
      executeMerge(plan, (_weight, values) => (values as Float32Array).forEach((value, index) => { if (value !== 0) kept[index]++; }));
    }
    const order = Array.from(model.keys()).sort((left, right) => Math.abs(model[left]!) - Math.abs(model[right]!));
    const lowQuarter = order.slice(0, 1000).reduce((sum, index) => sum + kept[index]!, 0) / 50000;
    const highQuarter = order.slice(3000).reduce((sum, index) => sum + kept[index]!, 0) / 50000;
    expect(highQuarter).toBeGreaterThan(lowQuarter + 0.2);
    expect(kept.reduce((sum, value) => sum + value, 0) / (50 * 4000)).toBeCloseTo(0.5, 1);
  });

  it('an unset seed is drawn once per merge and reported', () => {
    const plan = planMerge({ method: 'dare_ties', base: arraySource('b', { 'l/k': { shape: [2], values: new Float32Array(2) } }), models: [{ source: arraySource('m', { 'l/k': { shape: [2], values: new Float32Array([1, 2]) } }) }] });
    expect(typeof plan.seed).toBe('number');
  });
});

describe('parameter schedules', () => {
  it('a gradient [0, 1] over 5 layers yields 0, 0.25, 0.5, 0.75, 1 and filters pick tensors', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((depth) => resolveSetting([0, 1], { name: 'x', depth }))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const rules = [{ filter: 'dense_3', value: 0.5 }, { value: 0.1 }];
    expect(resolveSetting(rules, { name: 'dense_3/kernel', depth: 0 })).toBe(0.5);
    expect(resolveSetting(rules, { name: 'dense_4/kernel', depth: 0 })).toBe(0.1);
  });

  it("mergekit's forms: filter '*' matches every tensor; a list of booleans steps over depth", () => {
    expect(resolveSetting([{ filter: 'dense_3', value: 0.5 }, { filter: '*', value: 0.2 }], { name: 'dense_4/kernel', depth: 0 })).toBe(0.2);
    // mergekit's index int(t·(n − 1)): the last value only at depth 1.
    expect([0, 0.4, 0.5, 0.99, 1].map((depth) => resolveSetting([true, false], { name: 'x', depth }))).toEqual([true, true, true, true, false]);
    expect([0, 0.3, 0.34, 0.67, 1].map((depth) => resolveSetting(['sum', 'count', 'sum', 'count'], { name: 'x', depth }))).toEqual(['sum', 'sum', 'count', 'sum', 'count']);
    const plan = planMerge({
      method: 'ties', base: arraySource('b', { 'a/k': { shape: [1], values: new Float32Array(1) }, 'z/k': { shape: [1], values: new Float32Array(1) } }),
      models: [{ source: arraySource('m', { 'a/k': { shape: [1], values: new Float32Array([1]) }, 'z/k': { shape: [1], values: new Float32Array([1]) } }) }],
      parameters: { normalize: [true, false] },
    });
    expect([...plan.resolved.values()].map((values) => values.global.normalize)).toEqual([true, false]);
  });

  it('slerp t varies by layer depth and filters apply per tensor in a merge', () => {
    const tensors = (values: number) => Object.fromEntries(['a', 'b', 'c'].map((layer) => [`${layer}/kernel`, { shape: [1], values: new Float32Array([values]) }]));
    const plan = planMerge({
      method: 'linear', models: [{ source: arraySource('x', tensors(0)), parameters: { weight: [1, 0] } }, { source: arraySource('y', tensors(1)), parameters: { weight: [{ filter: 'b/', value: 3 }, { value: 1 }] } }],
    });
    const out: number[] = [];
    executeMerge(plan, (_weight, values) => out.push(values[0]!));
    // depth 0: weights (1, 1) → 0.5; depth 0.5: (0.5, 3) → 3/3.5; depth 1: (0, 1) → 1.
    expect(out[0]).toBeCloseTo(0.5, 6);
    expect(out[1]).toBeCloseTo(3 / 3.5, 6);
    expect(out[2]).toBeCloseTo(1, 6);
  });
});

describe('config parsing', () => {
  it('parses the documented YAML and resolves paths against the config folder', () => {
    const config = parseConfig('merge_method: ties\nbase_model: ./base\nalign: { method: weight_matching }\nparameters: { lambda: 1.0 }\nmodels:\n  - model: ./a\n    parameters: { weight: 1.0, density: 0.5 }\n', { directory: '/models' });
    expect(config).toEqual({
      mergeMethod: 'ties', baseModel: '/models/base', align: { method: 'weight_matching', iterations: undefined, seed: undefined },
      parameters: { lambda: 1 }, models: [{ model: '/models/a', parameters: { weight: 1, density: 0.5 } }], slices: null, dtype: null, outDtype: null, notes: [],
    });
  });

  it('does not run code or custom tags', () => {
    expect(() => parseConfig('merge_method: !!js/function "function () { return 1 }"\nmodels: [a]\n')).toThrow(/expected valid YAML, got a parse error: Unresolved tag/);
    expect(() => parseConfig('align: { method: activation_matching }\nmerge_method: linear\nmodels: [a]\n')).toThrow(/align.method 'weight_matching', 'otfusion' or 'sinkhorn_rebasin'.*activation_matching needs data/);
    expect(() => parseConfig('align: { method: otfusion, seed: 1 }\nmerge_method: linear\nmodels: [a]\n')).toThrow(/unknown key 'seed'/);
    expect(parseConfig('align: { method: sinkhorn_rebasin, steps: 5 }\nmerge_method: linear\nmodels: [a]\n').align).toMatchObject({ method: 'sinkhorn_rebasin', steps: 5 });
    expect(parseConfig('align: { method: otfusion }\nmerge_method: linear\nmodels: [a]\n').align).toEqual({ method: 'otfusion' });
  });
});

describe('library entry points', () => {
  it('mergeWeights on NamedTensorMaps returns a map; mergeModels on LayersModels returns a model', async () => {
    const maps = [1, 2].map((seed) => ({ 'dense/kernel': tf.tensor(randomFloats(6, seed), [2, 3]), 'dense/bias': tf.tensor(randomFloats(3, seed + 9), [3]) }));
    const { result } = await mergeWeights({ method: 'linear', models: [{ model: maps[0]!, parameters: { weight: 3 } }, maps[1]!] });
    const expected = tf.div(tf.add(tf.mul(maps[0]!['dense/kernel']!, 3), maps[1]!['dense/kernel']!), 4);
    expect(tf.max(tf.abs(tf.sub(result['dense/kernel']!, expected))).dataSync()[0]).toBeLessThan(1e-6);
    const a = buildMlp(1);
    const b = buildMlp(2);
    const merged = (await mergeModels({ method: 'task_arithmetic', base: a, models: [b], parameters: { lambda: 0.5 } })).result;
    const x = tf.tensor(randomFloats(3 * 8, 4), [3, 8]);
    expect((merged.predict(x) as tf.Tensor).shape).toEqual([3, 4]);
    const midpoint = merged.weights.find((weight) => weight.originalName === 'output/bias')!.read().dataSync();
    const expectedMid = tf.div(tf.add(a.weights.find((w) => w.originalName === 'output/bias')!.read(), b.weights.find((w) => w.originalName === 'output/bias')!.read()), 2).dataSync();
    Array.from(midpoint).forEach((value, index) => expect(value).toBeCloseTo(expectedMid[index]!, 6));
  });

  it('weight-map algebra: (a − b) + b == a, scale(1) is identity, mean of identical maps is the map', () => {
    const a = { k: tf.tensor(randomFloats(50, 1), [50]) };
    const b = { k: tf.tensor(randomFloats(50, 2), [50]) };
    const roundTrip = weightAlgebra.add(weightAlgebra.subtract(a, b), b);
    const difference = Math.max(...Array.from(tf.abs(tf.sub(roundTrip.k!, a.k)).dataSync()));
    expect(difference).toBeLessThanOrEqual(2 ** -23 * 2);
    expect(Array.from(weightAlgebra.scale(a, 1).k!.dataSync())).toEqual(Array.from(a.k.dataSync()));
    expect(Array.from(weightAlgebra.mean([a, a, a]).k!.dataSync())).toEqual(Array.from(a.k.dataSync()).map((value) => Math.fround(Math.fround(value * 3) / 3)));
    expect(() => weightAlgebra.add(a, { j: a.k })).toThrow(/weightAlgebra.add: expected tensor 'k' in both weight maps/);
  });

  it('greedy soup: the result scores at least the best ingredient; evaluate called at most N times with scores given', async () => {
    const target = 0.3;
    const ingredients = [0.9, 0.2, 0.4, 0.35, -1].map((value) => ({ w: tf.tensor([value]) }));
    let calls = 0;
    const evaluate = (map: tf.NamedTensorMap) => { calls++; return -Math.abs(map.w!.dataSync()[0]! - target); };
    const scores = ingredients.map((map) => -Math.abs(map.w.dataSync()[0]! - target));
    const result = await greedySoupWeights({ ingredients, evaluate, scores });
    expect(calls).toBeLessThanOrEqual(ingredients.length);
    expect(result.score).toBeGreaterThanOrEqual(Math.max(...scores));
    expect(result.kept[0]).toBe(3);
    const same = await greedySoupWeights({ ingredients: [ingredients[0]!, ingredients[0]!], evaluate });
    expect(same.soup.w!.dataSync()[0]).toBeCloseTo(0.9, 6);
  });

  it('loss barrier of a model with itself is 0; of a convex quadratic it is 0', async () => {
    const a = { w: tf.tensor([1, 2]) };
    const b = { w: tf.tensor([-3, 5]) };
    const self = await lossBarrier({ a, b: a, loss: (map) => tf.sum(tf.square(map.w!)).dataSync()[0]! });
    expect(self.barrier).toBeCloseTo(0, 6);
    const convex = await lossBarrier({ a, b, loss: (map) => 0.5 * tf.sum(tf.square(tf.sub(map.w!, tf.tensor([0.5, 0.5])))).dataSync()[0]! });
    expect(convex.barrier).toBeLessThan(1e-6);
    const bumpy = await lossBarrier({ a, b, loss: (map) => -tf.sum(tf.square(map.w!)).dataSync()[0]! });
    expect(bumpy.barrier).toBeGreaterThan(1);
    expect(Array.from(interpolateWeights(a, b, 0.25).w!.dataSync())).toEqual([0, 2.75]);
  });
});

describe('EMA and SWA', () => {
  function constantModel(value: number): tfl.LayersModel {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [2], units: 2 }), tfl.layers.batchNormalization()] });
    model.setWeights(model.weights.map((weight) => tf.fill(weight.shape as number[], value)));
    return model;
  }

  it('EMA toward a constant follows the closed forms, including BatchNorm statistics', () => {
    const model = constantModel(0);
    const ema = new WeightEma(model, { decay: 0.99 });
    model.setWeights(model.weights.map((weight) => tf.fill(weight.shape as number[], 1)));
    for (let step = 0; step < 100; step++) ema.step();
    // ema = θ + decay^k (θ0 − θ) = 1 − 0.99^100.
    for (const tensor of Object.values(ema.weights())) for (const value of tensor.dataSync()) expect(value).toBeCloseTo(1 - 0.366032, 5);
    const warm = new WeightEma(constantModel(0), { decay: 0.99, warmup: 'step', warmupSteps: 10 });
    expect(Array.from({ length: 100 }, (_, index) => 1 - warm.betaAt(index + 1)).length).toBe(100);
    const factor = Array.from({ length: 100 }, (_, index) => warm.betaAt(index + 1)).reduce((product, beta) => product * beta, 1);
    expect(factor).toBeCloseTo(0.141121, 5);
    const every = new WeightEma(constantModel(0), { updateEvery: 2 });
    for (let step = 0; step < 10; step++) every.step();
    expect(every.updates).toBe(5);
  });

  it('swap in then out restores the live weights bit-for-bit', () => {
    const model = constantModel(0.5);
    const ema = new WeightEma(model);
    model.setWeights(model.weights.map((weight) => tf.tensor(randomFloats(weight.shape.reduce((a, b) => a * (b ?? 1), 1), 3), weight.shape as number[])));
    const live = model.weights.map((weight) => Array.from(weight.read().dataSync()));
    ema.step();
    ema.swapIn();
    expect(model.weights[0]!.read().dataSync()[0]).not.toBe(live[0]![0]);
    ema.swapOut();
    model.weights.forEach((weight, index) => expect(Array.from(weight.read().dataSync())).toEqual(live[index]));
  });

  it('SWA equals the arithmetic mean of the collected snapshots', () => {
    const model = constantModel(0);
    const average = new WeightAverage(model, { startEpoch: 1, frequency: 2 });
    for (let epoch = 0; epoch < 6; epoch++) {
      model.setWeights(model.weights.map((weight) => tf.fill(weight.shape as number[], epoch)));
      average.epochEnd(epoch);
    }
    // Collected at epochs 1, 3, 5 → mean 3.
    expect(average.count).toBe(3);
    for (const tensor of Object.values(average.weights())) for (const value of tensor.dataSync()) expect(value).toBeCloseTo(3, 6);
  });
});

describe('generated artifacts and catalog', () => {
  const packageDirectory = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

  it('the shipped JSON Schema equals the one generated from the registry', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(packageDirectory, 'schema', 'merge-config.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(mergeConfigSchema())));
  });

  it('the docs page holds the current generated parameter tables', () => {
    const docs = fs.readFileSync(path.join(packageDirectory, '..', '..', 'docs', 'merge', 'README.md'), 'utf8');
    expect(docs).toContain(parameterTablesMarkdown());
  });

  it('every method and utility is in the core catalog under a merge.* id', () => {
    const entries = catalog().filter((entry) => entry.package === 'merge');
    for (const method of MERGE_METHODS) {
      expect(entries.find((entry) => entry.id === method.id)?.names).toContain(method.name);
    }
    expect(entries.find((entry) => entry.id === 'merge.dare')?.names.sort()).toEqual(['dare_linear', 'dare_ties']);
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining(['merge.git-rebasin', 'merge.linear-assignment', 'merge.ema', 'merge.swa', 'merge.weight-map']));
  });
});

describe('catalog exports', () => {
  it('every entry names what to import, main export first, each a real export of the package and none a config name', async () => {
    const merge = await import('@layerkit/merge') as Record<string, unknown>;
    const entries = catalog().filter((entry) => entry.package === 'merge');
    expect(entries.length).toBeGreaterThan(30);
    const configNames = new Set(MERGE_METHODS.map((method) => method.name));
    for (const entry of entries) {
      expect(entry.exports?.length, entry.id).toBeGreaterThan(0);
      for (const name of entry.exports!) {
        expect(typeof merge[name], `${entry.id} exports '${name}'`).not.toBe('undefined');
        expect(configNames.has(name), `${entry.id} lists the config name '${name}' as an export`).toBe(false);
      }
    }
    const exportsOf = (id: string) => entries.find((entry) => entry.id === id)!.exports;
    expect(exportsOf('merge.ties')).toEqual(['mergeModels', 'mergeModelDirectories', 'mergeWeights']);
    expect(exportsOf('merge.zipit')![0]).toBe('zipit');
    expect(exportsOf('merge.git-rebasin')![0]).toBe('weightMatching');
    expect(exportsOf('merge.tall-masks')).toEqual(['tallMasks', 'packMask', 'unpackMask', 'reconstructTask', 'mergeModels', 'mergeModelDirectories', 'mergeWeights']);
  });
});

describe('registerMergeMethod', () => {
  it('adds a method that configs and the planner then accept, and refuses a taken name', async () => {
    const { defineMergeMethod, parameter, registerMergeMethod, getMergeMethod } = await import('@layerkit/merge');
    const halfway = defineMergeMethod({
      name: 'halfway_test', id: 'merge.halfway-test', summary: 'Midpoint.', paper: 'expected',
      params: { t: parameter.number({ scope: 'global', default: 0.5, description: 'Mix factor.' }) },
      base: 'required', models: { minimum: 1, maximum: 1 },
      merge: ({ base, models, global }) => models[0]!.map((value, index) => (1 - global.t) * base![index]! + global.t * value),
    });
    registerMergeMethod(halfway);
    registerMergeMethod(halfway);
    expect(getMergeMethod('halfway_test')).toBe(halfway);
    expect(runOne('halfway_test', new Float32Array([0, 2]), [new Float32Array([2, 4])], { t: 0.25 })).toEqual(new Float32Array([0.5, 2.5]));
    expect(() => registerMergeMethod({ ...halfway })).toThrow(/already registered/);
  });
});

describe('model directories', () => {
  it('a save → load round trip through directoryHandler preserves every tensor byte-for-byte, across shard boundaries', async () => {
    const { directoryHandler, ModelDirectory, writeModelDirectory } = await import('@layerkit/merge');
    const { temporaryDirectory } = await import('./test-helpers.js');
    const root = temporaryDirectory();
    try {
      const model = buildMlp(7);
      await model.save(directoryHandler(path.join(root, 'saved')));
      const loaded = await tfl.loadLayersModel(directoryHandler(path.join(root, 'saved')));
      model.weights.forEach((weight, index) => {
        expect(Buffer.from(loaded.weights[index]!.read().dataSync().buffer)).toEqual(Buffer.from(weight.read().dataSync().buffer));
      });
      const values = Float32Array.from({ length: 100 }, (_, index) => index * 0.5 - 7);
      writeModelDirectory(path.join(root, 'sharded'), { modelTopology: null }, [
        { info: { name: 'a/k', shape: [10, 3], dtype: 'float32' }, values: values.subarray(0, 30) },
        { info: { name: 'b/k', shape: [70], dtype: 'float32' }, values: values.subarray(30) },
      ], { shardBytes: 64 });
      const directory = ModelDirectory.open(path.join(root, 'sharded'));
      expect(directory.groups[0]!.length).toBe(7);
      expect(Array.from(directory.read('a/k'))).toEqual(Array.from(values.subarray(0, 30)));
      expect(Array.from(directory.read('b/k'))).toEqual(Array.from(values.subarray(30)));
      directory.close();
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('TALL masks', () => {
  it('one task reconstructs exactly; bit-packed masks round-trip; consensus k = 1 is task arithmetic on used entries', async () => {
    const { tallMasks, packMask, unpackMask, reconstructTask } = await import('@layerkit/merge');
    const base = randomFloats(37, 1);
    const model = randomFloats(37, 2);
    const delta = Array.from(model, (value, index) => value - base[index]!);
    const [mask] = tallMasks([delta], [0.4]);
    expect(Array.from(reconstructTask(base, delta, mask!))).toEqual(Array.from(model));
    const pattern = Uint8Array.from({ length: 37 }, (_, index) => (index * 7) % 3 === 0 ? 1 : 0);
    const packed = packMask(pattern);
    expect(packed.length).toBe(5);
    expect(Array.from(unpackMask(packed, 37))).toEqual(Array.from(pattern));
    const other = randomFloats(37, 3);
    const otherDelta = Array.from(other, (value, index) => value - base[index]!);
    const masks = tallMasks([delta, otherDelta], [0.4, 0.4]);
    const merged = runOne('consensus', base, [model, other], { k: 1 });
    merged.forEach((value, index) => {
      const used = masks[0]![index]! + masks[1]![index]! >= 1;
      expect(value).toBeCloseTo(base[index]! + (used ? delta[index]! + otherDelta[index]! : 0), 5);
    });
  });
});
