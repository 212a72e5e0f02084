/**
 * Greedy soup selection (merge.greedy-soup). "Model soups: averaging weights of multiple
 * fine-tuned models improves accuracy without increasing inference time": sort ingredients by
 * their held-out score, start from the best, add each next one if the soup's score does not drop.
 */
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { mergeModels, mergeWeights } from './merge.js';

export interface GreedySoupOptions<T> {
  readonly ingredients: readonly T[];
  /** Held-out metric, higher is better (accuracy; pass −loss for a loss). */
  readonly evaluate: (candidate: T) => number | Promise<number>;
  /** Scores of the single ingredients when already known; saves N evaluations. */
  readonly scores?: readonly number[];
}

export interface GreedySoupResult<T> {
  readonly soup: T;
  /** Indices (into `ingredients`) of the kept ingredients, in the order they were added. */
  readonly kept: readonly number[];
  readonly score: number;
  /** Number of evaluate() calls made. */
  readonly evaluations: number;
}

async function greedy<T>(
  options: GreedySoupOptions<T>, average: (members: readonly T[]) => Promise<T>, dispose: (candidate: T) => void,
): Promise<GreedySoupResult<T>> {
  const { ingredients, evaluate } = options;
  if (ingredients.length === 0) throw new Error('greedySoup: expected at least one ingredient, got none — pass the fine-tuned models');
  if (options.scores && options.scores.length !== ingredients.length) {
    throw new Error(`greedySoup: expected one score per ingredient (${ingredients.length}), got ${options.scores.length} — pass matching scores or none`);
  }
  let evaluations = 0;
  const scores: number[] = [];
  for (let index = 0; index < ingredients.length; index++) {
    if (options.scores) scores.push(options.scores[index]!);
    else { scores.push(await evaluate(ingredients[index]!)); evaluations++; }
  }
  // Stable order: ties keep the input order, so the result does not depend on sort internals.
  const order = ingredients.map((_, index) => index).sort((left, right) => scores[right]! - scores[left]! || left - right);
  const kept = [order[0]!];
  let bestScore = scores[order[0]!]!;
  let soup: T | null = null;
  for (const candidate of order.slice(1)) {
    const trial = await average([...kept, candidate].map((index) => ingredients[index]!));
    const score = await evaluate(trial);
    evaluations++;
    if (score >= bestScore) {
      if (soup !== null) dispose(soup);
      soup = trial;
      kept.push(candidate);
      bestScore = score;
    } else {
      dispose(trial);
    }
  }
  return { soup: soup ?? (await average([ingredients[order[0]!]!])), kept, score: bestScore, evaluations };
}

/** Greedy soup over weight maps (the result is a new map; dispose it). */
export function greedySoupWeights(options: GreedySoupOptions<tf.NamedTensorMap>): Promise<GreedySoupResult<tf.NamedTensorMap>> {
  return greedy(
    options,
    async (members) => (await mergeWeights({ method: 'linear', models: [...members] })).result,
    (map) => { for (const tensor of Object.values(map)) tensor.dispose(); },
  );
}

/** Greedy soup over LayersModels (the result is a new model with the first ingredient's topology). */
export function greedySoupModels(options: GreedySoupOptions<LayersModel>): Promise<GreedySoupResult<LayersModel>> {
  return greedy(
    options,
    async (members) => (await mergeModels({ method: 'linear', models: [...members] })).result,
    (model) => model.dispose(),
  );
}
