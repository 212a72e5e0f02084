#!/usr/bin/env node
// Regenerates every gen/ folder from the registries. Runs the TypeScript generator with tsx so
// it reads the specs straight from source.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./gen/index.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@layerkit/source', script, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
