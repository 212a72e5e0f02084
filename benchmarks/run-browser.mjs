#!/usr/bin/env node
// pnpm bench:browser: the same runner on webgl and webgpu in headless Chromium. Serves
// benchmarks/browser/ with vite (layerkit from its TypeScript sources, tfjs from node_modules),
// drives /usr/bin/chromium with Playwright, and writes benchmarks/results/browser.{json,md} and
// SVG charts. Flags: see lib/options.mjs (--quick, --sizes, --ops, --backends, --no-training,
// --backward / --no-backward).
// Chromium renders with SwiftShader here: its times are CPU times, its ratios still tell.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { parseOptions } from './lib/options.mjs';
import { writeResults } from './lib/report.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--enable-unsafe-webgpu', '--enable-features=Vulkan',
  '--use-webgpu-adapter=swiftshader',
];
// A software GPU is slower than the cpu backend: sizes stop at 2^19 unless --sizes asks for more.
const BROWSER_EXPONENTS = [10, 13, 16, 19];
const BROWSER_QUICK_EXPONENTS = [10, 16];

const argv = process.argv.slice(2);
const options = parseOptions(argv, { backends: ['webgl', 'webgpu'] });
if (!argv.includes('--sizes')) options.sizes = (options.quick ? BROWSER_QUICK_EXPONENTS : BROWSER_EXPONENTS).map((e) => 2 ** e);
// A GPU readback costs milliseconds here (and the page's clock ticks in 0.1 ms): longer samples
// of back-to-back runs amortize the one sync per sample.
options.minSampleMs = options.quick ? 20 : 50;

if (!existsSync(CHROMIUM)) {
  throw new Error(`bench:browser: expected Chromium at ${CHROMIUM}, got nothing there — install it with apt-get install -y chromium, or set CHROMIUM_PATH`);
}

// vite and playwright-core are reached through the packages that depend on them (vitest,
// playwright), so the runner needs no root dependency of its own.
const require = createRequire(import.meta.url);
const fromPackage = (owner, name) => {
  const ownerRequire = createRequire(require.resolve(`${owner}/package.json`));
  const directory = path.dirname(ownerRequire.resolve(`${name}/package.json`));
  const manifest = ownerRequire(`${name}/package.json`);
  const entry = manifest.exports?.['.']?.import ?? manifest.exports?.['.']?.default ?? manifest.module ?? manifest.main;
  return import(pathToFileURL(path.join(directory, typeof entry === 'string' ? entry : entry.default)).href);
};
const { createServer } = await fromPackage('vitest', 'vite');
const { chromium } = await import('playwright');

const started = performance.now();
const server = await createServer({
  configFile: false,
  root: path.join(ROOT, 'benchmarks', 'browser'),
  logLevel: 'warn',
  resolve: { conditions: ['@layerkit/source'] },
  server: { port: 0, strictPort: false, host: '127.0.0.1', fs: { allow: [ROOT] }, hmr: false },
  // tfjs pulls in CommonJS modules (seedrandom, long): vite pre-bundles them into ESM.
  cacheDir: path.join(ROOT, 'node_modules', '.vite', 'layerkit-bench'),
  optimizeDeps: {
    entries: [path.join(ROOT, 'benchmarks', 'browser', 'main.mjs')],
    include: ['@tensorflow/tfjs-core', '@tensorflow/tfjs-layers', '@tensorflow/tfjs-backend-webgl', '@tensorflow/tfjs-backend-webgpu'],
  },
});
await server.listen();
const url = server.resolvedUrls.local[0];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
let result;
try {
  const page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.log(`[page ${message.type()}] ${message.text()}`);
    else console.log(message.text());
  });
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  page.on('requestfailed', (request) => console.log(`[page request failed] ${request.url()}`));
  page.on('response', (response) => { if (response.status() >= 400) console.log(`[page ${response.status()}] ${response.url()}`); });
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
  console.log(`bench:browser: ${options.backends.join(', ')} × sizes ${options.sizes.map((s) => `2^${Math.log2(s)}`).join(', ')}${options.quick ? ' (quick)' : ''} in ${await browser.version()}`);
  result = await page.evaluate((pageOptions) => window.runBench(pageOptions), options);
} finally {
  await browser.close();
  await server.close();
}

const run = {
  meta: {
    date: new Date().toISOString(),
    runtime: `Chromium ${result.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''} (headless, SwiftShader)`,
    platform: `${os.platform()} ${os.arch()}, ${os.cpus()[0]?.model ?? 'unknown cpu'}`,
    cpus: os.cpus().length,
    // How busy the machine was (1, 5, 15 min): other work on a shared 2-core machine skews every time.
    loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))),
    tfjs: result.tfjs,
    command: `node benchmarks/run-browser.mjs ${argv.join(' ')}`.trim(),
    backends: options.backends,
    devices: result.devices,
    skipped: result.skipped,
    sizes: options.sizes,
    samples: options.samples,
    minSampleMs: options.minSampleMs,
    quick: options.quick,
    backward: options.backward,
    seconds: (performance.now() - started) / 1000,
  },
  rows: result.rows,
  training: result.training,
};
const directory = options.out ?? path.join(ROOT, 'benchmarks', 'results');
const written = writeResults(directory, 'browser', run, 'layerkit benchmarks — headless Chromium (webgl, webgpu)');
console.log(`\nbench:browser: wrote ${written.join(', ')} to ${directory} in ${run.meta.seconds.toFixed(0)} s`);
for (const [backend, reason] of Object.entries(result.skipped)) console.log(`bench:browser: ${backend} skipped — ${reason}`);
