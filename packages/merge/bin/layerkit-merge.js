#!/usr/bin/env node
// Thin launcher: the tool lives in the built dist/cli.js (run `pnpm build` first in a checkout).
import { runCli } from '../dist/cli.js';

process.exitCode = await runCli(process.argv.slice(2));
