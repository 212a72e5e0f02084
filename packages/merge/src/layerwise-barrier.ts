/**
 * Layer-wise barrier sweep (merge.layerwise-average): for each layer, the loss barrier of
 * interpolating only that layer between A and B (the rest stays at A), reusing `lossBarrier`.
 * "Layer-wise Linear Mode Connectivity".
 */
import type * as tf from '@tensorflow/tfjs-core';
import { lossBarrier, type LossBarrierResult } from './loss-barrier.js';
import { inLayerGroup, layerOfTensor } from './methods/layerwise-average.js';

export interface LayerwiseBarrierOptions {
  readonly a: tf.NamedTensorMap;
  readonly b: tf.NamedTensorMap;
  /** Loss of a weight map (lower is better); it must not dispose the map. */
  readonly loss: (weights: tf.NamedTensorMap) => number | Promise<number>;
  /** Layer groups to sweep, each a comma-separated list of layer names (default: every layer alone, in map order). */
  readonly groups?: readonly string[];
  /** Grid points including both ends (default 11). */
  readonly steps?: number;
}

export interface LayerwiseBarrierEntry extends LossBarrierResult {
  readonly layers: string;
}

/** One interpolation curve and barrier per layer group, in sweep order. */
export async function layerwiseBarrierSweep(options: LayerwiseBarrierOptions): Promise<LayerwiseBarrierEntry[]> {
  const groups = options.groups ?? [...new Set(Object.keys(options.a).map(layerOfTensor))];
  const results: LayerwiseBarrierEntry[] = [];
  for (const layers of groups) {
    if (!Object.keys(options.a).some((name) => inLayerGroup(name, layers))) {
      throw new Error(`layerwiseBarrierSweep: expected layer group '${layers}' to name layers of the weight map, got none of its tensors — use names like '${layerOfTensor(Object.keys(options.a)[0] ?? 'dense/kernel')}'`);
    }
    const result = await lossBarrier({ a: options.a, b: options.b, loss: options.loss, steps: options.steps, include: (name) => inLayerGroup(name, layers) });
    results.push({ layers, ...result });
  }
  return results;
}
