import { LayerNorm, RMSNorm } from './layers.js';
import { layerNorm, rmsNorm } from './ops.js';

/** Every norm of the package: catalog entries, docs, tests and benchmarks iterate this list. */
export const NORMS = [
  { id: 'norms.rms-norm', name: 'rmsNorm', op: rmsNorm, layer: RMSNorm, paper: 'Root Mean Square Layer Normalization' },
  { id: 'norms.layer-norm', name: 'layerNorm', op: layerNorm, layer: LayerNorm, paper: 'Layer Normalization' },
] as const;
