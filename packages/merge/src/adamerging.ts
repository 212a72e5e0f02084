/**
 * AdaMerging (merge.adamerging): "AdaMerging: Adaptive Model Merging for Multi-Task Learning".
 * Learns the task-arithmetic coefficients, one per task ('task') or one per task and parameter
 * tensor ('layer', as the reference: kernels and biases each get their own), by minimising the
 * Shannon entropy of the merged model's predictions on unlabeled test inputs with Adam; λ is
 * clipped to clipRange inside the forward pass (merge.functional-merge). Limits: AdaMerging++
 * (TIES-processed task vectors) is not included; models as supported by functionalMerge.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { FunctionalMerge } from './functional-merge.js';
import { seededRandom } from './tensor-math.js';

export interface AdaMergingStep {
  readonly step: number;
  /** The entropy objective of this step's mini-batches, before the update. */
  readonly loss: number;
  /** The clipped coefficients after the update, [tasks][groups]. */
  readonly lambda: number[][];
}

export interface AdaMergingOptions {
  readonly base: tfl.LayersModel;
  readonly models: readonly tfl.LayersModel[];
  /** Unlabeled test inputs, one tensor per task (rows are examples); one tensor is shared by every task. */
  readonly data: readonly tf.Tensor[];
  /** Per task: maps the merged model's output to that task's logits (frozen head); default: the output itself. */
  readonly heads?: readonly ((output: tf.Tensor) => tf.Tensor)[] | null;
  /** 'layer' (default): one coefficient per task and parameter tensor; 'task': one per task. */
  readonly granularity?: 'layer' | 'task';
  readonly lambdaInit?: number;
  readonly learningRate?: number;
  readonly steps?: number;
  readonly batchSize?: number;
  readonly batchesPerStep?: number;
  readonly clipRange?: readonly [number, number];
  /** Seed of the mini-batch order. */
  readonly seed?: number;
  readonly onStep?: (progress: AdaMergingStep) => void;
}

export interface AdaMergingResult {
  /** The merged weights θ₀ + Σ clip(λ)·τ, by weight name (the caller disposes them). */
  readonly weights: tf.NamedTensorMap;
  /** Final clipped coefficients, [tasks][groups]. */
  readonly lambda: number[][];
  readonly groups: readonly string[];
  readonly history: readonly AdaMergingStep[];
}

/** Mean over rows of H(softmax(logits)) = −Σ_c p_c·log p_c, with log p from logSoftmax (stable). */
export function predictionEntropy(logits: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const logProbabilities = tf.logSoftmax(logits);
    return tf.mean(tf.neg(tf.sum(tf.mul(tf.exp(logProbabilities), logProbabilities), -1)));
  });
}

/** Shuffled mini-batches without replacement within an epoch, reshuffled each epoch (like a shuffling data loader). */
export function batchSampler(rows: number, batchSize: number, random: () => number): () => number[] {
  let order: number[] = [];
  return () => {
    const batch: number[] = [];
    while (batch.length < Math.min(batchSize, rows)) {
      if (order.length === 0) {
        order = [...Array(rows).keys()];
        for (let index = rows - 1; index > 0; index--) {
          const other = Math.floor(random() * (index + 1));
          [order[index], order[other]] = [order[other]!, order[index]!];
        }
      }
      batch.push(order.pop()!);
    }
    return batch;
  };
}

export function adaMerging(options: AdaMergingOptions): AdaMergingResult {
  const {
    base, models, data, heads = null, granularity = 'layer', lambdaInit = 0.3, learningRate = 1e-3, steps = 500,
    batchSize = 16, batchesPerStep = 2, clipRange = [0, 1], seed = 0, onStep,
  } = options;
  if (granularity !== 'layer' && granularity !== 'task') {
    throw new Error(`adaMerging: expected granularity 'layer' or 'task', got '${String(granularity)}' — pick one`);
  }
  if (data.length !== 1 && data.length !== models.length) {
    throw new Error(`adaMerging: expected one data tensor per task (${models.length}) or one shared, got ${data.length} — pass data: [inputsOfTask0, …]`);
  }
  if (heads && heads.length !== models.length) {
    throw new Error(`adaMerging: expected one head per task (${models.length}), got ${heads.length} — pass heads for every task or none`);
  }
  // The catalog's 'layer' is one coefficient per parameter tensor: functionalMerge's 'tensor'.
  const merged = new FunctionalMerge({ base, models, granularity: granularity === 'layer' ? 'tensor' : 'task', lambda: lambdaInit, clip: clipRange });
  const optimizer = tf.train.adam(learningRate, 0.9, 0.999);
  const samplers = models.map((_, task) => batchSampler(data[data.length === 1 ? 0 : task]!.shape[0]!, batchSize, seededRandom(seed, 'adamerging', task)));
  const history: AdaMergingStep[] = [];
  try {
    for (let step = 0; step < steps; step++) {
      const batches = models.map((_, task) => Array.from({ length: batchesPerStep }, () => samplers[task]!()));
      const loss = optimizer.minimize(() => {
        let total = tf.scalar(0);
        batches.forEach((taskBatches, task) => {
          for (const rows of taskBatches) {
            const inputs = tf.gather(data[data.length === 1 ? 0 : task]!, rows);
            const output = merged.apply(inputs, { logits: true });
            total = tf.add(total, predictionEntropy(heads ? heads[task]!(output) : output));
          }
        });
        return total as tf.Scalar;
      }, true, [merged.lambda])!;
      const lambda = tf.tidy(() => merged.effectiveLambda().arraySync());
      const entry = { step, loss: loss.dataSync()[0]!, lambda };
      loss.dispose();
      history.push(entry);
      onStep?.(entry);
    }
    const lambda = tf.tidy(() => merged.effectiveLambda().arraySync());
    return { weights: tf.tidy(() => merged.weights()), lambda, groups: merged.groups, history };
  } finally {
    optimizer.dispose();
    merged.dispose();
  }
}
