/**
 * Post-merge re-normalisation (merge.rebasin-renormalize): REPAIR-style correction of the
 * per-channel statistics of an interpolated model on calibration data. "Rethinking Model Re-Basin
 * and Linear Mode Connectivity" (reference: XingyuQu/rethink-re-basin, connect.py repair /
 * RescaleLayer / ReshiftLayer, checked by the catalog). Correction points are Dense layers'
 * pre-activation outputs; the correction is folded into their kernel and bias. resetBN
 * re-estimates BatchNormalization moving statistics instead. Limits: Dense correction points only
 * (Conv layers are left as they are).
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { modelToArtifacts } from './weight-map.js';

export interface RenormalizeOptions {
  /** The two aligned endpoints; the merged model is (1 − lambda)·a + lambda·b, or `merged` when given. */
  readonly endpoints: readonly [tfl.LayersModel, tfl.LayersModel];
  readonly lambda?: number;
  /** A merged model of the same architecture to correct instead of the interpolation (not modified). */
  readonly merged?: tfl.LayersModel;
  /** Calibration batches (each a model input). */
  readonly data: readonly tf.Tensor[];
  /** Scale channels to the target std (default true; the part the paper finds crucial). */
  readonly rescale?: boolean;
  /** Shift channels to the target mean (default false; with rescale this is REPAIR). */
  readonly reshift?: boolean;
  /** Re-estimate BatchNormalization moving statistics on the data instead (default false). */
  readonly resetBN?: boolean;
  readonly eps?: number;
  /** Correction points by layer name (default: every Dense layer but the model's output layer). */
  readonly layers?: readonly string[];
}

/** Per-channel statistics as the reference keeps them: batch-averaged mean and unbiased variance. */
function batchAveragedMoments(features: readonly tf.Tensor[]): { mean: Float64Array; variance: Float64Array } {
  const units = features[0]!.shape[features[0]!.shape.length - 1]!;
  const mean = new Float64Array(units); const variance = new Float64Array(units);
  for (const batch of features) {
    const values = batch.dataSync();
    const rows = values.length / units;
    if (rows < 2) throw new Error(`renormalize: expected calibration batches of at least 2 samples, got ${rows} — unbiased variances need two`);
    const batchMean = new Float64Array(units);
    for (let row = 0; row < rows; row++) for (let unit = 0; unit < units; unit++) batchMean[unit] += values[row * units + unit]! / rows;
    for (let unit = 0; unit < units; unit++) {
      let sum = 0;
      for (let row = 0; row < rows; row++) sum += (values[row * units + unit]! - batchMean[unit]!) ** 2;
      mean[unit] += batchMean[unit]! / features.length;
      variance[unit] += sum / (rows - 1) / features.length;
    }
  }
  return { mean, variance };
}

/** The pre-activation output x·K + b of a Dense layer on every batch. */
function preActivations(model: tfl.LayersModel, layer: tfl.layers.Layer, data: readonly tf.Tensor[]): tf.Tensor[] {
  const probe = tfl.model({ inputs: model.inputs, outputs: layer.input as tfl.SymbolicTensor });
  const [kernel, bias] = layer.getWeights();
  return data.map((batch) => tf.tidy(() => {
    const input = probe.predict(batch) as tf.Tensor;
    const flat = tf.reshape(input, [-1, kernel!.shape[0]!]) as tf.Tensor2D;
    const output = tf.matMul(flat, kernel as tf.Tensor2D);
    return bias ? tf.add(output, bias) : output;
  }));
}

async function cloneModel(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  return tfl.loadLayersModel(tf.io.fromMemory(await modelToArtifacts(model)));
}

