/**
 * The one merge loop every entry point shares (weight maps, LayersModels, model directories, the
 * tool): validate everything that can be validated without reading weights, then visit the
 * reference model's tensors in storage order, reading one tensor of each model at a time.
 */
import type { MergeMethod } from './define-merge-method.js';
import { getMergeMethod } from './merge-methods.js';
import { releaseScratch, roundToDtype, type StorageDtype } from './tensor-math.js';
import type { WeightInfo, WeightSource, WeightValues } from './weight-source.js';
import {
  checkScalar, checkSetting, parameterNames, resolveSetting, suggestion,
  type ParameterScalar, type ParameterSetting, type ParameterSettings, type TensorPosition,
} from './parameters.js';

export interface MergeInput {
  readonly source: WeightSource;
  readonly parameters?: ParameterSettings;
}

export interface MergeRequest {
  /** Config name of the method (`ties`, `linear` …). */
  readonly method: string;
  readonly base?: WeightSource | null;
  readonly models: readonly MergeInput[];
  /**
   * Global parameters; a per-model parameter given here is the default for every model. A list is
   * several levels, most specific first (a slice's parameters, then the config's): the first level
   * that sets a parameter for a tensor wins, a filter list with no matching rule falls through.
   */
  readonly parameters?: ParameterSettings | readonly ParameterSettings[];
  /** Relative depth (0 … 1) per tensor name for layer-depth gradients; by default from the storage order. */
  readonly depths?: ReadonlyMap<string, number>;
  /**
   * mergekit's `dtype`: inputs are rounded to this precision before merging (mergekit loads them
   * in it). tfjs weights stay float32, holding values of that precision. Default float32.
   */
  readonly dtype?: StorageDtype;
  /** mergekit's `out_dtype`: the merged values are rounded to this precision. Default: `dtype`. */
  readonly outDtype?: StorageDtype;
  /** Called after each tensor: for progress on long merges. */
  readonly onProgress?: (progress: MergeProgress) => void;
}

export interface MergeProgress {
  readonly tensor: string;
  readonly index: number;
  readonly tensors: number;
  readonly elementsDone: number;
  readonly elements: number;
}

/** What a plan knows before any weight byte is read. */
export interface MergePlan {
  readonly method: MergeMethod;
  readonly reference: WeightSource;
  readonly base: WeightSource | null;
  readonly models: readonly WeightSource[];
  readonly weights: readonly WeightInfo[];
  /** Per tensor: resolved global values and one object of per-model values per model. */
  readonly resolved: ReadonlyMap<string, { global: Record<string, ParameterScalar>; perModel: Record<string, ParameterScalar>[]; depth: number }>;
  /** The seed used, when the method draws random masks (drawn here when the config gave none). */
  readonly seed: number | null;
  readonly elements: number;
  readonly dtype: StorageDtype;
  readonly outDtype: StorageDtype;
}

export interface MergeSummary {
  readonly method: string;
  readonly tensors: number;
  readonly elements: number;
  readonly seed: number | null;
}

/** A fresh seed from the platform's CSPRNG (Web Crypto exists in Node 20 and browsers). */
function drawSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}

