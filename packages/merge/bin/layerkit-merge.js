#!/usr/bin/env node
// Thin launcher: the tool lives in the built dist/node/cli.js (run `pnpm build` first in a checkout).
import { runCli } from '../dist/node/cli.js';

process.exitCode = await runCli(process.argv.slice(2));
