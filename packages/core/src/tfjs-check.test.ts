// layerkit refuses to load beside a second copy of tfjs-core, or an older one, with an error
// that says what to install. The decision is tested on facts; the detection in a real process
// that loads another copy of tfjs-core first (a file copy of the one installed here, at another
// path, which Node treats as a separate module as npm's nested copy would be).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { MINIMUM_TFJS_VERSION, tfjsFacts, tfjsProblem } from './tfjs-check.js';

class OwnTensor {}
class OtherTensor {}

test('the tfjs set-up of this test run passes', () => {
  expect(tfjsProblem(tfjsFacts())).toBeNull();
});

test('versions: 4.22 and newer pass, older ones say what to install', () => {
  const facts = (version: string) => ({ version, ownTensorClass: OwnTensor, globalTensorClass: OwnTensor });
  expect(MINIMUM_TFJS_VERSION).toBe('4.22.0');
  for (const version of ['4.22.0', '4.22.1', '4.23.0', '4.22.0-rc.0', '5.0.0']) expect(tfjsProblem(facts(version)), version).toBeNull();
  for (const version of ['4.21.9', '4.20.0', '3.21.0', 'unknown']) {
    expect(tfjsProblem(facts(version), '@layerkit/core')).toBe(
      `@layerkit/core: expected @tensorflow/tfjs-core 4.22.0 or newer, got ${version} — npm install @tensorflow/tfjs@^4.22.0 `
      + '(or @tensorflow/tfjs-core and @tensorflow/tfjs-layers @^4.22.0, with your backends at the same version)',
    );
  }
});

test('a Tensor class on the global object from another copy is reported as two copies', () => {
  const problem = tfjsProblem({ version: '4.22.0', ownTensorClass: OwnTensor, globalTensorClass: OtherTensor });
  expect(problem).toMatch(/^@layerkit\/core: found two copies of @tensorflow\/tfjs-core: the app loaded one first, and layerkit imports another \(4\.22\.0\)/);
  expect(problem).toMatch(/npm install @tensorflow\/tfjs@\^4\.22\.0/);
  expect(problem).toMatch(/npm ls @tensorflow\/tfjs-core/);
  // No global class yet: this copy is the first, nothing to report.
  expect(tfjsProblem({ version: '4.22.0', ownTensorClass: OwnTensor, globalTensorClass: undefined })).toBeNull();
});

const temporary = mkdtempSync(join(tmpdir(), 'layerkit-tfjs-copy-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** A second tfjs-core at another path: its CommonJS bundle copied, its dependencies linked. */
function secondCopy(): string {
  const installed = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-core/package.json'));
  const modules = join(temporary, 'app', 'node_modules');
  const copy = join(modules, '@tensorflow', 'tfjs-core');
  mkdirSync(join(copy, 'dist'), { recursive: true });
  copyFileSync(join(installed, 'package.json'), join(copy, 'package.json'));
  copyFileSync(join(installed, 'dist', 'tf-core.node.js'), join(copy, 'dist', 'tf-core.node.js'));
  // tfjs-core's own dependencies (long, seedrandom …) sit beside it in pnpm's store.
  const siblings = dirname(dirname(realpathSync(installed)));
  for (const name of readdirSync(siblings)) {
    if (name !== '@tensorflow' && !name.startsWith('.')) symlinkSync(join(siblings, name), join(modules, name));
  }
  writeFileSync(join(temporary, 'app', 'index.cjs'), "module.exports = require('@tensorflow/tfjs-core');\n");
  return join(temporary, 'app', 'index.cjs');
}

function importLayerkitAfter(appEntry: string | null): string {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const script = `
    import { createRequire } from 'node:module';
    const app = ${JSON.stringify(appEntry)};
    if (app) createRequire(import.meta.url)(app);
    try { await import('@layerkit/activations'); console.log('loaded'); } catch (error) { console.log(error.message); }
  `;
  return execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@layerkit/source', '--input-type=module', '-e', script], {
    cwd: root, encoding: 'utf8', env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
  }).trim();
}

test('importing layerkit after the app loaded another copy of tfjs-core throws the two-copies error', () => {
  expect(importLayerkitAfter(null).split('\n').at(-1)).toBe('loaded');
  const message = importLayerkitAfter(secondCopy()).split('\n').at(-1);
  expect(message).toMatch(/^@layerkit\/core: found two copies of @tensorflow\/tfjs-core/);
}, 60_000);
