/**
 * The config JSON Schema and the docs' parameter tables, both generated from the method registry
 * (`schema/merge-config.schema.json` in the package is this output; a test keeps them equal).
 */
import type { MergeMethod } from './define-merge-method.js';
import { MERGE_METHODS } from './merge-methods.js';
import type { ParameterDefinition } from './parameters.js';

type JsonSchema = Record<string, unknown>;

function scalarSchema(definition: ParameterDefinition): JsonSchema {
  const schema: JsonSchema = { type: definition.type };
  if (definition.choices) schema.enum = [...definition.choices];
  if (definition.minimum !== undefined) schema.minimum = definition.minimum;
  if (definition.maximum !== undefined) schema.maximum = definition.maximum;
  if (definition.nullable || definition.default === null) return { anyOf: [schema, { type: 'null' }] };
  return schema;
}

/** A setting: the scalar, a depth gradient (numeric parameters) or a list of { filter, value } rules. */
function settingSchema(definition: ParameterDefinition): JsonSchema {
  const scalar = scalarSchema(definition);
  const numeric = definition.type === 'number' || definition.type === 'integer';
  const value = numeric ? { anyOf: [scalar, { type: 'array', items: { type: 'number' }, minItems: 1 }] } : scalar;
  return {
    description: definition.description + (definition.default !== undefined ? ` Default: ${JSON.stringify(definition.default)}.` : ' Required.'),
    ...(definition.default !== undefined ? { default: definition.default } : {}),
    anyOf: [
      value,
      {
        type: 'array', minItems: 1,
        items: { type: 'object', additionalProperties: false, required: ['value'], properties: { filter: { type: 'string' }, value } },
      },
    ],
  };
}

/** A parameter under its name and each alias (mergekit's spelling), the alias described as such. */
function spellings(name: string, definition: ParameterDefinition): [string, JsonSchema][] {
  const schema = settingSchema(definition);
  return [[name, schema], ...(definition.aliases ?? []).map((alias): [string, JsonSchema] => [alias, { ...schema, description: `Same as ${name}. ${schema.description as string}` }])];
}

function methodSchema(method: MergeMethod): JsonSchema {
  const entries = Object.entries(method.params);
  const globalProperties = Object.fromEntries(entries.flatMap(([name, definition]) => spellings(name, definition)));
  const modelProperties = Object.fromEntries(entries.filter(([, definition]) => definition.scope === 'model').flatMap(([name, definition]) => spellings(name, definition)));
  const modelEntry = {
    anyOf: [
      { type: 'string', description: 'Path of a tfjs model directory (model.json + weight shards), relative to the config file.' },
      {
        type: 'object', additionalProperties: false, required: ['model'],
        properties: {
          model: { type: 'string', description: 'Path of a tfjs model directory, relative to the config file.' },
          parameters: { type: 'object', additionalProperties: false, properties: modelProperties },
        },
      },
    ],
  };
  const parameters = { type: 'object', additionalProperties: false, properties: globalProperties };
  const basePath = { type: ['string', 'null'], description: 'Path of the base model directory.' };
  const slice = {
    type: 'object', additionalProperties: false, required: ['sources'],
    properties: {
      sources: {
        type: 'array', minItems: 1,
        items: {
          type: 'object', additionalProperties: false, required: ['model', 'layer_range'],
          properties: {
            model: { type: 'string', description: 'Path of a Sequential tfjs model directory, relative to the config file.' },
            layer_range: { type: 'array', items: { type: 'integer', minimum: 0 }, minItems: 2, maxItems: 2, description: 'Layer indices [start, end) of model.layers.' },
            parameters: { type: 'object', additionalProperties: false, properties: modelProperties },
          },
        },
      },
      ...(method.base !== 'unused' ? { base_model: { ...basePath, description: "This slice's base: one of its sources (default: base_model)." } } : {}),
      parameters: { ...parameters, description: "This slice's parameters, ahead of the top-level ones." },
      residual_weight: { type: ['number', 'null'], description: 'Accepted and ignored, as in mergekit.' },
    },
  };
  const properties: JsonSchema = {
    merge_method: { const: method.name, description: method.summary },
    models: { type: 'array', minItems: method.models.minimum, ...(method.models.maximum !== undefined ? { maxItems: method.models.maximum } : {}), items: modelEntry },
    slices: { type: 'array', minItems: 1, items: slice, description: 'mergekit slices: layer ranges of Sequential models, stacked in order; instead of models.' },
    parameters,
    align: { $ref: '#/$defs/align' },
    dtype: { $ref: '#/$defs/dtype', description: 'Round the inputs (and, without out_dtype, the result) to this precision; weights stay float32.' },
    out_dtype: { $ref: '#/$defs/dtype', description: 'Round the result to this precision.' },
    tokenizer_source: {
      anyOf: [{ type: 'null' }, { type: 'string', not: { const: 'union' } }],
      description: "Accepted with a note and ignored: tfjs model directories carry no tokenizer ('union' is refused: it re-maps embeddings).",
    },
    chat_template: { type: ['string', 'null'], description: 'Accepted with a note and ignored: tfjs model directories carry no tokenizer configuration.' },
  };
  if (method.base !== 'unused') properties.base_model = basePath;
  return {
    title: method.name,
    type: 'object',
    additionalProperties: false,
    required: ['merge_method'],
    oneOf: [
      { required: method.base === 'required' ? ['models', 'base_model'] : ['models'], not: { required: ['slices'] } },
      { required: ['slices'], not: { required: ['models'] } },
    ],
    properties,
  };
}

