// esbuild browser bundles of the webgl app, with and without layerkit, minified: what layerkit
// adds to an app, measured from esbuild's metafile (bytes of each input in the output).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

async function bundle(entry) {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020',
    write: false, metafile: true, logLevel: 'error', outfile: `dist/${entry}`,
  });
  const output = Object.values(result.metafile.outputs)[0];
  const bytes = result.outputFiles[0].contents;
  const byPackage = {};
  for (const [path, info] of Object.entries(output.inputs)) {
    const match = /node_modules\/(@layerkit\/[^/]+)\//.exec(path);
    if (match) byPackage[match[1]] = (byPackage[match[1]] ?? 0) + info.bytesInOutput;
  }
  return { entry, bytes: bytes.length, gzip: gzipSync(bytes).length, layerkit: Object.values(byPackage).reduce((a, b) => a + b, 0), byPackage, code: bytes };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const app = await bundle('browser-app.js');
const baseline = await bundle('browser-baseline.js');
const onlyGelu = await bundle('browser-gelu.js');
writeFileSync('browser-app.bundle.js', app.code);
const report = {
  app: { bytes: app.bytes, gzip: app.gzip, layerkit: app.layerkit, byPackage: app.byPackage },
  baseline: { bytes: baseline.bytes, gzip: baseline.gzip },
  onlyGelu: { bytes: onlyGelu.bytes, layerkit: onlyGelu.layerkit },
};
writeFileSync('bundle-report.json', JSON.stringify(report, null, 2));
console.log(`bundle: webgl app with @layerkit/activations + @layerkit/norms: ${kB(app.bytes)} minified (${kB(app.gzip)} gzip), `
  + `of which layerkit ${kB(app.layerkit)} = ${(100 * app.layerkit / app.bytes).toFixed(1)}% `
  + `(${Object.entries(app.byPackage).map(([name, n]) => `${name} ${kB(n)}`).join(', ')})`);
console.log(`bundle: the same app without layerkit: ${kB(baseline.bytes)} minified (${kB(baseline.gzip)} gzip); layerkit adds ${kB(app.bytes - baseline.bytes)} minified, ${kB(app.gzip - baseline.gzip)} gzip`);
console.log(`bundle: importing only { gelu } from @layerkit/activations brings ${kB(onlyGelu.layerkit)} of layerkit`);
