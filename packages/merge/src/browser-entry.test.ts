/**
 * The main entry runs in browsers: bundled by esbuild for the browser, as a user's app would be,
 * it pulls in no node: module and nothing from src/node/, and needs nothing kept external but
 * tfjs (a peer). The Node entry, bundled the same way, fails: the check can tell them apart.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// esbuild comes with tsx (a root devDependency), which is how it is installed here.
const requireFromHere = createRequire(import.meta.url);
const { build } = createRequire(requireFromHere.resolve('tsx/package.json'))('esbuild') as typeof import('esbuild');

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nodeSources = fileURLToPath(new URL('./node/', import.meta.url));

/** A browser bundle of `import * from specifier`, resolved to the TypeScript sources. */
async function bundleForBrowser(specifier: string) {
  return build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: repositoryRoot, loader: 'js' },
    bundle: true, write: false, metafile: true, format: 'esm', platform: 'browser', target: 'es2022',
    absWorkingDir: repositoryRoot, conditions: ['@layerkit/source'], external: ['@tensorflow/*'], logLevel: 'silent',
  });
}

describe('@layerkit/merge in a browser bundle', () => {
  for (const specifier of ['@layerkit/merge', '@layerkit/merge/register']) {
    it(`${specifier}: no node: module, nothing from src/node/, only tfjs external`, async () => {
      const result = await bundleForBrowser(specifier);
      expect(result.errors).toEqual([]);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.some((input) => input.endsWith('packages/merge/src/index.ts') || input.endsWith('packages/merge/src/register.ts'))).toBe(true);
      expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
      expect(inputs.filter((input) => `${repositoryRoot}${input}`.startsWith(nodeSources))).toEqual([]);
      const externals = new Set(Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((imported) => imported.external).map((imported) => imported.path)));
      expect([...externals].filter((path) => !path.startsWith('@tensorflow/'))).toEqual([]);
      const code = result.outputFiles[0]!.text;
      expect(code).not.toMatch(/(?:from|import\(|require\()\s*["']node:/);
      expect(code).not.toContain('process.cwd');
    });
  }

  it('@layerkit/merge/node does not bundle for the browser (it needs node:fs)', async () => {
    await expect(bundleForBrowser('@layerkit/merge/node')).rejects.toThrow(/node:(fs|path|url|crypto)/);
  });
});
