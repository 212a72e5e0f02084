/**
 * mergekit configs run unchanged: YAML files from mergekit's own examples/ folder, byte for byte,
 * with tfjs models created at the paths they name, through the layerkit-merge tool; the results
 * checked against mergekit's documented semantics computed here independently (float64, with an
 * IEEE half-precision table for `dtype: float16`). Then the other mergekit keys and slices errors.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelDirectory, runCli } from '@layerkit/merge';
import { loadModel, randomizeWeights, saveModel, temporaryDirectory, useCpu } from './test-helpers.js';

let root: string;
beforeAll(async () => {
  await useCpu();
  root = temporaryDirectory('layerkit-mergekit-');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => { stdout += text; return true; } }, stderr: { write: (text: string) => { stderr += text; return true; } } });
  return { code, stdout, stderr };
}

/** A Sequential stack of Dense layers with the given names (widths[i] → widths[i + 1]), seeded weights. */
function denseStack(names: readonly string[], widths: readonly number[], seed: number): tfl.Sequential {
  const model = tfl.sequential({
    layers: names.map((name, index) => tfl.layers.dense({ units: widths[index + 1]!, name, ...(index === 0 ? { inputShape: [widths[0]!] } : {}) })),
  });
  randomizeWeights(model, seed);
  return model;
}

/** Creates the tfjs model at a mergekit model reference used as a relative path (org/name). */
async function createAt(directory: string, reference: string, model: tfl.LayersModel): Promise<void> {
  await saveModel(model, path.join(directory, ...reference.split('/')));
}

function readAll(directory: string): Map<string, Float32Array> {
  const model = ModelDirectory.open(directory);
  const values = new Map(model.weights.map((weight) => [weight.name, Float32Array.from(model.read(weight.name) as Float32Array)]));
  model.close();
  return values;
}

// IEEE float16, decoded from every bit pattern: an oracle independent of the rounding code.
const HALF_VALUES: number[] = [];
for (let bits = 0; bits < 0x7c00; bits++) {
  const exponent = bits >> 10;
  const mantissa = bits & 0x3ff;
  HALF_VALUES.push(exponent === 0 ? mantissa * 2 ** -24 : (1 + mantissa / 1024) * 2 ** (exponent - 15));
}

/** The nearest float16 value (ties to the even bit pattern), ±Infinity beyond the range. */
function nearestHalf(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 65520) return Math.sign(value) * Infinity;
  let low = 0;
  let high = HALF_VALUES.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (HALF_VALUES[middle]! <= magnitude) low = middle;
    else high = middle;
  }
  const below = magnitude - HALF_VALUES[low]!;
  const above = HALF_VALUES[high]! - magnitude;
  const pick = below < above ? low : above < below ? high : (low % 2 === 0 ? low : high);
  return Math.sign(value) * HALF_VALUES[pick]!;
}

const half = (values: Float32Array) => Array.from(values, nearestHalf);

/** mergekit's parameter settings: a scalar, a gradient over t, or filter rules (first match, then the rule without filter). */
function evaluateSetting(setting: unknown, name: string, t: number): number {
  if (typeof setting === 'number') return setting;
  const list = setting as unknown[];
  if (list.every((item) => typeof item === 'number')) {
    const numbers = list as number[];
    const scaled = t * (numbers.length - 1);
    const lower = Math.floor(scaled);
    const upper = Math.min(numbers.length - 1, lower + 1);
    return (1 - (scaled - lower)) * numbers[lower]! + (scaled - lower) * numbers[upper]!;
  }
  const rule = (list as { filter?: string; value: unknown }[]).find((candidate) => candidate.filter === undefined || name.includes(candidate.filter));
  return evaluateSetting(rule!.value, name, t);
}

