/**
 * Tests generated over the method registry: every method returns a model merged with itself,
 * keeps the scale when weights sum to one, and matches its definition on hand-computed examples.
 */
import { describe, expect, it } from 'vitest';
import {
  MERGE_METHODS, MERGE_UTILITIES, executeMerge, planMerge, type MergeMethod, type ParameterSettings, type WeightSource,
} from '@layerkit/merge';
import { arraySource, randomFloats } from './test-helpers.js';

const SHAPES: Record<string, number[]> = { 'dense/kernel': [6, 5], 'dense/bias': [5], 'norm/gamma': [7] };

function modelFrom(label: string, seed: number, scale = 1): WeightSource {
  return arraySource(label, Object.fromEntries(Object.entries(SHAPES).map(([name, shape], index) => [
    name, { shape, values: randomFloats(shape.reduce((product, dimension) => product * dimension, 1), seed * 31 + index, scale) },
  ])));
}

function vector(label: string, values: number[]): WeightSource {
  return arraySource(label, { 'layer/kernel': { shape: [values.length], values: Float32Array.from(values) } });
}

function run(method: string, options: { base?: WeightSource | null; models: WeightSource[]; parameters?: ParameterSettings; perModel?: ParameterSettings[] }): Record<string, Float32Array> {
  const plan = planMerge({
    method,
    base: options.base ?? null,
    models: options.models.map((source, index) => ({ source, parameters: options.perModel?.[index] })),
    parameters: options.parameters,
  });
  const result: Record<string, Float32Array> = {};
  executeMerge(plan, (weight, values) => { result[weight.name] = values as Float32Array; });
  return result;
}

/** How many models (besides a base) a property test gives a method, and whether it gets a base. */
function arrangement(method: MergeMethod): { base: boolean; count: number } {
  if (method.name === 'slerp') return { base: false, count: 2 };
  const count = Math.min(Math.max(2, method.models.minimum), method.models.maximum ?? 3);
  return { base: method.base === 'required', count };
}

/** Parameters that make the sparsifying methods keep every entry (for the scale property). */
function fullStrength(method: MergeMethod): ParameterSettings {
  const settings: Record<string, number | string | null> = {};
  // Lossless settings: patch every layer at full precision; n:m groups of one entry keep everything for the first task.
  if ('bits' in method.params) settings.bits = null;
  if (method.name === 'robust_weight_signatures') settings.layers = 'all';
  if (method.name === 'one_bit') settings.layers = '';
  if ('m' in method.params && 'n' in method.params) { settings.n = 1; settings.m = 1; }
  if ('density' in method.params) settings.density = 1;
  if ('gamma' in method.params) settings.gamma = 0;
  if ('epsilon' in method.params) settings.epsilon = 0;
  if ('seed' in method.params) settings.seed = 7;
  return settings;
}

function expectClose(actual: Float32Array, expected: ArrayLike<number>, tolerance = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let index = 0; index < expected.length; index++) {
    const difference = Math.abs(actual[index]! - expected[index]!);
    if (difference > tolerance * Math.max(1, Math.abs(expected[index]!))) {
      throw new Error(`entry ${index}: expected ${expected[index]}, got ${actual[index]} (|difference| ${difference})`);
    }
  }
}

