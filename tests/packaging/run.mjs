#!/usr/bin/env node
// The packaging test: every package packed with `pnpm pack`, the tarballs checked (LICENSE,
// README, metadata, nothing referenced that is not shipped), then installed into a fresh npm
// project next to tfjs 4.22 from the registry, where it runs what a user would: a Node ESM
// script that trains, saves with model.save('file://…') and loads in a fresh process; CommonJS; a strict TypeScript compile
// of every README example and of a small file, under `nodenext` and `bundler` resolution; and
// esbuild browser bundles whose layerkit share is printed, with the tarball sizes, and a run of
// the bundled app in headless Chromium on webgl; and an app on tfjs 4.20 gets layerkit's error.
//
// Needs the packages built (`pnpm build`) and the npm registry. `--json=FILE` writes the
// counts of passed and failed checks for .ci/run; `--keep` leaves the temporary project.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeReadmeExamples } from './readme-examples.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const jsonOutput = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
const keep = args.includes('--keep');
const TFJS = '4.22.0';

// Package READMEs not yet rewritten for npm users (issue 13): their content checks are printed
// as pending, not counted as passed, until they are. The rest of their tarball is checked.
const README_PENDING = new Set();
// Declaration files known not to resolve under `nodenext` ({resolution, file, reason}: the
// reason says the fix); printed as pending.
const TYPES_PENDING = [];

