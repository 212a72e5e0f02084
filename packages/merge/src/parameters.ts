import { suggestion } from '@layerkit/core';

/** The one "did you mean" of every package (core's options.ts). */
export { suggestion };

/**
 * Typed merge-method parameters. A method declares its parameters once; validation of configs,
 * the config JSON Schema, the docs tables and the TypeScript types of `merge()` all come from
 * that declaration (mergekit's shape: a registry whose config schema comes from typed parameters).
 */

/** 'global': one value for the whole merge; 'model': one value per input model (a global value is its default). */
export type ParameterScope = 'global' | 'model';

export type ParameterType = 'number' | 'integer' | 'boolean' | 'string';

export interface ParameterDefinition {
  readonly type: ParameterType;
  readonly scope: ParameterScope;
  /** Absent (undefined) means required. `null` is a real default meaning "none". */
  readonly default?: number | boolean | string | null;
  readonly choices?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** Whether `null` is accepted (always true when the default is null). */
  readonly nullable?: boolean;
  /** Other spellings a config may use (mergekit's snake_case names: `filter_wise` for `filterWise`). */
  readonly aliases?: readonly string[];
  readonly description: string;
}

export type ParameterDefinitions = Readonly<Record<string, ParameterDefinition>>;

type ValueOfType<T extends ParameterType> = T extends 'boolean' ? boolean : T extends 'string' ? string : number;

type ValueOfDefinition<D extends ParameterDefinition> =
  (D extends { readonly choices: readonly (infer C)[] } ? C : ValueOfType<D['type']>)
  | (D extends { readonly default: null } ? null : D extends { readonly nullable: true } ? null : never);

/** The global parameter values a method's `merge` receives. */
export type GlobalValues<P extends ParameterDefinitions> = {
  readonly [K in keyof P as P[K]['scope'] extends 'global' ? K : never]: ValueOfDefinition<P[K]>;
};

/** The per-model parameter values (one object per input model). */
export type ModelValues<P extends ParameterDefinitions> = {
  readonly [K in keyof P as P[K]['scope'] extends 'model' ? K : never]: ValueOfDefinition<P[K]>;
};

/** A scalar parameter value, as a config or an API call gives it. */
export type ParameterScalar = number | boolean | string | null;

/**
 * A value as written in a config: a scalar; a list of numbers interpolated linearly across layer
 * depth (mergekit's "gradient"), or of booleans/strings stepped through over depth; or a list of
 * `{ filter, value }` rules where the first rule whose filter is a substring of the tensor name
 * wins and a rule without filter (or with filter '*') matches every tensor.
 */
export type ParameterSetting =
  | ParameterScalar
  | readonly number[]
  | readonly (boolean | string)[]
  | readonly { readonly filter?: string; readonly value: ParameterScalar | readonly number[] }[];

export type ParameterSettings = Readonly<Record<string, ParameterSetting>>;

/** Shorthands that keep method files short and literal types narrow. */
export const parameter = {
  number<const O extends Omit<ParameterDefinition, 'type'>>(options: O): O & { readonly type: 'number' } {
    return { ...options, type: 'number' as const };
  },
  integer<const O extends Omit<ParameterDefinition, 'type'>>(options: O): O & { readonly type: 'integer' } {
    return { ...options, type: 'integer' as const };
  },
  boolean<const O extends Omit<ParameterDefinition, 'type'>>(options: O): O & { readonly type: 'boolean' } {
    return { ...options, type: 'boolean' as const };
  },
  string<const O extends Omit<ParameterDefinition, 'type'>>(options: O): O & { readonly type: 'string' } {
    return { ...options, type: 'string' as const };
  },
};

/**
 * Accepted spelling → canonical name, from the definitions' own keys and their aliases. A Map, so
 * that names every object inherits (`constructor`, `__proto__`) are unknown like any other.
 */
export function parameterNames(definitions: ParameterDefinitions): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const [name, definition] of Object.entries(definitions)) {
    names.set(name, name);
    for (const alias of definition.aliases ?? []) names.set(alias, name);
  }
  return names;
}

/** The definition of `name` when it is one of `definitions`' own keys, else undefined. */
export function ownDefinition(definitions: ParameterDefinitions, name: string): ParameterDefinition | undefined {
  return Object.hasOwn(definitions, name) ? definitions[name] : undefined;
}


function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) return JSON.stringify(value);
  return String(value);
}