function sizeOf(shape: readonly number[]): number {
  return shape.reduce((product, dimension) => product * dimension, 1);
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Relative depth of each tensor's layer (the name up to its last '/'), in storage order, unless given. */
function tensorPositions(weights: readonly WeightInfo[], depths?: ReadonlyMap<string, number>): Map<string, TensorPosition> {
  const layers: string[] = [];
  const layerOf = new Map<string, number>();
  for (const weight of weights) {
    const slash = weight.name.lastIndexOf('/');
    const layer = slash < 0 ? weight.name : weight.name.slice(0, slash);
    if (!layerOf.has(layer)) {
      layerOf.set(layer, layers.length);
      layers.push(layer);
    }
  }
  const positions = new Map<string, TensorPosition>();
  for (const weight of weights) {
    const slash = weight.name.lastIndexOf('/');
    const layerIndex = layerOf.get(slash < 0 ? weight.name : weight.name.slice(0, slash))!;
    const given = depths?.get(weight.name);
    positions.set(weight.name, { name: weight.name, depth: given ?? (layers.length > 1 ? layerIndex / (layers.length - 1) : 0) });
  }
  return positions;
}

/** Checks that every model has exactly the reference's tensors, shapes and dtypes. */
export function checkStructure(methodName: string, reference: WeightSource, others: readonly WeightSource[]): void {
  const byName = new Map(reference.weights.map((weight) => [weight.name, weight]));
  for (const other of others) {
    const seen = new Set<string>();
    for (const weight of other.weights) {
      const expected = byName.get(weight.name);
      if (!expected) {
        throw new Error(
          `${methodName}: expected model '${other.label}' to have the same tensors as '${reference.label}', got an extra tensor '${weight.name}'${suggestion(weight.name, byName.keys())} — merge models of one architecture`,
        );
      }
      seen.add(weight.name);
      if (expected.shape.length !== weight.shape.length || expected.shape.some((dimension, axis) => dimension !== weight.shape[axis])) {
        throw new Error(
          `${methodName}: expected tensor '${weight.name}' of model '${other.label}' to have shape ${shapeText(expected.shape)} as in '${reference.label}', got ${shapeText(weight.shape)} — merge models of one architecture (different widths need alignment methods that support them)`,
        );
      }
      if (expected.dtype !== weight.dtype) {
        throw new Error(
          `${methodName}: expected tensor '${weight.name}' of model '${other.label}' to be ${expected.dtype} as in '${reference.label}', got ${weight.dtype} — cast the weights to one dtype first`,
        );
      }
    }
    for (const name of byName.keys()) {
      if (!seen.has(name)) {
        throw new Error(`${methodName}: expected tensor '${name}' in model '${other.label}' (it is in '${reference.label}'), got none — the model is missing weights; re-save it`);
      }
    }
  }
}

/** Validates a request completely (everything but the weight values) and resolves parameters per tensor. */
export function planMerge(request: MergeRequest): MergePlan {
  const method = getMergeMethod(request.method);
  const name = method.name;
  const base = request.base ?? null;
  if (method.base === 'required' && base === null) {
    throw new Error(`${name}: expected a base_model (the model the task vectors are measured from), got none — add base_model`);
  }
  if (method.base === 'unused' && base !== null) {
    throw new Error(`${name}: expected no base_model (this method does not use one), got '${base.label}' — remove base_model or list it under models`);
  }
  const count = request.models.length;
  if (count < method.models.minimum || (method.models.maximum !== undefined && count > method.models.maximum)) {
    const range = method.models.maximum === undefined ? `at least ${method.models.minimum}`
      : method.models.maximum === method.models.minimum ? `exactly ${method.models.minimum}` : `${method.models.minimum} to ${method.models.maximum}`;
    throw new Error(`${name}: expected ${range} model(s) under models${base ? ' besides base_model' : ''}, got ${count} — fix the models list`);
  }
  const definitions = method.params;
  const known = Object.keys(definitions);
  const names = parameterNames(definitions);
  const takes = `${name} takes ${known.length ? known.join(', ') : 'no parameters'}`;
  /** A settings object as a Map keyed by canonical names: own keys only, aliases resolved, each name once. */
  const canonical = (settings: ParameterSettings | undefined, where: string, perModel: boolean): Map<string, ParameterSetting> => {
    const result = new Map<string, ParameterSetting>();
    const spelledAs = new Map<string, string>();
    for (const key of Object.keys(settings ?? {})) {
      const canonicalName = names.get(key);
      if (canonicalName === undefined) {
        throw new Error(`${name}: unknown parameter '${key}' ${where}${suggestion(key, names.keys())} — ${takes}`);
      }
      const definition = definitions[canonicalName]!;
      if (perModel && definition.scope === 'global') {
        throw new Error(`${name}: expected parameter '${key}' once for the whole merge, got it ${where} — move it to the top-level parameters`);
      }
      if (result.has(canonicalName)) {
        throw new Error(`${name}: expected parameter '${canonicalName}' once ${where}, got it as '${spelledAs.get(canonicalName)}' and '${key}' — keep one spelling`);
      }
      const setting = settings![key]!;
      checkSetting(name, key, definition, setting, where);
      result.set(canonicalName, setting);
      spelledAs.set(canonicalName, key);
    }
    return result;
  };
  const levels = request.parameters === undefined ? [] : Array.isArray(request.parameters) ? request.parameters as readonly ParameterSettings[] : [request.parameters as ParameterSettings];
  const globalLevels = levels.map((settings, level) => canonical(settings, levels.length > 1 && level === 0 ? 'in the slice parameters' : 'in parameters', false));
  const modelSettings = request.models.map((input, index) => canonical(input.parameters, `of models[${index}] ('${input.source.label}')`, true));
  const models = request.models.map((input) => input.source);
  const reference = base ?? models[0]!;
  checkStructure(name, reference, base ? models : models.slice(1));
  const seedSetting = globalLevels.find((level) => level.has('seed'))?.get('seed');
  const seed = Object.hasOwn(definitions, 'seed') ? (typeof seedSetting === 'number' ? seedSetting : drawSeed()) : null;
  const positions = tensorPositions(reference.weights, request.depths);
  const resolved = new Map<string, { global: Record<string, ParameterScalar>; perModel: Record<string, ParameterScalar>[]; depth: number }>();
  const modelKeys = known.filter((key) => definitions[key]!.scope === 'model');
  const globalKeys = known.filter((key) => definitions[key]!.scope === 'global');
  for (const weight of reference.weights) {
    if (weight.dtype !== 'float32') continue;
    const position = positions.get(weight.name)!;
    const resolve = (key: string, settings: readonly Map<string, ParameterSetting>[], where: string): ParameterScalar => {
      const definition = definitions[key]!;
      for (const setting of settings) {
        if (!setting.has(key)) continue;
        const value = resolveSetting(setting.get(key)!, position);
        if (value !== undefined) {
          // Gradients interpolate: an integer parameter rounds to the nearest integer.
          const rounded = definition.type === 'integer' && typeof value === 'number' ? Math.round(value) : value;
          return checkScalar(name, key, definition, rounded, `${where} for tensor '${weight.name}'`);
        }
      }
      if (definition.default === undefined) {
        throw new Error(`${name}: expected parameter '${key}' ${where} for tensor '${weight.name}', got none — it has no default; set it`);
      }
      return definition.default;
    };
    // Null-prototype records: a method reading a parameter it does not declare gets undefined, not Object.prototype's.
    const global: Record<string, ParameterScalar> = Object.create(null) as Record<string, ParameterScalar>;
    for (const key of globalKeys) global[key] = resolve(key, globalLevels, 'in parameters');
    if (Object.hasOwn(global, 'seed')) global.seed = seed;
    const perModel = modelSettings.map((settings, index) => {
      const values: Record<string, ParameterScalar> = Object.create(null) as Record<string, ParameterScalar>;
      for (const key of modelKeys) values[key] = resolve(key, [settings, ...globalLevels], `of models[${index}]`);
      return values;
    });
    method.validate?.(global as never, perModel as never, { hasBase: base !== null });
    resolved.set(weight.name, { global, perModel, depth: position.depth });
  }
  if (reference.weights.every((weight) => weight.dtype !== 'float32')) {
    method.validate?.(Object.fromEntries(known.map((key) => [key, definitions[key]!.default ?? null])) as never, [] as never, { hasBase: base !== null });
  }
  const elements = reference.weights.reduce((sum, weight) => sum + sizeOf(weight.shape), 0);
  const dtype = request.dtype ?? 'float32';
  return { method, reference, base, models, weights: reference.weights, resolved, seed, elements, dtype, outDtype: request.outDtype ?? dtype };
}

function findNonFinite(values: Float32Array): number {
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    // value - value is NaN exactly for NaN and ±Infinity, and is cheaper than Number.isFinite.
    if (value - value !== 0) return index;
  }
  return -1;
}

