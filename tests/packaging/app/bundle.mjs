// esbuild browser bundles of the apps, minified and split the way bundlers split dynamic
// imports (Vite, Rollup and webpack do by default): what layerkit adds to the code an app loads
// up front, measured from esbuild's metafile (bytes of each input in the output), and the chunks
// it loads only on demand (the wasm kernels).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

async function bundle(entry) {
  const outdir = `browser/${entry.replace(/\.js$/, '')}`;
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, platform: 'browser', target: 'es2020',
    outdir, metafile: true, logLevel: 'error', entryNames: '[name]', chunkNames: '[name]-[hash]',
  });
  const outputs = result.metafile.outputs;
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === entry);
  // The chunks loaded up front: the entry and what it imports statically; the rest load on demand.
  const upFront = new Set();
  const visit = (file) => {
    if (upFront.has(file)) return;
    upFront.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(entryFile);
  const measure = (files) => {
    const byPackage = {};
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      bytes += outputs[file].bytes;
      gzip += gzipSync(readFileSync(file)).length;
      for (const [path, info] of Object.entries(outputs[file].inputs)) {
        const match = /node_modules\/(@layerkit\/[^/]+)\//.exec(path);
        if (match) byPackage[match[1]] = (byPackage[match[1]] ?? 0) + info.bytesInOutput;
      }
    }
    return { bytes, gzip, layerkit: Object.values(byPackage).reduce((a, b) => a + b, 0), byPackage };
  };
  const onDemand = Object.keys(outputs).filter((file) => file.endsWith('.js') && !upFront.has(file));
  return { entry, outdir, upFront: measure(upFront), onDemand: onDemand.map((file) => ({ file, ...measure([file]) })) };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const app = await bundle('browser-app.js');
const baseline = await bundle('browser-baseline.js');
const onlyGelu = await bundle('browser-gelu.js');
const everything = await bundle('browser-register.js');
const wasmApp = await bundle('browser-wasm-app.js');
// tfjs-wasm's own binaries, served beside the wasm app (setWasmPaths).
const tfjsWasm = 'node_modules/@tensorflow/tfjs-backend-wasm/dist';
for (const file of readdirSync(tfjsWasm).filter((name) => name.endsWith('.wasm'))) copyFileSync(join(tfjsWasm, file), join(wasmApp.outdir, file));
writeFileSync('bundle-report.json', JSON.stringify({ app, baseline, onlyGelu, everything, wasmApp }, null, 2));
const { upFront } = app;
console.log(`bundle: webgl app with @layerkit/activations + @layerkit/norms loads ${kB(upFront.bytes)} minified (${kB(upFront.gzip)} gzip) up front, `
  + `of which layerkit ${kB(upFront.layerkit)} = ${(100 * upFront.layerkit / upFront.bytes).toFixed(1)}% `
  + `(${Object.entries(upFront.byPackage).map(([name, n]) => `${name} ${kB(n)}`).join(', ')})`);
console.log(`bundle: the same app without layerkit: ${kB(baseline.upFront.bytes)} minified (${kB(baseline.upFront.gzip)} gzip); `
  + `layerkit adds ${kB(upFront.bytes - baseline.upFront.bytes)} minified, ${kB(upFront.gzip - baseline.upFront.gzip)} gzip`);
console.log(`bundle: loaded on demand (other backends' runners and overrides, the wasm kernels): ${app.onDemand.map((chunk) => `${chunk.file.split('/').at(-1)} ${kB(chunk.bytes)} (${kB(chunk.gzip)} gzip)`).join(', ')}`);
console.log(`bundle: importing only { gelu } from @layerkit/activations brings ${kB(onlyGelu.upFront.layerkit)} of layerkit`);
console.log(`bundle: the webgl app's layerkit share is ${kB(upFront.layerkit)} against the 100 kB target (${upFront.layerkit <= 100_000 ? 'met' : 'not met'}); `
  + `registering everything (@layerkit/activations/register + @layerkit/norms/register, for tf.loadLayersModel) brings ${kB(everything.upFront.layerkit)}`);
const wasmChunks = app.onDemand.filter((chunk) => chunk.layerkit > 0);
if (wasmChunks.length < 2) throw new Error(`bundle: expected the activations and norms wasm kernels in chunks of their own, got ${JSON.stringify(app.onDemand.map((c) => c.file))}`);
