#!/usr/bin/env node
// Prints what layerkit ships: every catalog() entry of every @layerkit package that exists.
//   pnpm catalog          readable table
//   pnpm catalog --json   JSON array of { id, package, kind, exports, backends, gradient, layer }
//   --out FILE            write the JSON there instead of stdout
// pnpm prints a "> layerkit-monorepo@ catalog" banner on stdout before the script runs: to pipe
// the JSON, use `pnpm -s catalog --json`, `node scripts/catalog.mjs --json`, or --out.
import { writeFileSync } from 'node:fs';
import { ensureSource, importLayerkit } from './demo/source.mjs';

ensureSource(import.meta.url);

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : null;
if (outIndex >= 0 && !out) throw new Error('catalog: expected a file name after --out, got nothing — e.g. --out catalog.json');
const json = process.argv.includes('--json') || out != null;
const { loaded, skipped } = await importLayerkit();
const core = loaded.get('core') ?? await import('@layerkit/core');
const entries = core.catalog().map(({ id, package: pkg, kind, exports = [], backends, gradient, layer }) => ({
  id, package: pkg, kind, exports: [...exports], backends: { cpu: backends.cpu, wasm: backends.wasm, webgl: backends.webgl, webgpu: backends.webgpu }, gradient, layer,
}));

if (json) {
  const text = `${JSON.stringify(entries, null, 2)}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  // Skipped packages go to stderr so the JSON on stdout stays parseable.
  for (const { name, reason } of skipped) process.stderr.write(`catalog: skipped ${name} (${reason})\n`);
} else {
  const columns = ['id', 'kind', 'cpu', 'wasm', 'webgl', 'webgpu', 'gradient', 'layer'];
  const rows = entries.map((e) => [e.id, e.kind, e.backends.cpu, e.backends.wasm, e.backends.webgl, e.backends.webgpu, e.gradient, e.layer ?? '—']);
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  const packages = [...new Set(entries.map((e) => e.package))];
  console.log(`\n${entries.length} entries from ${packages.length} packages (${packages.join(', ')})`);
  for (const { name, reason } of skipped) console.log(`skipped ${name}: ${reason}`);
}