function readFloat(plan: MergePlan, source: WeightSource, weight: WeightInfo): Float32Array {
  const values = source.read(weight.name) as Float32Array;
  if (values.length !== sizeOf(weight.shape)) {
    throw new Error(`${plan.method.name}: expected ${sizeOf(weight.shape)} values for tensor '${weight.name}' of model '${source.label}', got ${values.length} — the model's weights do not match its manifest`);
  }
  const bad = findNonFinite(values);
  if (bad >= 0) {
    throw new Error(
      `${plan.method.name}: expected finite values in tensor '${weight.name}' of model '${source.label}', got ${values[bad]} at flat index ${bad} — fix or retrain that model; merging would spread the ${values[bad]}`,
    );
  }
  const rounded = roundToDtype(values, plan.dtype);
  const overflow = findNonFinite(rounded);
  if (overflow >= 0) {
    throw new Error(
      `${plan.method.name}: expected values that ${plan.dtype} holds in tensor '${weight.name}' of model '${source.label}', got ${values[overflow]} at flat index ${overflow} (beyond its range) — use dtype: bfloat16 or float32`,
    );
  }
  return rounded;
}

/**
 * Runs a plan, handing each merged tensor to `write` in storage order. Non-float tensors (int32
 * counters, bool masks) are copied from the reference model: averaging them has no meaning.
 */
