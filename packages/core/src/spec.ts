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
   * The math learns whether the caller gave it (the `given` set of `math`), so the form without
   * it costs nothing (partial RMSNorm's mask, relu's `maxValue`). Absent, the default is used;
   * for an elementwise param it may be infinite (relu's no clamp), and no kernel reads it then.
   */
  readonly optional?: boolean;
  /**
   * How a layer initialises the weight of a trainable param when the options do not give a value
   * (APA draws kappa and lambda from uniform(0, 1)); absent, the weight starts at `default`.
   */
  readonly layerInit?: { readonly uniform: readonly [min: number, max: number] };
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
  /**
   * Every deliberate difference from the reference implementations (Keras 3, PyTorch, the
   * paper's code): edge points, NaN handling, defaults.
   */
  readonly differences?: string;
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
  /**
   * tfjs-layers' own activation strings among `activationStrings` that this spec deliberately
   * takes over, because its math is the same as tfjs's (a test compares each with tfjs's
   * formula). Any other string tfjs already has is refused at registration, so no alias
   * shadows a tfjs built-in by accident.
   */
  readonly replacesTfjs?: readonly string[];
  /**
   * Param defaults of the standalone layer where they differ from the op's (the LeakyRelu layer
   * keeps the 0.3 of tfjs's and Keras's LeakyReLU layers; the op and the string use 0.2).
   */
  readonly layerDefaults?: Readonly<Record<string, number>>;
  /**
   * How the standalone layer learns the trainable params by default: 'element' is Keras's PReLU
   * shape, one value per element of the input's non-batch shape, shared over `sharedAxes`.
   */
  readonly layerLearns?: 'none' | 'scalar' | 'channel' | 'element';
  /** Catalog kind when it is not 'op' (snake ships as a layer). */
  readonly catalogKind?: string;
  readonly params: readonly ParamSpec[];
  readonly variants?: readonly VariantSpec[];
  /**
   * The math for one choice of variants. `given` holds the `optional` params the caller passed:
   * a form without them reads nothing extra (relu without `maxValue` has no clamp).
   */
  readonly math: (variants: VariantChoices, given: ReadonlySet<string>) => ElementwiseMath;
  /** Float64 reference for values and for finite-difference gradients. */
  readonly reference: (x: number, params: ParamValues, variants: VariantChoices) => number;
  /**
   * Float64 reference of `derivative`, for the rare spec whose backward is deliberately not
   * d/dx of its forward (HeLU: relu forward, a wider gate backward). Tests compare the gradient
   * with it instead of finite differences of `reference`.
   */
  readonly referenceDerivative?: (x: number, params: ParamValues, variants: VariantChoices) => number;
  /** Checks between params (hardTanh: minVal < maxVal): a message saying what is wrong, or null. */
  readonly validate?: (params: ParamValues) => string | null;
  readonly domain: Domain;
  readonly tolerance: Tolerance;
  readonly docs: SpecDocs;
}

/**
 * Whether the caller gave an `optional` param: a value other than null, undefined, or the
 * param's non-finite default (relu's `maxValue: Infinity` is the same as no clamp).
 */
function isGiven(p: ParamSpec, value: unknown): boolean {
  return value != null && !(value === p.default && !Number.isFinite(p.default));
}

/** The `optional` params the options give (the `given` set of a spec's `math`). */
export function givenParams(
  spec: { readonly params: readonly ParamSpec[] },
  options: Readonly<Record<string, unknown>> = {},
): Set<string> {
  return new Set(spec.params.filter((p) => p.optional && isGiven(p, options[p.name])).map((p) => p.name));
}

/**
 * Resolves a partial options object against a spec's defaults, validating domains and the
 * spec's own checks between params. An optional param not given takes its default, which may
 * be infinite (relu's `maxValue`): no kernel reads it then.
 */
export function resolveParams(
  spec: { readonly name: string; readonly params: readonly ParamSpec[]; readonly validate?: (params: ParamValues) => string | null },
  options: Readonly<Record<string, unknown>> = {},
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const p of spec.params) {
    if (p.optional && !isGiven(p, options[p.name])) {
      values[p.name] = p.default;
      continue;
    }
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
  const problem = spec.validate?.(values);
  if (problem) throw new Error(`${spec.name}: ${problem}`);
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