/** TIES as mergekit computes it: top ⌊density·n⌋ of |δ|, vote Σ wδ (≥ 0 elects +), agreeing entries summed, optionally averaged. */
function tiesReference(base: number[], models: number[][], weights: number[], densities: number[], normalize: boolean): number[] {
  const deltas = models.map((model, index) => {
    const delta = model.map((value, position) => value - base[position]!);
    if (densities[index]! >= 1) return delta;
    const keep = Math.floor(densities[index]! * delta.length);
    const kept = new Set(delta.map((value, position) => [Math.abs(value), position] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, keep).map(([, position]) => position));
    return delta.map((value, position) => (kept.has(position) ? value : 0));
  });
  return base.map((value, position) => {
    const weighted = deltas.map((delta, index) => weights[index]! * delta[position]!);
    const sign = weighted.reduce((sum, entry) => sum + entry, 0) >= 0 ? 1 : -1;
    let sum = 0;
    let weightSum = 0;
    weighted.forEach((entry, index) => { if (Math.sign(entry) === sign) { sum += entry; weightSum += weights[index]!; } });
    return value + (normalize && weightSum !== 0 ? sum / weightSum : sum);
  });
}

/** mergekit's SLERP: vectors of norm ≤ 1e-8 stay unnormalised, lerp above |cos| 0.9995. */
function slerpReference(t: number, a: number[], b: number[]): number[] {
  const norm = (v: number[]) => Math.sqrt(v.reduce((sum, value) => sum + value * value, 0));
  const unit = (v: number[]) => (norm(v) > 1e-8 ? v.map((value) => value / norm(v)) : v);
  const cosine = unit(a).reduce((sum, value, index) => sum + value * unit(b)[index]!, 0);
  if (Math.abs(cosine) > 0.9995) return a.map((value, index) => (1 - t) * value + t * b[index]!);
  const theta = Math.acos(cosine);
  return a.map((value, index) => (Math.sin((1 - t) * theta) * value + Math.sin(t * theta) * b[index]!) / Math.sin(theta));
}

function expectValues(actual: Float32Array, expected: number[], what: string): void {
  expect(actual.length, what).toBe(expected.length);
  expected.forEach((value, index) => {
    if (actual[index] !== value) {
      // Float64 sums in another order may land on the neighbouring half-precision value; never further.
      const spacing = Math.abs(nearestHalf(value * (1 + 2 ** -10)) - value) || 2 ** -24;
      expect(Math.abs(actual[index]! - value), `${what}[${index}]: expected ${value}, got ${actual[index]}`).toBeLessThanOrEqual(spacing * 1.0001);
    }
  });
}

