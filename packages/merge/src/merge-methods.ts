/**
 * The package's registry of merge methods: the one list that config validation, the JSON Schema,
 * the docs tables, the catalog registration, the generated tests and the CLI iterate.
 */
import { eraseParameters, type MergeMethod } from './define-merge-method.js';
import { suggestion } from './parameters.js';
import { breadcrumbs } from './methods/breadcrumbs.js';
import { breadcrumbsTies } from './methods/breadcrumbs-ties.js';
import { consensus } from './methods/consensus.js';
import { dareLinear } from './methods/dare-linear.js';
import { dareTies } from './methods/dare-ties.js';
import { della } from './methods/della.js';
import { dellaLinear } from './methods/della-linear.js';
import { greedySoup } from './methods/greedy-soup.js';
import { karcher } from './methods/karcher.js';
import { layerwiseAverage } from './methods/layerwise-average.js';
import { linear } from './methods/linear.js';
import { robustWeightSignatures } from './methods/robust-weight-signatures.js';
import { cabs } from './methods/cabs.js';
import { oneBit } from './methods/one-bit.js';
import { modelStock } from './methods/model-stock.js';
import { multislerp } from './methods/multislerp.js';
import { nearswap } from './methods/nearswap.js';
import { negmerge } from './methods/negmerge.js';
import { nuslerp } from './methods/nuslerp.js';
import { passthrough } from './methods/passthrough.js';
import { sce } from './methods/sce.js';
import { slerp } from './methods/slerp.js';
import { taskArithmetic } from './methods/task-arithmetic.js';
import { ties } from './methods/ties.js';
import { wiseFt } from './methods/wise-ft.js';

const METHODS: MergeMethod[] = [
  linear, greedySoup, taskArithmetic, ties, dareLinear, dareTies, breadcrumbs, breadcrumbsTies, della, dellaLinear,
  slerp, nuslerp, multislerp, karcher, modelStock, wiseFt, negmerge, consensus, sce, nearswap, passthrough,
  layerwiseAverage, robustWeightSignatures, cabs, oneBit,
].map((method) => eraseParameters(method as unknown as MergeMethod));

/** Every method, built-in ones first, then those added with `registerMergeMethod`. */
export const MERGE_METHODS: readonly MergeMethod[] = METHODS;

const BY_NAME = new Map(METHODS.map((method) => [method.name, method]));

/**
 * Adds a method defined outside this package (config validation, schema, docs and the tool then
 * know it). Registering the same definition twice is harmless; another method under a taken name throws.
 */
export function registerMergeMethod(method: MergeMethod<any>): void {
  const existing = BY_NAME.get(method.name);
  if (existing === method) return;
  if (existing) {
    throw new Error(`registerMergeMethod: expected a new method name, got '${method.name}', which is already registered (${existing.id}) — choose another name`);
  }
  METHODS.push(method as MergeMethod);
  BY_NAME.set(method.name, method as MergeMethod);
}

/** Looks a method up by config name; throws listing the known names (with a close match first). */
export function getMergeMethod(name: string): MergeMethod {
  const method = BY_NAME.get(name);
  if (!method) {
    throw new Error(
      `layerkit-merge: expected merge_method to be one of ${[...BY_NAME.keys()].join(', ')}, got '${name}'${suggestion(name, BY_NAME.keys())} — fix merge_method`,
    );
  }
  return method;
}
