// BatchNorm folding for inference export: a BatchNorm right after a Dense or Conv (linear
// activation) becomes part of that layer's kernel and bias: K' = K·s, b' = (b − μ)·s + β,
// s = γ/√(σ² + ε) per channel, with the moving statistics.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { batchNormAxis, BATCH_NORM_CLASSES, layerName, rebuild, topologyOf, weightNamed, type LayerJson } from './model-surgery.js';

const LINEAR_CLASSES = ['Dense', 'Conv1D', 'Conv2D', 'Conv3D'];

/** The channel axis of a Dense/Conv layer's output. */
function outputChannelAxis(layer: tfl.layers.Layer, rank: number): number {
  return layer.getClassName() !== 'Dense' && layer.getConfig().dataFormat === 'channelsFirst' ? 1 : rank - 1;
}

/**
 * The kernel and bias of `linear` with `bn` (its only consumer, in inference mode) folded in.
 * linear: a built Dense or Conv1D/2D/3D; bn: a tfjs BatchNormalization or a layerkit BatchNorm
 * on that layer's channel axis. New tensors, owned by the caller.
 */
export function foldBatchNormWeights(linear: tfl.layers.Layer, bn: tfl.layers.Layer): { kernel: Tensor; bias: Tensor } {
  const op = 'foldBatchNormWeights';
  if (!LINEAR_CLASSES.includes(linear.getClassName())) throw new Error(`${op}: expected a ${LINEAR_CLASSES.join(', ')} layer, got ${linear.getClassName()} — only a kernel with the channels on its last axis folds`);
  if (!BATCH_NORM_CLASSES.includes(bn.getClassName())) throw new Error(`${op}: expected a BatchNormalization or BatchNorm layer, got ${bn.getClassName()}`);
  const kernel = weightNamed(linear, 'kernel');
  const movingMean = weightNamed(bn, 'moving_mean');
  const movingVariance = weightNamed(bn, 'moving_variance');
  if (!kernel || !movingMean || !movingVariance) throw new Error(`${op}: expected built layers, got ${linear.name} or ${bn.name} without weights — build the model (or call it once) first`);
  const activation = linear.getConfig().activation;
  if (activation !== 'linear') throw new Error(`${op}: expected ${linear.name} to have a linear activation, got '${String(activation)}' — a BatchNorm after a nonlinearity does not fold into the kernel`);
  const rank = (linear.outputShape as number[]).length;
  if (batchNormAxis(op, bn, rank) !== outputChannelAxis(linear, rank)) {
    throw new Error(`${op}: expected ${bn.name} to normalize ${linear.name}'s channel axis ${outputChannelAxis(linear, rank)}, got axis ${JSON.stringify(bn.getConfig().axis)}`);
  }
  const epsilon = bn.getConfig().epsilon as number;
  return tf.tidy(() => {
    const gamma = weightNamed(bn, 'gamma')?.read() ?? tf.onesLike(movingMean.read());
    const beta = weightNamed(bn, 'beta')?.read() ?? tf.zerosLike(movingMean.read());
    const scale = tf.div(gamma, tf.sqrt(tf.add(movingVariance.read(), epsilon)));
    const bias = weightNamed(linear, 'bias')?.read() ?? tf.zerosLike(movingMean.read());
    return {
      kernel: tf.mul(kernel.read(), scale),
      bias: tf.add(tf.mul(tf.sub(bias, movingMean.read()), scale), beta),
    };
  });
}

/**
 * A copy of a model with every BatchNorm that directly follows a Dense or Conv folded into it
 * (for inference export): the folded model predicts what the original predicts in inference,
 * with one layer fewer per pair. A pair is folded when the linear layer has a linear
 * activation, feeds only the BatchNorm, and the BatchNorm normalizes its channel axis; other
 * BatchNorms stay. Top-level layers of Sequential and functional models; the original model
 * is left unchanged.
 */
export async function foldBatchNorm(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  const op = 'foldBatchNorm';
  const topology = topologyOf(op, model);
  const layers = topology.config.layers;
  const functional = topology.config.input_layers !== undefined;
  const folded = new Map<string, string>();
  const foldable = (linearJson: LayerJson, bnJson: LayerJson) => {
    if (!LINEAR_CLASSES.includes(linearJson.class_name) || !BATCH_NORM_CLASSES.includes(bnJson.class_name)) return false;
    if (linearJson.config.activation !== 'linear') return false;
    const linear = model.getLayer(layerName(linearJson));
    const bn = model.getLayer(layerName(bnJson));
    if (linear.inboundNodes.length !== 1 || bn.inboundNodes.length !== 1) return false;
    const rank = (linear.outputShape as number[]).length;
    try {
      return batchNormAxis(op, bn, rank) === outputChannelAxis(linear, rank);
    } catch {
      return false;
    }
  };
  if (!functional) {
    for (let index = 0; index + 1 < layers.length; index++) {
      if (foldable(layers[index], layers[index + 1])) folded.set(layerName(layers[index + 1]), layerName(layers[index]));
    }
  } else {
    const consumers = new Map<string, number>();
    const sources = (layer: LayerJson) => (layer.inbound_nodes ?? []).flat().map((reference) => (reference as unknown[])[0] as string);
    for (const layer of layers) for (const source of sources(layer)) consumers.set(source, (consumers.get(source) ?? 0) + 1);
    const outputs = new Set((topology.config.output_layers ?? []).map((reference) => reference[0] as string));
    for (const bnJson of layers) {
      const inputs = sources(bnJson);
      if (inputs.length !== 1) continue;
      const linearJson = layers.find((layer) => layerName(layer) === inputs[0]);
      if (!linearJson || consumers.get(inputs[0]) !== 1 || outputs.has(inputs[0])) continue;
      if (foldable(linearJson, bnJson)) folded.set(layerName(bnJson), inputs[0]);
    }
  }
  const renamed = (name: string) => folded.get(name) ?? name;
  topology.config.layers = layers.filter((layer) => !folded.has(layerName(layer))).map((layer) => {
    if ([...folded.values()].includes(layerName(layer))) layer.config.use_bias = true;
    for (const node of layer.inbound_nodes ?? []) for (const reference of node) (reference as unknown[])[0] = renamed((reference as unknown[])[0] as string);
    return layer;
  });
  for (const reference of topology.config.output_layers ?? []) reference[0] = renamed(reference[0] as string);
  const foldedWeights = new Map<string, Tensor[]>();
  for (const [bn, linear] of folded) {
    const { kernel, bias } = foldBatchNormWeights(model.getLayer(linear), model.getLayer(bn));
    foldedWeights.set(linear, [kernel, bias]);
  }
  return rebuild(model, topology, (name) => foldedWeights.get(name));
}