const results = [];
const pending = [];
function check(name, run) {
  const started = Date.now();
  try {
    const note = run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}${note ? ` — ${note}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n${String(error?.stdout ?? '')}${String(error?.stderr ?? '')}${error?.message ?? error}`.replace(/\n/g, '\n    '));
  }
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    const error = new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status ?? result.signal}`);
    Object.assign(error, { stdout: result.stdout, stderr: result.stderr });
    throw error;
  }
  return result.stdout.trim();
}

const work = mkdtempSync(join(tmpdir(), 'layerkit-packaging-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
mkdirSync(tarballs);
console.log(`packaging: working in ${work}`);

// ── pack ────────────────────────────────────────────────────────────────────────────────────
const packages = readdirSync(join(ROOT, 'packages')).sort()
  .filter((name) => existsSync(join(ROOT, 'packages', name, 'package.json')))
  .map((name) => ({ directory: join(ROOT, 'packages', name), manifest: JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) }));
const packed = new Map();
check(`pnpm pack of ${packages.length} packages`, () => {
  for (const { directory, manifest } of packages) {
    run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: directory });
    const file = readdirSync(tarballs).find((f) => f.startsWith(manifest.name.replace('@', '').replace('/', '-') + '-'));
    if (!file) throw new Error(`no tarball for ${manifest.name}`);
    packed.set(manifest.name, join(tarballs, file));
  }
});

// ── what each tarball holds ─────────────────────────────────────────────────────────────────
const sizes = [];
for (const [name, tarball] of packed) {
  check(`${name} tarball: LICENSE, README, metadata, source maps and exports all hold up`, () => {
    const unpacked = join(work, 'unpacked', name);
    mkdirSync(unpacked, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', unpacked]);
    const root = join(unpacked, 'package');
    const files = run('tar', ['-tzf', tarball]).split('\n').map((f) => f.replace(/^package\//, ''));
    const problems = [];
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const required of ['LICENSE', 'README.md', 'package.json']) if (!files.includes(required)) problems.push(`no ${required}`);
    if (files.includes('LICENSE') && !/Apache License\s+Version 2\.0/.test(readFileSync(join(root, 'LICENSE'), 'utf8'))) problems.push('LICENSE is not the Apache-2.0 text');
    if (manifest.license !== 'Apache-2.0') problems.push(`license is ${manifest.license}`);
    for (const field of ['description', 'repository', 'homepage', 'bugs', 'keywords', 'engines']) if (manifest[field] == null) problems.push(`no "${field}"`);
    if (/"workspace:/.test(JSON.stringify(manifest))) problems.push('a workspace: range was left in');
    // Versions come from changesets: a real version, the newest one its CHANGELOG describes.
    if (!/^\d+\.\d+\.\d+$/.test(manifest.version ?? '') || manifest.version === '0.0.0') problems.push(`version is ${manifest.version}, not one changesets set`);
    const changelog = files.includes('CHANGELOG.md') ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : '';
    const newest = /^## (\S+)/m.exec(changelog)?.[1];
    if (newest !== manifest.version) problems.push(`CHANGELOG.md's newest version is ${newest ?? 'missing'}, the manifest's ${manifest.version}`);
    for (const [script, command] of Object.entries(manifest.scripts ?? {})) problems.push(`publishes script "${script}": ${command}`);
    // Every path the manifest points at must be in the tarball.
    const targets = [];
    const collect = (value) => {
      if (typeof value === 'string') { if (value.startsWith('./')) targets.push(value); } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(manifest.exports); collect(manifest.bin); collect(manifest.main); collect(manifest.types);
    for (const target of targets) if (!existsSync(join(root, target)) && !target.includes('*')) problems.push(`points at ${target}, which is not shipped`);
    // Source maps: each must carry its sources, since src/ is not shipped.
    const maps = files.filter((f) => f.endsWith('.map'));
    for (const map of maps) {
      const content = JSON.parse(readFileSync(join(root, map), 'utf8'));
      const missing = content.sources.filter((_, i) => typeof content.sourcesContent?.[i] !== 'string');
      if (missing.length) { problems.push(`${map} points at unshipped ${missing[0]} without sourcesContent`); break; }
    }
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const readmeProblems = [];
    const relative = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)]+)\)/g)].map((m) => m[1]);
    if (relative.length) readmeProblems.push(`README links to ${relative.slice(0, 3).join(', ')}, which npm cannot follow`);
    if (!/npm install [^\n]*@tensorflow\/tfjs/.test(readme)) readmeProblems.push('README has no install line with the tfjs peers');
    if (!/before `tf\.loadLayersModel`/i.test(readme)) readmeProblems.push('README does not say to import the package before tf.loadLayersModel');
    if (README_PENDING.has(name)) pending.push(`${name} README: ${readmeProblems.join('; ') || 'now passes — drop it from README_PENDING'}`);
    else problems.push(...readmeProblems);
    const bytes = statSync(tarball).size;
    sizes.push({ name, bytes, files: files.length, maps: maps.length });
    if (problems.length) throw new Error(problems.join('\n'));
    return `${(bytes / 1000).toFixed(1)} kB, ${files.length} files, ${maps.length} source maps`;
  });
}

// ── a fresh npm project with tfjs from the registry and the tarballs ────────────────────────
cpSync(join(HERE, 'app'), app, { recursive: true });
writeFileSync(join(app, 'package.json'), JSON.stringify({
  name: 'layerkit-packaging-app', private: true, type: 'module',
  dependencies: {
    '@tensorflow/tfjs': TFJS, '@tensorflow/tfjs-core': TFJS, '@tensorflow/tfjs-layers': TFJS,
    '@tensorflow/tfjs-backend-cpu': TFJS, '@tensorflow/tfjs-backend-webgl': TFJS, '@tensorflow/tfjs-backend-wasm': TFJS,
    ...Object.fromEntries([...packed].map(([name, tarball]) => [name, `file:${tarball}`])),
  },
  devDependencies: { typescript: '~5.9.3', esbuild: '0.28.2', '@types/node': '^20.19.0' },
}, null, 2));
let installed = false;
check('npm install of the tarballs beside tfjs 4.22 from the registry', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], { cwd: app });
  const tree = JSON.parse(run('npm', ['ls', '@tensorflow/tfjs-core', '--all', '--json'], { cwd: app }));
  const versions = new Set();
  const walk = (node) => Object.entries(node.dependencies ?? {}).forEach(([name, child]) => { if (name === '@tensorflow/tfjs-core') versions.add(child.version); walk(child); });
  walk(tree);
  if (versions.size !== 1) throw new Error(`expected one tfjs-core, found ${[...versions].join(', ')}`);
  installed = true;
  return `one @tensorflow/tfjs-core (${[...versions][0]})`;
});

if (installed) {
  const node = (script, extra = []) => run(process.execPath, [script, ...extra], { cwd: app, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } });
  const lastLine = (text) => text.split('\n').filter((line) => /^(train|load|commonjs|bundle|chromium):/.test(line)).join('; ');
  check("Node ESM: train with layerkit layers, wasm and a backend layerkit does not know match cpu, model.save('file://…') without tfjs-node", () => lastLine(node('train.mjs', ['saved-model'])));
  check("Node ESM, fresh process: import layerkit, tf.loadLayersModel('file://…'), same predictions", () => lastLine(node('load.mjs', ['saved-model'])));
  check('CommonJS: import() and require() of the ESM packages', () => lastLine(node('commonjs.cjs')));

  // ── TypeScript: README examples and strict.ts, both resolutions ──────────────────────────
  const types = join(app, 'types');
  mkdirSync(types);
  cpSync(join(app, 'strict.ts'), join(types, 'strict.ts'));
  const exportNames = JSON.parse(run(process.execPath, ['--input-type=module', '-e', `
    const names = {};
    for (const name of ${JSON.stringify([...packed.keys()])}) names[name] = Object.keys(await import(name));
    console.log(JSON.stringify(names));`], { cwd: app, env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' } }).split('\n').at(-1));
  const examples = writeReadmeExamples(ROOT, types, (name) => exportNames[name] ?? []);
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022', 'DOM'], types: ['node'], skipLibCheck: false, esModuleInterop: true };
  for (const [label, options] of [
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ]) {
    check(`TypeScript strict, ${label} resolution: ${examples.length} README examples and strict.ts`, () => {
      writeFileSync(join(types, `tsconfig.${label}.json`), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, include: ['*.ts'] }));
      const result = spawnSync(process.execPath, [join(app, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${label}.json`], { cwd: types, encoding: 'utf8' });
      // tfjs's own declaration files do not compile under strict without skipLibCheck (TS2411,
      // TS2420, missing Long and EmscriptenModule types); layerkit's are checked, so only
      // diagnostics outside node_modules/@tensorflow and @types count.
      const outside = result.stdout.split(/\n(?=\S)/).filter((d) => d.trim() && !/^(\.\.\/)*node_modules\/(@tensorflow|@types)\//.test(d));
      const entries = TYPES_PENDING.filter((entry) => entry.resolution === label);
      const known = (d) => entries.find((p) => d.replace(/^(\.\.\/)+/, '').startsWith(p.file));
      for (const entry of entries) {
        pending.push(outside.some((d) => known(d) === entry) ? `${label}: ${entry.file}: ${entry.reason}` : `${label}: ${entry.file} now compiles — drop it from TYPES_PENDING`);
      }
      const diagnostics = outside.filter((d) => !known(d));
      if (!diagnostics.length) return 'no errors outside tfjs\'s own declarations and the pending ones';
      // Point each error at the README line it comes from.
      const located = diagnostics.join('\n').replace(/^([\w.-]+\.ts)\((\d+),(\d+)\)/gm, (whole, file, line, column) => {
        const example = examples.find((e) => e.name === file);
        return example ? `${example.readme}:${Number(line) + example.firstLine - 1}:${column} (${file})` : whole;
      });
      throw new Error(located);
    });
  }

  check('esbuild browser bundle of a webgl app: layerkit share', () => lastLine(node('bundle.mjs')));
  const chromium = (name, backend, ...flags) => lastLine(run(process.execPath, ['--import', 'tsx', join(HERE, 'run-in-chromium.mjs'), join(app, 'browser', name), `${name}.js`, backend, ...flags], { cwd: ROOT }));
  check('the bundle runs in headless Chromium on webgl, fetching no wasm kernels', () => chromium('browser-app', 'webgl'));
  check('on the wasm backend the bundle fetches the kernel chunks and runs them in tfjs-wasm\'s memory', () => chromium('browser-wasm-app', 'wasm'));
  check('the same, cross-origin isolated: tfjs-wasm\'s threaded build, the kernels patched for its shared memory', () => chromium('browser-wasm-app', 'wasm', '--isolated'));
}

