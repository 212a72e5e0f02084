// Saving a model compiled with a layerkit loss. tfjs-layers resolves string losses from a fixed
// table (lossesMap) that cannot be extended, and `model.save({includeOptimizer: true})` writes
// trainingConfig.loss = {} for any function loss. So the loss travels in the model's
// userDefinedMetadata instead: `attachLoss(model, loss)` before saving, `lossFromModel(model)`
// after loading, then `model.compile({loss: lossFromModel(loaded), optimizer})`.
import * as tf from '@tensorflow/tfjs-core';
import { checkOptionNames, lossFactory, lossNames, suggestion, type ConfiguredLoss, type LossFunction } from './common.js';
import type { LossEntry } from './entry.js';
import { binaryCrossentropy, categoricalCrossentropy } from './items/cross-entropy.js';
import { focalLoss } from './items/focal.js';
import { clip, logSoftmax, type Matrix } from './math64.js';


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
  if (typeof identifier !== 'string') checkOptionNames('deserializeLoss', identifier, { name: true, options: true });
  // Own-property lookups: 'constructor' or 'toString' must not resolve through Object.prototype.
  if (Object.prototype.hasOwnProperty.call(TFJS_STRINGS, name)) return TFJS_STRINGS[name]!;
  const factory = lossFactory(Object.prototype.hasOwnProperty.call(ALIASES, name) ? ALIASES[name]! : name);
  if (!factory) {
    const aliases = [...Object.keys(ALIASES), ...Object.keys(TFJS_STRINGS)];
    throw new Error(`deserializeLoss: unknown loss '${name}'${suggestion(name, [...lossNames(), ...aliases])} — expected one of ${lossNames().join(', ')} or a Keras alias (${aliases.join(', ')})`);
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

// ---- registry entry: reductions, sample weights and the JSON round trip ----


function perSampleBce(yTrue: Matrix, yPred: Matrix): number[] {
  return yTrue.map((row, i) => row.reduce((total, label, k) => {
    const p = clip(yPred[i]![k]!, 1e-7, 1 - 1e-7);
    return total - (label * Math.log(p) + (1 - label) * Math.log(1 - p));
  }, 0) / row.length);
}

// Weights summing to 4 (not the batch size 3), so the two means differ.
const WEIGHTS = [2, 0, 2];
// Per-time-step weights for a [batch 2, steps 3] per-sample loss (Keras broadcasts them against it).
const STEP_WEIGHTS = [[1, 0.5, 0], [2, 1, 3]];

/** yPred packs [batch, steps*classes]; the loss sees the sequence [batch, steps, classes]. */
function sequenceCrossEntropy(options: Parameters<typeof categoricalCrossentropy>[0]) {
  const loss = categoricalCrossentropy(options);
  return (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.tidy(() => loss(tf.reshape(yTrue, [2, 3, 2]), tf.reshape(yPred, [2, 3, 2])));
}

function stepLosses(yTrue: Matrix, yPred: Matrix): number[][] {
  return yTrue.map((row, i) => [0, 1, 2].map((step) => {
    const logP = logSoftmax(yPred[i]!.slice(2 * step, 2 * step + 2));
    return -(row[2 * step]! * logP[0]! + row[2 * step + 1]! * logP[1]!);
  }));
}

function weightedStepTotal(yTrue: Matrix, yPred: Matrix): number {
  return stepLosses(yTrue, yPred).reduce((total, row, i) => total + row.reduce((sum, value, step) => sum + value * STEP_WEIGHTS[i]![step]!, 0), 0);
}

const SEQUENCE_LABELS: Matrix = [[1, 0, 0, 1, 1, 0], [0, 1, 0, 1, 1, 0]];
const SEQUENCE_LOGITS: Matrix = [[0.5, -0.2, 0.1, 0.9, -1, 0.3], [1.2, 0.4, -0.3, 0.2, 0.6, 0.7]];

export const registryEntry: LossEntry = {
  id: 'losses.registry',
  kind: 'utility',
  names: ['serializeLoss', 'deserializeLoss', 'attachLoss', 'lossFromModel', 'REDUCTIONS'],
  summary: 'Reductions (mean = sumOverBatchSize, sum, none, meanWithSampleWeight), per-sample weights, and loss serialization through model metadata.',
  cases: [
    {
      label: 'sum over a 3-sample batch',
      yTrue: [[1], [0], [1]], yPred: [[0.9], [0.2], [0.4]], expected: -Math.log(0.9) - Math.log(0.8) - Math.log(0.4),
      loss: binaryCrossentropy({ reduction: 'sum' }), reference: (t, p) => perSampleBce(t, p).reduce((a, b) => a + b, 0),
    },
    {
      label: 'meanWithSampleWeight divides by the weights\' sum',
      yTrue: [[1], [0], [1]], yPred: [[0.9], [0.2], [0.4]],
      loss: binaryCrossentropy({ reduction: 'meanWithSampleWeight', sampleWeight: WEIGHTS }),
      reference: (t, p) => perSampleBce(t, p).reduce((total, value, index) => total + value * WEIGHTS[index]!, 0) / 4,
    },
    {
      label: 'a deserialized loss computes what the original did',
      yTrue: [[1, 0], [0, 1]], yPred: [[0.7, 0.4], [0.2, 0.6]],
      loss: deserializeLoss(JSON.parse(JSON.stringify(serializeLoss(focalLoss({ gamma: 1.5, alpha: 0.4, applyClassBalancing: true }))))) as (a: tf.Tensor, b: tf.Tensor) => tf.Tensor,
      reference: (t, p) => {
        const values = t.flatMap((row, i) => row.map((label, k) => {
          const q = p[i]![k]!;
          const truth = label * q + (1 - label) * (1 - q);
          const weight = 0.4 * label + 0.6 * (1 - label);
          return weight * (1 - truth) ** 1.5 * -(label * Math.log(q) + (1 - label) * Math.log(1 - q));
        }));
        return values.reduce((a, b) => a + b, 0) / values.length;
      },
    },
    {
      label: 'per-time-step sampleWeight [batch, steps] on a sequence loss, mean over all 6 steps',
      yTrue: SEQUENCE_LABELS, yPred: SEQUENCE_LOGITS,
      loss: sequenceCrossEntropy({ fromLogits: true, sampleWeight: STEP_WEIGHTS }),
      reference: (yTrue, yPred) => weightedStepTotal(yTrue, yPred) / 6,
    },
    {
      label: 'per-time-step sampleWeight, meanWithSampleWeight divides by the weights\' sum 7.5',
      yTrue: SEQUENCE_LABELS, yPred: SEQUENCE_LOGITS,
      loss: sequenceCrossEntropy({ fromLogits: true, sampleWeight: STEP_WEIGHTS, reduction: 'meanWithSampleWeight' }),
      reference: (yTrue, yPred) => weightedStepTotal(yTrue, yPred) / 7.5,
    },
    {
      label: 'per-sample sampleWeight [batch] broadcasts over the steps',
      yTrue: SEQUENCE_LABELS, yPred: SEQUENCE_LOGITS,
      loss: sequenceCrossEntropy({ fromLogits: true, sampleWeight: [3, 0.5], reduction: 'meanWithSampleWeight' }),
      reference: (yTrue, yPred) => stepLosses(yTrue, yPred).reduce((total, row, i) => total + [3, 0.5][i]! * row.reduce((a, b) => a + b, 0), 0) / (3 * 3 + 0.5 * 3),
    },
  ],
  badInputs: [
    { label: 'unknown reduction', run: () => binaryCrossentropy(tf.ones([1, 1]), tf.ones([1, 1]), { reduction: 'average' as 'mean' }), message: /binaryCrossentropy: expected reduction one of mean, sum, none, sumOverBatchSize, meanWithSampleWeight, got 'average'/ },
    { label: 'unknown loss name', run: () => deserializeLoss('focal'), message: /deserializeLoss: unknown loss 'focal'/ },
    { label: 'misspelt loss name', run: () => deserializeLoss('focalLos'), message: /deserializeLoss: unknown loss 'focalLos' \(did you mean 'focalLoss'\?\)/ },
    { label: 'a name that only Object.prototype has', run: () => deserializeLoss('constructor'), message: /deserializeLoss: unknown loss 'constructor'/ },
    { label: 'misspelt option through deserializeLoss', run: () => deserializeLoss({ name: 'binaryFocalCrossentropy', options: { gama: 2 } }), message: /binaryFocalCrossentropy: unknown option 'gama' \(did you mean 'gamma'\?\)/ },
    { label: 'misspelt key of the JSON form', run: () => deserializeLoss({ name: 'focalLoss', option: { gamma: 2 } } as never), message: /deserializeLoss: unknown option 'option' \(did you mean 'options'\?\)/ },
    {
      label: 'sampleWeight of neither [batch] nor the per-sample loss shape',
      run: () => binaryCrossentropy(tf.ones([3, 1]), tf.fill([3, 1], 0.5), { sampleWeight: [1, 2] }),
      message: /binaryCrossentropy: expected sampleWeight of shape \[3\] \(one per sample\), got shape \[2\]/,
    },
    { label: 'tensor option cannot be saved', run: () => serializeLoss(focalLoss({ sampleWeight: tf.ones([2]) })), message: /serializeLoss: option 'sampleWeight' of focalLoss cannot be saved as JSON/ },
  ],
};
