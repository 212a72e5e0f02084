import type { ReductionSpec } from '@layerkit/core';
import { LayerNorm, RMSNorm } from './layers.js';
import { layerNorm, rmsNorm } from './ops.js';
import { layerNormSpec } from './specs/layer-norm.js';
import { rmsNormSpec } from './specs/rms-norm.js';

/**
 * Every norm of the package: kernels, catalog entries, docs, tests and benchmarks iterate this
 * list. `op` is the public op, `layer` its layer class.
 */
export const NORMS = [
  { spec: rmsNormSpec, op: rmsNorm, layer: RMSNorm },
  { spec: layerNormSpec, op: layerNorm, layer: LayerNorm },
] as const satisfies readonly { spec: ReductionSpec; op: unknown; layer: { className: string } }[];
