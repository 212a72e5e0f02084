// lnToRmsNorm on a tfjs model: the caller names, for each LayerNorm, the Dense layers reading it
// and the layers writing to the residual stream; the model is rebuilt with RMSNorm (or
// CRMSNorm) layers and the converted weights.
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import type { Linear } from '../pre-rms-norm.js';
import { lnToRmsNorm } from './ln-to-rms-norm.js';
import { layerName, rebuild, topologyOf, weightNamed } from './model-surgery.js';

const NORM_CLASSES = ['LayerNormalization', 'LayerNorm'];
const WRITER_CLASSES = ['Dense', 'Embedding'];

export interface LnToRmsNormModelPlan {
  /** Each LayerNorm by layer name, with the names of the Dense layers reading its output. Every LayerNorm, the final one too. */
  readonly norms: Readonly<Record<string, readonly string[]>>;
  /** The layers adding to the residual stream: Embedding (token, learned positions) and Dense (residual output projections). */
  readonly writers: readonly string[];
  /** As lnToRmsNorm. Default true. */
  readonly foldAffine?: boolean;
  /** As lnToRmsNorm: CRMSNorm layers and a d − 1 wide stream. Default false. */
  readonly compress?: boolean;
}

/**
 * A copy of a Pre-LN model whose LayerNorms (tfjs LayerNormalization or layerkit LayerNorm, over
 * the last axis) are RMSNorm layers with the same ε (CRMSNorm with compress), with the readers
 * and writers converted so that it computes the same function. The original is left as it is.
 */
export async function lnToRmsNormModel(model: tfl.LayersModel, plan: LnToRmsNormModelPlan): Promise<tfl.LayersModel> {
  const op = 'lnToRmsNormModel';
  rejectUnknownOptions(op, plan, ['norms', 'writers', 'foldAffine', 'compress']);
  const { foldAffine = true, compress = false } = plan;
  const topology = topologyOf(op, model);
  const byName = new Map(topology.config.layers.map((layer) => [layerName(layer), layer]));
  const layerOf = (name: string, classes: string[], role: string) => {
    const json = byName.get(name);
    if (!json) throw new Error(`${op}: the model has no layer named '${name}' (given as ${role}) — use the names of model.layers`);
    if (!classes.includes(json.class_name)) throw new Error(`${op}: expected ${role} '${name}' to be a ${classes.join(' or ')} layer, got ${json.class_name}`);
    return { json, layer: model.getLayer(name) };
  };
  const linearOf = (layer: tfl.layers.Layer): Linear => {
    const kernel = (weightNamed(layer, 'kernel') ?? weightNamed(layer, 'embeddings'))!.read();
    return { kernel, bias: weightNamed(layer, 'bias')?.read() ?? null };
  };
  const entries = Object.entries(plan.norms ?? {});
  if (!Array.isArray(plan.writers) || entries.length === 0) throw new Error(`${op}: expected 'norms' (each LayerNorm with its readers) and 'writers', got ${entries.length} norms and ${typeof plan.writers} writers`);
  const norms = entries.map(([name, readers]) => {
    const { json, layer } = layerOf(name, NORM_CLASSES, 'a norm');
    const axis = [json.config.axis ?? -1].flat();
    if (axis.length !== 1 || (axis[0] !== -1 && axis[0] !== (layer.outputShape as number[]).length - 1)) {
      throw new Error(`${op}: expected '${name}' to normalize the last axis only, got axis ${JSON.stringify(json.config.axis)}`);
    }
    return { name, json, layer, readers: readers.map((reader) => layerOf(reader, ['Dense'], `a reader of '${name}'`)) };
  });
  const writers = plan.writers.map((name) => layerOf(name, WRITER_CLASSES, 'a writer'));
  const converted = lnToRmsNorm({
    norms: norms.map(({ layer, readers }) => ({
      gamma: weightNamed(layer, 'gamma')?.read() ?? null,
      beta: weightNamed(layer, 'beta')?.read() ?? null,
      readers: readers.map((reader) => linearOf(reader.layer)),
    })),
    writers: writers.map((writer) => linearOf(writer.layer)),
    foldAffine,
    compress,
  });

  const weights = new Map<string, Tensor[]>();
  norms.forEach(({ name, json, readers }, index) => {
    const { gamma, beta, readers: newReaders } = converted.norms[index];
    const epsilon = json.config.epsilon ?? (json.class_name === 'LayerNorm' ? 1e-5 : 1e-3);
    const base = { name, trainable: json.config.trainable ?? true, dtype: json.config.dtype ?? 'float32', epsilon, axis: -1 };
    if (compress) {
      json.class_name = 'CRMSNorm';
      json.config = { ...base, affine: false };
    } else {
      json.class_name = 'RMSNorm';
      json.config = { ...base, scale: gamma != null, center: beta != null };
      const affine = [gamma, beta].filter((w): w is Tensor => w != null);
      if (affine.length) weights.set(name, affine);
    }
    readers.forEach(({ json: reader }, r) => {
      const { kernel, bias } = newReaders[r];
      reader.config.use_bias = bias != null;
      weights.set(layerName(reader), bias ? [kernel, bias] : [kernel]);
    });
  });
  writers.forEach(({ json }, index) => {
    const { kernel, bias } = converted.writers[index];
    if (compress) {
      const width = kernel.shape[1] as number;
      if (json.class_name === 'Embedding') json.config.output_dim = width;
      else json.config.units = width;
    }
    weights.set(layerName(json), bias ? [kernel, bias] : [kernel]);
  });
  // Norm layers whose affine was folded have no weights: none are copied from the LayerNorms.
  return rebuild(model, topology, (name) => weights.get(name), new Set(norms.map(({ name }) => name).filter((name) => !weights.has(name))));
}
