// The contract between the transform chain and one gradient transform. A transform maps the list
// of (variable name, gradient) pairs to a new list, or to null to hold the step back (gradient
// accumulation). It runs inside the chain's tidy scope: tensors it returns or reports are kept by
// the chain, everything else it makes is freed. State lives in variables it owns and saves through
// getWeights/setWeights, so model.save({includeOptimizer: true}) carries it.
import type * as tf from '@tensorflow/tfjs-core';
import type { NamedGradient, NamedTensor } from '../optimizers/slots.js';

export type { NamedGradient, NamedTensor };

export interface TransformContext {
  /** How many times the chain has been called before this call (micro-steps included). */
  readonly iteration: number;
  /** The trainable variable a gradient belongs to. */
  variable(name: string): tf.Variable;
}

export interface TransformOutput {
  /** The transformed gradients (same order and names), or null: skip the base step this time. */
  readonly gradients: NamedGradient[] | null;
  /** What the transform did, for logging: scalar tensors (read only when asked) or numbers. */
  readonly report?: Record<string, tf.Tensor | number | boolean>;
}

export interface GradientTransform {
  /** Serialization name, e.g. 'GradientClipping'; also the `type` in the chain's report. */
  readonly className: string;
  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput;
  /**
   * Runs after the base optimizer has stepped (not on steps that accumulation holds back), for
   * transforms that act on the weights themselves (pruning masks, projections); `names` are the
   * variables that received a gradient. Runs inside a tidy scope.
   */
  afterUpdate?(names: readonly string[], context: TransformContext): void;
  /** Every option, so `transformFromConfig` rebuilds an equal transform. */
  getConfig(): tf.serialization.ConfigDict;
  /** State to save with the optimizer (names unique within the transform). */
  getWeights?(): NamedTensor[];
  setWeights?(weights: NamedTensor[]): void;
  dispose?(): void;
}

export interface SerializedTransform {
  className: string;
  config: tf.serialization.ConfigDict;
}

type TransformFactory = (config: tf.serialization.ConfigDict) => GradientTransform;

const FACTORIES = new Map<string, TransformFactory>();

/** Makes a transform class loadable from a chain config. Registering a name again replaces it. */
export function registerTransform(className: string, factory: TransformFactory): void {
  FACTORIES.set(className, factory);
}

/** Class names of every registered transform. */
export function transformNames(): string[] {
  return [...FACTORIES.keys()];
}

/** Rebuilds a transform from `{className, config}`. */
export function transformFromConfig(where: string, serialized: SerializedTransform): GradientTransform {
  const factory = FACTORIES.get(serialized.className);
  if (factory == null) {
    const known = transformNames();
    throw new Error(`${where}: unknown gradient transform '${serialized.className}' — the registered transforms are ${known.join(', ')}`);
  }
  return factory({ ...serialized.config });
}
