// Option checking shared by every constructor and factory in the package: unknown names are
// errors with a "did you mean", and every number is checked against its allowed range, so a typo
// (`weightdecay`) never silently falls back to a default.

import type * as tfl from '@tensorflow/tfjs-layers';
import { suggestion } from '@layerkit/core';

/** The one "did you mean" of every package (core's options.ts). */
export { suggestion };

/**
 * tfjs's base Layer options (name, inputShape, trainable …), named from the public Layer class:
 * the interface itself lives in a tfjs-internal module that declarations must not import.
 */
export type LayerArgs = NonNullable<ConstructorParameters<typeof tfl.layers.Layer>[0]>;

/** Keys that tfjs adds to a config on its way through `deserialize`; never user options. */
const TFJS_CONFIG_KEYS = new Set(['customObjects']);


/** Throws when `options` holds a key outside `known`; `where` names the function for the message. */
export function checkOptionNames(where: string, options: object | undefined, known: readonly string[]): void {
  if (options == null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${where}: expected an options object, got ${describe(options)} — pass {${known.join(', ')}}`);
  }
  for (const name of Object.keys(options)) {
    if (known.includes(name) || TFJS_CONFIG_KEYS.has(name)) continue;
    throw new Error(
      `${where}: unknown option '${name}'${suggestion(name, known)} — the options are ${known.join(', ')}`,
    );
  }
}

/** A short, readable rendering of a bad value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export interface NumberRule {
  /** Smallest allowed value (inclusive unless `minExclusive`). */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
  /** Infinity allowed (e.g. a threshold that turns a feature off). */
  infinite?: boolean;
}

/** Returns `value` (or `fallback` when undefined) after checking it is a number within `rule`. */
export function checkNumber(where: string, name: string, value: unknown, fallback: number | undefined, rule: NumberRule = {}): number {
  const chosen = value === undefined ? fallback : value;
  if (typeof chosen !== 'number' || Number.isNaN(chosen)) {
    throw new Error(`${where}: expected ${name} to be a number, got ${describe(chosen)} — pass ${name}: ${rangeText(rule)}`);
  }
  if (!Number.isFinite(chosen) && !(rule.infinite && chosen === Infinity)) {
    throw new Error(`${where}: expected a finite ${name}, got ${chosen} — pass ${name}: ${rangeText(rule)}`);
  }
  const tooSmall = rule.min !== undefined && (rule.minExclusive ? chosen <= rule.min : chosen < rule.min);
  const tooLarge = rule.max !== undefined && (rule.maxExclusive ? chosen >= rule.max : chosen > rule.max);
  if (tooSmall || tooLarge || (rule.integer && Number.isFinite(chosen) && !Number.isInteger(chosen))) {
    throw new Error(`${where}: expected ${name} ${rangeText(rule)}, got ${chosen} — choose a value in that range`);
  }
  return chosen;
}

function rangeText(rule: NumberRule): string {
  const parts: string[] = [];
  if (rule.integer) parts.push('an integer');
  if (rule.min !== undefined) parts.push(`${rule.minExclusive ? '>' : '>='} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '<='} ${rule.max}`);
  return parts.length > 0 ? parts.join(' ') : 'a number';
}

/** Returns `value` (or `fallback`) after checking it is a boolean. */
export function checkBoolean(where: string, name: string, value: unknown, fallback: boolean): boolean {
  const chosen = value === undefined ? fallback : value;
  if (typeof chosen !== 'boolean') {
    throw new Error(`${where}: expected ${name} to be true or false, got ${describe(chosen)}`);
  }
  return chosen;
}

/** Returns `value` (or `fallback`) after checking it is one of `allowed`. */
export function checkChoice<T extends string>(where: string, name: string, value: unknown, fallback: T, allowed: readonly T[]): T {
  const chosen = value === undefined ? fallback : value;
  if (typeof chosen !== 'string' || !(allowed as readonly string[]).includes(chosen)) {
    const hint = typeof chosen === 'string' ? suggestion(chosen, allowed) : '';
    throw new Error(`${where}: expected ${name} to be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describe(chosen)}${hint}`);
  }
  return chosen as T;
}
