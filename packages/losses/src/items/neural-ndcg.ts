// NeuralNDCG ("NeuralNDCG: Direct Optimisation of a Ranking Metric via Differentiable Relaxation of
// Sorting"): NeuralSort's relaxed permutation, made doubly stochastic by Sinkhorn scaling, applied
// to the gains. Known limits: a fixed number of Sinkhorn iterations (no early stop on tolerance, so
// the value is a smooth function of the scores), no padding mask and no Gumbel-perturbed variant.
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkSameShape, defineLoss, reduce, REDUCTION_OPTIONS, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { mean, type Matrix } from '../math64.js';

export interface NeuralNdcgOptions extends ReductionOptions {
  readonly temperature?: number;
  /** Cut-off k (default: the list length). */
  readonly k?: number;
  readonly sinkhornIterations?: number;
  /** 'standard': sum_j (P g)_j d(j); 'transposed': sum_i g_i (P^T d)_i. */
  readonly variant?: 'standard' | 'transposed';
}

/** NeuralSort: P[i, :] = softmax(((n + 1 - 2i)*s - A_s 1)/tau), rows i = 1..n (descending ranks). */
export function neuralSort(scores: tf.Tensor, temperature: number): tf.Tensor {
  return tf.tidy(() => {
    const n = scores.shape[scores.rank - 1]!;
    const column = tf.expandDims(scores, -1);
    const spread = tf.sum(tf.abs(tf.sub(column, tf.expandDims(scores, -2))), -1);
    const scaling = tf.reshape(tf.sub(n + 1, tf.mul(2, tf.range(1, n + 1))), [n, 1]);
    return tf.softmax(tf.div(tf.sub(tf.mul(scaling, tf.expandDims(scores, -2)), tf.expandDims(spread, -2)), temperature));
  });
}

function sinkhorn(matrix: tf.Tensor, iterations: number): tf.Tensor {
  return tf.tidy(() => {
    let current = matrix;
    for (let step = 0; step < iterations; step++) {
      current = tf.div(current, tf.maximum(tf.sum(current, -2, true), 1e-10));
      current = tf.div(current, tf.maximum(tf.sum(current, -1, true), 1e-10));
    }
    return current;
  });
}

/** yTrue: graded relevance [batch, n]; yPred: scores [batch, n]. Returns -NeuralNDCG@k. */
export const neuralNdcgLoss = defineLoss<NeuralNdcgOptions>('neuralNdcgLoss', { options: { ...REDUCTION_OPTIONS, temperature: true, k: true, sinkhornIterations: true, variant: true } }, (yTrue, yPred, options) => {
  const name = 'neuralNdcgLoss';
  checkSameShape(name, yTrue, yPred);
  if (yPred.rank !== 2) throw new Error(`${name}: expected scores of shape [batch, listSize], got rank ${yPred.rank}`);
  const temperature = options.temperature ?? 1;
  const n = yPred.shape[1]!;
  const k = options.k ?? n;
  const iterations = options.sinkhornIterations ?? 50;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  checkOption(name, 'k', k, (value) => Number.isInteger(value) && value >= 1 && value <= n, `an integer in [1, ${n}]`);
  const discounts = Array.from({ length: n }, (_, index) => (index < k ? 1 / Math.log2(index + 2) : 0));
  return tf.tidy(() => {
    const gains = tf.sub(tf.pow(2, yTrue), 1);
    const permutation = sinkhorn(neuralSort(yPred, temperature), iterations);
    const discount = tf.tensor1d(discounts);
    const dcg = options.variant === 'transposed'
      ? tf.sum(tf.mul(gains, tf.sum(tf.mul(permutation, tf.reshape(discount, [n, 1])), -2)), -1)
      : tf.sum(tf.mul(tf.squeeze(tf.matMul(permutation, tf.expandDims(gains, -1)), [-1]), discount), -1);
    const idealGains = tf.topk(gains, n).values;
    const ideal = tf.sum(tf.mul(idealGains, discount), -1);
    return reduce(name, tf.neg(tf.div(dcg, tf.maximum(ideal, 1e-10))), options);
  });
});

