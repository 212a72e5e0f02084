// Option checking shared by every layer of the package: unknown names are errors with core's
// "did you mean", numbers and choices are checked against what they allow, and tfjs's own
// Layer options are split off for the base class.
import { serialization } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, rejectUnknownOptions } from '@layerkit/core';

/** tfjs's base Layer options (name, inputShape, trainable …). */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tfl.layers.Layer>[0]>;

/** Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading. */
export const BASE_LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'] as const;

/**
 * Checks the option names of a layer (its own plus tfjs's base ones) and returns the base ones
 * for `super()`. tfjs adds `customObjects` to a config on its way through deserialization.
 */
export function layerArgs(className: string, options: object | undefined, own: readonly string[]): LayerArgs {
  if (options == null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${className}: expected an options object, got ${describe(options)} — pass {${own.join(', ')}}`);
  }
  const { customObjects: _ignored, ...rest } = options as Record<string, unknown>;
  rejectUnknownOptions(className, rest, [...own, ...BASE_LAYER_OPTIONS]);
  const base: Record<string, unknown> = {};
  for (const name of BASE_LAYER_OPTIONS) if (rest[name] !== undefined) base[name] = rest[name];
  return base as LayerArgs;
}

export interface NumberRule {
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
}

function rangeText(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.integer) parts.push('an integer');
  else parts.push('a number');
  if (rule.min !== undefined) parts.push(`${rule.minExclusive ? '>' : '>='} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '<='} ${rule.max}`);
  return parts.join(' ');
}

/** `value` (or `fallback` when undefined or null) after checking it is a finite number within `rule`. */
export function checkNumber(where: string, name: string, value: unknown, fallback: number | undefined, rule: NumberRule = {}): number {
  const chosen = value == null ? fallback : value;
  const bad = typeof chosen !== 'number' || !Number.isFinite(chosen)
    || (rule.integer && !Number.isInteger(chosen))
    || (rule.min !== undefined && (rule.minExclusive ? chosen <= rule.min : chosen < rule.min))
    || (rule.max !== undefined && (rule.maxExclusive ? chosen >= rule.max : chosen > rule.max));
  if (bad) {
    if (chosen === undefined) throw new Error(`${where}: expected ${name}, got none — pass ${name}: ${rangeText(rule)}`);
    throw new Error(`${where}: expected ${name} to be ${rangeText(rule)}, got ${describe(chosen)} — pass ${name}: ${rangeText(rule)}`);
  }
  return chosen as number;
}

/** `value` (or `fallback`) after checking it is one of `choices`. */
export function checkChoice<T extends string>(where: string, name: string, value: unknown, fallback: T, choices: readonly T[]): T {
  const chosen = value == null ? fallback : value;
  if (!choices.includes(chosen as T)) {
    throw new Error(`${where}: expected ${name} to be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${describe(chosen)} — pick one of those`);
  }
  return chosen as T;
}

/** `value` (or `fallback`) after checking it is a boolean. */
export function checkBoolean(where: string, name: string, value: unknown, fallback: boolean): boolean {
  const chosen = value == null ? fallback : value;
  if (typeof chosen !== 'boolean') throw new Error(`${where}: expected ${name} to be true or false, got ${describe(chosen)} — pass ${name}: true or false`);
  return chosen;
}

/** A tfjs initializer, as tfjs-layers' `initializers.*` factories return it. */
export type Initializer = ReturnType<typeof tfl.initializers.ones>;
/** An initializer object, a tfjs identifier ('glorotUniform', 'zeros') or its {className, config}. */
export type InitializerIdentifier = Initializer | string | serialization.ConfigDict;

/**
 * Resolves an initializer option. tfjs-layers keeps its resolver private, so the lookup goes
 * through the serialization map tfjs-layers registers its initializer classes in.
 */
export function initializerFrom(where: string, name: string, identifier: InitializerIdentifier | null | undefined, fallback: string): Initializer {
  const chosen = identifier ?? fallback;
  if (chosen instanceof serialization.Serializable) return chosen as Initializer;
  let config: serialization.ConfigDict;
  if (typeof chosen === 'string') config = { className: chosen[0]!.toUpperCase() + chosen.slice(1), config: {} };
  else if (typeof chosen === 'object' && typeof (chosen as serialization.ConfigDict).className === 'string') config = chosen as serialization.ConfigDict;
  else throw new Error(`${where}: expected ${name} to be an initializer, an identifier string or {className, config}, got ${describe(chosen)} — pass for example '${fallback}'`);
  const entry = serialization.SerializationMap.getMap().classNameMap[config.className as string];
  if (!entry) throw new Error(`${where}: expected ${name} to name a registered initializer, got '${config.className}' — use a tfjs initializer such as 'glorotUniform', 'zeros' or 'ones'`);
  const [cls, fromConfig] = entry;
  return fromConfig(cls, (config.config ?? {}) as serialization.ConfigDict) as Initializer;
}

/** The {className, config} form tfjs writes into model.json. */
export function serializeInitializer(value: Initializer): serialization.ConfigDict {
  return { className: value.getClassName(), config: value.getConfig() };
}

/** A shape as messages print it: [null, 5, 8] (a plain join would print the unknown batch as ''). */
export function shapeText(shape: readonly (number | null)[]): string {
  return `[${shape.map((size) => (size == null ? 'null' : String(size))).join(', ')}]`;
}

/** The first input's shape of a build or computeOutputShape argument. */
export function firstShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
  return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
}

/** The feature size of a dense-style layer's [batch, ..., features] build shape; throws, naming the layer, when it is unknown. */
export function featureSize(layer: { readonly name: string; getClassName(): string }, inputShape: tfl.Shape | tfl.Shape[]): number {
  const shape = firstShape(inputShape);
  const features = shape[shape.length - 1];
  if (shape.length < 2 || features == null) {
    throw new Error(`${layer.getClassName()} '${layer.name}': expected an input [batch, ..., features] with a known feature size, got ${shapeText(shape)} — give the input a fixed last dimension`);
  }
  return features;
}

/** A dense-style layer's output shape: the input's with the last axis replaced by `units`. */
export function unitsOutputShape(inputShape: tfl.Shape | tfl.Shape[], units: number): tfl.Shape {
  return [...firstShape(inputShape).slice(0, -1), units];
}
