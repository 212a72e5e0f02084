// Flooding ("Do We Need Zero Training Loss After Achieving Zero Training Error?"; cited by the
// catalog through "Understanding Gradient Regularization in Deep Learning"): |L - b| + b.
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkOptionNames, withTargetLayout, type ConfiguredLoss, type LossFunction, type OptionNames } from '../common.js';
import type { LossEntry } from '../entry.js';
import { binaryReference, binaryCrossentropy } from './cross-entropy.js';

export interface FloodingOptions {
  /** Flood level b: descent above it, ascent below it. Default 0.05. */
  readonly floodLevel?: number;
}

/** Wraps any scalar loss: gradient descent while L > b and ascent once L < b. */
export function flooding(loss: LossFunction, options: FloodingOptions = {}): ConfiguredLoss {
  checkOptionNames('flooding', options, { floodLevel: true } satisfies OptionNames<FloodingOptions>);
  const floodLevel = options.floodLevel ?? 0.05;
  if (typeof loss !== 'function') throw new Error(`flooding: expected a loss function to wrap, got ${typeof loss}`);
  checkOption('flooding', 'floodLevel', floodLevel, (value) => value >= 0, '>= 0');
  const flooded = (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.tidy(() => {
    const value = loss(yTrue, yPred);
    if (value.rank !== 0) throw new Error(`flooding: expected the wrapped loss to return a scalar, got shape [${value.shape.join(', ')}] — use reduction 'mean' or 'sum'`);
    return tf.add(tf.abs(tf.sub(value, floodLevel)), floodLevel);
  });
  Object.defineProperty(flooded, 'name', { value: 'flooding' });
  Object.defineProperty(flooded, 'lossName', { value: 'flooding' });
  Object.defineProperty(flooded, 'options', { value: Object.freeze({ floodLevel, loss: (loss as Partial<ConfiguredLoss>).lossName ?? loss.name }) });
  // The wrapped loss's targets are the flooded loss's targets.
  return withTargetLayout(flooded as ConfiguredLoss, (loss as Partial<ConfiguredLoss>).targetLayout);
}

export const floodingEntry: LossEntry = {
  id: 'losses.flooding',
  kind: 'loss',
  names: ['flooding'],
  summary: 'Flooding |L - b| + b around any loss: the gradient flips sign below the flood level b.',
  cases: [
    {
      label: 'above the flood level it equals the loss',
      yTrue: [[1, 0]], yPred: [[0.3, 0.6]],
      loss: flooding(binaryCrossentropy(), { floodLevel: 0.05 }), reference: (yTrue, yPred) => binaryReference(yTrue, yPred, false),
    },
    {
      label: 'below the flood level the loss is reflected',
      yTrue: [[1, 0]], yPred: [[0.9, 0.1]],
      loss: flooding(binaryCrossentropy(), { floodLevel: 0.5 }), reference: (yTrue, yPred) => Math.abs(binaryReference(yTrue, yPred, false) - 0.5) + 0.5,
    },
  ],
  badInputs: [
    { label: 'negative flood level', run: () => flooding(binaryCrossentropy(), { floodLevel: -1 }), message: /flooding: expected floodLevel >= 0, got -1/ },
    { label: 'non-scalar wrapped loss', run: () => flooding(binaryCrossentropy({ reduction: 'none' }))(tf.ones([2, 1]), tf.fill([2, 1], 0.5)), message: /flooding: expected the wrapped loss to return a scalar, got shape \[2\]/ },
  ],
};
