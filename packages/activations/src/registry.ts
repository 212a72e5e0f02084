import type { ElementwiseSpec, GatedSpec } from '@layerkit/core';
import { celu } from './specs/celu.js';
import { elu } from './specs/elu.js';
import { gelu } from './specs/gelu.js';
import { glu } from './specs/glu.js';
import { golu } from './specs/golu.js';
import { hardSwish } from './specs/hard-swish.js';
import { mish } from './specs/mish.js';
import { selu } from './specs/selu.js';
import { snake } from './specs/snake.js';
import { softplus } from './specs/softplus.js';
import { swish } from './specs/swish.js';

/** Every elementwise activation: kernels, layers, docs, tests and benchmarks iterate this list. */
export const ACTIVATIONS: readonly ElementwiseSpec[] = [
  gelu, swish, mish, hardSwish, softplus, elu, celu, selu, golu, snake,
];

/** Split activations (the GLU family): one kernel per variant. */
export const GATED: readonly GatedSpec[] = [glu];
