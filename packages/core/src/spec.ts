import type { Expr } from './expr.js';

/**
 * A spec is the single source of truth for an op. The op function, the layer, the kernels of
 * every backend, the gradient, the docs, the conformance tests and the benchmark rows are
 * derived from it.
 */

/** A numeric attribute of the math. `trainable` ones may become per-channel weights of a layer. */
export interface ParamSpec {
  readonly name: string;
  readonly default: number;
  readonly trainable?: boolean;
  /** Values the math accepts; checked by the op before any kernel runs. */
  readonly domain?: { readonly min?: number; readonly max?: number; readonly exclusiveMin?: boolean };
  readonly doc: string;
  /**
   * Reduction specs: the math learns whether the caller gave it (the `given` set of `math`), so
   * the form without it costs nothing (partial RMSNorm's mask). Absent, the default is used.
   */
  readonly optional?: boolean;
}

/** An attribute that picks between formulas (gelu's `approximate`): one kernel per choice. */
export interface VariantSpec<Choice extends string = string> {
  readonly name: string;
  readonly choices: readonly Choice[];
  readonly default: Choice;
  readonly doc: string;
}

export interface SpecDocs {
  readonly summary: string;
  readonly formula: string;
  readonly papers: readonly string[];
  readonly example: string;
  /** Notes on how layerkit relates to what tfjs already has under this name. */
  readonly tfjs?: string;
}

export interface Tolerance {
  readonly relative: number;
  readonly absolute: number;
}

/** Values the math is defined for in float64 tests, and where to sample it. */
export interface Domain {
  readonly min: number;
  readonly max: number;
  /** Points where the derivative jumps: finite differences skip a neighbourhood of them. */
  readonly kinks?: readonly number[];
}

export type VariantChoices = Readonly<Record<string, string>>;
export type ParamValues = Readonly<Record<string, number>>;

/** The math of an elementwise op for one choice of its variants. */
export interface ElementwiseMath {
  /** f(x, params). */
  readonly forward: Expr;
  /**
   * df/dx, over 'x' and params, or over 'y' (the saved output) when that is cheaper: the
   * gradient kernel then saves the output instead of the input.
   */
  readonly derivative: Expr;
  /** df/dp for each trainable param, over 'x' and params. */
  readonly paramDerivatives?: Readonly<Record<string, Expr>>;
}

export interface ElementwiseSpec {
  readonly kind: 'elementwise';
  /** Catalog id, for example 'activations.mish'. */
  readonly id: string;
  /** Public name: the op function, the activation string and the kernel suffix. */
  readonly name: string;
  /** Layer class name (PascalCase), registered for serialization under the package. */
  readonly className: string;
  /** Other names users know it by (Keras, PyTorch, Addons spellings). */
  readonly aliases?: readonly string[];
  /**
   * Activation strings (`activation: 'gelu'` in any tfjs layer) this spec answers to, each with
   * the options it implies. Defaults to the name and aliases with default options.
   */
  readonly activationStrings?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** How the standalone layer learns the trainable params by default. */
  readonly layerLearns?: 'none' | 'scalar' | 'channel';
  /** Catalog kind when it is not 'op' (snake ships as a layer). */
  readonly catalogKind?: string;
  readonly params: readonly ParamSpec[];
  readonly variants?: readonly VariantSpec[];
  readonly math: (variants: VariantChoices) => ElementwiseMath;
  /** Float64 reference for values and for finite-difference gradients. */
  readonly reference: (x: number, params: ParamValues, variants: VariantChoices) => number;
  readonly domain: Domain;
  readonly tolerance: Tolerance;
  readonly docs: SpecDocs;
}

/** Resolves a partial options object against a spec's defaults, validating domains. */
export function resolveParams(
  spec: { readonly name: string; readonly params: readonly ParamSpec[] },
  options: Readonly<Record<string, unknown>> = {},
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const p of spec.params) {
    const value = options[p.name] ?? p.default;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(
        `${spec.name}: expected option '${p.name}' to be a finite number, got ${describe(value)} — `
        + `pass a number such as ${p.name}: ${p.default}`,
      );
    }
    const domain = p.domain;
    if (domain) {
      const low = domain.min;
      if (low !== undefined && (domain.exclusiveMin ? value <= low : value < low)) {
        throw new Error(
          `${spec.name}: expected option '${p.name}' ${domain.exclusiveMin ? '>' : '>='} ${low}, got ${value} — `
          + `choose a value in the allowed range (default ${p.default})`,
        );
      }
      if (domain.max !== undefined && value > domain.max) {
        throw new Error(
          `${spec.name}: expected option '${p.name}' <= ${domain.max}, got ${value} — `
          + `choose a value in the allowed range (default ${p.default})`,
        );
      }
    }
    values[p.name] = value;
  }
  return values;
}

export function resolveVariants(
  spec: { readonly name: string; readonly variants?: readonly VariantSpec[] },
  options: Readonly<Record<string, unknown>> = {},
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const variant of spec.variants ?? []) {
    let value = options[variant.name] ?? variant.default;
    // Keras spells gelu's tanh form approximate: true.
    if (value === true) value = variant.choices.find((c) => c !== variant.default) ?? variant.default;
    if (value === false) value = variant.default;
    if (typeof value !== 'string' || !variant.choices.includes(value)) {
      throw new Error(
        `${spec.name}: expected option '${variant.name}' to be one of ${variant.choices.map((c) => `'${c}'`).join(', ')}, `
        + `got ${describe(value)} — pick one of those (default '${variant.default}')`,
      );
    }
    values[variant.name] = value;
  }
  return values;
}

export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Every combination of a spec's variant choices (one kernel each). */
export function variantCombinations(variants: readonly VariantSpec[] = []): VariantChoices[] {
  let combos: Record<string, string>[] = [{}];
  for (const variant of variants) {
    combos = combos.flatMap((combo) => variant.choices.map((choice) => ({ ...combo, [variant.name]: choice })));
  }
  return combos;
}

/** A stable suffix naming a variant combination, used in kernel and export names. */
export function variantKey(choices: VariantChoices): string {
  return Object.keys(choices).sort().map((k) => `${k}_${choices[k]}`).join('__');
}
