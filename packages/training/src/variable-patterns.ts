// Variable-name patterns (`exclude` of AdamW, AGC …): a string matches as a substring of the
// variable name, as Keras's `exclude_from_weight_decay(var_names=…)` does; a RegExp is searched.
//
// In a config a pattern is written as a RegExp literal string ('/bias/', '/^dense\x5f1\//i') with
// every underscore written `\x5f`: tfjs-layers' loader (`convertPythonicToTs`) camel-cases every
// string in a saved training config, so 'batch_normalization' would come back as
// 'batchNormalization' and stop matching. A string option of that /…/flags form is read as a RegExp.

import { describe } from './options.js';

export type VariablePattern = string | RegExp;

const LITERAL = /^\/(.*)\/([dgimsuy]*)$/s;

/** Turns one option value into a RegExp (strings match as substrings). */
export function toRegExp(where: string, name: string, pattern: unknown): RegExp {
  if (pattern instanceof RegExp) return new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', ''));
  if (typeof pattern === 'string') {
    const literal = LITERAL.exec(pattern);
    if (literal) {
      try {
        return new RegExp(literal[1]!, literal[2]!.replace('g', '').replace('y', ''));
      } catch (error) {
        throw new Error(`${where}: ${name} pattern ${pattern} is not a valid regular expression (${(error as Error).message}) — fix it or pass a plain substring`);
      }
    }
    if (pattern.length === 0) throw new Error(`${where}: ${name} holds an empty pattern, which would match every variable — remove it`);
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  throw new Error(`${where}: expected ${name} to hold strings or RegExps, got ${describe(pattern)} — e.g. ${name}: ['bias', /norm/]`);
}

/** Normalises `string | RegExp | Array<string | RegExp> | undefined` into a list of RegExps. */
export function toRegExps(where: string, name: string, value: unknown, fallback: readonly VariablePattern[]): RegExp[] {
  const chosen = value === undefined || value === null ? fallback : value;
  const list = Array.isArray(chosen) ? chosen : [chosen];
  return list.map((pattern) => toRegExp(where, name, pattern));
}

/** Config form of a pattern list: RegExp literal strings with underscores escaped (see file header). */
export function patternsToConfig(patterns: readonly RegExp[]): string[] {
  return patterns.map((pattern) => `/${pattern.source.replace(/\\?_/g, '\\x5f')}/${pattern.flags}`);
}

/** True when `variableName` matches any pattern. */
export function matchesAny(patterns: readonly RegExp[], variableName: string): boolean {
  return patterns.some((pattern) => pattern.test(variableName));
}
