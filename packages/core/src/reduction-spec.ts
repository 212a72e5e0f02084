import type { NamedAttrMap, TensorInfo } from '@tensorflow/tfjs-core';
import type { Expr } from './expr.js';
import type { BackendName } from './backends/names.js';
import type { ParamSpec, SpecDocs, Tolerance, VariantChoices, VariantSpec } from './spec.js';

/**
 * A reduction spec: norms and row ops (softmax) as statistics over groups of x followed by an
 * elementwise epilogue — the counterpart of ElementwiseSpec. The op, kernels of every backend,
 * the derived backward, the catalog entry, conformance tests and benchmark rows come from it.
 *
 * Every view maps x onto [outer, across, kept, within] (channels last). A group is one
 * (outer, kept) pair; statistics reduce over its across × within elements. Per-channel weights
 * are indexed by kept·within + within-index, so they have kept × within values:
 *
 * | view             | x                      | [outer, across, kept, within] | weights |
 * |------------------|------------------------|-------------------------------|---------|
 * | 'rows'           | [..., features] (axes)  | [rows, 1, 1, features]        | features |
 * | 'channel-groups' | [N, ...spatial, C]     | [N, spatial, groups, C/groups] | C |
 * | 'spatial'        | [N, ...spatial, C]     | [N, spatial, C, 1]            | C |
 * | 'batch'          | [N, ...spatial, C]     | [1, N·spatial, C, 1]          | C |
 */
export type ReductionView = 'rows' | 'channel-groups' | 'spatial' | 'batch';

/**
 * How a statistic reduces its group. 'moments' is the shifted two-pass mean and (biased)
 * variance with the corrected-two-pass adjustment, never E[x²] − E[x]²; 'logsumexp' takes the
 * maximum first and sums e^(v − max).
 */
export type Reducer = 'sum' | 'max' | 'moments' | 'logsumexp';

export interface Statistic {
  /** The statistic's name in the output expression; [mean, variance] for 'moments'. */
  readonly name: string | readonly [mean: string, variance: string];
  readonly reduce: Reducer;
  /**
   * What is reduced, per element: over x, the other element inputs, 'index', params and the
   * statistics listed before this one (the mean absolute deviation reads the mean): it is then
   * reduced in a later pass, and the backward differentiates through both.
   */
  readonly of: Expr;
  /** A comparison: elements where it is false take no part (masked softmax, partial RMSNorm). */
  readonly where?: Expr;
}

/** A per-channel weight tensor of kept × within values (gamma, beta). */
export interface WeightSpec {
  readonly name: string;
  /** The value the op uses when the weight is not given, and the layer's initial value. */
  readonly fill: number;
  readonly doc: string;
}

export interface ReductionMath {
  readonly statistics: readonly Statistic[];
  /** The output per element, over x, element inputs, statistics, weights, 'index' and params. */
  readonly output: Expr;
}

/** x and its view sizes, as the reference sees them (float64). */
export interface ReferenceInput {
  /** [outer, across, kept, within]. */
  readonly view: readonly [number, number, number, number];
  readonly x: Float64Array;
  /** Extra element inputs (a mask) in x's layout. */
  readonly inputs: Readonly<Record<string, Float64Array>>;
  /** Each weight, kept × within values. */
  readonly weights: Readonly<Record<string, Float64Array>>;
  readonly params: Readonly<Record<string, number>>;
  readonly variants: VariantChoices;
}

export interface ReductionSpec {
  readonly kind: 'reduction';
  /** Catalog id, for example 'norms.layer-norm'. */
  readonly id: string;
  /** The op function's name and the kernel suffix. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly view: ReductionView;
  /**
   * Optional element inputs besides x, in x's shape (softmax's 'mask'); no gradient flows to
   * them. `math` learns which were given, so the program without them reads nothing extra.
   */
  readonly inputs?: readonly string[];
  readonly weights: readonly WeightSpec[];
  /**
   * Uniform attributes (epsilon, temperature). 'count' (the group size) is reserved. An
   * `optional` param given by the caller is in the `given` set `math` receives.
   */
  readonly params: readonly ParamSpec[];
  readonly variants?: readonly VariantSpec[];
  readonly math: (variants: VariantChoices, given: ReadonlySet<string>) => ReductionMath;
  /** Float64 reference over the view, for values and finite-difference gradients. */
  readonly reference: (input: ReferenceInput) => Float64Array;
  readonly tolerance: Tolerance;
  readonly docs: SpecDocs;
  /**
   * Statistics the forward also returns, one value per group (BatchNorm's batch mean and
   * variance, for its moving averages). No gradient flows through them.
   */
  readonly groupOutputs?: readonly string[];
  /**
   * Hand-written forward kernels for some backends: they must compute the same math and pass
   * the same tests. Backends without one run the generated kernels, or tfjs ops. An override
   * given as `{load}` is imported when its backend's runners load (see LazyReductionOverride).
   */
  readonly overrides?: Partial<Record<BackendName, ReductionOverride | LazyReductionOverride>>;
}

/** The group size leaf every statistic may divide by. */
export const COUNT = 'count';
/** The weight index (kept·within + within-index) of an element, as a float: partial RMSNorm's mask. */
export const INDEX = 'index';

/**
 * A hand-written forward kernel: the kernel's inputs by name (x as [outer·across·kept, within],
 * weights of kept × within values) and its attrs (params, variants, `view`).
 */
export type ReductionOverride = (backend: unknown, inputs: Readonly<Record<string, TensorInfo>>, attrs: NamedAttrMap) => TensorInfo;

/**
 * An override loaded on demand — `{ load: () => import('./webgpu-kernel.js').then((m) => m.kernel) }`
 * — so that bundles keep it (and what it imports, such as '@layerkit/core/webgpu') in a chunk
 * that only apps on its backend download. Until it is there, ops run as tfjs ops.
 */
export interface LazyReductionOverride {
  readonly load: () => Promise<ReductionOverride>;
}
