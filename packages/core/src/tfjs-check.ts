import { Tensor, version_core } from '@tensorflow/tfjs-core';

/**
 * layerkit registers kernels, gradients, layer classes and activation names into tfjs. Two
 * copies of tfjs-core in one app (npm nests a second one when the app's tfjs does not satisfy
 * layerkit's peer range) share the engine and the kernel registry, which live on the global
 * object, but not the serialization registry, which is per copy: the app's tfjs-layers then
 * answers `Unknown activation: silu` or `Unknown layer: Swish`, far from the cause. So the
 * package refuses to load in that state and says what to install.
 */

/** The oldest tfjs-core layerkit is tested with (its peer range is ^4.22.0). */
export const MINIMUM_TFJS_VERSION = '4.22.0';

const INSTALL = 'npm install @tensorflow/tfjs@^4.22.0 (or @tensorflow/tfjs-core and @tensorflow/tfjs-layers @^4.22.0, with your backends at the same version)';

/** What the check looks at, gathered by tfjsFacts(); separate so the decision can be tested. */
export interface TfjsFacts {
  /** `version_core` of the tfjs-core this package imports. */
  readonly version: string;
  /** The Tensor class this package's tfjs-core defines. */
  readonly ownTensorClass: unknown;
  /**
   * The Tensor class tfjs-core keeps on the global object: each copy of tfjs-core puts its own
   * there unless one is already there, so it belongs to the copy that loaded first.
   */
  readonly globalTensorClass: unknown;
}

/** "4.22.0" → [4, 22, 0]; pre-release tags are ignored (4.22.0-rc.0 counts as 4.22.0). */
function parse(version: string): number[] | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? match.slice(1, 4).map(Number) : null;
}

/** Against MINIMUM_TFJS_VERSION. A newer major is not refused here: npm's peer check warns about it. */
function compare(version: string): 'older' | 'ok' | 'unreadable' {
  const got = parse(version);
  const minimum = parse(MINIMUM_TFJS_VERSION)!;
  if (!got) return 'unreadable';
  for (let i = 0; i < 3; i++) {
    if (got[i] !== minimum[i]) return got[i] < minimum[i] ? 'older' : 'ok';
  }
  return 'ok';
}

/** The problem with this tfjs set-up as an error message, or null when there is none. */
export function tfjsProblem(facts: TfjsFacts, packageName = '@layerkit/core'): string | null {
  const versionState = compare(facts.version);
  if (versionState === 'older' || versionState === 'unreadable') {
    return `${packageName}: expected @tensorflow/tfjs-core ${MINIMUM_TFJS_VERSION} or newer, got ${facts.version} — ${INSTALL}`;
  }
  if (facts.globalTensorClass != null && facts.globalTensorClass !== facts.ownTensorClass) {
    return `${packageName}: found two copies of @tensorflow/tfjs-core: the app loaded one first, and layerkit imports another (${facts.version}). `
      + 'Layers and activation names registered in one are unknown to the other, so models would fail to build or load. '
      + `Install a single copy — ${INSTALL} — then \`npm ls @tensorflow/tfjs-core\` should list one version, deduped.`;
  }
  return null;
}

/** The global object tfjs-core keeps its singletons on (the same lookup order as tfjs-core's). */
function tfjsGlobalNamespace(): { _tfGlobals?: Map<string, unknown> } {
  if (typeof window !== 'undefined') return window as never;
  if (typeof global !== 'undefined') return global as never;
  if (typeof process !== 'undefined') return process as never;
  if (typeof self !== 'undefined') return self as never;
  return globalThis as never;
}

/** The facts of the running app: cheap, reads no tensor and starts no backend. */
export function tfjsFacts(): TfjsFacts {
  return { version: version_core, ownTensorClass: Tensor, globalTensorClass: tfjsGlobalNamespace()._tfGlobals?.get('Tensor') };
}

/** Throws when the app's tfjs-core is too old or not the copy layerkit registers into. */
export function checkTfjs(packageName = '@layerkit/core'): void {
  const problem = tfjsProblem(tfjsFacts(), packageName);
  if (problem) throw new Error(problem);
}

// Checked when any layerkit package is first imported (each imports @layerkit/core).
checkTfjs();
