#!/usr/bin/env node
// `pnpm test`: every test — cpu and wasm under Node, webgl and webgpu in headless Chromium.
// Browser tests need Debian's Chromium at /usr/bin/chromium; it is installed here when missing
// (never downloaded by a test tool). Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (root || sudo) {
    console.log('test: installing Debian chromium for the browser tests (webgl, webgpu)…');
    const run = (args) => spawnSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`test: expected Chromium at ${CHROMIUM} for the webgl/webgpu tests, found none — install it with: sudo apt-get install -y chromium`);
    process.exit(1);
  }
}

const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const args = process.argv.slice(2);

// The node project (cpu, wasm) and the browser project (webgl, webgpu on a software GPU) each
// keep both cores busy; run one after the other rather than together, so neither starves the
// other's workers. A JSON report asked for with --outputFile.json=FILE covers both runs.
const projects = args.some((a) => a === '--project' || a.startsWith('--project=')) ? [null] : ['node', 'browser'];
const outputArg = args.find((a) => a.startsWith('--outputFile.json='));
const output = outputArg?.slice('--outputFile.json='.length);
const reports = [];
let status = 0;
for (const project of projects) {
  const projectArgs = args.map((a) => (a === outputArg && project ? `--outputFile.json=${output}.${project}` : a));
  // A filter may match files of one project only; the other then has nothing to run.
  if (project) projectArgs.unshift('--project', project, '--passWithNoTests');
  const result = spawnSync(process.execPath, [vitest, 'run', ...projectArgs], { stdio: 'inherit' });
  status ||= result.status ?? 1;
  if (output && project) reports.push(`${output}.${project}`);
}

if (output && reports.length) {
  const merged = { numTotalTests: 0, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, numTotalTestSuites: 0, numPassedTestSuites: 0, numFailedTestSuites: 0, success: true, testResults: [] };
  for (const file of reports) {
    let report;
    try { report = JSON.parse(readFileSync(file, 'utf8')); } catch { merged.success = false; continue; }
    for (const key of Object.keys(merged)) if (typeof merged[key] === 'number') merged[key] += report[key] ?? 0;
    merged.success &&= Boolean(report.success);
    merged.testResults.push(...report.testResults);
    rmSync(file, { force: true });
  }
  writeFileSync(output, JSON.stringify(merged));
}
process.exit(status);
