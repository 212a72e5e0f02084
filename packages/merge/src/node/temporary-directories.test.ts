/**
 * Nothing half-written stays on disk: the tool run as its own process and interrupted by SIGINT,
 * SIGTERM or SIGHUP in the middle of writing shards, or crashing there; leftovers of killed
 * processes removed by the next run; parent folders a failed run created removed with it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeModelDirectory } from '@layerkit/merge';
import { randomFloats, temporaryDirectory } from '../test-helpers.js';

const repositoryRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const cliSource = fileURLToPath(new URL('./cli.ts', import.meta.url));

let root: string;
let launcher: string;

/** 16 tensors of 512 × 1024 (8.4M parameters, 32 MiB a model, 4 MiB shards): TIES takes seconds over them. */
function writeLargeModel(directory: string, seed: number): void {
  const weights = Array.from({ length: 16 }, (_, index) => ({
    info: { name: `block_${index}/kernel`, shape: [512, 1024], dtype: 'float32' as const }, values: randomFloats(512 * 1024, seed * 100 + index, 0.1),
  }));
  writeModelDirectory(directory, { format: 'layers-model', modelTopology: null }, weights, { shardBytes: 4 * 1024 * 1024 });
}

function writeSmallModel(directory: string, values: number[]): void {
  writeModelDirectory(directory, { format: 'layers-model' }, [{ info: { name: 'dense/kernel', shape: [values.length], dtype: 'float32' }, values: Float32Array.from(values) }]);
}

