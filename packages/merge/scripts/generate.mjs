// Regenerates the shipped config JSON Schema and the docs' parameter tables from the method
// registry (built dist). Run after `tsc -b packages/merge`; a test fails when they are stale.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfigSchema, parameterTablesMarkdown } from '../dist/schema.js';

const packageDirectory = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const schemaFile = path.join(packageDirectory, 'schema', 'merge-config.schema.json');
fs.writeFileSync(schemaFile, `${JSON.stringify(mergeConfigSchema(), null, 2)}\n`);

const docsFile = path.join(packageDirectory, '..', '..', 'docs', 'merge', 'README.md');
const start = '<!-- generated parameter tables: start (pnpm --filter @layerkit/merge gen) -->';
const end = '<!-- generated parameter tables: end -->';
const docs = fs.readFileSync(docsFile, 'utf8');
const from = docs.indexOf(start);
const to = docs.indexOf(end);
if (from < 0 || to < from) throw new Error(`generate: expected the markers ${start} … ${end} in ${docsFile}, got none — restore them`);
fs.writeFileSync(docsFile, `${docs.slice(0, from + start.length)}\n\n${parameterTablesMarkdown()}\n${docs.slice(to)}`);
console.log(`wrote ${path.relative(process.cwd(), schemaFile)} and the tables in ${path.relative(process.cwd(), docsFile)}`);
