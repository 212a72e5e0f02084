// Loss-landscape slices ("Visualizing the Loss Landscape of Neural Nets", Li et al.): a Gaussian
// direction d is filter-normalised — for every filter (the fan-in slice of one output unit, the
// last axis of a tfjs kernel) d_f ← d_f/‖d_f‖·‖θ_f‖ — with zero direction for biases and
// normalisation parameters (rank ≤ 1, the authors' 'biasbn' choice); the loss is then evaluated at
// θ + a·δ (1-D) or θ + a·δ + b·η (2-D) over a grid, or along θ(t) = (1 − t)·θ_A + t·θ_B. The model's
// weights are restored afterwards. `landscapeSvg` draws a result as a line or a heat map.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';

export interface LossLandscapeOptions {
  /** Grid points per axis. Default 21. */
  resolution?: number;
  /** [from, to] of the step sizes a (and b). Default [-1, 1]. */
  range?: [number, number];
  /** Seed of the directions. Default 0. */
  seed?: number;
  /** 1 (a line) or 2 (a surface). Default 1. */
  dimensions?: 1 | 2;
}

export interface LossLandscape {
  readonly coordinates: number[];
  /** losses[i] (1-D) or losses[i][j] at a = coordinates[i], b = coordinates[j] (2-D). */
  readonly losses: number[] | number[][];
}

/** A filter-normalised random direction for `weights` (one tensor per weight). */
export function filterNormalizedDirection(weights: readonly tf.Tensor[], seed: number): tf.Tensor[] {
  return weights.map((weight, index) => tf.tidy(() => {
    if (weight.rank <= 1) return tf.zerosLike(weight);
    const direction = tf.randomNormal(weight.shape, 0, 1, 'float32', seed * 7919 + index);
    const axes = Array.from({ length: weight.rank - 1 }, (_, axis) => axis);
    const directionNorms = tf.sqrt(tf.sum(tf.square(direction), axes, true));
    const weightNorms = tf.sqrt(tf.sum(tf.square(weight), axes, true));
    return tf.mul(direction, tf.div(weightNorms, tf.add(directionNorms, 1e-10)));
  }));
}

function evaluateLoss(model: tfl.LayersModel, x: tf.Tensor | tf.Tensor[], y: tf.Tensor | tf.Tensor[]): number {
  const result = model.evaluate(x, y, { batchSize: (Array.isArray(x) ? x[0]! : x).shape[0]! }) as tf.Scalar | tf.Scalar[];
  const list = Array.isArray(result) ? result : [result];
  const value = list[0]!.dataSync()[0]!;
  tf.dispose(list);
  return value;
}

function requireCompiled(where: string, model: tfl.LayersModel): void {
  if (!(model instanceof tfl.LayersModel)) throw new Error(`${where}: expected a compiled tf.LayersModel, got ${describe(model)}`);
  if ((model as { optimizer?: unknown }).optimizer == null && (model as unknown as { loss?: unknown }).loss == null) {
    throw new Error(`${where}: the model is not compiled — compile it with the loss to plot`);
  }
}

/** The loss along one or two filter-normalised random directions around the current weights. */
export function lossLandscape(model: tfl.LayersModel, x: tf.Tensor | tf.Tensor[], y: tf.Tensor | tf.Tensor[], options: LossLandscapeOptions = {}): LossLandscape {
  const where = 'lossLandscape';
  checkOptionNames(where, options, ['resolution', 'range', 'seed', 'dimensions']);
  requireCompiled(where, model);
  const resolution = checkNumber(where, 'resolution', options.resolution, 21, { min: 2, integer: true });
  const range = options.range ?? [-1, 1];
  if (!Array.isArray(range) || range.length !== 2 || !(range[0] < range[1])) throw new Error(`${where}: expected range [from, to] with from < to, got ${describe(range)}`);
  const seed = checkNumber(where, 'seed', options.seed, 0, { integer: true });
  const dimensions = checkChoice(where, 'dimensions', String(options.dimensions ?? 1), '1', ['1', '2'] as const);
  const coordinates = Array.from({ length: resolution }, (_, index) => range[0] + ((range[1] - range[0]) * index) / (resolution - 1));
  // getWeights returns the live variables: copy them before moving the model.
  const original = model.getWeights().map((weight) => tf.clone(weight));
  const first = filterNormalizedDirection(original, seed);
  const second = dimensions === '2' ? filterNormalizedDirection(original, seed + 1) : null;
  const at = (a: number, b: number) => {
    const moved = original.map((weight, index) => tf.tidy(() => {
      const step = tf.add(weight, tf.mul(first[index]!, a));
      return second == null ? step : tf.add(step, tf.mul(second[index]!, b));
    }));
    model.setWeights(moved);
    tf.dispose(moved);
    return evaluateLoss(model, x, y);
  };
  try {
    const losses = second == null ? coordinates.map((a) => at(a, 0)) : coordinates.map((a) => coordinates.map((b) => at(a, b)));
    return { coordinates, losses };
  } finally {
    model.setWeights(original);
    tf.dispose([...original, ...first, ...(second ?? [])]);
  }
}