beforeAll(() => {
  root = temporaryDirectory();
  writeLargeModel(path.join(root, 'base'), 1);
  writeLargeModel(path.join(root, 'a'), 2);
  writeLargeModel(path.join(root, 'b'), 3);
  writeSmallModel(path.join(root, 'small-a'), [1, 2]);
  writeSmallModel(path.join(root, 'small-b'), [3, 4]);
  fs.writeFileSync(path.join(root, 'ties.yml'), 'merge_method: ties\nbase_model: ./base\nparameters: { density: 0.3 }\nmodels: [./a, ./b]\n');
  launcher = path.join(root, 'launch.mjs');
  fs.writeFileSync(launcher, `import { runCli } from ${JSON.stringify(pathToFileURL(cliSource).href)};\nprocess.exitCode = await runCli(process.argv.slice(2));\n`);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The tool in its own process (TypeScript sources through tsx), inside sh so that its exit status reads as a shell sees it. */
function startTool(...argv: string[]): { child: ChildProcess; done: Promise<{ status: number; stderr: string }> } {
  const child = spawn('/bin/sh', ['-c', '"$@"; echo "exit-status $?"', 'sh', process.execPath, '--conditions=@layerkit/source', '--import', 'tsx', launcher, ...argv], {
    cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const done = new Promise<{ status: number; stderr: string }>((resolve) => {
    child.on('close', () => resolve({ status: Number(/exit-status (\d+)/.exec(stdout)?.[1] ?? -1), stderr }));
  });
  return { child, done };
}

/** Temporary folders of `output` (`.NAME.tmp-<pid>-<hex>`) in root. */
function temporaries(output: string): string[] {
  return fs.readdirSync(root).filter((entry) => entry.startsWith(`.${output}.tmp-`));
}

/** Waits until a temporary folder of `output` holds shard bytes; returns the writing process's pid (from the folder name). */
async function waitForPartialShards(output: string, exited: () => boolean): Promise<number> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !exited()) {
    for (const entry of temporaries(output)) {
      const files = fs.existsSync(path.join(root, entry)) ? fs.readdirSync(path.join(root, entry)) : [];
      const written = files.reduce((sum, file) => {
        try { return sum + fs.statSync(path.join(root, entry, file)).size; } catch { return sum; }
      }, 0);
      if (written > 0) return Number(/\.tmp-(\d+)-/.exec(entry)![1]);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`expected a partly written .${output}.tmp-* folder, got none before the tool ${exited() ? 'exited' : 'timed out'}`);
}

describe('an interrupted run leaves nothing behind', () => {
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal} while shards are being written: the temporary folder is removed and the status is ${status}`, async () => {
      const output = `out-${signal.toLowerCase()}`;
      const { child, done } = startTool(path.join(root, 'ties.yml'), path.join(root, output), '--quiet');
      let exited = false;
      void done.then(() => { exited = true; });
      const pid = await waitForPartialShards(output, () => exited);
      process.kill(pid, signal);
      const result = await done;
      expect(child.exitCode).toBe(0);
      expect(result.status).toBe(status);
      expect(temporaries(output)).toEqual([]);
      expect(fs.existsSync(path.join(root, output))).toBe(false);
    }, 120_000);
  }

  it('an uncaught error while shards are being written: the folder is removed and the status is 1', async () => {
    // The --eval module throws from a timer once shards exist: an uncaught exception mid-merge.
    const crasher = path.join(root, 'crash.mjs');
    fs.writeFileSync(crasher, [
      "import * as fs from 'node:fs';",
      `const root = ${JSON.stringify(root)};`,
      'const timer = setInterval(() => {',
      "  for (const entry of fs.readdirSync(root).filter((name) => name.startsWith('.out-crash.tmp-'))) {",
      '    const files = fs.readdirSync(`${root}/${entry}`);',
      "    if (files.some((file) => fs.statSync(`${root}/${entry}/${file}`).size > 0)) { clearInterval(timer); throw new Error('evaluation module crashed mid-merge'); }",
      '  }',
      '}, 2);',
      'export default () => 0;',
    ].join('\n'));
    const { done } = startTool(path.join(root, 'ties.yml'), path.join(root, 'out-crash'), '--quiet', '--eval', crasher);
    const result = await done;
    expect(result.stderr).toMatch(/evaluation module crashed mid-merge/);
    expect(result.status).toBe(1);
    expect(temporaries('out-crash')).toEqual([]);
    expect(fs.existsSync(path.join(root, 'out-crash'))).toBe(false);
  }, 120_000);
});

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: () => true }, stderr: { write: (text: string) => { stderr += text; return true; } } });
  return { code, stderr };
}

describe('leftovers of killed runs are cleaned by the next run', () => {
  let sleeper: ChildProcess | null = null;
  afterAll(() => { sleeper?.kill(); });

  it('removes folders of dead pids, keeps those of live processes', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const live = sleeper.pid!;
    const stale = path.join(root, `.out-stale.tmp-${dead}-0badc0de`);
    const running = path.join(root, `.out-stale.tmp-${live}-0000beef`);
    for (const directory of [stale, running]) {
      fs.mkdirSync(directory);
      fs.writeFileSync(path.join(directory, 'group1-shard1of2.bin'), new Uint8Array(64));
    }
    fs.writeFileSync(path.join(root, 'small.yml'), 'merge_method: linear\nmodels: [./small-a, ./small-b]\n');
    const result = await cli(path.join(root, 'small.yml'), path.join(root, 'out-stale'), '--quiet');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(running)).toBe(true);
    expect(fs.readdirSync(path.join(root, 'out-stale')).sort()).toEqual(['model.json', 'weights.bin']);
    fs.rmSync(running, { recursive: true });
  });

  it('a swap that a killed run left half-done is undone: the previous output comes back', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeSmallModel(path.join(root, `.out-swap.tmp-${dead}-0badf00d.old`), [7, 8]);
    const result = await cli(path.join(root, 'small.yml'), path.join(root, 'out-swap'), '--quiet');
    // The old output is back in place, so without --overwrite the new run refuses to replace it.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/expected OUT_DIR .*out-swap' to be empty or not to exist/);
    expect(fs.readdirSync(path.join(root, 'out-swap')).sort()).toEqual(['model.json', 'weights.bin']);
    expect(fs.readdirSync(root).filter((entry) => entry.startsWith('.out-swap'))).toEqual([]);
  });
});

describe('a failed run removes the folders it created', () => {
  it('merging into a new a/b/OUT that fails leaves neither a nor a/b', async () => {
    fs.writeFileSync(path.join(root, 'overflow.yml'), 'merge_method: task_arithmetic\nbase_model: ./small-a\nparameters: { lambda: 1.0e+300 }\nmodels: [./small-b]\n');
    const output = path.join(root, 'made-a', 'made-b', 'out');
    const result = await cli(path.join(root, 'overflow.yml'), output);
    expect(result.stderr).toMatch(/task_arithmetic: expected finite merged values/);
    expect(result.code).toBe(1);
    expect(fs.existsSync(path.join(root, 'made-a'))).toBe(false);
  });

  it('a parent that already existed stays, with what else it holds', async () => {
    fs.mkdirSync(path.join(root, 'kept', 'inner'), { recursive: true });
    fs.writeFileSync(path.join(root, 'kept', 'note.txt'), 'mine');
    const result = await cli(path.join(root, 'overflow.yml'), path.join(root, 'kept', 'inner', 'new', 'out'));
    expect(result.code).toBe(1);
    expect(fs.readdirSync(path.join(root, 'kept')).sort()).toEqual(['inner', 'note.txt']);
    expect(fs.readdirSync(path.join(root, 'kept', 'inner'))).toEqual([]);
  });
});