/** Returns a corrected copy of the merged model; the inputs are not modified. */
export async function renormalizeMerged(options: RenormalizeOptions): Promise<tfl.LayersModel> {
  const lambda = options.lambda ?? 0.5;
  const eps = options.eps ?? 1e-5;
  const rescale = options.rescale ?? true;
  const reshift = options.reshift ?? false;
  if (!(lambda >= 0 && lambda <= 1)) throw new Error(`renormalize: expected lambda in [0, 1], got ${lambda} — it is the interpolation position between the endpoints`);
  if (!(eps >= 0)) throw new Error(`renormalize: expected eps ≥ 0, got ${eps} — use the reference 1e-5`);
  if (options.data.length === 0) throw new Error('renormalize: expected calibration batches, got none — pass data');
  const [a, b] = options.endpoints;
  const merged = await cloneModel(options.merged ?? a);
  if (!options.merged) {
    const weightsB = b.getWeights();
    merged.setWeights(a.getWeights().map((tensor, index) => tf.tidy(() => tf.add(tf.mul(tensor, 1 - lambda), tf.mul(weightsB[index]!, lambda)))));
  }
  if (options.resetBN) {
    // Reference bn_calibration_init: cumulative average of per-batch mean and unbiased variance.
    for (const layer of merged.layers.filter((candidate) => candidate.getClassName() === 'BatchNormalization')) {
      const probe = tfl.model({ inputs: merged.inputs, outputs: layer.input as tfl.SymbolicTensor });
      const features = options.data.map((batch) => probe.predict(batch) as tf.Tensor);
      const { mean, variance } = batchAveragedMoments(features.map((tensor) => tf.reshape(tensor, [-1, tensor.shape[tensor.shape.length - 1]!])));
      tf.dispose(features);
      layer.setWeights(layer.weights.map((weight) => {
        if (weight.originalName.endsWith('moving_mean')) return tf.tensor1d(Float32Array.from(mean));
        if (weight.originalName.endsWith('moving_variance')) return tf.tensor1d(Float32Array.from(variance));
        return weight.read();
      }));
    }
    return merged;
  }
  if (!rescale && !reshift) return merged;
  const outputLayers = new Set(merged.outputs.map((output) => output.sourceLayer.name));
  const names = options.layers ?? merged.layers.filter((layer) => layer.getClassName() === 'Dense' && !outputLayers.has(layer.name)).map((layer) => layer.name);
  // Forward order, so each point is measured with the earlier corrections already folded in.
  for (const layer of merged.layers.filter((candidate) => names.includes(candidate.name))) {
    if (layer.getClassName() !== 'Dense') {
      throw new Error(`renormalize: expected correction points to be Dense layers, got '${layer.name}' of class ${layer.getClassName()} — list Dense layers only`);
    }
    const endpointStatistics = [a, b].map((model) => {
      const features = preActivations(model, model.getLayer(layer.name), options.data);
      const moments = batchAveragedMoments(features);
      tf.dispose(features);
      return moments;
    });
    const features = preActivations(merged, layer, options.data);
    const own = batchAveragedMoments(features);
    tf.dispose(features);
    const units = own.mean.length;
    const [kernel, bias] = layer.getWeights();
    const gain = new Float64Array(units).fill(1);
    const offset = new Float64Array(units);
    for (let unit = 0; unit < units; unit++) {
      const targetMean = (1 - lambda) * endpointStatistics[0]!.mean[unit]! + lambda * endpointStatistics[1]!.mean[unit]!;
      const targetStd = (1 - lambda) * Math.sqrt(endpointStatistics[0]!.variance[unit]!) + lambda * Math.sqrt(endpointStatistics[1]!.variance[unit]!);
      if (rescale) gain[unit] = targetStd / Math.sqrt(own.variance[unit]! + eps);
      // y = g·(x − μ_M) + μ* (REPAIR), x − μ_M + μ* (reshift), g·x (rescale); x = input·K + b.
      offset[unit] = reshift ? targetMean - gain[unit]! * own.mean[unit]! : 0;
    }
    const kernelValues = kernel!.dataSync();
    const scaledKernel = new Float32Array(kernelValues.length);
    for (let index = 0; index < kernelValues.length; index++) scaledKernel[index] = kernelValues[index]! * gain[index % units]!;
    const biasValues = bias ? bias.dataSync() : new Float32Array(units);
    const newBias = Float32Array.from({ length: units }, (_, unit) => gain[unit]! * biasValues[unit]! + offset[unit]!);
    if (!bias && reshift) {
      throw new Error(`renormalize: expected Dense layer '${layer.name}' to have a bias for reshift, got useBias: false — enable the bias or use rescale only`);
    }
    layer.setWeights(bias ? [tf.tensor(scaledKernel, kernel!.shape), tf.tensor1d(newBias)] : [tf.tensor(scaledKernel, kernel!.shape)]);
  }
  return merged;
}