/** The loss along θ(t) = (1 − t)·θ_A + t·θ_B for `resolution` values of t in `range` (default [0, 1]). */
export function interpolationLosses(model: tfl.LayersModel, weightsA: tf.Tensor[], weightsB: tf.Tensor[], x: tf.Tensor | tf.Tensor[], y: tf.Tensor | tf.Tensor[], options: { resolution?: number; range?: [number, number] } = {}): LossLandscape {
  const where = 'interpolationLosses';
  checkOptionNames(where, options, ['resolution', 'range']);
  requireCompiled(where, model);
  if (weightsA.length !== weightsB.length || weightsA.some((weight, index) => weight.shape.join() !== weightsB[index]!.shape.join())) {
    throw new Error(`${where}: expected two weight lists of the same shapes (model.getWeights() of two runs), got ${weightsA.length} and ${weightsB.length} tensors`);
  }
  const resolution = checkNumber(where, 'resolution', options.resolution, 21, { min: 2, integer: true });
  const range = options.range ?? [0, 1];
  const coordinates = Array.from({ length: resolution }, (_, index) => range[0] + ((range[1] - range[0]) * index) / (resolution - 1));
  // Copies: either list may be the model's own live variables (model.getWeights()).
  const [original, a, b] = [model.getWeights(), weightsA, weightsB].map((list) => list.map((weight) => tf.clone(weight)));
  try {
    const losses = coordinates.map((t) => {
      const mixed = a!.map((weight, index) => tf.tidy(() => tf.add(tf.mul(weight, 1 - t), tf.mul(b![index]!, t))));
      model.setWeights(mixed);
      tf.dispose(mixed);
      return evaluateLoss(model, x, y);
    });
    return { coordinates, losses };
  } finally {
    model.setWeights(original!);
    tf.dispose([...original!, ...a!, ...b!]);
  }
}

/** An SVG drawing of a landscape: a line for 1-D results, a heat map (darker = lower) for 2-D. */
export function landscapeSvg(landscape: LossLandscape, options: { width?: number; height?: number } = {}): string {
  const width = checkNumber('landscapeSvg', 'width', options.width, 400, { min: 10 });
  const height = checkNumber('landscapeSvg', 'height', options.height, 300, { min: 10 });
  const { coordinates, losses } = landscape;
  const flat = (losses as Array<number | number[]>).flat().filter(Number.isFinite);
  const low = Math.min(...flat);
  const high = Math.max(...flat);
  const scale = (value: number) => (high === low ? 0.5 : (value - low) / (high - low));
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`];
  if (typeof losses[0] === 'number') {
    const points = (losses as number[]).map((value, index) => `${((index / (coordinates.length - 1)) * width).toFixed(2)},${((1 - scale(value)) * height).toFixed(2)}`);
    parts.push(`<polyline fill="none" stroke="black" stroke-width="1.5" points="${points.join(' ')}"/>`);
  } else {
    const cellWidth = width / coordinates.length;
    const cellHeight = height / coordinates.length;
    (losses as number[][]).forEach((row, i) => row.forEach((value, j) => {
      const shade = Math.round(255 * scale(value));
      parts.push(`<rect x="${(i * cellWidth).toFixed(2)}" y="${(height - (j + 1) * cellHeight).toFixed(2)}" width="${cellWidth.toFixed(2)}" height="${cellHeight.toFixed(2)}" fill="rgb(${shade},${shade},${shade})"/>`);
    }));
  }
  parts.push('</svg>');
  return parts.join('');
}
