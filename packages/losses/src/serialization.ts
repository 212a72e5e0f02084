// Saving a model compiled with a layerkit loss. tfjs-layers resolves string losses from a fixed
// table (lossesMap) that cannot be extended, and `model.save({includeOptimizer: true})` writes
// trainingConfig.loss = {} for any function loss. So the loss travels in the model's
// userDefinedMetadata instead: `attachLoss(model, loss)` before saving, `lossFromModel(model)`
// after loading, then `model.compile({loss: lossFromModel(loaded), optimizer})`.
import * as tf from '@tensorflow/tfjs-core';
import { lossFactory, lossNames, type ConfiguredLoss, type LossFunction } from './common.js';

/** A loss as JSON: the registered name plus its options. */
export interface SerializedLoss {
  readonly name: string;
  readonly options: Record<string, unknown>;
}

/** Keras 3 short names and tfjs camelCase names for the losses both libraries know. */
const ALIASES: Readonly<Record<string, string>> = {
  bce: 'binaryCrossentropy',
  binary_crossentropy: 'binaryCrossentropy',
  cce: 'categoricalCrossentropy',
  categorical_crossentropy: 'categoricalCrossentropy',
  sparse_categorical_crossentropy: 'sparseCategoricalCrossentropy',
  binary_focal_crossentropy: 'binaryFocalCrossentropy',
  categorical_focal_crossentropy: 'categoricalFocalCrossentropy',
  huber: 'huberLoss',
  dice: 'diceLoss',
  tversky: 'tverskyLoss',
};

/** Keras 3 aliases that tfjs-layers already resolves itself: returned as strings for compile. */
const TFJS_STRINGS: Readonly<Record<string, string>> = {
  kld: 'kullbackLeiblerDivergence', mae: 'meanAbsoluteError', mse: 'meanSquaredError',
  mape: 'meanAbsolutePercentageError', msle: 'meanSquaredLogarithmicError',
};

function isSerializable(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return typeof value !== 'number' || Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isSerializable);
  if (value instanceof tf.Tensor || typeof value === 'function') return false;
  if (typeof value === 'object') return Object.values(value as object).every(isSerializable);
  return false;
}

/** The JSON form of a configured loss, e.g. `serializeLoss(focalLoss({gamma: 3}))`. */
export function serializeLoss(loss: LossFunction): SerializedLoss {
  const configured = loss as Partial<ConfiguredLoss>;
  if (typeof configured.lossName !== 'string' || lossFactory(configured.lossName) === undefined) {
    throw new Error(`serializeLoss: expected a configured layerkit loss such as focalLoss({gamma: 2}), got a function named '${loss?.name ?? typeof loss}' — `
      + 'only losses from @layerkit/losses carry their options');
  }
  const options = { ...(configured.options ?? {}) };
  for (const [key, value] of Object.entries(options)) {
    if (!isSerializable(value)) {
      throw new Error(`serializeLoss: option '${key}' of ${configured.lossName} cannot be saved as JSON (tensors and functions cannot) — pass plain numbers or arrays`);
    }
  }
  return { name: configured.lossName, options };
}

/**
 * A loss by name (layerkit names, Keras 3 aliases such as 'bce') or from its JSON form. tfjs's own
 * string losses ('meanSquaredError', and Keras' 'mse' ...) come back as strings for compile.
 */
export function deserializeLoss(identifier: string | SerializedLoss): ConfiguredLoss | string {
  const name = typeof identifier === 'string' ? identifier : identifier?.name;
  const options = typeof identifier === 'string' ? {} : identifier?.options ?? {};
  if (typeof name !== 'string') throw new Error(`deserializeLoss: expected a loss name or {name, options}, got ${JSON.stringify(identifier)}`);
  if (name in TFJS_STRINGS) return TFJS_STRINGS[name]!;
  const factory = lossFactory(ALIASES[name] ?? name);
  if (!factory) {
    throw new Error(`deserializeLoss: unknown loss '${name}' — expected one of ${lossNames().join(', ')} or a Keras alias (${[...Object.keys(ALIASES), ...Object.keys(TFJS_STRINGS)].join(', ')})`);
  }
  return factory(options as never);
}

interface ModelWithMetadata {
  getUserDefinedMetadata(): object | undefined;
  setUserDefinedMetadata(metadata: object): void;
}

const METADATA_KEY = 'layerkitLoss';

/** Stores the loss's JSON form in the model's userDefinedMetadata, which model.save writes. */
export function attachLoss(model: ModelWithMetadata, loss: LossFunction): void {
  const existing = (model.getUserDefinedMetadata() ?? {}) as Record<string, unknown>;
  model.setUserDefinedMetadata({ ...existing, [METADATA_KEY]: serializeLoss(loss) });
}

/** The loss stored by `attachLoss`, rebuilt, ready for `model.compile({loss})`. */
export function lossFromModel(model: ModelWithMetadata): ConfiguredLoss | string {
  const stored = (model.getUserDefinedMetadata() as Record<string, unknown> | undefined)?.[METADATA_KEY];
  if (stored === undefined) throw new Error('lossFromModel: the model carries no layerkit loss — call attachLoss(model, loss) before model.save');
  return deserializeLoss(stored as SerializedLoss);
}
