// TabM's model recipe (Gorishniy et al., "TabM: Advancing Tabular Deep Learning with
// Parameter-Efficient Ensembling"): nBlocks × (LinearBatchEnsemble → ReLU → Dropout) of width
// dBlock, then the non-shared head, with TabM's init (the first layer's r_i random signs, every
// later adapter 1). Train on the mean of the k members' losses — a tfjs loss on the [batch, k, d_out]
// output against targets tiled with ensembleTargets — and predict with ensembleMean. Limits: no
// numeric feature embeddings (so nBlocks defaults to 3) and no TabM-mini.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { LinearBatchEnsemble } from './batch-ensemble.js';
import { LinearEnsemble } from './linear-ensemble.js';
import { checkChoice, checkNumber, shapeText } from './options.js';

export type TabMActivation = 'linear' | 'softmax' | 'sigmoid';

export interface TabMOptions {
  /** Number of input features d_in. Required. */
  features: number;
  /** Output width d_out of every member. Required. */
  units: number;
  /** Ensemble size k. Default 32. */
  k?: number;
  /** Backbone blocks. Default 3. */
  nBlocks?: number;
  /** Backbone width. Default 512. */
  dBlock?: number;
  /** Dropout rate after each block's ReLU. Default 0.1. */
  dropout?: number;
  /** Applied to each member's output: 'softmax' or 'sigmoid' for classification (so ensembleMean averages probabilities). Default 'linear'. */
  activation?: TabMActivation;
  /** Seed of the initial draws (each layer its own offset). Default none. */
  seed?: number | null;
}

const OPTIONS = ['features', 'units', 'k', 'nBlocks', 'dBlock', 'dropout', 'activation', 'seed'];

/** A TabM model [batch, features] → [batch, k, units]: the backbone of LinearBatchEnsemble blocks with TabM's init and the non-shared head. */
export function tabm(options: TabMOptions): tfl.Sequential {
  const where = 'tabm';
  if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with features and units, got ${describe(options)} — pass {features: 20, units: 1}`);
  for (const name of Object.keys(options)) {
    if (!OPTIONS.includes(name)) throw new Error(`${where}: unknown option '${name}' — use ${OPTIONS.join(', ')}`);
  }
  const features = checkNumber(where, 'features', options.features, undefined, { min: 1, integer: true });
  const units = checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
  const k = checkNumber(where, 'k', options.k, 32, { min: 1, integer: true });
  const nBlocks = checkNumber(where, 'nBlocks', options.nBlocks, 3, { min: 1, integer: true });
  const dBlock = checkNumber(where, 'dBlock', options.dBlock, 512, { min: 1, integer: true });
  const dropout = checkNumber(where, 'dropout', options.dropout, 0.1, { min: 0, max: 1, maxExclusive: true });
  const activation = checkChoice(where, 'activation', options.activation, 'linear', ['linear', 'softmax', 'sigmoid'] as const);
  const seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  const layerSeed = (index: number) => (seed == null ? null : seed + 10 * index);
  const layers: tfl.layers.Layer[] = [];
  for (let block = 0; block < nBlocks; block++) {
    layers.push(new LinearBatchEnsemble({
      units: dBlock, k, init: block === 0 ? 'randomSigns' : 'ones', seed: layerSeed(block),
      ...(block === 0 ? { inputShape: [features] } : {}),
    }));
    layers.push(tfl.layers.reLU());
    if (dropout > 0) layers.push(tfl.layers.dropout({ rate: dropout }));
  }
  layers.push(new LinearEnsemble({ units, k, seed: layerSeed(nBlocks) }));
  if (activation !== 'linear') layers.push(tfl.layers.activation({ activation }));
  return tfl.sequential({ layers });
}

/** Targets [batch, ...] repeated for each member, [batch, k, ...]: what a tfjs loss on an ensemble's output compares with, so that the loss is the mean of the k members' losses. */
export function ensembleTargets(targets: tf.Tensor | tf.TensorLike, k: number): tf.Tensor {
  checkNumber('ensembleTargets', 'k', k, undefined, { min: 1, integer: true });
  return tf.tidy(() => {
    const y = targets instanceof tf.Tensor ? targets : tf.tensor(targets);
    if (y.rank < 1) throw new Error(`ensembleTargets: expected targets [batch, ...], got a scalar — pass one target row per example`);
    const expanded = tf.expandDims(y, 1);
    return tf.tile(expanded, [1, k, ...expanded.shape.slice(2).map(() => 1)]);
  });
}

/** The ensemble's prediction: the mean of the k members' outputs, [batch, k, ...] → [batch, ...] (probabilities for classification). */
export function ensembleMean(predictions: tf.Tensor | tf.TensorLike): tf.Tensor {
  return tf.tidy(() => {
    const y = predictions instanceof tf.Tensor ? predictions : tf.tensor(predictions);
    if (y.rank < 2) throw new Error(`ensembleMean: expected predictions [batch, k, ...], got ${shapeText(y.shape)} — pass the output of an ensemble model`);
    return tf.mean(y, 1);
  });
}
