/**
 * The `layerkit-merge` config: YAML or JSON, mergekit's shape. Parsing only builds data — a config
 * never runs code (YAML is parsed with the core schema: no custom tags; aliases are capped).
 * Runs anywhere; resolving model paths against a folder is Node's (node/config.ts).
 */
import { parseDocument } from 'yaml';
import type { AlignOptions } from './merge.js';
import { suggestion, type ParameterSettings } from './parameters.js';
import type { SliceDefinition } from './slice-definition.js';
import type { StorageDtype } from './tensor-math.js';

export interface MergeConfig {
  readonly mergeMethod: string;
  /** The model directory path (absolute from Node's parseConfig, as written from the browser entry's), or null. */
  readonly baseModel: string | null;
  /** Empty when the config gives slices. */
  readonly models: readonly { readonly model: string; readonly parameters?: ParameterSettings }[];
  /** mergekit's `slices` (layer ranges stacked or merged slice by slice), or null. */
  readonly slices: readonly SliceDefinition[] | null;
  readonly parameters: ParameterSettings;
  readonly align: AlignOptions | null;
  /** mergekit's `dtype` / `out_dtype` (null: float32, as tfjs stores weights). */
  readonly dtype: StorageDtype | null;
  readonly outDtype: StorageDtype | null;
  /** mergekit keys accepted without effect on a tfjs merge, each with why (the tool prints them). */
  readonly notes: readonly string[];
}

const TOP_LEVEL_KEYS = [
  'merge_method', 'base_model', 'models', 'slices', 'parameters', 'align', 'dtype', 'out_dtype', 'tokenizer_source', 'tokenizer', 'chat_template', 'modules',
] as const;
const MODEL_KEYS = ['model', 'parameters'] as const;
const SLICE_KEYS = ['sources', 'base_model', 'parameters', 'residual_weight'] as const;
const SOURCE_KEYS = ['model', 'layer_range', 'parameters'] as const;
const DTYPES: readonly StorageDtype[] = ['float32', 'float16', 'bfloat16'];
const ALIGN_KEYS = ['method', 'iterations', 'seed', 'steps', 'temperature', 'learningRate'] as const;