describe("mergekit's examples/*.yml, unchanged", () => {
  it('bio-merge.yml: ties with normalize false, int8_mask and dtype float16', async () => {
    const directory = path.join(root, 'bio-merge');
    const names = ['embed', 'layers_0_mlp', 'layers_1_mlp', 'lm_head'];
    const widths = [6, 10, 10, 10, 5];
    await createAt(directory, 'mistralai/Mistral-7B-v0.1', denseStack(names, widths, 1));
    await createAt(directory, 'mistralai/Mistral-7B-Instruct-v0.2', denseStack(names, widths, 2));
    await createAt(directory, 'BioMistral/BioMistral-7B', denseStack(names, widths, 3));
    const config = path.join(directory, 'bio-merge.yml');
    fs.writeFileSync(config, [
      'models:',
      '  - model: mistralai/Mistral-7B-Instruct-v0.2',
      '    parameters:',
      '      density: 0.5',
      '      weight: 0.5',
      '  - model: BioMistral/BioMistral-7B',
      '    parameters:',
      '      density: 0.5',
      '      weight: 0.5',
      'merge_method: ties',
      'base_model: mistralai/Mistral-7B-v0.1',
      'parameters:',
      '  normalize: false',
      '  int8_mask: true',
      'dtype: float16',
      '',
    ].join('\n'));
    const output = path.join(directory, 'merged');
    const result = await cli(config, output, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [base, instruct, bio] = ['mistralai/Mistral-7B-v0.1', 'mistralai/Mistral-7B-Instruct-v0.2', 'BioMistral/BioMistral-7B'].map((reference) => readAll(path.join(directory, ...reference.split('/'))));
    const merged = readAll(output);
    for (const [name, values] of merged) {
      const expected = half(Float32Array.from(tiesReference(half(base!.get(name)!), [half(instruct!.get(name)!), half(bio!.get(name)!)], [0.5, 0.5], [0.5, 0.5], false)));
      expectValues(values, expected, name);
      expect(Array.from(values, nearestHalf)).toEqual(Array.from(values));
    }
    const json = JSON.parse(fs.readFileSync(path.join(output, 'model.json'), 'utf8'));
    expect(json.userDefinedMetadata.layerkitMerge).toMatchObject({ method: 'ties', dtype: 'float16' });
    const model = await loadModel(output);
    expect((model.predict(tf.ones([2, 6])) as tf.Tensor).shape).toEqual([2, 5]);
  });

  it('ties.yml: density and weight gradients over depth, a filter rule, int8_mask, dtype float16', async () => {
    const directory = path.join(root, 'ties');
    const names = ['layers_0_self_attn', 'layers_1_mlp', 'layers_2_self_attn', 'layers_3_mlp', 'layers_4_self_attn'];
    const widths = [4, 8, 8, 8, 8, 3];
    const references = ['TheBloke/Llama-2-13B-fp16', 'psmathur/orca_mini_v3_13b', 'garage-bAInd/Platypus2-13B', 'WizardLM/WizardMath-13B-V1.0'];
    for (const [index, reference] of references.entries()) await createAt(directory, reference, denseStack(names, widths, 10 + index));
    const config = path.join(directory, 'ties.yml');
    fs.writeFileSync(config, [
      'models:',
      '  - model: psmathur/orca_mini_v3_13b',
      '    parameters:',
      '      density: [1, 0.7, 0.1] # density gradient',
      '      weight: 1.0',
      '  - model: garage-bAInd/Platypus2-13B',
      '    parameters:',
      '      density: 0.5',
      '      weight: [0, 0.3, 0.7, 1] # weight gradient',
      '  - model: WizardLM/WizardMath-13B-V1.0',
      '    parameters:',
      '      density: 0.33',
      '      weight:',
      '        - filter: mlp',
      '          value: 0.5',
      '        - value: 0',
      'merge_method: ties',
      'base_model: TheBloke/Llama-2-13B-fp16',
      'parameters:',
      '  normalize: true',
      '  int8_mask: true',
      'dtype: float16',
      '',
    ].join('\n'));
    const output = path.join(directory, 'merged');
    const result = await cli(config, output, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [base, orca, platypus, wizard] = references.map((reference) => readAll(path.join(directory, ...reference.split('/'))));
    const merged = readAll(output);
    const configWeights: unknown[] = [1, [0, 0.3, 0.7, 1], [{ filter: 'mlp', value: 0.5 }, { value: 0 }]];
    const configDensities: unknown[] = [[1, 0.7, 0.1], 0.5, 0.33];
    for (const [name, values] of merged) {
      // One layer of the five per t: t = layer index / 4.
      const t = names.indexOf(name.split('/')[0]!) / (names.length - 1);
      const weights = configWeights.map((setting) => evaluateSetting(setting, name, t));
      const densities = configDensities.map((setting) => evaluateSetting(setting, name, t));
      const expected = half(Float32Array.from(tiesReference(half(base!.get(name)!), [orca, platypus, wizard].map((model) => half(model!.get(name)!)), weights, densities, true)));
      expectValues(values, expected, name);
    }
  });

  it('orcamini-platy-44layer.yml: passthrough slices stack layers [0, 24) of one model and [20, 40) of another', async () => {
    const directory = path.join(root, 'orcamini-platy');
    const names = Array.from({ length: 40 }, (_, index) => `layers_${index}`);
    const widths = new Array(41).fill(4);
    await createAt(directory, 'psmathur/orca_mini_v3_13b', denseStack(names, widths, 21));
    await createAt(directory, 'garage-bAInd/Platypus2-13B', denseStack(names, widths, 22));
    const config = path.join(directory, 'orcamini-platy-44layer.yml');
    fs.writeFileSync(config, [
      'slices:',
      '  - sources:',
      '    - model: psmathur/orca_mini_v3_13b',
      '      layer_range: [0, 24]',
      '  - sources:',
      '    - model: garage-bAInd/Platypus2-13B',
      '      layer_range: [20, 40]',
      'merge_method: passthrough',
      'dtype: float16',
      '',
    ].join('\n'));
    const output = path.join(directory, 'merged');
    const result = await cli(config, output, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/passthrough over 88 tensors/);
    const orca = readAll(path.join(directory, 'psmathur', 'orca_mini_v3_13b'));
    const platypus = readAll(path.join(directory, 'garage-bAInd', 'Platypus2-13B'));
    const merged = await loadModel(output);
    expect(merged.layers).toHaveLength(44);
    // Repeated names (Platypus's layers 20–23 after Orca's) get a suffix; the weights are each source layer's.
    expect(merged.layers.slice(22, 30).map((layer) => layer.name)).toEqual(['layers_22', 'layers_23', 'layers_20_1', 'layers_21_1', 'layers_22_1', 'layers_23_1', 'layers_24', 'layers_25']);
    merged.layers.forEach((layer, index) => {
      const [source, sourceLayer] = index < 24 ? [orca, index] : [platypus, index - 4];
      layer.getWeights().forEach((weight, weightIndex) => {
        const suffix = weightIndex === 0 ? 'kernel' : 'bias';
        expect(Array.from(weight.dataSync()), `layer ${index} ${suffix}`).toEqual(half(source.get(`layers_${sourceLayer}/${suffix}`)!));
      });
    });
    const x = tf.tensor2d([[0.1, -0.2, 0.3, 0.4]]);
    expect((merged.predict(x) as tf.Tensor).shape).toEqual([1, 4]);
  });

  it('gradient-slerp.yml: slerp over two 40-layer slices with t gradients chosen by filters', async () => {
    const directory = path.join(root, 'gradient-slerp');
    const names = Array.from({ length: 40 }, (_, index) => `layers_${index}_${index % 2 === 0 ? 'self_attn' : index % 3 === 0 ? 'mlp' : 'norm'}`);
    const widths = new Array(41).fill(3);
    await createAt(directory, 'psmathur/orca_mini_v3_13b', denseStack(names, widths, 31));
    await createAt(directory, 'garage-bAInd/Platypus2-13B', denseStack(names, widths, 32));
    const config = path.join(directory, 'gradient-slerp.yml');
    fs.writeFileSync(config, [
      'slices:',
      '  - sources:',
      '      - model: psmathur/orca_mini_v3_13b',
      '        layer_range: [0, 40]',
      '      - model: garage-bAInd/Platypus2-13B',
      '        layer_range: [0, 40]',
      '# or, the equivalent models: syntax:',
      '# models:',
      '#   - model: psmathur/orca_mini_v3_13b',
      '#   - model: garage-bAInd/Platypus2-13B',
      'merge_method: slerp',
      'base_model: psmathur/orca_mini_v3_13b',
      'parameters:',
      '  t:',
      '    - filter: self_attn',
      '      value: [0, 0.5, 0.3, 0.7, 1]',
      '    - filter: mlp',
      '      value: [1, 0.5, 0.7, 0.3, 0]',
      '    - value: 0.5 # fallback for rest of tensors',
      'dtype: float16',
      '',
    ].join('\n'));
    const output = path.join(directory, 'merged');
    const result = await cli(config, output, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const orca = readAll(path.join(directory, 'psmathur', 'orca_mini_v3_13b'));
    const platypus = readAll(path.join(directory, 'garage-bAInd', 'Platypus2-13B'));
    const merged = readAll(output);
    expect(merged.size).toBe(80);
    const tSetting = [{ filter: 'self_attn', value: [0, 0.5, 0.3, 0.7, 1] }, { filter: 'mlp', value: [1, 0.5, 0.7, 0.3, 0] }, { value: 0.5 }];
    for (const [name, values] of merged) {
      const t = evaluateSetting(tSetting, name, names.indexOf(name.split('/')[0]!) / 39);
      expectValues(values, half(Float32Array.from(slerpReference(t, half(orca.get(name)!), half(platypus.get(name)!)))), name);
    }
    // The first layer takes t = 0 (self_attn gradient starts at 0): the base's layer exactly.
    expect(Array.from(merged.get(`${names[0]}/kernel`)!)).toEqual(half(orca.get(`${names[0]}/kernel`)!));
  });
});

describe('other mergekit keys', () => {
  let directory: string;
  beforeAll(async () => {
    directory = path.join(root, 'keys');
    const names = ['dense_a', 'dense_b', 'dense_c'];
    for (const [model, seed] of [['base', 41], ['a', 42], ['b', 43]] as const) await createAt(directory, model, denseStack(names, [4, 6, 6, 2], seed));
    await createAt(directory, 'wide', denseStack(['dense_a', 'dense_b', 'dense_c'], [4, 6, 5, 2], 44));
    const input = tfl.input({ shape: [4] });
    await createAt(directory, 'functional', tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 2, name: 'dense_a' }).apply(input) as tfl.SymbolicTensor }));
  });

  function config(name: string, lines: string[]): string {
    const file = path.join(directory, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  it("mergekit's base-under-models entry is the base itself: the same result as without it", async () => {
    const withBase = await cli(config('with-base.yml', [
      'merge_method: ties', 'base_model: ./base', 'parameters: { density: 0.5 }',
      'models:', '  - model: ./base', '    # no parameters necessary for base model', '  - model: ./a', '    parameters: { weight: 0.6 }', '  - model: ./b', '    parameters: { weight: 0.4 }',
    ]), path.join(directory, 'out-with-base'), '--quiet');
    const without = await cli(config('without-base.yml', [
      'merge_method: ties', 'base_model: ./base', 'parameters: { density: 0.5 }',
      'models:', '  - model: ./a', '    parameters: { weight: 0.6 }', '  - model: ./b', '    parameters: { weight: 0.4 }',
    ]), path.join(directory, 'out-without-base'), '--quiet');
    expect(withBase.code).toBe(0);
    expect(without.code).toBe(0);
    expect(withBase.stdout).toMatch(/ties over 6 tensors/);
    const left = readAll(path.join(directory, 'out-with-base'));
    const right = readAll(path.join(directory, 'out-without-base'));
    for (const [name, values] of left) expect(Array.from(values)).toEqual(Array.from(right.get(name)!));
  });

  it('tokenizer_source (base or a model) and chat_template are accepted with a note; union and tokenizer are refused', async () => {
    const lines = ['merge_method: linear', 'models: [./a, ./b]', 'tokenizer_source: base', 'chat_template: chatml'];
    const noted = await cli(config('tokenizer.yml', lines), path.join(directory, 'out-tokenizer'), '--quiet');
    expect(noted.code).toBe(0);
    expect(noted.stderr).toMatch(/tokenizer_source is ignored: tfjs model directories carry no tokenizer/);
    expect(noted.stderr).toMatch(/chat_template is ignored/);
    const union = await cli(config('union.yml', ['merge_method: linear', 'models: [./a, ./b]', 'tokenizer_source: union']), path.join(directory, 'out-union'));
    expect(union.code).toBe(1);
    expect(union.stderr).toMatch(/expected no tokenizer merging, got tokenizer_source: union — a merged vocabulary re-maps embedding rows/);
    expect(fs.existsSync(path.join(directory, 'out-union'))).toBe(false);
    const modules = await cli(config('modules.yml', ['merge_method: linear', 'modules: { text_decoder: { models: [./a] } }']), path.join(directory, 'out-modules'));
    expect(modules.stderr).toMatch(/expected models or slices, got modules — /);
  });

  it('dtype: bfloat16 rounds the result to bfloat16; out_dtype overrides it; unknown dtypes are refused with a suggestion', async () => {
    const result = await cli(config('bf16.yml', ['merge_method: linear', 'models: [./a, ./b]', 'dtype: float32', 'out_dtype: bfloat16']), path.join(directory, 'out-bf16'), '--quiet');
    expect(result.code).toBe(0);
    const a = readAll(path.join(directory, 'a'));
    const b = readAll(path.join(directory, 'b'));
    for (const [name, values] of readAll(path.join(directory, 'out-bf16'))) {
      values.forEach((value, index) => {
        const exact = (a.get(name)![index]! + b.get(name)![index]!) / 2;
        // bfloat16 keeps 8 significant bits: the value has no bits below them, and is within half a step of the mean.
        const bits = new Uint32Array(new Float32Array([value]).buffer)[0]!;
        expect(bits & 0xffff).toBe(0);
        expect(Math.abs(value - exact)).toBeLessThanOrEqual(Math.abs(exact) * 2 ** -8 + 1e-30);
      });
    }
    const bad = await cli(config('bad-dtype.yml', ['merge_method: linear', 'models: [./a]', 'dtype: float15']), path.join(directory, 'out-bad'));
    expect(bad.stderr).toMatch(/expected dtype to be one of float32, float16, bfloat16, got string "float15" — fix dtype \(did you mean 'float16'\?\)/);
  });

  it('slices refuse what they cannot stack, naming the fix', async () => {
    const cases: [string[], RegExp][] = [
      [['merge_method: passthrough', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 4] }]'], /expected a layer_range \[start, end\) with 0 ≤ start < end ≤ 3 .*got \[0, 4\] — fix layer_range/],
      [['merge_method: linear', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 2] }, { model: ./b, layer_range: [1, 2] }]'], /expected 2 layers like sources\[0\].*got 1 in/],
      [['merge_method: linear', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 3] }, { model: ./wide, layer_range: [0, 3] }]'], /expected layer 1 of '.*wide' to line up with layer 1 of '.*a' \(Dense with kernel \[6, 6\].*got Dense with kernel \[6, 5\]/],
      [['merge_method: passthrough', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 2] }]', '  - sources: [{ model: ./a, layer_range: [0, 1] }]'], /expected layer 0 of '.*a' \(Dense, reads 4 features\) to accept what layer 1 of '.*a' gives before it, got 6 features/],
      [['merge_method: passthrough', 'slices:', '  - sources: [{ model: ./a, layer_range: [1, 2] }]', '  - sources: [{ model: ./a, layer_range: [2, 3] }]'], null as unknown as RegExp],
      [['merge_method: ties', 'base_model: ./base', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 3] }]'], /expected base_model '.*base' among the sources/],
      [['merge_method: linear', 'align: { method: weight_matching }', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 3] }]'], /expected no align with slices/],
      [['merge_method: linear', 'models: [./a]', 'slices:', '  - sources: [{ model: ./a, layer_range: [0, 3] }]'], /expected either models or slices, got both/],
      [['merge_method: passthrough', 'slices:', '  - sources: [{ model: ./functional, layer_range: [0, 1] }]'], /expected Sequential models \(a layer index is a position in model.layers\), got 'Model' for '.*functional' — slice Sequential models/],
    ];
    for (const [index, [lines, error]] of cases.entries()) {
      const output = path.join(directory, `out-slices-${index}`);
      const result = await cli(config(`slices-${index}.yml`, lines), output, '--quiet');
      if (error === null) {
        // Starting the stack inside a model at a Dense layer: its input shape comes from the kernel.
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const model = await loadModel(output);
        expect((model.predict(tf.ones([1, 6])) as tf.Tensor).shape).toEqual([1, 2]);
        continue;
      }
      expect(result.stderr, lines.join(' | ')).toMatch(error);
      expect(result.stderr).toMatch(/ — /);
      expect(result.code).toBe(1);
      expect(fs.existsSync(output)).toBe(false);
    }
    expect(fs.readdirSync(directory).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });
});
