/**
 * Linear interpolation and loss barriers (merge.loss-barrier). "Git Re-Basin: Merging Models
 * modulo Permutation Symmetries" and "Landscaping Linear Mode Connectivity": the barrier is the
 * largest gap between the loss along the straight path and the straight line between the ends.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadLayersModel, type LayersModel } from '@tensorflow/tfjs-layers';
import { modelToArtifacts } from './weight-map.js';

/** (1 − t)·a + t·b per tensor, optionally only for tensors `include` accepts (the rest from a). */
export function interpolateWeights(
  a: tf.NamedTensorMap, b: tf.NamedTensorMap, t: number, include: (name: string) => boolean = () => true,
): tf.NamedTensorMap {
  const result: tf.NamedTensorMap = {};
  for (const [name, tensor] of Object.entries(a)) {
    const other = b[name];
    if (!other || !tf.util.arraysEqual(other.shape, tensor.shape)) {
      throw new Error(`interpolateWeights: expected tensor '${name}' with shape [${tensor.shape}] in both maps, got ${other ? `[${other.shape}]` : 'none'} — interpolate models of one architecture`);
    }
    result[name] = include(name) ? tf.tidy(() => tf.add(tf.mul(tensor, 1 - t), tf.mul(other, t))) : tensor.clone();
  }
  return result;
}

export interface LossBarrierOptions {
  readonly a: tf.NamedTensorMap;
  readonly b: tf.NamedTensorMap;
  /** Loss of a weight map (lower is better); it must not dispose the map. */
  readonly loss: (weights: tf.NamedTensorMap) => number | Promise<number>;
  /** Grid points including both ends (default 11). */
  readonly steps?: number;
  /** Interpolate only these tensors (layer-wise barrier); the rest stay at a. */
  readonly include?: (name: string) => boolean;
}

export interface LossBarrierResult {
  readonly t: readonly number[];
  readonly losses: readonly number[];
  /** max over t of loss(t) − ((1 − t)·loss(0) + t·loss(1)). */
  readonly barrier: number;
}

export async function lossBarrier(options: LossBarrierOptions): Promise<LossBarrierResult> {
  const steps = options.steps ?? 11;
  if (!Number.isInteger(steps) || steps < 2) {
    throw new Error(`lossBarrier: expected steps to be an integer ≥ 2, got ${steps} — use at least both ends`);
  }
  const t: number[] = [];
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    const position = step / (steps - 1);
    const weights = interpolateWeights(options.a, options.b, position, options.include);
    try {
      losses.push(await options.loss(weights));
    } finally {
      for (const tensor of Object.values(weights)) tensor.dispose();
    }
    t.push(position);
  }
  const first = losses[0]!;
  const last = losses[losses.length - 1]!;
  let barrier = -Infinity;
  t.forEach((position, index) => { barrier = Math.max(barrier, losses[index]! - ((1 - position) * first + position * last)); });
  return { t, losses, barrier };
}

export interface ModelLossBarrierOptions {
  readonly a: LayersModel;
  readonly b: LayersModel;
  /** Loss of a model (lower is better); called with one scratch model whose weights change per t. */
  readonly loss: (model: LayersModel) => number | Promise<number>;
  readonly steps?: number;
  /** Interpolate only these weights (by saved name, e.g. 'dense_1/kernel'); the rest stay at a. */
  readonly include?: (name: string) => boolean;
}

/** The interpolation curve and loss barrier between two LayersModels of one architecture. */
export async function modelLossBarrier(options: ModelLossBarrierOptions): Promise<LossBarrierResult> {
  const named = (model: LayersModel) => Object.fromEntries(model.weights.map((weight) => [weight.originalName, weight.read()]));
  const scratch = await loadLayersModel(tf.io.fromMemory(await modelToArtifacts(options.a)));
  try {
    return await lossBarrier({
      a: named(options.a),
      b: named(options.b),
      steps: options.steps,
      include: options.include,
      loss: async (weights) => {
        scratch.setWeights(scratch.weights.map((weight) => weights[weight.originalName]!));
        return options.loss(scratch);
      },
    });
  } finally {
    scratch.dispose();
  }
}
