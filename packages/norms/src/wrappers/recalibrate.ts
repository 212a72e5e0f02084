// Re-estimating BatchNorm statistics on data (after merging, pruning, quantising or folding
// weights, when the stored moving statistics no longer describe the activations).
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { batchNormAxis, batchNormLayers, weightNamed } from './model-surgery.js';

export interface RecalibrateOptions {
  /** Batch size when `data` is one tensor. Default 32. */
  readonly batchSize?: number;
}

/** One input tensor (split into batches), or a list of batches (a batch: a tensor, or one tensor per model input). */
export type RecalibrationData = Tensor | readonly (Tensor | readonly Tensor[])[];

function batchesOf(op: string, data: RecalibrationData, batchSize: number): Array<Tensor | Tensor[]> {
  if (data instanceof tf.Tensor) {
    const count = data.shape[0] ?? 0;
    if (count === 0) throw new Error(`${op}: expected data with at least one example, got shape [${data.shape.join(', ')}]`);
    return Array.from({ length: Math.ceil(count / batchSize) }, (_, index) => tf.slice(data, index * batchSize, Math.min(batchSize, count - index * batchSize)));
  }
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${op}: expected a tensor or a non-empty array of batches, got ${Array.isArray(data) ? 'an empty array' : typeof data} — pass the calibration inputs`);
  return data.map((batch) => (Array.isArray(batch) ? [...batch] : batch) as Tensor | Tensor[]);
}

/**
 * Recomputes the moving mean and variance of every BatchNorm layer of a model (tfjs
 * BatchNormalization and layerkit BatchNorm, nested models included) from data: per channel,
 * the mean and the biased variance over every example and position of all batches (pooled
 * exactly with Chan's merge, not a moving average). Layer by layer in order, each one measured
 * with the earlier ones already recalibrated and the model in inference mode — what the model
 * will see at inference (dropout off). Writes into the model; returns the per-layer statistics.
 */
export async function recalibrate(model: tfl.LayersModel, data: RecalibrationData, options: RecalibrateOptions = {}): Promise<Map<string, { mean: Float64Array; variance: Float64Array }>> {
  const op = 'recalibrate';
  rejectUnknownOptions(op, options, ['batchSize']);
  const { batchSize = 32 } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`${op}: expected batchSize to be a positive integer, got ${batchSize}`);
  if (!(model instanceof tfl.LayersModel)) throw new Error(`${op}: expected a tfjs LayersModel, got ${typeof model} — pass the model itself`);
  const layers = batchNormLayers(model);
  const batches = batchesOf(op, data, batchSize);
  const result = new Map<string, { mean: Float64Array; variance: Float64Array }>();
  try {
    for (const layer of layers) {
      let probe: tfl.LayersModel;
      try {
        probe = tfl.model({ inputs: model.inputs, outputs: layer.input as tfl.SymbolicTensor });
      } catch (error) {
        throw new Error(`${op}: cannot reach the input of ${layer.name} from the model's inputs (${(error as Error).message}) — a layer used more than once, or inside a nested model without its own inputs, is not supported`);
      }
      const rank = (layer.input as tfl.SymbolicTensor).shape.length;
      const axis = batchNormAxis(op, layer, rank);
      const others = Array.from({ length: rank }, (_, a) => a).filter((a) => a !== axis);
      let count = 0;
      let mean: Float64Array | null = null;
      let squares: Float64Array | null = null;
      for (const batch of batches) {
        const moments = tf.tidy(() => {
          const features = probe.predict(batch) as Tensor;
          const { mean: m, variance: v } = tf.moments(features, others);
          return { m: m.dataSync(), v: v.dataSync(), n: features.size / (features.shape[axis] as number) };
        });
        if (!mean || !squares) {
          mean = Float64Array.from(moments.m);
          squares = Float64Array.from(moments.v, (value) => value * moments.n);
          count = moments.n;
          continue;
        }
        // Chan et al.'s pairwise merge: exact pooled mean and sum of squared deviations.
        const total = count + moments.n;
        for (let c = 0; c < mean.length; c++) {
          const delta = moments.m[c] - mean[c];
          mean[c] += delta * moments.n / total;
          squares[c] += moments.v[c] * moments.n + delta * delta * count * moments.n / total;
        }
        count = total;
      }
      const variance = Float64Array.from(squares!, (value) => value / count);
      tf.tidy(() => {
        weightNamed(layer, 'moving_mean')!.write(tf.tensor1d(Float32Array.from(mean!)));
        weightNamed(layer, 'moving_variance')!.write(tf.tensor1d(Float32Array.from(variance)));
      });
      result.set(layer.name, { mean: mean!, variance });
    }
  } finally {
    if (data instanceof tf.Tensor) tf.dispose(batches as Tensor[]);
  }
  return result;
}