export function mergeConfigSchema(methods: readonly MergeMethod[] = MERGE_METHODS): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://layerkit.dev/schemas/merge-config.schema.json',
    title: 'layerkit-merge config',
    description: 'Generated from the @layerkit/merge method registry; do not edit.',
    type: 'object',
    required: ['merge_method'],
    properties: { merge_method: { enum: methods.map((method) => method.name) } },
    oneOf: methods.map(methodSchema),
    $defs: {
      dtype: { enum: ['float32', 'float16', 'bfloat16', 'torch.float32', 'torch.float16', 'torch.bfloat16', null] },
      align: {
        anyOf: [
          { type: 'null' },
          {
            type: 'object', additionalProperties: false, required: ['method'],
            properties: {
              method: { const: 'weight_matching', description: 'Git Re-Basin weight matching onto base_model (or the first model).' },
              iterations: { type: 'integer', minimum: 1, default: 100, description: 'Maximum sweeps over the permutation groups.' },
              seed: { type: 'integer', minimum: 0, default: 0, description: 'Seed of the sweep order.' },
            },
          },
          {
            type: 'object', additionalProperties: false, required: ['method'],
            properties: {
              method: { const: 'otfusion', description: 'OTFusion alignment (exact OT, weights ground metric, equal widths), layer by layer.' },
            },
          },
          {
            type: 'object', additionalProperties: false, required: ['method'],
            properties: {
              method: { const: 'sinkhorn_rebasin', description: 'Sinkhorn re-basin with the weight cost, hardened by linear assignment.' },
              iterations: { type: 'integer', minimum: 1, default: 20, description: 'Sinkhorn normalisation rounds.' },
              seed: { type: 'integer', minimum: 0, default: 0, description: 'Seed of the initial noise.' },
              steps: { type: 'integer', minimum: 1, default: 300, description: 'Adam steps.' },
              temperature: { type: 'number', exclusiveMinimum: 0, default: 1, description: 'Divides X before Sinkhorn.' },
              learningRate: { type: 'number', exclusiveMinimum: 0, default: 0.1, description: 'Adam learning rate.' },
            },
          },
        ],
      },
    },
  };
}

function cell(value: unknown): string {
  return String(value).replace(/\|/g, '\\|');
}

/** Markdown: one section per method with its parameter table. */
export function parameterTablesMarkdown(methods: readonly MergeMethod[] = MERGE_METHODS): string {
  const sections = methods.map((method) => {
    const papers = (Array.isArray(method.paper) ? method.paper : [method.paper]).map((paper) => (paper === 'mergekit' ? 'mergekit method set' : `*${paper}*`)).join('; ');
    const base = { required: 'required', optional: 'optional', unused: 'not used' }[method.base];
    const count = method.models.maximum === undefined ? `≥ ${method.models.minimum}` : method.models.maximum === method.models.minimum ? `${method.models.minimum}` : `${method.models.minimum}–${method.models.maximum}`;
    const rows = Object.entries(method.params).map(([name, definition]) => {
      const type = definition.choices ? definition.choices.map((choice) => `'${choice}'`).join(' | ') : definition.type;
      const range = definition.minimum !== undefined || definition.maximum !== undefined ? ` in [${definition.minimum ?? '−∞'}, ${definition.maximum ?? '∞'}]` : '';
      const fallback = definition.default === undefined ? 'required' : JSON.stringify(definition.default);
      const aliases = definition.aliases?.length ? ` (${definition.aliases.map((alias) => `\`${alias}\``).join(', ')})` : '';
      return `| \`${name}\`${aliases} | ${definition.scope === 'model' ? 'per model' : 'global'} | ${cell(type + range)} | ${cell(fallback)} | ${cell(definition.description)} |`;
    });
    const table = rows.length ? ['| parameter | scope | type | default | meaning |', '|---|---|---|---|---|', ...rows].join('\n') : '_No parameters._';
    return [
      `### \`${method.name}\` (${method.id})`, '',
      method.summary, '',
      `Base model: ${base}. Models: ${count}.${method.requiresEvaluation ? ' Needs `--eval` (selection by a held-out score).' : ''} Source: ${papers}.`, '',
      table,
    ].join('\n');
  });
  return sections.join('\n\n') + '\n';
}
