/**
 * The `layerkit-merge` config: YAML or JSON, mergekit's shape. Parsing only builds data — a config
 * never runs code (YAML is parsed with the core schema: no custom tags; aliases are capped).
 */
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import type { AlignOptions } from './merge.js';
import { suggestion, type ParameterSettings } from './parameters.js';

export interface MergeConfig {
  readonly mergeMethod: string;
  /** Absolute path, or null. */
  readonly baseModel: string | null;
  readonly models: readonly { readonly model: string; readonly parameters?: ParameterSettings }[];
  readonly parameters: ParameterSettings;
  readonly align: AlignOptions | null;
}

const TOP_LEVEL_KEYS = ['merge_method', 'base_model', 'models', 'parameters', 'align'] as const;
const MODEL_KEYS = ['model', 'parameters'] as const;
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

function checkKeys(where: string, value: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) configError(`only ${known.join(', ')} ${where}`, `unknown key '${key}'${suggestion(key, known)}`, 'remove or rename it');
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function modelPath(value: unknown, where: string, directory: string): string {
  if (typeof value !== 'string' || value.length === 0) configError(`a model directory path ${where}`, describe(value), 'give the path of a tfjs model directory');
  return path.resolve(directory, value);
}

/** Plain YAML data only: parse errors and unknown tags (`!!js/function` and the like) are refused. */
function parseYamlData(text: string): unknown {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) throw new Error(problem.message);
  return document.toJS({ maxAliasCount: 100 });
}

/** Parses config text; relative model paths resolve against `directory` (the config file's folder). */
export function parseConfig(text: string, options: { format?: 'yaml' | 'json'; directory?: string } = {}): MergeConfig {
  const directory = options.directory ?? process.cwd();
  let raw: unknown;
  try {
    raw = options.format === 'json' ? JSON.parse(text) : parseYamlData(text);
  } catch (error) {
    configError(`valid ${options.format === 'json' ? 'JSON' : 'YAML'}`, `a parse error: ${(error as Error).message.split('\n')[0]}`, 'fix the syntax');
  }
  if (!isMapping(raw)) configError('a mapping with merge_method and models at the top', describe(raw), 'see the example in the @layerkit/merge README');
  checkKeys('at the top level', raw, TOP_LEVEL_KEYS);
  const mergeMethod = raw.merge_method;
  if (typeof mergeMethod !== 'string') configError('merge_method to be a method name', describe(mergeMethod), "add e.g. 'merge_method: ties'");
  const baseModel = raw.base_model === undefined || raw.base_model === null ? null : modelPath(raw.base_model, 'for base_model', directory);
  if (!Array.isArray(raw.models) || raw.models.length === 0) configError('models to be a non-empty list', describe(raw.models), 'list the models to merge');
  const models = raw.models.map((entry: unknown, index: number) => {
    if (typeof entry === 'string') return { model: modelPath(entry, `for models[${index}]`, directory) };
    if (!isMapping(entry)) configError(`models[${index}] to be a path or a mapping with 'model'`, describe(entry), 'write "- model: ./path"');
    checkKeys(`in models[${index}]`, entry, MODEL_KEYS);
    if (entry.parameters !== undefined && !isMapping(entry.parameters)) {
      configError(`models[${index}].parameters to be a mapping`, describe(entry.parameters), 'write "parameters: { weight: 1.0 }"');
    }
    return { model: modelPath(entry.model, `for models[${index}].model`, directory), parameters: entry.parameters as ParameterSettings | undefined };
  });
  if (raw.parameters !== undefined && raw.parameters !== null && !isMapping(raw.parameters)) {
    configError('parameters to be a mapping', describe(raw.parameters), 'write "parameters: { lambda: 1.0 }"');
  }
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
  return { mergeMethod, baseModel, models, parameters: (raw.parameters ?? {}) as ParameterSettings, align };
}
