// Runs a script against the TypeScript sources of @layerkit/* (the '@layerkit/source' export
// condition, through tsx) instead of dist/: a stale or half-finished build of one package then
// cannot break the catalog, the demo or the benchmarks. LAYERKIT_DIST=1 uses the built dist/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const underSource = () => process.execArgv.some((arg) => arg.includes('@layerkit/source'))
  || (process.env.NODE_OPTIONS ?? '').includes('@layerkit/source');

/**
 * Re-executes the calling script under tsx with the source condition, unless it already runs so
 * or LAYERKIT_DIST=1 asks for dist/. Call before any dynamic import of @layerkit/*.
 */
export function ensureSource(scriptUrl) {
  if (process.env.LAYERKIT_DIST === '1' || underSource()) return;
  const script = fileURLToPath(scriptUrl);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@layerkit/source', ...process.execArgv, script, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}

/** Every workspace package under packages/: { dir, name, short, hasSource, hasDist }. */
export function workspacePackages() {
  const base = path.join(ROOT, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(base, entry.name, 'package.json')))
    .map((entry) => {
      const dir = path.join(base, entry.name);
      const { name } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      return {
        dir, name, short: name.replace(/^@layerkit\//, ''),
        hasSource: existsSync(path.join(dir, 'src', 'index.ts')),
        hasDist: existsSync(path.join(dir, 'dist', 'index.js')),
      };
    });
}

/**
 * Imports every @layerkit package that exists (its register side effects fill the catalog).
 * Missing or broken packages are skipped and reported, never fatal: packages land one by one.
 * Returns { loaded: Map<short, module>, skipped: [{ name, reason }] }.
 */
export async function importLayerkit() {
  // Some packages make tensors while they load (constants, default weights): give them a backend.
  // Its advert for tfjs-node is noise here: these scripts deliberately run without it.
  quietTfjsNodeAdvert();
  await import('@tensorflow/tfjs-backend-cpu');
  const fromSource = underSource();
  const loaded = new Map();
  const skipped = [];
  for (const pkg of workspacePackages()) {
    if (!(fromSource ? pkg.hasSource : pkg.hasDist)) {
      skipped.push({ name: pkg.name, reason: fromSource ? 'no src/index.ts yet' : 'not built (run pnpm build)' });
      continue;
    }
    try {
      loaded.set(pkg.short, await import(pkg.name));
    } catch (error) {
      skipped.push({ name: pkg.name, reason: String(error?.message ?? error).split('\n')[0] });
    }
  }
  return { loaded, skipped };
}

/** Drops tfjs's one-time "install tfjs-node" advert from console.warn; every other warning stays. */
export function quietTfjsNodeAdvert() {
  if (console.warn.quietTfjsNode) return;
  const warn = console.warn;
  const quiet = (...parts) => {
    const text = String(parts[0] ?? '');
    if (text.includes('tfjs-node')) return;
    warn(...parts);
  };
  quiet.quietTfjsNode = true;
  console.warn = quiet;
}
