import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The header every generated file starts with. */
export const header = (source: string, comment = '//') =>
  `${comment} Generated from ${source} by scripts/gen (pnpm gen) — do not edit.\n`;

const changed: string[] = [];

/** Writes a generated file when its content differs; `--check` only reports the difference. */
export function writeGenerated(path: string, content: string): void {
  let existing: string | null = null;
  try { existing = readFileSync(path, 'utf8'); } catch { /* new file */ }
  if (existing === content) return;
  changed.push(relative(ROOT, path));
  if (process.argv.includes('--check')) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

export function finish(): void {
  if (process.argv.includes('--check') && changed.length) {
    console.error(`pnpm gen --check: generated files are out of date: ${changed.join(', ')} — run pnpm gen and commit`);
    process.exit(1);
  }
  console.log(changed.length ? `gen: wrote ${changed.join(', ')}` : 'gen: everything up to date');
}