export function neuralNdcgReference(yTrue: Matrix, yPred: Matrix, options: NeuralNdcgOptions): number {
  const temperature = options.temperature ?? 1;
  const iterations = options.sinkhornIterations ?? 50;
  return mean(yPred.map((scores, row) => {
    const n = scores.length;
    const k = options.k ?? n;
    const spread = scores.map((a) => scores.reduce((total, b) => total + Math.abs(a - b), 0));
    let p = Array.from({ length: n }, (_, i) => {
      const logits = scores.map((s, j) => ((n + 1 - 2 * (i + 1)) * s - spread[j]!) / temperature);
      const maximum = Math.max(...logits);
      const exps = logits.map((value) => Math.exp(value - maximum));
      const total = exps.reduce((a, b) => a + b, 0);
      return exps.map((value) => value / total);
    });
    for (let step = 0; step < iterations; step++) {
      const columns = Array.from({ length: n }, (_, j) => Math.max(p.reduce((total, r) => total + r[j]!, 0), 1e-10));
      p = p.map((r) => r.map((value, j) => value / columns[j]!));
      p = p.map((r) => { const total = Math.max(r.reduce((a, b) => a + b, 0), 1e-10); return r.map((value) => value / total); });
    }
    const gains = yTrue[row]!.map((value) => 2 ** value - 1);
    const discount = (index: number) => (index < k ? 1 / Math.log2(index + 2) : 0);
    const dcg = options.variant === 'transposed'
      ? gains.reduce((total, gain, i) => total + gain * p.reduce((sum, r, j) => sum + r[i]! * discount(j), 0), 0)
      : p.reduce((total, r, j) => total + r.reduce((sum, value, i) => sum + value * gains[i]!, 0) * discount(j), 0);
    const ideal = [...gains].sort((a, b) => b - a).reduce((total, gain, index) => total + gain * discount(index), 0);
    return -dcg / Math.max(ideal, 1e-10);
  }));
}

/** Exact NDCG@k of the ordering by scores (the tau -> 0 limit). */
export function ndcgOfOrdering(relevance: readonly number[], scores: readonly number[], k = relevance.length): number {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score).map(({ index }) => index);
  const gain = (value: number) => 2 ** value - 1;
  const dcg = order.slice(0, k).reduce((total, index, position) => total + gain(relevance[index]!) / Math.log2(position + 2), 0);
  const ideal = [...relevance].sort((a, b) => b - a).slice(0, k).reduce((total, value, position) => total + gain(value) / Math.log2(position + 2), 0);
  return dcg / ideal;
}

const RELEVANCE: Matrix = [[3, 0, 1, 2, 0], [0, 2, 1, 0, 1]];
const SCORES: Matrix = [[0.4, -0.3, 1.1, 0.2, 0.7], [0.9, 0.1, -0.5, 0.3, 0.6]];

export const neuralNdcgEntry: LossEntry = {
  id: 'losses.neural-ndcg',
  kind: 'loss',
  names: ['neuralNdcgLoss', 'neuralSort', 'ndcgOfOrdering'],
  summary: 'NeuralNDCG: -NDCG@k under the NeuralSort relaxation of sorting, Sinkhorn-scaled; transposed variant.',
  cases: [
    { label: 'tau 1, standard', yTrue: RELEVANCE, yPred: SCORES, loss: neuralNdcgLoss(), reference: (t, p) => neuralNdcgReference(t, p, {}) },
    { label: 'tau 0.5, k = 3, transposed', yTrue: RELEVANCE, yPred: SCORES, loss: neuralNdcgLoss({ temperature: 0.5, k: 3, variant: 'transposed' }), reference: (t, p) => neuralNdcgReference(t, p, { temperature: 0.5, k: 3, variant: 'transposed' }) },
    {
      label: 'tau -> 0 gives exact NDCG of the score ordering',
      yTrue: RELEVANCE, yPred: SCORES, gradient: false,
      expected: -mean(RELEVANCE.map((relevance, row) => ndcgOfOrdering(relevance, SCORES[row]!))),
      loss: neuralNdcgLoss({ temperature: 1e-3 }), reference: (t, p) => neuralNdcgReference(t, p, { temperature: 1e-3 }),
    },
  ],
  badInputs: [
    { label: 'k beyond the list', run: () => neuralNdcgLoss(tf.ones([1, 3]), tf.ones([1, 3]), { k: 5 }), message: /neuralNdcgLoss: expected k an integer in \[1, 3\], got 5/ },
  ],
};
