// Overlap losses for segmentation: Dice and Tversky (Keras 3 Dice / Tversky semantics).
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkProbabilities, checkSameShape, defineLoss, reduce, REDUCTION_OPTIONS, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { mean, sum, type Matrix } from '../math64.js';

export interface DiceOptions extends ReductionOptions {
  /**
   * 'sample' (default): one score per sample over all non-batch axes, then the reduction;
   * 'batch': one score over the whole batch (Keras Dice with axis = None).
   */
  readonly over?: 'sample' | 'batch';
  readonly smooth?: number;
}

export interface TverskyOptions extends DiceOptions {
  /** Weight of false positives. */
  readonly alpha?: number;
  /** Weight of false negatives. */
  readonly beta?: number;
}

const DICE_OPTIONS: OptionNames<DiceOptions> = { ...REDUCTION_OPTIONS, over: true, smooth: true };
const TVERSKY_OPTIONS: OptionNames<TverskyOptions> = { ...DICE_OPTIONS, alpha: true, beta: true };

function sumAxes(tensor: tf.Tensor, over: 'sample' | 'batch'): tf.Tensor {
  if (over === 'batch') return tf.sum(tensor);
  return tf.sum(tf.reshape(tensor, [tensor.shape[0]!, -1]), -1);
}

function overlap(name: string, yTrue: tf.Tensor, yPred: tf.Tensor, options: DiceOptions): 'sample' | 'batch' {
  checkSameShape(name, yTrue, yPred);
  if (options.validate !== false) checkProbabilities(name, yPred, 'yPred', false);
  const over = options.over ?? 'sample';
  if (over !== 'sample' && over !== 'batch') throw new Error(`${name}: expected over 'sample' or 'batch', got '${String(over)}'`);
  checkOption(name, 'smooth', options.smooth ?? 0, (value) => value >= 0, '>= 0');
  return over;
}

export const diceLoss = defineLoss<DiceOptions>('diceLoss', { options: DICE_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'diceLoss';
  const over = overlap(name, yTrue, yPred, options);
  const smooth = options.smooth ?? 1e-6;
  return tf.tidy(() => {
    const intersection = sumAxes(tf.mul(yTrue, yPred), over);
    const total = tf.add(sumAxes(yTrue, over), sumAxes(yPred, over));
    const loss = tf.sub(1, tf.div(tf.add(tf.mul(2, intersection), smooth), tf.add(total, smooth)));
    return over === 'batch' ? loss : reduce(name, loss, options);
  });
});

export const tverskyLoss = defineLoss<TverskyOptions>('tverskyLoss', { options: TVERSKY_OPTIONS }, (yTrue, yPred, options) => {
  const name = 'tverskyLoss';
  const over = overlap(name, yTrue, yPred, options);
  const alpha = options.alpha ?? 0.5;
  const beta = options.beta ?? 0.5;
  checkOption(name, 'alpha', alpha, (value) => value >= 0, '>= 0');
  checkOption(name, 'beta', beta, (value) => value >= 0, '>= 0');
  // Keras Tversky has no smoothing term; smooth = 0 keeps alpha = beta = 0.5 exactly equal to Dice.
  const smooth = options.smooth ?? 0;
  return tf.tidy(() => {
    const truePositive = sumAxes(tf.mul(yTrue, yPred), over);
    const falsePositive = sumAxes(tf.mul(tf.sub(1, yTrue), yPred), over);
    const falseNegative = sumAxes(tf.mul(yTrue, tf.sub(1, yPred)), over);
    const denominator = tf.add(tf.add(truePositive, tf.mul(alpha, falsePositive)), tf.add(tf.mul(beta, falseNegative), smooth));
    const loss = tf.sub(1, tf.div(tf.add(truePositive, smooth), denominator));
    return over === 'batch' ? loss : reduce(name, loss, options);
  });
});

function diceReference(yTrue: Matrix, yPred: Matrix, smooth: number): number {
  return mean(yTrue.map((row, i) => {
    const intersection = sum(row.map((value, j) => value * yPred[i]![j]!));
    return 1 - (2 * intersection + smooth) / (sum(row) + sum(yPred[i]!) + smooth);
  }));
}

function tverskyReference(yTrue: Matrix, yPred: Matrix, alpha: number, beta: number): number {
  return mean(yTrue.map((row, i) => {
    const prediction = yPred[i]!;
    const truePositive = sum(row.map((value, j) => value * prediction[j]!));
    const falsePositive = sum(row.map((value, j) => (1 - value) * prediction[j]!));
    const falseNegative = sum(row.map((value, j) => value * (1 - prediction[j]!)));
    return 1 - truePositive / (truePositive + alpha * falsePositive + beta * falseNegative);
  }));
}

const MASKS: Matrix = [[1, 0, 1, 1, 0], [0, 0, 1, 0, 1]];
const SOFT: Matrix = [[0.9, 0.2, 0.6, 0.7, 0.1], [0.3, 0.1, 0.8, 0.2, 0.4]];

export const diceEntry: LossEntry = {
  id: 'losses.dice',
  kind: 'loss',
  names: ['diceLoss'],
  summary: 'Dice loss 1 - (2*sum(y*p) + smooth)/(sum(y) + sum(p) + smooth), per sample or over the batch.',
  cases: [
    { label: 'soft masks', yTrue: MASKS, yPred: SOFT, loss: diceLoss(), reference: (yTrue, yPred) => diceReference(yTrue, yPred, 1e-6) },
    { label: 'p = y gives 0', yTrue: MASKS, yPred: MASKS, expected: 0, gradient: false, loss: diceLoss(), reference: (yTrue, yPred) => diceReference(yTrue, yPred, 1e-6) },
  ],
  badInputs: [
    { label: 'probabilities above 1', run: () => diceLoss(tf.ones([1, 2]), tf.tensor2d([[0.5, 2]])), message: /diceLoss: expected yPred probabilities in \[0, 1\], got a value 2 at index 1/ },
  ],
};

export const tverskyEntry: LossEntry = {
  id: 'losses.tversky-loss',
  kind: 'loss',
  names: ['tverskyLoss'],
  summary: 'Tversky loss 1 - TP/(TP + alpha*FP + beta*FN) with soft counts; alpha = beta = 0.5 is Dice.',
  cases: [
    { label: 'alpha 0.3, beta 0.7', yTrue: MASKS, yPred: SOFT, loss: tverskyLoss({ alpha: 0.3, beta: 0.7 }), reference: (yTrue, yPred) => tverskyReference(yTrue, yPred, 0.3, 0.7) },
    { label: 'alpha = beta = 0.5 equals Dice without smoothing', yTrue: MASKS, yPred: SOFT, loss: tverskyLoss(), reference: (yTrue, yPred) => diceReference(yTrue, yPred, 0) },
  ],
  badInputs: [
    { label: 'negative alpha', run: () => tverskyLoss(tf.ones([1, 2]), tf.ones([1, 2]), { alpha: -1 }), message: /tverskyLoss: expected alpha >= 0, got -1/ },
  ],
};
