// What the tool prints as a user meets it: --version, and a reader that closes the pipe early.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '../../../..');
let root = '';
let launcher = '';

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'layerkit-merge-output-'));
  launcher = path.join(root, 'launch.mjs');
  const cli = pathToFileURL(path.join(here, 'cli.ts')).href;
  fs.writeFileSync(launcher, `import { runCli } from ${JSON.stringify(cli)};\nprocess.exitCode = await runCli(process.argv.slice(2));\n`);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('layerkit-merge output', () => {
  it('--version prints the package version', async () => {
    let stdout = '';
    const code = await runCli(['--version'], { stdout: { write: (text: string) => { stdout += text; } }, stderr: { write: () => true } });
    const manifest = JSON.parse(fs.readFileSync(path.join(here, '../../package.json'), 'utf8')) as { version: string };
    expect(code).toBe(0);
    expect(stdout).toBe(`layerkit-merge ${manifest.version}\n`);
  });

  it('--schema | head ends quietly with status 0 when the reader closes the pipe', () => {
    const errors = path.join(root, 'stderr.txt');
    // pipefail: the pipeline's status is the tool's when it fails.
    const result = spawnSync('bash', ['-c', `set -o pipefail; "$@" 2>${JSON.stringify(errors)} | head -c 16 >/dev/null; echo "exit-status $?"`,
      'bash', process.execPath, '--conditions=@layerkit/source', '--import', 'tsx', launcher, '--schema'], { cwd: repositoryRoot, encoding: 'utf8' });
    expect(result.stdout).toContain('exit-status 0');
    expect(fs.readFileSync(errors, 'utf8')).not.toMatch(/EPIPE|Error/);
  });
});
