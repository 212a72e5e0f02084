import type { ReductionSpec } from '@layerkit/core';
import { derivedNormLayer, derivedNormOp } from './derived.js';
import type { NormLayerClass } from './layer-factory.js';
import { NORM_ACT_WASM_PAIRS } from './norm-act.js';
import {
  BatchNorm, CRMSNorm, DynamicTanh, EvoNormB0, EvoNormS0, FilterResponseNorm, GroupNorm, InstanceNorm, L1Norm, LayerNorm, LayerScale, RegionNorm, RMSNorm, ScaleNorm, UnitNormalization,
} from './layers.js';
import {
  batchNorm, crmsNorm, dynamicTanh, evoNormB0, evoNormS0, filterResponseNorm, groupNorm, instanceNorm, l1Norm, layerNorm, layerScale, regionNorm, rmsNorm, scaleNorm, unitNorm,
} from './ops.js';
import { batchNormInferenceSpec, batchNormSpec } from './specs/batch-norm.js';
import { crmsNormSpec } from './specs/crms-norm.js';
import { dynamicTanhSpec } from './specs/dynamic-tanh.js';
import { evoNormB0Spec } from './specs/evonorm-b0.js';
import { evoNormS0Spec } from './specs/evonorm-s0.js';
import { filterResponseNormSpec } from './specs/filter-response-norm.js';
import { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';
import { l1NormSpec } from './specs/l1-norm.js';
import { layerNormSpec } from './specs/layer-norm.js';
import { layerScaleSpec } from './specs/layer-scale.js';
import { regionNormBatchSpec, regionNormSpec } from './specs/region-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';
import { scaleNormSpec } from './specs/scale-norm.js';
import { unitNormSpec } from './specs/unit-norm.js';

/** Layer options and an input shape that suit a norm in a small test model. */
export interface NormExample {
  /** Options of the layer (groups that divide the example's channels …). Default: none. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** The shape of one example fed to the model (a Dense of 8 units precedes the norm). Default [4]. */
  readonly inputShape?: readonly number[];
}

/** Images [3, 3, 4] → [3, 3, 8] after the Dense: what the channel-view norms are for. */
const IMAGES = [3, 3, 4] as const;

/**
 * The registry's lines. `op` is the public op, `layer` its layer class (its Keras / TF-Addons
 * aliases hang off it), `exports` what the package exports for it, the main one first.
 */
const ENTRIES: readonly NormDefinition[] = [
  {
    spec: batchNormSpec, op: batchNorm, layer: BatchNorm,
    exports: ['batchNorm', 'BatchNorm', 'batchNormTraining', 'batchNormInference', 'batchNormSpec', 'batchNormInferenceSpec', 'foldBatchNorm', 'foldBatchNormWeights', 'recalibrate'],
    forms: [batchNormInferenceSpec], example: { inputShape: IMAGES },
  },
  { spec: rmsNormSpec, op: rmsNorm, layer: RMSNorm, exports: ['rmsNorm', 'RMSNorm', 'rmsNormSpec'] },
  { spec: layerNormSpec, op: layerNorm, layer: LayerNorm, exports: ['layerNorm', 'LayerNorm', 'layerNormSpec'] },
  { spec: l1NormSpec, op: l1Norm, layer: L1Norm, exports: ['l1Norm', 'L1Norm', 'l1NormSpec'] },
  {
    spec: groupNormSpec, op: groupNorm, layer: GroupNorm, exports: ['groupNorm', 'GroupNorm', 'groupNormSpec'],
    example: { options: { groups: 4 }, inputShape: IMAGES },
  },
  {
    spec: instanceNormSpec, op: instanceNorm, layer: InstanceNorm, exports: ['instanceNorm', 'InstanceNorm', 'instanceNormSpec'],
    example: { inputShape: IMAGES },
  },
  {
    spec: filterResponseNormSpec, op: filterResponseNorm, layer: FilterResponseNorm,
    exports: ['filterResponseNorm', 'FilterResponseNorm', 'filterResponseNormSpec'], example: { inputShape: IMAGES },
  },
  {
    spec: evoNormS0Spec, op: evoNormS0, layer: EvoNormS0, exports: ['evoNormS0', 'EvoNormS0', 'evoNormS0Spec', 'evoNormGroups'],
    example: { inputShape: IMAGES },
  },
  {
    spec: evoNormB0Spec, op: evoNormB0, layer: EvoNormB0, exports: ['evoNormB0', 'EvoNormB0', 'evoNormB0Spec', 'evoNormBatchVariance'],
    example: { inputShape: IMAGES },
  },
  { spec: scaleNormSpec, op: scaleNorm, layer: ScaleNorm, exports: ['scaleNorm', 'ScaleNorm', 'scaleNormSpec'] },
  { spec: unitNormSpec, op: unitNorm, layer: UnitNormalization, exports: ['unitNorm', 'UnitNormalization', 'unitNormSpec'] },
  {
    spec: crmsNormSpec, op: crmsNorm, layer: CRMSNorm,
    // With the exact Pre-LN → Pre-RMSNorm → Pre-CRMSNorm weight transforms (src/pre-rms-norm.ts).
    exports: ['crmsNorm', 'CRMSNorm', 'crmsNormSpec', 'foldNormAffine', 'centreWriter', 'compressWriter', 'compressReader'],
  },
  { spec: dynamicTanhSpec, op: dynamicTanh, layer: DynamicTanh, exports: ['dynamicTanh', 'DynamicTanh', 'dynamicTanhSpec', 'replaceNormWithDyT'] },
  { spec: layerScaleSpec, op: layerScale, layer: LayerScale, exports: ['layerScale', 'LayerScale', 'layerScaleSpec'] },
  {
    spec: regionNormSpec, op: regionNorm, layer: RegionNorm, exports: ['regionNorm', 'RegionNorm', 'regionNormSpec', 'regionNormBatchSpec'],
    forms: [regionNormBatchSpec], example: { inputShape: IMAGES },
  },
];

/**
 * Every norm of the package: kernels, catalog entries, docs, tests and benchmarks iterate this
 * list. An entry that names no op or layer gets them from its spec (derived.ts): a new norm is
 * a spec file and a line here.
 */
export const NORMS: readonly NormEntry[] = /* @__PURE__ */ ENTRIES.map((entry) => ({
  ...entry,
  op: entry.op ?? derivedNormOp(entry.spec),
  layer: entry.layer === undefined ? derivedNormLayer(entry.spec) as NormLayerClass<object> : entry.layer,
}));

/**
 * The norm + activation pairs compiled into the package's wasm module (norm-act.ts), with the
 * norm's spec (or form) from NORMS: what the generator compiles and the tests run.
 */
export const NORM_ACT_PRESETS: readonly (readonly [ReductionSpec, string])[] = /* @__PURE__ */ NORM_ACT_WASM_PAIRS.map(([name, activation]) => {
  const spec = NORMS.flatMap((norm) => [norm.spec, ...(norm.forms ?? [])]).find((candidate) => candidate.name === name);
  if (!spec) throw new Error(`NORM_ACT_WASM_PAIRS: expected a norm spec or form named '${name}' in NORMS, got none — fix the pair in norm-act.ts`);
  return [spec, activation] as const;
});

/** A line of the registry: the op and layer are derived from the spec when not given (null: no layer). */
export type NormDefinition = Omit<NormEntry, 'op' | 'layer'> & { readonly op?: NormEntry['op']; readonly layer?: NormEntry['layer'] };

export interface NormEntry {
  readonly spec: ReductionSpec;
  readonly op: (...args: never[]) => unknown;
  readonly layer: NormLayerClass<object> | null;
  /** The names the package exports for this norm, the main one first. */
  readonly exports: readonly string[];
  /** Other specs of the same catalog item (BatchNorm's inference form): kernels, no entry of their own. */
  readonly forms?: readonly ReductionSpec[];
  readonly example?: NormExample;
}
