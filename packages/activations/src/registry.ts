import type { ElementwiseSpec, GatedSpec, ReductionSpec } from '@layerkit/core';
import { ABRELU } from './abrelu.js';
import { ASH_ENTRY } from './ash.js';
import { POLY_NORM } from './poly-norm.js';
import { ROW_OPS } from './row-ops.js';
import { RRELU } from './rrelu.js';
import { TOPK } from './sort-ops/k-sparse-layer.js';
import { SPARSEMAX } from './sort-ops/sparsemax-layer.js';
import { apa } from './specs/apa.js';
import { celu } from './specs/celu.js';
import { channelImportanceTransform } from './specs/channel-importance-transform.js';
import { crrelu } from './specs/crrelu.js';
import { elliott } from './specs/elliott.js';
import { elu } from './specs/elu.js';
import { expandedGating } from './specs/expanded-gating.js';
import { gelu } from './specs/gelu.js';
import { glu } from './specs/glu.js';
import { golu } from './specs/golu.js';
import { hardShrink } from './specs/hard-shrink.js';
import { hardSigmoid } from './specs/hard-sigmoid.js';
import { hardSwish } from './specs/hard-swish.js';
import { hardTanh } from './specs/hard-tanh.js';
import { helu } from './specs/helu.js';
import { leakyRelu } from './specs/leaky-relu.js';
import { lipswish } from './specs/lipswish.js';
import { lisht } from './specs/lisht.js';
import { logSigmoid } from './specs/log-sigmoid.js';
import { mish } from './specs/mish.js';
import { pdelu } from './specs/pdelu.js';
import { prelu } from './specs/prelu.js';
import { rational } from './specs/rational.js';
import { reluSquared } from './specs/relu-squared.js';
import { relu } from './specs/relu.js';
import { sau } from './specs/sau.js';
import { selu } from './specs/selu.js';
import { shiftedRelu } from './specs/shifted-relu.js';
import { sigmoid } from './specs/sigmoid.js';
import { smelu } from './specs/smelu.js';
import { snake } from './specs/snake.js';
import { softShrink } from './specs/soft-shrink.js';
import { softplus } from './specs/softplus.js';
import { squareplus } from './specs/squareplus.js';
import { srs } from './specs/srs.js';
import { STOCHASTIC_RELU_SILU } from './stochastic-relu-silu.js';
import { swish } from './specs/swish.js';
import { tanh } from './specs/tanh.js';

/** Every elementwise activation: kernels, layers, docs, tests and benchmarks iterate this list. */
export const ACTIVATIONS: readonly ElementwiseSpec[] = [
  gelu, swish, mish, hardSwish, softplus, elu, celu, selu, golu, snake,
  relu, leakyRelu, sigmoid, tanh, hardSigmoid, hardTanh, logSigmoid, softShrink, shiftedRelu, hardShrink,
  reluSquared, smelu, helu, elliott, lisht, squareplus, channelImportanceTransform,
  prelu, lipswish, crrelu, sau, pdelu, srs, apa, expandedGating, rational,
];

/** Split activations (the GLU family): one kernel per variant. */
export const GATED: readonly GatedSpec[] = [glu];

/**
 * Activations that reduce (ABReLU's mean, ASH's per-example moments, PolyNorm's mean squares):
 * a reduction spec each, with an op and a layer of their own around it.
 */
export const REDUCTION_ACTIVATIONS = [ABRELU, ASH_ENTRY, POLY_NORM] as const;

/** Every reduction spec of the package (row ops and reducing activations): wasm kernels, conformance tests and benchmark rows iterate it. */
export const REDUCTIONS: readonly ReductionSpec[] = [...ROW_OPS, ...REDUCTION_ACTIVATIONS.map((entry) => entry.spec)];

/** Random activations: tfjs ops around seeded draws, each with an op and a layer. */
export const RANDOM_ACTIVATIONS = [RRELU, STOCHASTIC_RELU_SILU] as const;

/** Activations that sort each row (sparsemax, k-sparse): tfjs ops under tf.customGrad, each with an op and a layer. */
export const SORT_ACTIVATIONS = [SPARSEMAX, TOPK] as const;