/** Checks one scalar against its definition; returns it or throws a message naming `where`. */
export function checkScalar(
  method: string,
  name: string,
  definition: ParameterDefinition,
  value: unknown,
  where: string,
): ParameterScalar {
  const expected = definition.choices
    ? `one of ${definition.choices.map((choice) => `'${choice}'`).join(', ')}`
    : definition.type === 'integer' ? 'an integer' : `a ${definition.type}`;
  if (value === null) {
    if (definition.nullable || definition.default === null) return null;
    throw new Error(`${method}: expected parameter '${name}' ${where} to be ${expected}, got null — give a value or leave it out for the default`);
  }
  const typeOk = definition.type === 'boolean' ? typeof value === 'boolean'
    : definition.type === 'string' ? typeof value === 'string'
      : typeof value === 'number' && (definition.type !== 'integer' || Number.isInteger(value));
  if (!typeOk) {
    throw new Error(`${method}: expected parameter '${name}' ${where} to be ${expected}, got ${describeValue(value)} — fix the value`);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new Error(`${method}: expected parameter '${name}' ${where} to be a finite number, got ${value} — fix the value`);
    }
    if ((definition.minimum !== undefined && value < definition.minimum) || (definition.maximum !== undefined && value > definition.maximum)) {
      throw new Error(
        `${method}: expected parameter '${name}' ${where} in [${definition.minimum ?? '-inf'}, ${definition.maximum ?? 'inf'}], got ${value} — fix the value`,
      );
    }
  }
  if (definition.choices && !definition.choices.includes(value as string)) {
    throw new Error(`${method}: expected parameter '${name}' ${where} to be ${expected}, got ${describeValue(value)}${suggestion(String(value), definition.choices)} — fix the value`);
  }
  return value as ParameterScalar;
}

/** Checks a setting (scalar, depth gradient or filter list); throws on anything malformed. */
export function checkSetting(method: string, name: string, definition: ParameterDefinition, setting: unknown, where: string): void {
  if (!Array.isArray(setting)) {
    checkScalar(method, name, definition, setting, where);
    return;
  }
  if (setting.length === 0) {
    throw new Error(`${method}: expected parameter '${name}' ${where} to be a value or a non-empty list, got [] — give a value`);
  }
  if (setting.every((item) => typeof item === 'number')) {
    if (definition.type !== 'number' && definition.type !== 'integer') {
      throw new Error(`${method}: expected parameter '${name}' ${where} to be a ${definition.type}, got a list of numbers — layer-depth gradients apply only to numeric parameters`);
    }
    for (const item of setting) checkScalar(method, name, { ...definition, type: 'number' }, item, where);
    return;
  }
  if (setting.every((item) => typeof item === 'boolean' || typeof item === 'string')) {
    // mergekit steps through a list of non-numeric values over depth (no interpolation).
    for (const item of setting) checkScalar(method, name, definition, item, where);
    return;
  }
  for (const rule of setting) {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || !('value' in rule)) {
      throw new Error(`${method}: expected parameter '${name}' ${where} to be a list of numbers or of { filter, value } rules, got ${describeValue(rule)} — fix the list`);
    }
    const extra = Object.keys(rule).filter((key) => key !== 'filter' && key !== 'value');
    if (extra.length > 0) {
      throw new Error(`${method}: unknown key '${extra[0]}' in a rule of parameter '${name}' ${where} — rules take only 'filter' and 'value'`);
    }
    const filter = (rule as { filter?: unknown }).filter;
    if (filter !== undefined && typeof filter !== 'string') {
      throw new Error(`${method}: expected the filter of parameter '${name}' ${where} to be a string, got ${describeValue(filter)} — fix the rule`);
    }
    checkSetting(method, name, definition, (rule as { value: unknown }).value, where);
  }
}

/**
 * Where one tensor sits, for resolving schedules: its name (for filters) and its layer's relative
 * depth in [0, 1] (for gradients).
 */
export interface TensorPosition {
  readonly name: string;
  readonly depth: number;
}

/** The scalar a setting takes for one tensor. */
export function resolveSetting(setting: ParameterSetting, position: TensorPosition): ParameterScalar {
  if (!Array.isArray(setting)) return setting as ParameterScalar;
  if (setting.every((item) => typeof item === 'number')) {
    const values = setting as readonly number[];
    if (values.length === 1) return values[0]!;
    // mergekit gradients: the list's anchors are spread evenly over depth and interpolated linearly.
    const scaled = Math.min(1, Math.max(0, position.depth)) * (values.length - 1);
    const lower = Math.floor(scaled);
    const upper = Math.min(values.length - 1, lower + 1);
    const fraction = scaled - lower;
    return values[lower]! * (1 - fraction) + values[upper]! * fraction;
  }
  if (setting.every((item) => typeof item === 'boolean' || typeof item === 'string')) {
    const values = setting as readonly (boolean | string)[];
    return values[Math.floor(Math.min(1, Math.max(0, position.depth)) * (values.length - 1))]!;
  }
  const rules = setting as readonly { filter?: string; value: ParameterScalar | readonly number[] }[];
  for (const rule of rules) {
    // mergekit: no filter or '*' matches every tensor.
    if (rule.filter === undefined || rule.filter === '*' || position.name.includes(rule.filter)) return resolveSetting(rule.value, position);
  }
  return undefined as unknown as ParameterScalar;
}
