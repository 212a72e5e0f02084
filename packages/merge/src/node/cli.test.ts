/**
 * End-to-end: real tfjs model directories written by model.save (through a file IOHandler), merged
 * by the layerkit-merge tool, loaded back with tf.loadLayersModel; and every kind of bad input
 * failing with a clear message and nothing left behind.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelDirectory, permutationSpecFromTopology, permuteTensor, randomPermutations, runCli, writeModelDirectory } from '@layerkit/merge';
import { buildMlp, loadModel, namedWeights, saveModel, temporaryDirectory, useCpu } from '../test-helpers.js';

let root: string;
beforeAll(async () => {
  await useCpu();
  root = temporaryDirectory();
  await saveModel(buildMlp(1), path.join(root, 'base'));
  await saveModel(buildMlp(2), path.join(root, 'a'));
  await saveModel(buildMlp(3), path.join(root, 'b'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => { stdout += text; } }, stderr: { write: (text: string) => { stderr += text; } } });
  return { code, stdout, stderr };
}

function writeConfig(name: string, text: string): string {
  const file = path.join(root, name);
  fs.writeFileSync(file, text);
  return file;
}

function leftovers(): string[] {
  return fs.readdirSync(root).filter((entry) => entry.startsWith('.'));
}

describe('layerkit-merge end to end', () => {
  it('ties over real model directories matches the definition, keeps topology and sharding', async () => {
    // Base with several shards, to check the output reproduces the layout.
    const sharded = path.join(root, 'base-sharded');
    const base = await loadModel(path.join(root, 'base'));
    const baseWeights = namedWeights(base);
    writeModelDirectory(sharded, { modelTopology: JSON.parse(fs.readFileSync(path.join(root, 'base', 'model.json'), 'utf8')).modelTopology, format: 'layers-model' },
      base.weights.map((weight) => ({ info: { name: weight.originalName, shape: weight.shape as number[], dtype: 'float32' as const }, values: baseWeights[weight.originalName]! })),
      { shardBytes: 300 });
    const config = writeConfig('ties.yml', [
      'merge_method: ties',
      'base_model: ./base-sharded',
      'parameters: { lambda: 0.8 }',
      'models:',
      '  - model: ./a',
      '    parameters: { weight: 1.0, density: 0.5 }',
      '  - model: ./b',
      '    parameters: { weight: 0.5, density: 0.5 }',
    ].join('\n'));
    const output = path.join(root, 'out-ties');
    const result = await cli(config, output);
    expect(result.stderr).toMatch(/tensors/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*ties over 8 tensors/);
    const inputShards = ModelDirectory.open(sharded);
    const outputShards = ModelDirectory.open(output);
    expect(outputShards.groups.map((group) => group.map((shard) => [shard.relativePath, shard.size])))
      .toEqual(inputShards.groups.map((group) => group.map((shard) => [shard.relativePath, shard.size])));
    expect(inputShards.groups[0]!.length).toBeGreaterThan(3);
    expect(outputShards.modelJson.modelTopology).toEqual(inputShards.modelJson.modelTopology);
    inputShards.close();
    outputShards.close();

    const merged = namedWeights(await loadModel(output));
    const a = namedWeights(await loadModel(path.join(root, 'a')));
    const b = namedWeights(await loadModel(path.join(root, 'b')));
    // Independent float64 TIES for one tensor, straight from the definition.
    for (const name of ['hidden_0/kernel', 'output/bias']) {
      const trim = (values: Float32Array) => {
        const delta = Array.from(values, (value, index) => value - baseWeights[name]![index]!);
        const keep = Math.round(0.5 * delta.length);
        const order = delta.map((value, index) => [Math.abs(value), index] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
        const kept = new Set(order.slice(0, keep).map(([, index]) => index));
        return delta.map((value, index) => (kept.has(index) ? value : 0));
      };
      const deltas = [trim(a[name]!), trim(b[name]!)];
      const weights = [1, 0.5];
      const expected = baseWeights[name]!.map((baseValue, index) => {
        const weighted = deltas.map((delta, model) => weights[model]! * delta[index]!);
        const sign = Math.sign(weighted[0]! + weighted[1]!);
        let sum = 0; let weightSum = 0;
        weighted.forEach((value, model) => { if (Math.sign(value) === sign && sign !== 0) { sum += value; weightSum += weights[model]!; } });
        return baseValue + 0.8 * (weightSum > 0 ? sum / weightSum : 0);
      });
      const actual = merged[name]!;
      for (let index = 0; index < expected.length; index++) expect(Math.abs(actual[index]! - expected[index]!)).toBeLessThan(1e-5);
    }
    expect(leftovers()).toEqual([]);
  });

  it('linear in JSON with alignment runs, records metadata, and the merged model predicts', async () => {
    const config = writeConfig('soup.json', JSON.stringify({ merge_method: 'linear', align: { method: 'weight_matching' }, models: ['./a', { model: './b' }] }));
    const output = path.join(root, 'out-linear');
    const result = await cli(config, output, '--quiet');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(fs.readFileSync(path.join(output, 'model.json'), 'utf8'));
    expect(json.userDefinedMetadata.layerkitMerge).toMatchObject({ method: 'linear', align: 'weight_matching' });
    const model = await loadModel(output);
    const prediction = model.predict(tf.ones([2, 8])) as tf.Tensor;
    expect(prediction.shape).toEqual([2, 4]);
  });

  it('base_model + linear + align: the base is the alignment target, not an input of the average', async () => {
    // Two hidden-unit-permuted copies of the base: aligned onto the base they both become the
    // base, so their linear average is the base itself.
    const baseDirectory = path.join(root, 'base');
    const baseJson = JSON.parse(fs.readFileSync(path.join(baseDirectory, 'model.json'), 'utf8'));
    const baseModel = ModelDirectory.open(baseDirectory);
    const spec = permutationSpecFromTopology(baseJson.modelTopology, baseModel.weights);
    for (const [name, seed] of [['permuted-1', 1], ['permuted-2', 2]] as const) {
      const permutations = randomPermutations(spec, seed);
      writeModelDirectory(path.join(root, name), { modelTopology: baseJson.modelTopology, format: 'layers-model' }, baseModel.weights.map((weight) => ({
        info: weight, values: permuteTensor(baseModel.read(weight.name), weight.shape, spec.tensors[weight.name], permutations),
      })));
    }
    const config = writeConfig('linear-base-align.yml', 'merge_method: linear\nbase_model: ./base\nalign: {method: weight_matching}\nmodels: [./permuted-1, ./permuted-2]\n');
    const output = path.join(root, 'out-linear-base-align');
    const result = await cli(config, output);
    expect(result.stderr).not.toMatch(/expected no base_model/);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/aligned '.*permuted-\d' in \d+ sweep/g)).toHaveLength(2);
    const merged = ModelDirectory.open(output);
    for (const weight of baseModel.weights) expect(Array.from(merged.read(weight.name) as Float32Array)).toEqual(Array.from(baseModel.read(weight.name) as Float32Array));
    // A permuted copy really differs from the base before alignment.
    expect(Array.from(ModelDirectory.open(path.join(root, 'permuted-1')).read('hidden_0/kernel') as Float32Array)).not.toEqual(Array.from(baseModel.read('hidden_0/kernel') as Float32Array));
    // Without align the base has no role in linear, and stays refused.
    const withoutAlign = await cli(writeConfig('linear-base.yml', 'merge_method: linear\nbase_model: ./base\nmodels: [./permuted-1, ./permuted-2]\n'), path.join(root, 'out-linear-base'));
    expect(withoutAlign.code).toBe(1);
    expect(withoutAlign.stderr).toMatch(/linear: expected no base_model \(this method does not use one\)/);
    merged.close();
    baseModel.close();
  });

  it('otfusion and sinkhorn_rebasin alignments run from a config', async () => {
    for (const align of ['{ method: otfusion }', '{ method: sinkhorn_rebasin, steps: 3 }']) {
      const config = writeConfig('aligned.yml', `merge_method: linear\nalign: ${align}\nmodels: [./a, ./b]\n`);
      const output = path.join(root, `out-${align.includes('otfusion') ? 'otfusion' : 'sinkhorn'}`);
      const result = await cli(config, output, '--quiet');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(ModelDirectory.open(output).weights).toHaveLength(8);
    }
  });

  it('--dry-run validates and writes nothing; --list and --schema print', async () => {
    const config = writeConfig('dry.yml', 'merge_method: task_arithmetic\nbase_model: ./base\nmodels: [./a, ./b]\n');
    const output = path.join(root, 'out-dry');
    const result = await cli(config, output, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/dry run: task_arithmetic .* is valid; nothing written/);
    expect(fs.existsSync(output)).toBe(false);
    expect((await cli('--list')).stdout).toMatch(/^ties\s+merge\.ties/m);
    expect(JSON.parse((await cli('--schema')).stdout).oneOf.length).toBeGreaterThan(10);
  });

  it('greedy soup runs the --eval module and keeps only helpful ingredients', async () => {
    // Scores: the model whose first kernel entry is largest wins; the soup must not score lower.
    const evaluator = path.join(root, 'evaluate.mjs');
    fs.writeFileSync(evaluator, [
      'export let calls = 0;',
      'export default async function evaluate(model) {',
      '  calls++;',
      '  const weight = model.weights.find((w) => w.originalName === "output/bias").read().dataSync();',
      '  return -Math.abs(weight[0] - 0.1);',
      '}',
    ].join('\n'));
    const config = writeConfig('soup.yml', 'merge_method: greedy_soup\nmodels: [./base, ./a, ./b]\n');
    const output = path.join(root, 'out-soup');
    const result = await cli(config, output, '--eval', evaluator, '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/greedy soup kept models\[\d\]/);
    const bias = namedWeights(await loadModel(output))['output/bias']!;
    const singles = await Promise.all(['base', 'a', 'b'].map(async (name) => {
      const single = namedWeights(await loadModel(path.join(root, name)))['output/bias']!;
      return -Math.abs(single[0]! - 0.1);
    }));
    expect(-Math.abs(bias[0]! - 0.1)).toBeGreaterThanOrEqual(Math.max(...singles) - 1e-7);
    const without = await cli(config, path.join(root, 'out-soup-2'));
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/greedy_soup: expected --eval MODULE/);
  });
});

describe('layerkit-merge refuses bad input with a clear error and leaves nothing behind', () => {
  function copyModel(name: string, edit: (json: Record<string, any>, directory: string) => void): string {
    const directory = path.join(root, name);
    fs.cpSync(path.join(root, 'a'), directory, { recursive: true });
    const json = JSON.parse(fs.readFileSync(path.join(directory, 'model.json'), 'utf8'));
    edit(json, directory);
    fs.writeFileSync(path.join(directory, 'model.json'), JSON.stringify(json));
    return `./${name}`;
  }

  const cases: { name: string; config: () => string; error: RegExp; code?: number }[] = [
    { name: 'unknown method', config: () => 'merge_method: tiez\nbase_model: ./base\nmodels: [./a]\n', error: /expected merge_method to be one of .* got 'tiez' \(did you mean 'ties'\?\)/ },
    { name: 'unknown parameter', config: () => 'merge_method: ties\nbase_model: ./base\nmodels:\n  - model: ./a\n    parameters: { densty: 0.5 }\n', error: /ties: unknown parameter 'densty' of models\[0\].*did you mean 'density'/ },
    { name: 'global parameter given per model', config: () => 'merge_method: ties\nbase_model: ./base\nmodels:\n  - model: ./a\n    parameters: { lambda: 0.5 }\n', error: /ties: expected parameter 'lambda' once for the whole merge.*move it to the top-level parameters/ },
    { name: 'out-of-range parameter', config: () => 'merge_method: ties\nbase_model: ./base\nparameters: { density: 1.5 }\nmodels: [./a]\n', error: /ties: expected parameter 'density' in parameters in \[0, 1\], got 1.5/ },
    { name: 'wrong parameter type', config: () => 'merge_method: linear\nparameters: { normalize: "yes" }\nmodels: [./a]\n', error: /linear: expected parameter 'normalize' in parameters to be a boolean, got 'yes'/ },
    { name: 'missing base', config: () => 'merge_method: task_arithmetic\nmodels: [./a]\n', error: /task_arithmetic: expected a base_model/ },
    { name: 'unknown config key', config: () => 'merge_method: linear\nmodel: [./a]\n', error: /unknown key 'model'/ },
    { name: 'YAML syntax', config: () => 'merge_method: [linear\n', error: /expected valid YAML/ },
    { name: 'missing model directory', config: () => 'merge_method: linear\nmodels: [./nowhere]\n', error: /model directory '.*nowhere': expected a tfjs model directory/ },
    {
      name: 'shape mismatch', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('bad-shape', (json) => { json.weightsManifest[0].weights[0].shape = [16, 8]; })}]\n`,
      error: /linear: expected tensor 'hidden_0\/kernel' of model '.*bad-shape' to have shape \[8, 16\] as in '.*a', got \[16, 8\]/,
    },
    {
      name: 'missing weights', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('missing-weight', (json, directory) => {
        const removed = json.weightsManifest[0].weights.pop();
        const file = path.join(directory, json.weightsManifest[0].paths[0]);
        fs.truncateSync(file, fs.statSync(file).size - removed.shape.reduce((a: number, b: number) => a * b, 1) * 4);
      })}]\n`,
      error: /linear: expected tensor 'output\/bias' in model '.*missing-weight'.*got none — the model is missing weights/,
    },
    {
      name: 'NaN in an input', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('nan', (json, directory) => {
        const file = path.join(directory, json.weightsManifest[0].paths[0]);
        const bytes = fs.readFileSync(file);
        bytes.writeFloatLE(Number.NaN, 4 * 8 * 16 + 4 * 3);
        fs.writeFileSync(file, bytes);
      })}]\n`,
      error: /linear: expected finite values in tensor 'hidden_0\/bias' of model '.*nan', got NaN at flat index 3/,
    },
    {
      name: 'weight path leading outside the directory', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('escape', (json) => { json.weightsManifest[0].paths = ['../a/weights.bin']; })}]\n`,
      error: /expected shard paths inside the model directory, got '\.\.\/a\/weights\.bin', which leads outside it/,
    },
    {
      name: 'absolute weight path', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('absolute', (json) => { json.weightsManifest[0].paths = ['/etc/passwd']; })}]\n`,
      error: /expected relative shard paths inside the model directory, got '\/etc\/passwd'/,
    },
    {
      name: 'symlink leading outside', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('symlink', (json, directory) => {
        fs.rmSync(path.join(directory, json.weightsManifest[0].paths[0]));
        fs.symlinkSync(path.join(root, 'a', 'weights.bin'), path.join(directory, json.weightsManifest[0].paths[0]));
      })}]\n`,
      error: /a link to a file outside it/,
    },
    {
      name: 'shard bytes disagreeing with the manifest', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('short', (json, directory) => {
        fs.appendFileSync(path.join(directory, json.weightsManifest[0].paths[0]), Buffer.alloc(4));
      })}]\n`,
      error: /expected \d+ bytes of weights in group 0 .* got \d+ bytes in the shard files/,
    },
    {
      name: 'absurd shape', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('absurd', (json) => { json.weightsManifest[0].weights[0].shape = [1000000, 1000000]; })}]\n`,
      error: /expected tensors of at most \d+ bytes, got 4000000000000 bytes for 'hidden_0\/kernel'/,
    },
    {
      name: 'quantized weights', config: () => `merge_method: linear\nmodels: [./a, ${copyModel('quantized', (json) => { json.weightsManifest[0].weights[0].quantization = { dtype: 'uint8', scale: 1, min: 0 }; })}]\n`,
      error: /expected unquantized weights/,
    },
    {
      name: 'merged values overflowing float32', config: () => 'merge_method: task_arithmetic\nbase_model: ./base\nparameters: { lambda: 1.0e+300 }\nmodels: [./a]\n',
      error: /task_arithmetic: expected finite merged values for tensor '.*', got -?Infinity/,
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const output = path.join(root, `out-${testCase.name.replace(/\W+/g, '-')}`);
      const result = await cli(writeConfig(`${testCase.name.replace(/\W+/g, '-')}.yml`, testCase.config()), output);
      expect(result.stderr).toMatch(testCase.error);
      expect(result.stderr).toMatch(/ — /);
      expect(result.code).toBe(testCase.code ?? 1);
      expect(fs.existsSync(output)).toBe(false);
      expect(leftovers()).toEqual([]);
    });
  }

  it('refuses a non-empty OUT_DIR unless --overwrite, then replaces it whole', async () => {
    const config = writeConfig('over.yml', 'merge_method: linear\nmodels: [./a, ./b]\n');
    const output = path.join(root, 'out-existing');
    fs.mkdirSync(output);
    fs.writeFileSync(path.join(output, 'keep.txt'), 'x');
    const refused = await cli(config, output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/expected OUT_DIR .* to be empty or not to exist.*--overwrite/);
    expect(fs.readdirSync(output)).toEqual(['keep.txt']);
    const replaced = await cli(config, output, '--overwrite', '--quiet');
    expect(replaced.code).toBe(0);
    expect(fs.readdirSync(output).sort()).toEqual(['model.json', 'weights.bin']);
    expect(leftovers()).toEqual([]);
  });

  it('usage errors exit 2', async () => {
    expect((await cli('only-one.yml')).code).toBe(2);
    expect((await cli('a.yml', 'out', '--bogus')).stderr).toMatch(/unknown option '--bogus'/);
  });
});