// ── an app on tfjs 4.20, installed with --legacy-peer-deps (so npm neither refuses nor adds
// layerkit's peers): layerkit must refuse to load and say what to install ──────────────────
check('an app on tfjs-core 4.20: importing layerkit throws an error that says what to install', () => {
  const old = join(work, 'old-tfjs-app');
  mkdirSync(old);
  writeFileSync(join(old, 'package.json'), JSON.stringify({
    name: 'layerkit-old-tfjs-app', private: true, type: 'module',
    dependencies: {
      '@tensorflow/tfjs-core': '4.20.0', '@tensorflow/tfjs-layers': '4.20.0', '@tensorflow/tfjs-backend-cpu': '4.20.0',
      ...Object.fromEntries([...packed].map(([name, tarball]) => [name, `file:${tarball}`])),
    },
  }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline', '--legacy-peer-deps'], { cwd: old });
  const output = run(process.execPath, ['--input-type=module', '-e', `
    await import('@tensorflow/tfjs-core');
    try { await import('@layerkit/activations'); console.log('loaded'); } catch (error) { console.log(error.message); }`], { cwd: old });
  const message = output.split('\n').at(-1);
  if (!/^@layerkit\/core: expected @tensorflow\/tfjs-core 4\.22\.0 or newer, got 4\.20\.0 — npm install @tensorflow\/tfjs@\^4\.22\.0/.test(message)) {
    throw new Error(`expected the version error, got: ${message}`);
  }
  return message.slice(0, 80) + '…';
});

// ── report ──────────────────────────────────────────────────────────────────────────────────
if (sizes.length) {
  console.log('\npackaging: tarball sizes');
  for (const { name, bytes, files, maps } of sizes) console.log(`  ${name.padEnd(24)} ${(bytes / 1000).toFixed(1).padStart(7)} kB  ${String(files).padStart(3)} files  ${maps} maps`);
  console.log(`  ${'total'.padEnd(24)} ${(sizes.reduce((a, s) => a + s.bytes, 0) / 1000).toFixed(1).padStart(7)} kB`);
}
for (const note of pending) console.log(`packaging: pending — ${note}`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (jsonOutput) writeFileSync(jsonOutput, JSON.stringify({ passed, failed, checks: results }));
if (!keep) rmSync(work, { recursive: true, force: true });
console.log(`packaging: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
