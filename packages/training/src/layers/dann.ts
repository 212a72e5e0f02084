// Domain-adversarial training (DANN, Ganin et al.) assembled from the gradient reversal layer:
// a feature extractor feeds a label head and, through GradientReversal, a domain head. The loss
// is L_y on the labelled source rows plus L_d (source vs target) on every row; the reversal makes
// the extractor maximise L_d while the domain head minimises it, so the features lose what tells
// the domains apart. `dannLosses` gives both losses for `multiLossTrainer` (one forward pass per
// batch of mixed source and target rows; y = [one-hot labels, domain], domain 0 for source rows).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, describe } from '../options.js';
import type { TaskLosses } from '../multitask/trainer.js';
import { GradientReversal } from './gradient-reversal.js';

export interface DannModelOptions {
  /** Shape of one input row, without the batch axis. Required. */
  inputShape?: number[];
  /** The feature extractor's layers, applied in order. Required. */
  features?: tfl.layers.Layer[];
  /** The label classifier's layers (ending in a softmax over the classes). Required. */
  labelHead?: tfl.layers.Layer[];
  /** The domain classifier's layers (ending in one sigmoid unit). Required. */
  domainHead?: tfl.layers.Layer[];
  /** The reversal's initial λ (anneal it with GradientReversalScheduler or `reversal.lambda`). Default 0. */
  lambda?: number;
}

export interface DannModel {
  /** Outputs [label probabilities, domain probability]. */
  readonly model: tfl.LayersModel;
  /** The shared feature extractor as its own model (same layers). */
  readonly features: tfl.LayersModel;
  readonly reversal: GradientReversal;
}

/** Builds the DANN graph: features → label head, and features → GradientReversal → domain head. */
export function dannModel(options: DannModelOptions): DannModel {
  const where = 'dannModel';
  checkOptionNames(where, options, ['inputShape', 'features', 'labelHead', 'domainHead', 'lambda']);
  for (const name of ['features', 'labelHead', 'domainHead'] as const) {
    const layers = options?.[name];
    if (!Array.isArray(layers) || layers.length === 0 || layers.some((layer) => !(layer instanceof tfl.layers.Layer))) {
      throw new Error(`${where}: expected ${name} to be a non-empty array of layers, got ${describe(layers)}`);
    }
  }
  if (!Array.isArray(options.inputShape) || options.inputShape.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`${where}: expected inputShape, the shape of one input row (e.g. [784]), got ${describe(options.inputShape)}`);
  }
  const lambda = checkNumber(where, 'lambda', options.lambda, 0);
  const input = tfl.input({ shape: options.inputShape });
  const chain = (start: tfl.SymbolicTensor, layers: tfl.layers.Layer[]) => layers.reduce((tensor, layer) => layer.apply(tensor) as tfl.SymbolicTensor, start);
  const features = chain(input, options.features!);
  const reversal = new GradientReversal({ lambda });
  const labels = chain(features, options.labelHead!);
  const domain = chain(reversal.apply(features) as tfl.SymbolicTensor, options.domainHead!);
  return {
    model: tfl.model({ inputs: input, outputs: [labels, domain] }),
    features: tfl.model({ inputs: input, outputs: features }),
    reversal,
  };
}

/**
 * [L_y, L_d] of a DANN model for a batch x of source and target rows with y = [one-hot labels
 * (anything for target rows), domain (0 source, 1 target) as [n] or [n, 1]]: categorical
 * cross-entropy over the source rows only, binary cross-entropy of the domain over all rows.
 */
export function dannLosses(model: tfl.LayersModel): TaskLosses {
  if (!(model instanceof tfl.LayersModel) || model.outputs.length !== 2) {
    throw new Error(`dannLosses: expected the two-output model of dannModel(), got ${model instanceof tfl.LayersModel ? `${model.outputs.length} outputs` : describe(model)}`);
  }
  return (x, y) => {
    if (!Array.isArray(y) || y.length !== 2) throw new Error('dannLosses: expected y = [labels, domain] — one-hot labels and 0 (source) / 1 (target) per row');
    const [labels, domain] = y as [tf.Tensor, tf.Tensor];
    const [labelProbabilities, domainProbability] = model.apply(x, { training: true }) as tf.Tensor[];
    const target = tf.reshape(domain, [-1]);
    const source = tf.sub(1, target);
    const perRow = tf.neg(tf.sum(tf.mul(labels, tf.log(tf.clipByValue(labelProbabilities!, 1e-7, 1))), -1));
    const labelLoss = tf.div(tf.sum(tf.mul(perRow, source)), tf.maximum(tf.sum(source), 1));
    const p = tf.clipByValue(tf.reshape(domainProbability!, [-1]), 1e-7, 1 - 1e-7);
    const domainLoss = tf.neg(tf.mean(tf.add(tf.mul(target, tf.log(p)), tf.mul(source, tf.log(tf.sub(1, p))))));
    return [labelLoss as tf.Scalar, domainLoss as tf.Scalar];
  };
}
