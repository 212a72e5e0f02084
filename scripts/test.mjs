#!/usr/bin/env node
// `pnpm test`: every test — cpu and wasm under Node, webgl and webgpu in headless Chromium.
// Browser tests need Debian's Chromium at /usr/bin/chromium; it is installed here when missing
// (never downloaded by a test tool). Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
