import type { GlobalValues, ModelValues, ParameterDefinitions } from './parameters.js';

/** What a method's `merge` receives for one tensor. All arrays have the same length. */
export interface TensorMergeInput<P extends ParameterDefinitions> {
  /** The tensor's weight name (e.g. `dense_1/kernel`), for error messages and seeding. */
  readonly name: string;
  readonly shape: readonly number[];
  /** Relative depth of the tensor's layer in storage order, 0 (first layer) to 1 (last); 0 when unknown. */
  readonly depth?: number;
  /** The base model's values, or null when the method runs without a base. */
  readonly base: Float32Array | null;
  /** One array per input model, in config order (already aligned when alignment ran). */
  readonly models: readonly Float32Array[];
  /** Global parameters, resolved for this tensor. */
  readonly global: GlobalValues<P>;
  /** Per-model parameters, resolved for this tensor, one object per entry of `models`. */
  readonly perModel: readonly ModelValues<P>[];
}

/** What `validate` knows besides the parameter values. */
export interface ValidationContext {
  readonly hasBase: boolean;
}

/** Whether a method uses a base model: must have one, may have one, or takes none. */
export type BaseUse = 'required' | 'optional' | 'unused';

export interface MergeMethodOptions<P extends ParameterDefinitions> {
  /** The config name, mergekit's spelling where mergekit has the method (`ties`, `dare_linear`). */
  readonly name: string;
  /** Catalog id, e.g. `merge.ties`; several names may share one id (dare_linear, dare_ties). */
  readonly id: string;
  /** One line for docs and `--help`. */
  readonly summary: string;
  /** Exact paper titles, or 'mergekit' / 'expected'. */
  readonly paper: string | readonly string[];
  readonly params: P;
  readonly base: BaseUse;
  /** Number of input models (not counting the base). */
  readonly models: { readonly minimum: number; readonly maximum?: number };
  /** Selection needs a held-out evaluation (greedy soup): the tool requires `--eval`. */
  readonly requiresEvaluation?: boolean;
  /** Cross-parameter checks that a per-parameter check cannot make; throw with a full message. */
  readonly validate?: (global: GlobalValues<P>, perModel: readonly ModelValues<P>[], context: ValidationContext) => void;
  /** Merges one tensor. Must not modify its inputs. */
  readonly merge: (input: TensorMergeInput<P>) => Float32Array;
}

/** A registered method; `P` erased so that methods of different parameter sets share one list. */
export interface MergeMethod<P extends ParameterDefinitions = ParameterDefinitions> extends MergeMethodOptions<P> {
  readonly kind: 'merge-method';
}

/**
 * Declares a merge method. Pure: returns the definition; the package's `MERGE_METHODS` list is
 * the registry and `register.ts` puts its entries into the core catalog.
 */
export function defineMergeMethod<const P extends ParameterDefinitions>(options: MergeMethodOptions<P>): MergeMethod<P> {
  if (!/^[a-z][a-z0-9_]*$/.test(options.name)) {
    throw new Error(`defineMergeMethod: expected a snake_case name, got '${options.name}' — rename the method`);
  }
  if (!/^merge\.[a-z0-9-]+$/.test(options.id)) {
    throw new Error(`defineMergeMethod: expected a catalog id like 'merge.ties', got '${options.id}' for '${options.name}' — use the id from shared/catalog`);
  }
  for (const [parameterName, definition] of Object.entries(options.params)) {
    if (definition.choices && definition.default !== undefined && definition.default !== null
      && !definition.choices.includes(definition.default as string)) {
      throw new Error(`defineMergeMethod: '${options.name}' parameter '${parameterName}' defaults to '${String(definition.default)}', which is not one of its choices — fix the definition`);
    }
  }
  return { ...options, kind: 'merge-method' };
}

/** Widens a method to the erased type stored in lists. */
export function eraseParameters<P extends ParameterDefinitions>(method: MergeMethod<P>): MergeMethod {
  return method as unknown as MergeMethod;
}
