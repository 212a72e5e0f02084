#!/usr/bin/env node
// Regenerates every generated file from the registries: the kernels, wasm modules and API (the
// TypeScript generator, run with tsx so it reads the specs straight from source), then the docs.
// `--check` writes nothing and fails when any generated file is out of date.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const run = (script, extra = []) => spawnSync(process.execPath, [...extra, fileURLToPath(new URL(script, import.meta.url)), ...args], { stdio: 'inherit' }).status ?? 1;

const code = run('./gen/index.ts', ['--import', 'tsx', '--conditions=@layerkit/source']);
if (code !== 0) process.exit(code);
process.exit(run('./docs.mjs'));
