// Runs the esbuild bundle of the packaging app in Debian's headless Chromium (never a downloaded
// browser) on the webgl backend, served from 127.0.0.1, and prints what it computed. Playwright
// and the Chromium flags come from this repository (the flags that give WebGL2 on SwiftShader).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../vitest.config.ts';

const bundle = readFileSync(process.argv[2]);
const server = createServer((request, response) => {
  if (request.url === '/app.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>layerkit</title>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: process.env.LAYERKIT_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const result = await page.evaluate(async () => (await import('/app.js')).run());
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  if (result.backend !== 'webgl') throw new Error(`expected the webgl backend, got ${result.backend}`);
  if (result.values.length !== 2 || !result.values.every(Number.isFinite)) throw new Error(`expected two finite predictions, got ${JSON.stringify(result.values)}`);
  console.log(`chromium: the bundled app ran on ${result.backend}: predictions ${result.values.map((v) => v.toFixed(4)).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
