// Signal-propagation plots ("Characterizing signal propagation to close the performance gap in
// unnormalized ResNets", Brock et al.): for one batch, per layer, the average over channels of the
// squared channel mean and of the channel variance of its output (channels on the last axis,
// statistics over every other axis). Plotted against depth they show a network that explodes,
// vanishes or drifts at initialisation; for a residual branch, pass the layer that ends it to get
// the branch's variance.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkOptionNames, describe } from '../options.js';

export interface SignalPropagationOptions {
  /** Layer names to measure, in order; default every layer with an output. */
  layers?: string[];
}

export interface SignalStatistics {
  readonly layer: string;
  /** mean over channels of (channel mean)². */
  readonly averageSquaredMean: number;
  /** mean over channels of the channel variance. */
  readonly averageVariance: number;
}

/** Channel statistics of one activation tensor. */
export function channelStatistics(activations: tf.Tensor): { averageSquaredMean: number; averageVariance: number } {
  if (!(activations instanceof tf.Tensor) || activations.rank < 2) {
    throw new Error(`channelStatistics: expected activations [batch, ..., channels], got ${activations instanceof tf.Tensor ? `rank ${activations.rank}` : describe(activations)}`);
  }
  const values = tf.tidy(() => {
    const rows = tf.reshape(activations, [-1, activations.shape[activations.rank - 1]!]);
    const { mean, variance } = tf.moments(rows, 0);
    return tf.stack([tf.mean(tf.square(mean)), tf.mean(variance)]);
  });
  const [averageSquaredMean, averageVariance] = Array.from(values.dataSync());
  values.dispose();
  return { averageSquaredMean: averageSquaredMean!, averageVariance: averageVariance! };
}

/** Runs `x` through `model` (inference mode) and returns the statistics of every measured layer. */
export function signalPropagation(model: tfl.LayersModel, x: tf.Tensor | tf.Tensor[], options: SignalPropagationOptions = {}): SignalStatistics[] {
  const where = 'signalPropagation';
  checkOptionNames(where, options, ['layers']);
  if (!(model instanceof tfl.LayersModel)) throw new Error(`${where}: expected a tf.LayersModel, got ${describe(model)}`);
  const layers = options.layers != null ? options.layers.map((name) => model.getLayer(name)) : model.layers.filter((layer) => layer.getClassName() !== 'InputLayer');
  const probe = tfl.model({ inputs: model.inputs, outputs: layers.map((layer) => layer.output as tfl.SymbolicTensor) });
  const outputs = probe.predict(x) as tf.Tensor | tf.Tensor[];
  const list = Array.isArray(outputs) ? outputs : [outputs];
  try {
    return layers.map((layer, index) => ({ layer: layer.name, ...channelStatistics(list[index]!) }));
  } finally {
    tf.dispose(list);
  }
}
