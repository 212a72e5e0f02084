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
  ],
  dare_linear: [{ description: 'density 1 is task arithmetic', base: [1, 1, 1, 1], models: [[2, 0, 1, 3], [1, 3, 1, 0]], perModel: [{ weight: 1 }, { weight: 0.5 }], parameters: { lambda: 2, density: 1, seed: 1 }, expected: [3, 1, 1, 4] }],
  dare_ties: [{
    description: 'density 1 is TIES without trimming', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { density: 1, seed: 1 }, expected: [2, 0, 3],
  }],
  breadcrumbs: [{
    description: 'drop the top 10% and keep the next 50% by magnitude', base: new Array(10).fill(0),
    models: [[10, 1, -5, 3, 0.5, -2, 4, 0.1, 6, -7]], parameters: { density: 0.5, gamma: 0.1 }, expected: [0, 0, -5, 3, 0, 0, 4, 0, 6, -7],
  }],
  breadcrumbs_ties: [{
    description: 'breadcrumbs masks then sign election', base: [0, 0, 0, 0, 0],
    models: [[9, 1, -2, 3, 4], [-9, -1, 2, 3, 5]], parameters: { density: 0.6, gamma: 0.2 },
    // Each drops its top entry (±9) and keeps the next three: [0, 0, −2, 3, 4] and [0, 0, 2, 3, 5];
    // the third entry's signs cancel (elected sign 0), the others agree.
    expected: [0, 0, 0, 3, 4.5],
  }],
  della: [{ description: 'density 1, epsilon 0 keeps everything (TIES without trimming)', base: [0, 0, 0], models: [[1, -2, 3], [3, 2, -1]], parameters: { density: 1, epsilon: 0, seed: 1 }, expected: [2, 0, 3] }],
  della_linear: [{ description: 'density 1, epsilon 0 is task arithmetic', base: [0, 0], models: [[1, -2], [3, 2]], parameters: { density: 1, epsilon: 0, seed: 1 }, expected: [4, 0] }],
  slerp: [
    { description: 'orthogonal unit vectors at t = 0.5', models: [[1, 0], [0, 1]], expected: [SQRT_HALF, SQRT_HALF] },
    { description: 't = 0 returns the first', models: [[1, 0], [0, 1]], parameters: { t: 0 }, expected: [1, 0] },
    { description: 'base and one model: t = 1 returns the model', base: [1, 0], models: [[0, 2]], parameters: { t: 1 }, expected: [0, 2] },
    { description: 'colinear vectors fall back to lerp', models: [[1, 2], [2, 4]], expected: [1.5, 3] },
    { description: 'anti-colinear vectors fall back to lerp without NaN', models: [[1, 2], [-1, -2]], expected: [0, 0] },
  ],
  nuslerp: [
    { description: 'weights (1, 1) equal slerp at 0.5', models: [[1, 0], [0, 1]], expected: [SQRT_HALF, SQRT_HALF] },
    {
      description: 'task vectors with weights (1, 3): slerp at t = 0.75, plus base', base: [1, 1], models: [[2, 1], [1, 2]],
      perModel: [{ weight: 1 }, { weight: 3 }], expected: [1 + Math.sin(Math.PI / 8), 1 + Math.sin((3 * Math.PI) / 8)],
    },
  ],
  multislerp: [
    { description: 'normalised weighted mean direction times weighted mean norm', models: [[3, 0], [0, 1]], expected: [Math.SQRT2, Math.SQRT2] },
    { description: '(a, −a) falls back to the linear average', models: [[1, 2], [-1, -2]], expected: [0, 0] },
  ],
  karcher: [{ description: 'two orthogonal vectors of norm 2: the midpoint direction times 2', models: [[2, 0], [0, 2]], expected: [Math.SQRT2, Math.SQRT2] }],
  model_stock: [
    { description: 'orthogonal offsets return the base', base: [1, 1], models: [[2, 1], [1, 2]], expected: [1, 1] },
    { description: 'N = 2, cos 0.5: t = 2/3', base: [0, 0], models: [[1, 0], [0.5, Math.sqrt(3) / 2]], expected: [0.5, Math.sqrt(3) / 6] },
    { description: 'N = 2, cos −0.5: t = −2, 3·w0 − 2·w_avg', base: [1, 1], models: [[2, 1], [0.5, 1 + Math.sqrt(3) / 2]], expected: [0.5, 1 - Math.sqrt(3) / 2] },
    { description: 'clampT keeps the base for a negative cosine', base: [1, 1], models: [[2, 1], [0.5, 1 + Math.sqrt(3) / 2]], parameters: { clampT: true }, expected: [1, 1] },
    { description: 'N = 3, every pairwise cos 0.5: t = 0.75', base: [0, 0, 0], models: [[1, 1, 0], [1, 0, 1], [0, 1, 1]], expected: [0.5, 0.5, 0.5] },
    { description: 'identical offsets (cos 1) return the mean', base: [0, 0], models: [[1, 2], [1, 2]], expected: [1, 2] },
  ],
  wise_ft: [{ description: '(1 − α)·zero-shot + α·fine-tuned', base: [0, 4], models: [[2, 0]], parameters: { alpha: 0.25 }, expected: [0.5, 3] }],
  negmerge: [{ description: 'subtract the mean task vector where all signs agree', base: [0, 0, 0], models: [[1, -2, 3], [3, -1, -3]], expected: [-2, 1.5, 0] }],
  consensus: [{ description: 'TALL masks with k = 2', base: [0, 0, 0], models: [[1, 0.1, -2], [1, 2, 2]], expected: [2, 0, 0] }],
  sce: [{ description: 'weights ∝ mean(τ²), elected-sign sum', base: [0, 0], models: [[1, -1], [3, 1]], expected: [16 / 6, 5 / 6] }],
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
