// Resolves the `base` option of wrappers (transform chain, SAM): an optimizer instance, a name, or
// a serialized {className, config}. Names get Keras's default hyper-parameters (the values
// tfjs-layers uses for `compile({optimizer: 'adam'})`), so 'adam' here and there mean the same.
import * as tf from '@tensorflow/tfjs-core';
import { describe, suggestion } from '../options.js';

export type BaseOptimizer = tf.Optimizer | string | SerializedOptimizer;

export interface SerializedOptimizer {
  className: string;
  config: tf.serialization.ConfigDict;
}

const NAMED: Record<string, () => tf.Optimizer> = {
  sgd: () => tf.train.sgd(0.01),
  momentum: () => tf.train.momentum(0.01, 0.9),
  adam: () => tf.train.adam(0.001, 0.9, 0.999, 1e-7),
  adamax: () => tf.train.adamax(0.002, 0.9, 0.999, 1e-7, 0),
  adagrad: () => tf.train.adagrad(0.01),
  adadelta: () => tf.train.adadelta(1, 0.95, 1e-7),
  rmsprop: () => tf.train.rmsprop(0.001, 0.9, 0, 1e-7),
};

/** Names accepted for `base`, besides registered class names such as 'AdamW'. */
export const BASE_OPTIMIZER_NAMES = Object.keys(NAMED);

function registeredClasses(): Record<string, [tf.serialization.SerializableConstructor<tf.serialization.Serializable>, tf.serialization.FromConfigMethod<tf.serialization.Serializable>]> {
  return tf.serialization.SerializationMap.getMap().classNameMap as never;
}

/** Builds an optimizer from a registered class name and config (tfjs's own or layerkit's). */
export function optimizerFromConfig(where: string, serialized: SerializedOptimizer): tf.Optimizer {
  const classes = registeredClasses();
  const entry = classes[serialized.className];
  if (entry == null) {
    throw new Error(
      `${where}: unknown optimizer class '${serialized.className}'${suggestion(serialized.className, Object.keys(classes))} — `
      + 'import the package that registers it (e.g. @layerkit/training) before loading',
    );
  }
  const [cls, fromConfig] = entry;
  const optimizer = fromConfig(cls, { ...serialized.config });
  if (optimizer == null || !(optimizer instanceof tf.Optimizer)) {
    throw new Error(`${where}: class '${serialized.className}' is not a tf.Optimizer — pass an optimizer for base`);
  }
  return optimizer;
}

/** The optimizer named or described by `base`. */
export function resolveBaseOptimizer(where: string, base: unknown, fallback: string): tf.Optimizer {
  const chosen = base === undefined || base === null ? fallback : base;
  if (typeof chosen === 'object' && chosen instanceof tf.Optimizer) return chosen;
  if (typeof chosen === 'string') {
    const factory = NAMED[chosen.toLowerCase()];
    if (factory) return factory();
    if (registeredClasses()[chosen]) return optimizerFromConfig(where, { className: chosen, config: {} });
    throw new Error(`${where}: unknown base optimizer '${chosen}'${suggestion(chosen, BASE_OPTIMIZER_NAMES)} — pass one of ${BASE_OPTIMIZER_NAMES.join(', ')}, a registered class name, or a tf.Optimizer`);
  }
  if (typeof chosen === 'object' && typeof (chosen as SerializedOptimizer).className === 'string') {
    return optimizerFromConfig(where, { className: (chosen as SerializedOptimizer).className, config: (chosen as SerializedOptimizer).config ?? {} });
  }
  throw new Error(`${where}: expected base to be a tf.Optimizer, an optimizer name or {className, config}, got ${describe(chosen)}`);
}

/** The config form of an optimizer, as model.save writes it. */
export function serializeOptimizer(optimizer: tf.Optimizer): SerializedOptimizer {
  return { className: optimizer.getClassName(), config: optimizer.getConfig() };
}