describe.each(MERGE_METHODS.map((method) => [method.name, method] as const))('%s (registry properties)', (_name, method) => {
  it('merging a model with itself returns it', () => {
    const model = modelFrom('m', 1);
    const { base, count } = arrangement(method);
    const result = run(method.name, { base: base ? model : null, models: Array.from({ length: count }, () => model), parameters: 'seed' in method.params ? { seed: 3 } : {} });
    for (const name of Object.keys(SHAPES)) expectClose(result[name]!, model.read(name) as Float32Array, 1e-6);
  });

  it('weights summing to one keep the scale (identical task models give that model)', () => {
    const base = modelFrom('base', 2);
    const model = modelFrom('model', 3, 2);
    const { base: usesBase, count } = arrangement(method);
    // The per-model strength of a method: its 'weight', or a per-model 'scale' (patch strength).
    const weightKey = 'weight' in method.params ? 'weight' : method.params.scale?.scope === 'model' ? 'scale' : null;
    const hasWeight = weightKey !== null;
    const weights = count === 1 ? [1] : Array.from({ length: count }, (_, index) => (index === 0 ? 0.25 : 0.75 / (count - 1)));
    const models = method.name === 'slerp' || method.name === 'wise_ft' || method.name === 'nearswap' ? [model] : Array.from({ length: count }, () => model);
    const parameters: Record<string, number | string | null> = { ...(fullStrength(method) as Record<string, number | string | null>) };
    if (method.name === 'wise_ft') parameters.alpha = 1;
    if (method.name === 'slerp') parameters.t = 1;
    if (method.name === 'nearswap') parameters.t = 1e9;
    if (method.name === 'negmerge') parameters.lambda = -1;
    const result = run(method.name, {
      base: usesBase || method.name === 'slerp' || method.name === 'nuslerp' ? base : null,
      models: method.name === 'slerp' ? [model] : models,
      parameters,
      perModel: hasWeight ? weights.slice(0, models.length).map((weight) => ({ [weightKey]: weight })) : undefined,
    });
    for (const name of Object.keys(SHAPES)) expectClose(result[name]!, model.read(name) as Float32Array, 1e-5);
  });
});

interface Example {
  readonly description: string;
  readonly base?: number[];
  readonly models: number[][];
  readonly parameters?: ParameterSettings;
  readonly perModel?: ParameterSettings[];
  readonly expected: number[];
}

const SQRT_HALF = Math.SQRT1_2;

