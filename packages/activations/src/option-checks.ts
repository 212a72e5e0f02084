import { suggestion } from '@layerkit/core';

// Checks of the options of the activations written with tfjs ops (RReLU, stochastic ReLU/SiLU,
// ASH, PolyNorm …): each error names the op, what was expected, what came, and the fix.

/** Throws unless `seed` is absent or a safe integer, naming the op and the fix. */
export function checkSeed(op: string, seed: unknown): number | null {
  if (seed == null) return null;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new Error(`${op}: expected option 'seed' to be an integer, got ${typeof seed === 'string' ? `'${seed}'` : String(seed)} — pass a whole number such as seed: 42, or leave it out for a random draw`);
  }
  return seed;
}

/** Throws unless `value` is a boolean, naming the op and the option. */
export function checkBoolean(op: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') {
    throw new Error(`${op}: expected option '${name}' to be true or false, got ${typeof value === 'string' ? `'${value}'` : String(value)} — pass a boolean`);
  }
  return value;
}

/** Throws unless `value` is one of `choices`, with a 'did you mean' for a near miss. */
export function checkChoice<Choice extends string>(op: string, name: string, value: unknown, choices: readonly Choice[], hint: string): Choice {
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as Choice;
  const shown = typeof value === 'string' ? `'${value}'${suggestion(value, choices)}` : String(value);
  throw new Error(`${op}: expected option '${name}' to be one of ${choices.map((c) => `'${c}'`).join(', ')}, got ${shown} — ${hint}`);
}

/** Throws unless `value` is a finite number, naming the op, the option and its default. */
export function checkNumber(op: string, name: string, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${op}: expected option '${name}' to be a finite number, got ${typeof value === 'string' ? `'${value}'` : String(value)} — pass a number such as ${name}: ${fallback}`);
  }
  return value;
}
