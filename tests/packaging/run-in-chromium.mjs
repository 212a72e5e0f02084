// Runs an esbuild bundle of the packaging app (a folder of chunks) in Debian's headless Chromium
// (never a downloaded browser), served from 127.0.0.1, and prints what it computed and which
// files the page fetched. Playwright and the Chromium flags come from this repository (the flags
// that give WebGL2 on SwiftShader). Usage: run-in-chromium.mjs FOLDER ENTRY.js webgl|wasm [--isolated]
// (--isolated serves the page cross-origin isolated, so SharedArrayBuffer exists and tfjs-wasm
// can take its threaded build with a shared memory).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../vitest.config.ts';

const [folder, entry, backend] = process.argv.slice(2);
const isolated = process.argv.includes('--isolated');
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
const fetched = [];
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const headers = isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
  const file = join(folder, path);
  if (path !== '/' && existsSync(file)) {
    fetched.push(path.slice(1));
    response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  } else if (path === '/') response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end('<!doctype html><title>layerkit</title>');
  else response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const result = await page.evaluate(async (file) => (await import(`/${file}`)).run(), entry);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  if (result.backend !== backend) throw new Error(`expected the ${backend} backend, got ${result.backend}`);
  if (result.values.length !== 2 || !result.values.every(Number.isFinite)) throw new Error(`expected two finite predictions, got ${JSON.stringify(result.values)}`);
  const kernelChunks = fetched.filter((file) => /^wasm-module-/.test(file));
  // The runners of the backends layerkit loads on demand (core's backends/index.ts).
  const runnerChunks = fetched.filter((file) => /^(cpu|wasm|webgpu)-runners-/.test(file));
  const summary = `chromium: the bundled app ran on ${result.backend}: predictions ${result.values.map((v) => v.toFixed(4)).join(', ')}`;
  if (backend === 'webgl') {
    if (kernelChunks.length) throw new Error(`expected a webgl app to fetch no wasm kernels, got ${kernelChunks.join(', ')}`);
    if (runnerChunks.length) throw new Error(`expected a webgl app to fetch no other backend's runners, got ${runnerChunks.join(', ')}`);
    if (result.fused.length !== 2) throw new Error(`expected the Swish and RMSNorm kernels registered on webgl, got ${JSON.stringify(result.fused)}`);
    console.log(`${summary}; fused ${result.fused.join(', ')}; fetched ${fetched.length} files, no wasm kernels and no other backend's runners`);
  } else {
    // Before the kernels were ready layerkit ran JavaScript; the two runs must agree.
    result.values.forEach((value, i) => {
      if (Math.abs(value - result.beforeReady[i]) > 1e-4 * (1 + Math.abs(value))) {
        throw new Error(`expected the wasm kernels to match the JavaScript run, got ${result.values} vs ${result.beforeReady}`);
      }
    });
    if (kernelChunks.length !== 3) throw new Error(`expected the activations, norms and layers kernel chunks to be fetched, got ${JSON.stringify(fetched)}`);
    if (!result.fusedAttention) throw new Error('expected MultiHeadAttention\'s fused kernel registered on wasm after prepareWasmKernels');
    if (!runnerChunks.some((file) => file.startsWith('wasm-runners-'))) throw new Error(`expected the wasm runners chunk to be fetched, got ${JSON.stringify(fetched)}`);
    if (result.mode !== 'zero-copy') throw new Error(`expected the kernels inside tfjs-wasm's memory, got mode ${result.mode}`);
    if (isolated && !result.sharedMemory) throw new Error('expected tfjs-wasm\'s threaded build (a shared memory) on a cross-origin isolated page, got a plain memory');
    console.log(`${summary}; fetched the runners and kernel chunks ${[...runnerChunks, ...kernelChunks].join(', ')}; ran zero-copy in a ${result.sharedMemory ? 'shared' : 'plain'} memory, matching the JavaScript run`);
  }
} finally {
  await browser.close();
  server.close();
}