/** Hand-computed examples; every registered method must have at least one. */
const EXAMPLES: Record<string, Example[]> = {
  linear: [
    { description: 'weighted mean, normalized', models: [[1, 2, 3, 4], [3, 2, 1, 0]], perModel: [{ weight: 1 }, { weight: 3 }], expected: [2.5, 2, 1.5, 1] },
    { description: 'weighted sum, not normalized', models: [[1, 2, 3, 4], [3, 2, 1, 0]], perModel: [{ weight: 1 }, { weight: 3 }], parameters: { normalize: false }, expected: [10, 8, 6, 4] },
    { description: 'scaling all weights changes nothing when normalized', models: [[1, 2, 3, 4], [3, 2, 1, 0]], perModel: [{ weight: 10 }, { weight: 30 }], expected: [2.5, 2, 1.5, 1] },
  ],
  greedy_soup: [{ description: 'uniform average of the kept ingredients', models: [[1, 2], [3, 6], [2, 1]], expected: [2, 3] }],
  task_arithmetic: [
    { description: 'base + λ Σ w δ', base: [1, 1, 1, 1], models: [[2, 0, 1, 3], [1, 3, 1, 0]], perModel: [{ weight: 1 }, { weight: 0.5 }], parameters: { lambda: 2 }, expected: [3, 1, 1, 4] },
    { description: 'λ = 0 returns the base', base: [1, 1, 1, 1], models: [[2, 0, 1, 3]], parameters: { lambda: 0 }, expected: [1, 1, 1, 1] },
  ],
  ties: [
    {
      description: 'trim to half, elect sign by sum, mean of agreeing by their weights', base: [0, 0, 0, 0],
      models: [[3, -1, 0.5, -2], [-1, 2, 0.2, -4], [2, -0.5, -3, 1]], perModel: [{ weight: 1 }, { weight: 2 }, { weight: 1 }],
      parameters: { density: 0.5 }, expected: [2.5, 2, -3, -10 / 3],
    },
    { description: 'one model, density 1, λ 1 returns it', base: [1, 2], models: [[4, -3]], parameters: { density: 1 }, expected: [4, -3] },
    { description: "consensus 'sum' follows the larger magnitude", base: [0, 0], models: [[1, 1], [1, 1], [-5, -1]], parameters: { density: 1 }, expected: [-5, 1] },
    { description: "consensus 'count' follows the majority", base: [0, 0], models: [[1, 1], [1, 1], [-5, -1]], parameters: { density: 1, consensus: 'count' }, expected: [1, 1] },
    // mergekit keeps int(0.5·5) = 2 entries, the paper form round(2.5) = 3.
    { description: 'mergekit: ⌊density·n⌋ entries kept', base: [0, 0, 0, 0, 0], models: [[5, -4, 3, 2, 1]], parameters: { density: 0.5 }, expected: [5, -4, 0, 0, 0] },
    { description: 'paper: round(density·n) entries kept', base: [0, 0, 0, 0, 0], models: [[5, -4, 3, 2, 1]], parameters: { density: 0.5, convention: 'paper' }, expected: [5, -4, 3, 0, 0] },
    { description: 'mergekit: a tied sum vote elects +', base: [0, 0], models: [[1, -1], [-1, 1]], expected: [1, 1] },
    { description: 'paper: a tied sum vote elects nothing', base: [0, 0], models: [[1, -1], [-1, 1]], parameters: { convention: 'paper' }, expected: [0, 0] },
    { description: "mergekit: a tied 'count' vote elects +", base: [0, 0], models: [[2, -1], [-1, 3]], parameters: { consensus: 'count' }, expected: [2, 3] },
    { description: "paper: a tied 'count' vote elects nothing", base: [0, 0], models: [[2, -1], [-1, 3]], parameters: { consensus: 'count', convention: 'paper' }, expected: [0, 0] },
    // Kept [4, −3] of L1 10 → scaled by 10/7; the paper form divides by the kept fraction 2/4.
    { description: 'mergekit rescale restores the L1 norm', base: [0, 0, 0, 0], models: [[4, -3, 2, 1]], parameters: { density: 0.5, rescale: true }, expected: [40 / 7, -30 / 7, 0, 0] },
    { description: 'paper rescale divides by the kept fraction', base: [0, 0, 0, 0], models: [[4, -3, 2, 1]], parameters: { density: 0.5, rescale: true, convention: 'paper' }, expected: [8, -6, 0, 0] },
    { description: 'default density 1 keeps every entry', base: [0, 0, 0], models: [[3, -2, 1]], expected: [3, -2, 1] },
    { description: 'int8_mask (mergekit spelling) is accepted and changes nothing', base: [0, 0], models: [[1, -1], [-1, 1]], parameters: { int8_mask: true }, expected: [1, 1] },
  ],
  dare_linear: [{ description: 'density 1 is task arithmetic', base: [1, 1, 1, 1], models: [[2, 0, 1, 3], [1, 3, 1, 0]], perModel: [{ weight: 1 }, { weight: 0.5 }], parameters: { lambda: 2, density: 1, seed: 1 }, expected: [3, 1, 1, 4] }],
  dare_ties: [
    // normalize defaults to false (mergekit): agreeing entries are summed; the tie at entry 1 elects +.
    { description: 'density 1 is TIES without trimming, summed (normalize false)', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { density: 1, seed: 1 }, expected: [4, 2, 3] },
    {
      description: 'paper form with normalize: the mean of agreeing entries, no sign on a tie', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]],
      parameters: { density: 1, seed: 1, normalize: true, convention: 'paper' }, expected: [2, 0, 3],
    },
  ],
  breadcrumbs: [
    {
      description: 'drop the top 10% and keep the next 50% by magnitude', base: new Array(10).fill(0),
      models: [[10, 1, -5, 3, 0.5, -2, 4, 0.1, 6, -7]], parameters: { density: 0.5, gamma: 0.1 }, expected: [0, 0, -5, 3, 0, 0, 4, 0, 6, -7],
    },
    // density + gamma > 1: mergekit keeps ⌊0.95·10⌋ = 9 entries and drops only 1 outlier.
    {
      description: 'mergekit: density + gamma > 1 keeps density and drops fewer outliers', base: new Array(10).fill(0),
      models: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]], parameters: { density: 0.95, gamma: 0.2 }, expected: [0, 9, 8, 7, 6, 5, 4, 3, 2, 1],
    },
    {
      description: 'paper: density + gamma > 1 drops the gamma outliers and keeps the rest', base: new Array(10).fill(0),
      models: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]], parameters: { density: 0.95, gamma: 0.2, convention: 'paper' }, expected: [0, 0, 8, 7, 6, 5, 4, 3, 2, 1],
    },
    // ⌊0.05·10⌋ = 0 outliers: mergekit's slice keeps nothing there; here the top density fraction stays.
    {
      description: 'no outlier to drop (⌊gamma·n⌋ = 0) keeps the top density fraction', base: new Array(10).fill(0),
      models: [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1]], parameters: { density: 0.5, gamma: 0.05 }, expected: [10, 9, 8, 7, 6, 0, 0, 0, 0, 0],
    },
    { description: 'mergekit: density 1 (the default) keeps the tensor, outliers included', base: [0, 0, 0], models: [[100, 1, 2]], parameters: { gamma: 0.4 }, expected: [100, 1, 2] },
  ],
  breadcrumbs_ties: [
    // Each drops its top entry (±9) and keeps the next three: [0, 0, −2, 3, 4] and [0, 0, 2, 3, 5].
    {
      description: 'mergekit: breadcrumbs masks, sign election (a tie elects +), agreeing entries summed', base: [0, 0, 0, 0, 0],
      models: [[9, 1, -2, 3, 4], [-9, -1, 2, 3, 5]], parameters: { density: 0.6, gamma: 0.2 }, expected: [0, 0, 2, 6, 9],
    },
    {
      description: 'paper form with normalize: the third entry cancels (no sign), the others are averaged', base: [0, 0, 0, 0, 0],
      models: [[9, 1, -2, 3, 4], [-9, -1, 2, 3, 5]], parameters: { density: 0.6, gamma: 0.2, normalize: true, convention: 'paper' }, expected: [0, 0, 0, 3, 4.5],
    },
  ],
  della: [
    { description: 'density 1, epsilon 0 keeps everything (TIES without trimming; a tie elects +)', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { density: 1, epsilon: 0, seed: 1 }, expected: [2, 2, 3] },
    { description: 'paper form: density 1, epsilon 0, no sign on a tie', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { density: 1, epsilon: 0, seed: 1, convention: 'paper' }, expected: [2, 0, 3] },
    { description: 'mergekit: default density 1 with default epsilon 0.15 keeps the tensors', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { seed: 1 }, expected: [2, 2, 3] },
  ],
  della_linear: [{ description: 'density 1, epsilon 0 is task arithmetic', base: [0, 0], models: [[1, -2], [3, 2]], parameters: { density: 1, epsilon: 0, seed: 1 }, expected: [4, 0] }],
  slerp: [
    { description: 'orthogonal unit vectors at t = 0.5', models: [[1, 0], [0, 1]], expected: [SQRT_HALF, SQRT_HALF] },
    // A zero tensor is not normalised: cos θ = 0, θ = π/2, so cos(tπ/2)·a + sin(tπ/2)·b (not lerp's [0, 1]).
    { description: 'a zero tensor at t = 0.5 is at π/2 from anything (mergekit)', models: [[0, 0], [0, 2]], expected: [0, Math.SQRT2] },
    { description: 'a zero tensor at t = 0.25', models: [[0, 0], [0, 2]], parameters: { t: 0.25 }, expected: [0, 2 * Math.sin(Math.PI / 8)] },
    { description: 't = 0 returns the first', models: [[1, 0], [0, 1]], parameters: { t: 0 }, expected: [1, 0] },
    { description: 'base and one model: t = 1 returns the model', base: [1, 0], models: [[0, 2]], parameters: { t: 1 }, expected: [0, 2] },
    { description: 'colinear vectors fall back to lerp', models: [[1, 2], [2, 4]], expected: [1.5, 3] },
    { description: 'anti-colinear vectors fall back to lerp without NaN', models: [[1, 2], [-1, -2]], expected: [0, 0] },
  ],
  nuslerp: [
    { description: 'weights (1, 1) equal slerp at 0.5', models: [[1, 0], [0, 1]], expected: [SQRT_HALF, SQRT_HALF] },
    { description: 'a zero tensor is at π/2 from anything (mergekit)', models: [[0, 0], [0, 2]], expected: [0, Math.SQRT2] },
    { description: 'weights summing to 0 interpolate at t = 0.5 (mergekit)', models: [[1, 0], [0, 1]], perModel: [{ weight: 1 }, { weight: -1 }], expected: [SQRT_HALF, SQRT_HALF] },
    { description: 'nuslerp_flatten / nuslerp_row_wise (mergekit spellings) are accepted', models: [[1, 0], [0, 1]], parameters: { nuslerp_flatten: false, nuslerp_row_wise: false }, expected: [SQRT_HALF, SQRT_HALF] },
    {
      description: 'task vectors with weights (1, 3): slerp at t = 0.75, plus base', base: [1, 1], models: [[2, 1], [1, 2]],
      perModel: [{ weight: 1 }, { weight: 3 }], expected: [1 + Math.sin(Math.PI / 8), 1 + Math.sin((3 * Math.PI) / 8)],
    },
  ],
  multislerp: [
    { description: 'normalised weighted mean direction times weighted mean norm', models: [[3, 0], [0, 1]], expected: [Math.SQRT2, Math.SQRT2] },
    { description: '(a, −a) falls back to the linear average', models: [[1, 2], [-1, -2]], expected: [0, 0] },
  ],
  karcher: [
    { description: 'two orthogonal vectors of norm 2: the midpoint direction times 2', models: [[2, 0], [0, 2]], expected: [Math.SQRT2, Math.SQRT2] },
    { description: 'antipodal directions start from (and keep) the first one (mergekit)', models: [[1, 0], [-1, 0]], parameters: { max_iter: 5 }, expected: [1, 0] },
  ],
  model_stock: [
    { description: 'orthogonal offsets return the base', base: [1, 1], models: [[2, 1], [1, 2]], expected: [1, 1] },
    { description: 'N = 2, cos 0.5: t = 2/3', base: [0, 0], models: [[1, 0], [0.5, Math.sqrt(3) / 2]], expected: [0.5, Math.sqrt(3) / 6] },
    { description: 'N = 2, cos −0.5: t = −2, 3·w0 − 2·w_avg', base: [1, 1], models: [[2, 1], [0.5, 1 + Math.sqrt(3) / 2]], expected: [0.5, 1 - Math.sqrt(3) / 2] },
    { description: 'clampT keeps the base for a negative cosine', base: [1, 1], models: [[2, 1], [0.5, 1 + Math.sqrt(3) / 2]], parameters: { clampT: true }, expected: [1, 1] },
    { description: 'N = 3, every pairwise cos 0.5: t = 0.75', base: [0, 0, 0], models: [[1, 1, 0], [1, 0, 1], [0, 1, 1]], expected: [0.5, 0.5, 0.5] },
    { description: 'identical offsets (cos 1) return the mean', base: [0, 0], models: [[1, 2], [1, 2]], expected: [1, 2] },
    // Norm product 2e-8 is clamped to 1e-6 (mergekit): cos = 0.02, t = 0.04/1.02, of the mean 1.5e-4.
    { description: 'tiny offsets: the norm product is clamped at eps 1e-6', base: [0, 0], models: [[1e-4, 0], [2e-4, 0]], parameters: { filter_wise: false }, expected: [(0.04 / 1.02) * 1.5e-4, 0] },
  ],
  wise_ft: [{ description: '(1 − α)·zero-shot + α·fine-tuned', base: [0, 4], models: [[2, 0]], parameters: { alpha: 0.25 }, expected: [0.5, 3] }],
  negmerge: [{ description: 'subtract the mean task vector where all signs agree', base: [0, 0, 0], models: [[1, -2, 3], [3, -1, -3]], expected: [-2, 1.5, 0] }],
  consensus: [{ description: 'TALL masks with k = 2', base: [0, 0, 0], models: [[1, 0.1, -2], [1, 2, 2]], expected: [2, 0, 0] }],
  sce: [
    // Weights 1/6, 5/6; entry 1's unweighted vote −1 + 1 = 0 elects +, and the agreeing entries are averaged by weight.
    { description: 'mergekit: unweighted sign vote, weighted mean of agreeing entries', base: [0, 0], models: [[1, -1], [3, 1]], expected: [16 / 6, 1] },
    { description: 'paper form: weighted vote, weighted sum', base: [0, 0], models: [[1, -1], [3, 1]], parameters: { convention: 'paper' }, expected: [16 / 6, 5 / 6] },
    // Variances [1, 0, 0, 4]: mergekit ranks the 2 non-zero ones and keeps ⌊2·0.5⌋ = 1; the paper form keeps round(4·0.5) = 2.
    {
      description: 'mergekit: select_topk counts only entries whose variance is non-zero', base: [0, 0, 0, 0],
      models: [[1, 0, 0, 5], [3, 0, 0, 1]], parameters: { select_topk: 0.5 }, expected: [0, 0, 0, 126 / 26],
    },
    {
      description: 'paper form: selectTopk of all entries', base: [0, 0, 0, 0],
      models: [[1, 0, 0, 5], [3, 0, 0, 1]], parameters: { selectTopk: 0.5, convention: 'paper' }, expected: [14 / 9, 0, 0, 35 / 9],
    },
  ],
  nearswap: [{ description: 'w = clamp(t/|diff|, 0, 1)', base: [0, 0, 0], models: [[0.0005, 0.002, -0.01]], expected: [0.0005, 0.001, -0.001] }],
  layerwise_average: [
    { description: 'every layer (null): (1 − t)·A + t·B', models: [[1, 2, 3], [3, 6, 1]], parameters: { t: 0.25 }, expected: [1.5, 3, 2.5] },
    { description: 'a layer not listed keeps A', models: [[1, 2, 3], [3, 6, 1]], parameters: { layers: 'other, dense' }, expected: [1, 2, 3] },
    { description: "the tensor's layer listed: averaged", models: [[1, 2, 3], [3, 6, 1]], parameters: { layers: 'dense,layer' }, expected: [2, 4, 2] },
    { description: "'' averages no layer (returns A)", models: [[1, 2, 3], [3, 6, 1]], parameters: { layers: '' }, expected: [1, 2, 3] },
  ],
  robust_weight_signatures: [
    { description: 'full precision, all layers: clean + s·(robust − clean)', base: [1, 1, 1], models: [[2, 0, 3]], perModel: [{ scale: 0.5 }], parameters: { layers: 'all', bits: null }, expected: [1.5, 0.5, 2] },
    { description: 'patches compose by summing', base: [0, 0], models: [[1, 2], [3, -1]], parameters: { layers: 'all', bits: null }, expected: [4, 1] },
    // d = [1, −0.6, 0.25], 2 bits: one level each side of 0, step max|d| = 1, round(d) = [1, −1, 0].
    { description: '2-bit symmetric quantisation: levels {−1, 0, 1}·max|d|', base: [0, 0, 0], models: [[1, -0.6, 0.25]], parameters: { layers: 'all', bits: 2 }, expected: [1, -1, 0] },
    { description: 's = 0 is the identity', base: [1, 2], models: [[5, 5]], perModel: [{ scale: 0 }], parameters: { layers: 'all' }, expected: [1, 2] },
    { description: 'a layer not listed keeps the clean weights', base: [1, 2], models: [[5, 5]], parameters: { layers: 'other' }, expected: [1, 2] },
  ],
  cabs: [
    {
      // τ₁ = [4, −1, 2, 3 | 1, 5, −2, 0], τ₂ = [3, 6, −1, 2 | 4, 1, 3, 2]; n:m = 1:4.
      // Task 1 keeps the top entry of each group: 4 (index 0) and 5 (index 5); task 2 then picks among
      // the rest: 6 (index 1) and 4 (index 4).
      description: '1:4 sequential pruning, two tasks, λ = (1, 0.5)', base: new Array(8).fill(0),
      models: [[4, -1, 2, 3, 1, 5, -2, 0], [3, 6, -1, 2, 4, 1, 3, 2]], perModel: [{ lambda: 1 }, { lambda: 0.5 }],
      parameters: { n: 1, m: 4 }, expected: [4, 3, 0, 0, 2, 5, 0, 0],
    },
    {
      description: 'swapping the order changes who keeps a colliding top entry', base: [0, 0, 0, 0],
      models: [[4, 1, 0, 0], [5, 2, 0, 0]], parameters: { n: 1, m: 4, order: '1,0' }, expected: [5, 1, 0, 0],
    },
    { description: 'a trailing partial group is pruned entirely', base: [0, 0, 0, 0, 0], models: [[1, 2, 3, 4, 5]], parameters: { n: 2, m: 4 }, expected: [0, 0, 3, 4, 0] },
  ],
  one_bit: [
    { description: 'catalog: τ = [1, −3, 0, 2] gives a = 1.5, τ̂ = [1.5, −1.5, 1.5, 1.5]', base: [0, 0, 0, 0], models: [[1, -3, 0, 2]], expected: [1.5, -1.5, 1.5, 1.5] },
    { description: 'the routed task is the second model', base: [1, 1], models: [[5, 5], [2, 0]], parameters: { task: 1 }, expected: [2, 0] },
    { description: 'uncompressed layers get the shared task-arithmetic merge', base: [1, 1], models: [[3, 1], [1, 5]], perModel: [{ weight: 0.5 }, { weight: 0.5 }], parameters: { layers: 'other' }, expected: [2, 3] },
  ],
  passthrough: [{ description: 'scaled copy', models: [[1, -2]], perModel: [{ scale: 2 }], expected: [2, -4] }],
};

describe('catalog ids', () => {
  it('every method id exists in the shared catalog as a merge item', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const file = fileURLToPath(new URL('../../../../shared/catalog/catalog.json', import.meta.url));
    const items = JSON.parse(readFileSync(file, 'utf8')) as { id: string; package: string }[];
    const ids = new Set(items.filter((item) => item.package === 'merge').map((item) => item.id));
    expect(MERGE_METHODS.map((method) => method.id).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(MERGE_UTILITIES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('hand-computed definitions', () => {
  it('every registered method has an example', () => {
    const missing = MERGE_METHODS.map((method) => method.name).filter((name) => !EXAMPLES[name]?.length);
    expect(missing).toEqual([]);
  });
  for (const [method, examples] of Object.entries(EXAMPLES)) {
    for (const example of examples) {
      it(`${method}: ${example.description}`, () => {
        const result = run(method, {
          base: example.base ? vector('base', example.base) : null,
          models: example.models.map((values, index) => vector(`models[${index}]`, values)),
          parameters: example.parameters,
          perModel: example.perModel,
        });
        expectClose(result['layer/kernel']!, example.expected);
      });
    }
  }
});
