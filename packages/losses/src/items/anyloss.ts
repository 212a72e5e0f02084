// AnyLoss ("AnyLoss: Transforming Classification Metrics into Loss Functions"): 1 - metric on a
// soft confusion matrix built from amplified probabilities.
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkProbabilities, checkSameShape, defineLoss } from '../common.js';
import type { LossEntry } from '../entry.js';
import type { Matrix } from '../math64.js';

export type AnyLossMetric = 'accuracy' | 'f1' | 'fBeta' | 'gMean' | 'balancedAccuracy';
const METRICS: readonly AnyLossMetric[] = ['accuracy', 'f1', 'fBeta', 'gMean', 'balancedAccuracy'];

export interface AnyLossOptions {
  readonly metric?: AnyLossMetric;
  /** Steepness L of the amplifier 1/(1 + exp(-L*(p - 0.5))); 73 in the authors' experiments. */
  readonly amplifier?: number;
  /** beta of F_beta. */
  readonly beta?: number;
  readonly validate?: boolean;
}

const EPSILON = 1e-5;

/** A batch-level loss: yTrue in {0, 1}, yPred positive-class probabilities, both [batch, 1]. Returns a scalar. */
export const anyLoss = defineLoss<AnyLossOptions>('anyLoss', { options: { metric: true, amplifier: true, beta: true, validate: true } }, (yTrue, yPred, options) => {
  const name = 'anyLoss';
  checkSameShape(name, yTrue, yPred);
  const metric = options.metric ?? 'f1';
  if (!METRICS.includes(metric)) throw new Error(`${name}: expected metric one of ${METRICS.join(', ')}, got '${String(metric)}'`);
  const amplifier = options.amplifier ?? 73;
  checkOption(name, 'amplifier', amplifier, (value) => value > 0, '> 0');
  if (options.validate !== false) checkProbabilities(name, yPred, 'yPred', false);
  const beta = metric === 'f1' ? 1 : options.beta ?? 1;
  return tf.tidy(() => {
    const amplified = tf.sigmoid(tf.mul(amplifier, tf.sub(yPred, 0.5)));
    const truePositive = tf.sum(tf.mul(yTrue, amplified));
    const falseNegative = tf.sum(tf.mul(yTrue, tf.sub(1, amplified)));
    const falsePositive = tf.sum(tf.mul(tf.sub(1, yTrue), amplified));
    const trueNegative = tf.sum(tf.mul(tf.sub(1, yTrue), tf.sub(1, amplified)));
    let score: tf.Tensor;
    switch (metric) {
      case 'accuracy':
        score = tf.div(tf.add(truePositive, trueNegative), yTrue.size);
        break;
      case 'f1':
      case 'fBeta':
        score = tf.div(tf.mul(1 + beta * beta, truePositive), tf.add(tf.add(tf.mul(beta * beta, tf.sum(yTrue)), tf.sum(amplified)), EPSILON));
        break;
      case 'gMean':
        score = tf.sqrt(tf.mul(tf.div(truePositive, tf.add(tf.add(truePositive, falseNegative), EPSILON)), tf.div(trueNegative, tf.add(tf.add(trueNegative, falsePositive), EPSILON))));
        break;
      case 'balancedAccuracy':
        score = tf.mul(0.5, tf.add(tf.div(truePositive, tf.add(tf.add(truePositive, falseNegative), EPSILON)), tf.div(trueNegative, tf.add(tf.add(trueNegative, falsePositive), EPSILON))));
        break;
    }
    return tf.sub(1, score);
  });
});

export function anyLossReference(yTrue: Matrix, yPred: Matrix, options: AnyLossOptions): number {
  const amplifier = options.amplifier ?? 73;
  const labels = yTrue.map((row) => row[0]!);
  const amplified = yPred.map((row) => 1 / (1 + Math.exp(-amplifier * (row[0]! - 0.5))));
  let truePositive = 0; let falseNegative = 0; let falsePositive = 0; let trueNegative = 0;
  labels.forEach((label, i) => {
    truePositive += label * amplified[i]!; falseNegative += label * (1 - amplified[i]!);
    falsePositive += (1 - label) * amplified[i]!; trueNegative += (1 - label) * (1 - amplified[i]!);
  });
  const metric = options.metric ?? 'f1';
  const beta = metric === 'f1' ? 1 : options.beta ?? 1;
  const recall = truePositive / (truePositive + falseNegative + EPSILON);
  const specificity = trueNegative / (trueNegative + falsePositive + EPSILON);
  const score = {
    accuracy: (truePositive + trueNegative) / labels.length,
    f1: 0, fBeta: 0,
    gMean: Math.sqrt(recall * specificity),
    balancedAccuracy: (recall + specificity) / 2,
  };
  score.f1 = score.fBeta = (1 + beta * beta) * truePositive / (beta * beta * labels.reduce((a, b) => a + b, 0) + amplified.reduce((a, b) => a + b, 0) + EPSILON);
  return 1 - score[metric];
}

export const anyLossEntry: LossEntry = {
  id: 'losses.anyloss',
  kind: 'loss',
  names: ['anyLoss'],
  summary: 'AnyLoss: 1 - (accuracy | F_beta | G-mean | balanced accuracy) of an amplified soft confusion matrix.',
  cases: [
    ...METRICS.map((metric) => ({
      label: `${metric}, y = [1, 0], p = [0.6, 0.4] gives about 6.75e-4`,
      yTrue: [[1], [0]], yPred: [[0.6], [0.4]],
      loss: anyLoss({ metric, beta: 2 }), reference: (yTrue: Matrix, yPred: Matrix) => anyLossReference(yTrue, yPred, { metric, beta: 2 }),
    })),
    {
      label: 'F1 with a gentler amplifier on four samples',
      yTrue: [[1], [0], [1], [0]], yPred: [[0.55], [0.45], [0.35], [0.62]],
      loss: anyLoss({ amplifier: 8 }), reference: (yTrue, yPred) => anyLossReference(yTrue, yPred, { amplifier: 8 }),
    },
  ],
  badInputs: [
    { label: 'unknown metric', run: () => anyLoss(tf.ones([2, 1]), tf.ones([2, 1]), { metric: 'auc' as AnyLossMetric }), message: /anyLoss: expected metric one of accuracy, f1, fBeta, gMean, balancedAccuracy, got 'auc'/ },
  ],
};
