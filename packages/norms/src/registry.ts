import type { ReductionSpec } from '@layerkit/core';
import { LayerNorm, RMSNorm } from './layers.js';
import { groupNorm, instanceNorm, layerNorm, rmsNorm } from './ops.js';
import { groupNormSpec, instanceNormSpec } from './specs/group-norm.js';
import { layerNormSpec } from './specs/layer-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';

/**
 * Every norm of the package: kernels, catalog entries, docs, tests and benchmarks iterate this
 * list. `op` is the public op, `layer` its layer class (null where the norm ships as an op only, so far).
 */
export const NORMS: readonly NormEntry[] = [
  { spec: rmsNormSpec, op: rmsNorm, layer: RMSNorm },
  { spec: layerNormSpec, op: layerNorm, layer: LayerNorm },
  { spec: groupNormSpec, op: groupNorm, layer: null },
  { spec: instanceNormSpec, op: instanceNorm, layer: null },
];

export interface NormEntry {
  readonly spec: ReductionSpec;
  readonly op: (...args: never[]) => unknown;
  readonly layer: (typeof RMSNorm | typeof LayerNorm) | null;
}