function configError(expected: string, got: string, fix: string): never {
  throw new Error(`layerkit-merge config: expected ${expected}, got ${got} — ${fix}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function parameterMapping(value: unknown, where: string): ParameterSettings | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isMapping(value)) configError(`${where} to be a mapping`, describe(value), 'write "parameters: { weight: 1.0 }"');
  return value as ParameterSettings;
}

/** mergekit's dtype names (a 'torch.' prefix allowed); tfjs weights stay float32, rounded to the precision. */
function parseDtype(value: unknown, key: string): StorageDtype | null {
  if (value === undefined || value === null) return null;
  const name = typeof value === 'string' && value.startsWith('torch.') ? value.slice('torch.'.length) : value;
  if (typeof name !== 'string' || !DTYPES.includes(name as StorageDtype)) {
    configError(`${key} to be one of ${DTYPES.join(', ')}`, describe(value), `fix ${key}${typeof name === 'string' ? suggestion(name, DTYPES) : ''}`);
  }
  return name as StorageDtype;
}

function parseSlices(value: unknown, resolveModel: ModelPathResolver): SliceDefinition[] {
  if (!Array.isArray(value) || value.length === 0) configError('slices to be a non-empty list', describe(value), 'list slices, each with sources');
  return value.map((slice: unknown, sliceIndex: number) => {
    const where = `slices[${sliceIndex}]`;
    if (!isMapping(slice)) configError(`${where} to be a mapping with sources`, describe(slice), 'write "- sources: [{ model: ./a, layer_range: [0, 4] }]"');
    checkKeys(`in ${where}`, slice, SLICE_KEYS);
    if (!Array.isArray(slice.sources) || slice.sources.length === 0) configError(`${where}.sources to be a non-empty list`, describe(slice.sources), 'list the models the slice takes layers from');
    const sources = slice.sources.map((source: unknown, sourceIndex: number) => {
      const at = `${where}.sources[${sourceIndex}]`;
      if (!isMapping(source)) configError(`${at} to be a mapping with model and layer_range`, describe(source), 'write "- model: ./a\n  layer_range: [0, 4]"');
      checkKeys(`in ${at}`, source, SOURCE_KEYS);
      const range = source.layer_range;
      if (!Array.isArray(range) || range.length !== 2 || !range.every((bound) => Number.isInteger(bound))) {
        configError(`${at}.layer_range to be [start, end] (two integers, end exclusive)`, describe(range), 'write "layer_range: [0, 4]"');
      }
      return { model: modelPath(source.model, `for ${at}.model`, resolveModel), layerRange: [range[0], range[1]] as const, parameters: parameterMapping(source.parameters, `${at}.parameters`) };
    });
    const baseModel = slice.base_model === undefined || slice.base_model === null ? null : modelPath(slice.base_model, `for ${where}.base_model`, resolveModel);
    return { sources, baseModel, parameters: parameterMapping(slice.parameters, `${where}.parameters`) };
  });
}

function checkKeys(where: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) configError(`only ${known.join(', ')} ${where}`, `unknown key '${key}'${suggestion(key, known)}`, 'remove or rename it');
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function modelPath(value: unknown, where: string, resolveModel: ModelPathResolver): string {
  if (typeof value !== 'string' || value.length === 0) configError(`a model directory path ${where}`, describe(value), 'give the path of a tfjs model directory');
  return resolveModel(value);
}

/** Plain YAML data only: parse errors and unknown tags (`!!js/function` and the like) are refused. */
function parseYamlData(text: string): unknown {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(problem.message);
  return document.toJS({ maxAliasCount: 100 });
}

export interface ParseConfigOptions {
  /** How to read config text (default 'yaml', which reads JSON too); ignored for a config object. */
  readonly format?: 'yaml' | 'json';
  /** Node only: the folder relative model paths resolve against (default: the working directory). */
  readonly directory?: string;
}

/** Turns a model path as written into the one the config returns. */
export type ModelPathResolver = (modelPath: string) => string;

/**
 * Parses a config: YAML or JSON text, or the same data as an object. This entry keeps model paths
 * as written; Node's `parseConfig` (the package's Node entry and `@layerkit/merge/node`) resolves
 * relative ones against `directory`.
 */
export function parseConfig(source: string | Readonly<Record<string, unknown>>, options: ParseConfigOptions = {}): MergeConfig {
  if (options.directory !== undefined) {
    throw new Error(
      `parseConfig: expected no directory option outside Node, got '${options.directory}' — resolving model paths against a folder needs the file system: in Node, import { parseConfig } from '@layerkit/merge/node'`,
    );
  }
  return parseConfigWith(source, options, (modelPath) => modelPath);
}

/** parseConfig with the model paths mapped through `resolveModel` (what Node's parseConfig passes). */
export function parseConfigWith(source: string | Readonly<Record<string, unknown>>, options: ParseConfigOptions, resolveModel: ModelPathResolver): MergeConfig {
  let raw: unknown = source;
  if (typeof source === 'string') {
    try {
      raw = options.format === 'json' ? JSON.parse(source) : parseYamlData(source);
    } catch (error) {
      configError(`valid ${options.format === 'json' ? 'JSON' : 'YAML'}`, `a parse error: ${(error as Error).message.split('\n')[0]}`, 'fix the syntax');
    }
  }
  if (!isMapping(raw)) configError('a mapping with merge_method and models at the top', describe(raw), 'see the example in the @layerkit/merge README');
  checkKeys('at the top level', raw, TOP_LEVEL_KEYS);
  const mergeMethod = raw.merge_method;
  if (typeof mergeMethod !== 'string') configError('merge_method to be a method name', describe(mergeMethod), "add e.g. 'merge_method: ties'");
  const baseModel = raw.base_model === undefined || raw.base_model === null ? null : modelPath(raw.base_model, 'for base_model', resolveModel);
  if (raw.modules !== undefined) {
    configError('models or slices', 'modules', "modules split multi-module (vision + text) checkpoints; a tfjs model directory is one module — use models: or slices:");
  }
  const notes: string[] = [];
  if (raw.tokenizer !== undefined || raw.tokenizer_source === 'union') {
    configError(
      'no tokenizer merging', raw.tokenizer !== undefined ? 'tokenizer' : "tokenizer_source: union",
      "a merged vocabulary re-maps embedding rows from the tokenizers, and tfjs model directories carry none — remove it (tokenizer_source: base keeps the base's rows)",
    );
  }
  if (raw.tokenizer_source !== undefined && raw.tokenizer_source !== null) {
    notes.push('tokenizer_source is ignored: tfjs model directories carry no tokenizer (copy the tokenizer files your app loads yourself)');
  }
  if (raw.chat_template !== undefined && raw.chat_template !== null) {
    notes.push('chat_template is ignored: tfjs model directories carry no tokenizer configuration to write it into');
  }
  const dtype = parseDtype(raw.dtype, 'dtype');
  const outDtype = parseDtype(raw.out_dtype, 'out_dtype');
  if (raw.slices !== undefined && raw.slices !== null) {
    if (raw.models !== undefined) configError('either models or slices', 'both', 'keep one of them (mergekit requires exactly one)');
    const slices = parseSlices(raw.slices, resolveModel);
    for (const slice of raw.slices as Record<string, unknown>[]) {
      if (slice.residual_weight !== undefined && slice.residual_weight !== null) notes.push('residual_weight is ignored (mergekit does not use it either)');
    }
    const parameters = parameterMapping(raw.parameters, 'parameters') ?? {};
    const align = parseAlign(raw.align);
    return { mergeMethod, baseModel, models: [], slices, parameters, align, dtype, outDtype, notes: [...new Set(notes)] };
  }
  if (!Array.isArray(raw.models) || raw.models.length === 0) configError('models (or slices) to be a non-empty list', describe(raw.models), 'list the models to merge');
  const models = raw.models.map((entry: unknown, index: number) => {
    if (typeof entry === 'string') return { model: modelPath(entry, `for models[${index}]`, resolveModel) };
    if (!isMapping(entry)) configError(`models[${index}] to be a path or a mapping with 'model'`, describe(entry), 'write "- model: ./path"');
    checkKeys(`in models[${index}]`, entry, MODEL_KEYS);
    if (entry.parameters !== undefined && !isMapping(entry.parameters)) {
      configError(`models[${index}].parameters to be a mapping`, describe(entry.parameters), 'write "parameters: { weight: 1.0 }"');
    }
    return { model: modelPath(entry.model, `for models[${index}].model`, resolveModel), parameters: entry.parameters as ParameterSettings | undefined };
  });
  if (raw.parameters !== undefined && raw.parameters !== null && !isMapping(raw.parameters)) {
    configError('parameters to be a mapping', describe(raw.parameters), 'write "parameters: { lambda: 1.0 }"');
  }
  const align = parseAlign(raw.align);
  return { mergeMethod, baseModel, models, slices: null, parameters: (raw.parameters ?? {}) as ParameterSettings, align, dtype, outDtype, notes };
}

function parseAlign(value: unknown): AlignOptions | null {
  const raw = { align: value } as { align: unknown };
  let align: AlignOptions | null = null;
  if (raw.align !== undefined && raw.align !== null) {
    if (!isMapping(raw.align)) configError('align to be a mapping', describe(raw.align), 'write "align: { method: weight_matching }"');
    checkKeys('in align', raw.align, ALIGN_KEYS);
    const method = raw.align.method;
    if (method !== 'weight_matching' && method !== 'otfusion' && method !== 'sinkhorn_rebasin') {
      configError(
        "align.method 'weight_matching', 'otfusion' or 'sinkhorn_rebasin'", describe(method),
        'use one of those (activation_matching needs data: use mergeModels from the library)',
      );
    }
    const allowed: Record<string, readonly string[]> = {
      weight_matching: ['method', 'iterations', 'seed'], otfusion: ['method'], sinkhorn_rebasin: ['method', 'iterations', 'seed', 'steps', 'temperature', 'learningRate'],
    };
    checkKeys(`in align for ${method}`, raw.align, allowed[method]!);
    for (const key of ['steps', 'temperature', 'learningRate'] as const) {
      const value = raw.align[key];
      if (value !== undefined && !(typeof value === 'number' && value > 0 && (key !== 'steps' || Number.isInteger(value)))) {
        configError(`align.${key} to be a positive ${key === 'steps' ? 'integer' : 'number'}`, describe(value), 'fix the value');
      }
    }
    for (const key of ['iterations', 'seed'] as const) {
      const value = raw.align[key];
      if (value !== undefined && (!Number.isInteger(value) || (value as number) < (key === 'iterations' ? 1 : 0))) {
        configError(`align.${key} to be a ${key === 'iterations' ? 'positive' : 'non-negative'} integer`, describe(value), 'fix the value');
      }
    }
    const alignSettings = raw.align;
    const number = (key: string): number | undefined => alignSettings[key] as number | undefined;
    align = method === 'otfusion' ? { method: 'otfusion' }
      : method === 'sinkhorn_rebasin'
        ? { method, iterations: number('iterations'), seed: number('seed'), steps: number('steps'), temperature: number('temperature'), learningRate: number('learningRate') }
        : { method: 'weight_matching', iterations: number('iterations'), seed: number('seed') };
  }
  return align;
}