export function executeMerge(plan: MergePlan, write: (weight: WeightInfo, values: WeightValues) => void, onProgress?: (progress: MergeProgress) => void): MergeSummary {
  const visit = tensorVisitor(plan, write, onProgress);
  try {
    plan.weights.forEach((weight, index) => visit(weight, index));
  } finally {
    releaseScratch();
  }
  return { method: plan.method.name, tensors: plan.weights.length, elements: plan.elements, seed: plan.seed };
}

/**
 * `executeMerge` that returns to the event loop between tensors: signal handlers (which remove a
 * half-written output on Ctrl-C) and timers only run there, and a merge of a large model would
 * otherwise hold them off until its last tensor.
 */
export async function executeMergeAsync(
  plan: MergePlan, write: (weight: WeightInfo, values: WeightValues) => void, onProgress?: (progress: MergeProgress) => void,
): Promise<MergeSummary> {
  const visit = tensorVisitor(plan, write, onProgress);
  // Browsers have no setImmediate, and clamp nested setTimeout(0) to 4 ms: yield every 20 ms, not every tensor.
  const yieldToEventLoop = typeof setImmediate === 'function'
    ? () => new Promise<void>((resolve) => setImmediate(resolve))
    : () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  let lastYield = Date.now();
  try {
    for (const [index, weight] of plan.weights.entries()) {
      visit(weight, index);
      if (Date.now() - lastYield >= 20) {
        await yieldToEventLoop();
        lastYield = Date.now();
      }
    }
  } finally {
    releaseScratch();
  }
  return { method: plan.method.name, tensors: plan.weights.length, elements: plan.elements, seed: plan.seed };
}

function tensorVisitor(
  plan: MergePlan, write: (weight: WeightInfo, values: WeightValues) => void, onProgress?: (progress: MergeProgress) => void,
): (weight: WeightInfo, index: number) => void {
  let elementsDone = 0;
  return visit;

  function visit(weight: WeightInfo, index: number): void {
    let result: WeightValues;
    if (weight.dtype !== 'float32') {
      result = plan.reference.read(weight.name);
    } else {
      const resolved = plan.resolved.get(weight.name)!;
      const base = plan.base ? readFloat(plan, plan.base, weight) : null;
      const models = plan.models.map((source) => readFloat(plan, source, weight));
      const merged = plan.method.merge({
        name: weight.name, shape: weight.shape, depth: resolved.depth, base, models, global: resolved.global as never, perModel: resolved.perModel as never,
      });
      if (merged.length !== sizeOf(weight.shape)) {
        throw new Error(`${plan.method.name}: expected ${sizeOf(weight.shape)} merged values for tensor '${weight.name}', got ${merged.length} — a bug in the method; please report it`);
      }
      const bad = findNonFinite(merged);
      if (bad >= 0) {
        throw new Error(
          `${plan.method.name}: expected finite merged values for tensor '${weight.name}', got ${merged[bad]} at flat index ${bad} — the parameters overflow float32 (check weights, lambda, density); nothing was written`,
        );
      }
      result = roundToDtype(merged, plan.outDtype);
      const overflow = findNonFinite(result);
      if (overflow >= 0) {
        throw new Error(
          `${plan.method.name}: expected merged values that ${plan.outDtype} holds for tensor '${weight.name}', got ${merged[overflow]} at flat index ${overflow} (beyond its range) — use out_dtype: bfloat16 or float32; nothing was written`,
        );
      }
    }
    write(weight, result);
    elementsDone += sizeOf(weight.shape);
    onProgress?.({ tensor: weight.name, index: index + 1, tensors: plan.weights.length, elementsDone, elements: plan.elements });
  }
}
