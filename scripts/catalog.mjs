#!/usr/bin/env node
// Prints what layerkit ships: every catalog() entry of every @layerkit package that exists.
//   pnpm catalog          readable table
//   pnpm catalog --json   JSON array of { id, package, kind, backends, gradient, layer }
import { ensureSource, importLayerkit } from './demo/source.mjs';

ensureSource(import.meta.url);

const json = process.argv.includes('--json');
const { loaded, skipped } = await importLayerkit();
const core = loaded.get('core') ?? await import('@layerkit/core');
const entries = core.catalog().map(({ id, package: pkg, kind, backends, gradient, layer }) => ({
  id, package: pkg, kind, backends: { cpu: backends.cpu, wasm: backends.wasm, webgl: backends.webgl, webgpu: backends.webgpu }, gradient, layer,
}));

if (json) {
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
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
