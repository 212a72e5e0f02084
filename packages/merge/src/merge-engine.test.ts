/**
 * The planner's name resolution: parameter names are looked up as own properties only, so names
 * that every JavaScript object inherits are unknown names like any other.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig, planMerge, runCli, writeModelDirectory, type ParameterSettings } from '@layerkit/merge';
import { arraySource, temporaryDirectory } from './test-helpers.js';

const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

function tensors(values: number[]) {
  return { 'dense/kernel': { shape: [values.length], values: Float32Array.from(values) } };
}

/** Settings holding `name` as an own key (an object literal would set the prototype for __proto__). */
function settingsWith(name: string, value: unknown): ParameterSettings {
  return JSON.parse(`{${JSON.stringify(name)}: ${JSON.stringify(value)}}`) as ParameterSettings;
}

describe('inherited property names are unknown names', () => {
  for (const name of INHERITED) {
    it(`'${name}' in the global parameters of ties is refused with the unknown-parameter error`, () => {
      const settings = settingsWith(name, 0.5);
      expect(Object.keys(settings)).toEqual([name]);
      expect(() => planMerge({
        method: 'ties', base: arraySource('base', tensors([0, 0])), models: [{ source: arraySource('a', tensors([1, 2])) }], parameters: settings,
      })).toThrow(new RegExp(`ties: unknown parameter '${name.replace(/_/g, '_')}' in parameters.* — ties takes weight, `));
    });

    it(`'${name}' as a per-model parameter of linear is refused`, () => {
      expect(() => planMerge({
        method: 'linear', models: [{ source: arraySource('a', tensors([1, 2])), parameters: settingsWith(name, 1) }],
      })).toThrow(new RegExp(`linear: unknown parameter '${name}' of models\\[0\\]`));
    });

    it(`'${name}' as a method name is refused with the unknown-method error`, () => {
      expect(() => planMerge({ method: name, models: [{ source: arraySource('a', tensors([1])) }] })).toThrow(/expected merge_method to be one of linear, /);
    });
  }

  it('a parameter that is set (an own key) is still found: a filter rule list falls through to the global value', () => {
    const plan = planMerge({
      method: 'linear',
      models: [{ source: arraySource('a', tensors([2, 4])), parameters: { weight: [{ filter: 'other', value: 5 }] } }, { source: arraySource('b', tensors([0, 0])) }],
      parameters: { weight: 3 },
    });
    expect(plan.resolved.get('dense/kernel')!.perModel.map((values) => values.weight)).toEqual([3, 3]);
  });
});

describe('inherited names in a config file', () => {
  const root = temporaryDirectory();
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const [name, values] of [['a', [1, 2]], ['b', [3, 4]]] as const) {
    writeModelDirectory(path.join(root, name), { format: 'layers-model' }, [{ info: { name: 'dense/kernel', shape: [2], dtype: 'float32' }, values: Float32Array.from(values) }]);
  }

  for (const name of INHERITED) {
    it(`YAML parameters { ${name}: 1 } fail with the unknown-parameter error through the tool`, async () => {
      const config = path.join(root, `${name}.yml`);
      fs.writeFileSync(config, `merge_method: linear\nparameters:\n  ${name}: 1\nmodels: [./a, ./b]\n`);
      expect(Object.keys(parseConfig(fs.readFileSync(config, 'utf8')).parameters)).toEqual([name]);
      let stderr = '';
      const code = await runCli([config, path.join(root, 'out'), '--dry-run'], { stdout: { write: () => true }, stderr: { write: (text: string) => { stderr += text; return true; } } });
      expect(code).toBe(1);
      expect(stderr).toMatch(new RegExp(`linear: unknown parameter '${name}' in parameters`));
    });
  }
});
