import type { Initializer } from './base.js';

/**
 * One conformance example: an initializer instance, a weight shape, and a float64 check of the
 * sample it draws (a closed-form variance, an exact structure ...). `check` returns null when the
 * sample conforms, else a sentence saying what differed.
 */
export interface InitializerExample {
  readonly label: string;
  readonly create: () => Initializer;
  readonly shape: readonly number[];
  readonly check: (values: Float64Array, shape: readonly number[]) => string | null;
  /** Whether a Dense layer can use it (save/load round trip through a model); default true. */
  readonly dense?: boolean;
}

export interface BadInputCase {
  readonly label: string;
  readonly run: () => unknown;
  readonly message: RegExp;
}

export interface InitializerEntry {
  /** Catalog id, for example 'initializers.orthogonal'. */
  readonly id: string;
  readonly kind: 'initializer' | 'utility';
  readonly names: readonly string[];
  readonly summary: string;
  /** Serializable classes this entry registers with tfjs. */
  readonly classes: readonly { readonly className: string }[];
  readonly examples: readonly InitializerExample[];
  readonly badInputs: readonly BadInputCase[];
}

/** Sample variance about zero-mean-free estimate (two-pass, float64). */
export function sampleMoments(values: Float64Array): { mean: number; variance: number } {
  let total = 0;
  for (const value of values) total += value;
  const mean = total / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, variance: squares / values.length };
}

/** null when the sample variance is within `relative` of `expected`. */
export function varianceWithin(values: Float64Array, expected: number, relative = 0.02): string | null {
  const { variance } = sampleMoments(values);
  return Math.abs(variance - expected) <= relative * expected ? null : `sample variance ${variance} is not within ${relative * 100}% of ${expected}`;
}
