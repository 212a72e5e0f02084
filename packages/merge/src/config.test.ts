// parseConfig on each side of the browser/Node split: the main entry keeps model paths as
// written (no file system to resolve them against); Node's resolves them, as it always has.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig as parseConfigFromPackage } from '@layerkit/merge';
import { parseConfig } from './config.js';
import { parseConfig as parseConfigInNode } from './node/config.js';

const yaml = 'merge_method: ties\nbase_model: ./base\nmodels:\n  - model: ./a\n    parameters: { density: 0.5 }\n  - /models/b\n';

describe('parseConfig', () => {
  it('the main entry keeps model paths as written, from text or from an object', () => {
    const fromText = parseConfig(yaml);
    expect(fromText.baseModel).toBe('./base');
    expect(fromText.models.map((entry) => entry.model)).toEqual(['./a', '/models/b']);
    const fromObject = parseConfig({ merge_method: 'linear', models: ['./a', { model: './b', parameters: { weight: 2 } }] });
    expect(fromObject.models).toEqual([{ model: './a' }, { model: './b', parameters: { weight: 2 } }]);
  });

  it('the main entry refuses a directory to resolve against, naming the Node entry', () => {
    expect(() => parseConfig(yaml, { directory: '/configs' })).toThrow(/expected no directory option outside Node, got '\/configs' — .*@layerkit\/merge\/node/);
  });

  it("Node's resolves relative model paths against the directory, and is what '@layerkit/merge' gives Node", () => {
    for (const parse of [parseConfigInNode, parseConfigFromPackage]) {
      const config = parse(yaml, { directory: '/configs' });
      expect(config.baseModel).toBe(path.resolve('/configs', 'base'));
      expect(config.models.map((entry) => entry.model)).toEqual([path.resolve('/configs', 'a'), '/models/b']);
      expect(parse({ merge_method: 'linear', models: ['a'] }).models[0]!.model).toBe(path.resolve('a'));
    }
  });
});
