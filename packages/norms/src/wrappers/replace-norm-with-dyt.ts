// Transformers without Normalization (Zhu et al., 2025): every LayerNorm / RMSNorm of a model
// swapped for a freshly initialised DynamicTanh of the same normalized shape.
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { layerName, rebuild, topologyOf } from './model-surgery.js';

/** The norm classes replaced: tfjs-layers' LayerNormalization and layerkit's LayerNorm and RMSNorm. */
export const DYT_REPLACED_CLASSES = ['LayerNormalization', 'LayerNorm', 'RMSNorm'];

export interface ReplaceNormWithDyTOptions {
  /**
   * α's initial value: a number for every layer, or one per layer from its name and class
   * (the authors' LLaMA recipe uses different values before attention, before the FFN and at
   * the end). Default 0.5.
   */
  readonly alphaInit?: number | ((name: string, className: string) => number);
  /**
   * Give the DyT a β: true, false, or 'auto' — where the replaced norm had one (LayerNorm with
   * center; RMSNorm without, as the authors' LLaMA recipe). Default 'auto'.
   */
  readonly bias?: boolean | 'auto';
}

/**
 * A copy of a model with every LayerNorm and RMSNorm (top-level layers) replaced by a
 * DynamicTanh over the same axes, with fresh weights (α = alphaInit, γ = 1, β = 0; the old γ, β
 * are not copied). Every other layer keeps its weights. The original model is left unchanged.
 */
export async function replaceNormWithDyT(model: tfl.LayersModel, options: ReplaceNormWithDyTOptions = {}): Promise<tfl.LayersModel> {
  const op = 'replaceNormWithDyT';
  rejectUnknownOptions(op, options, ['alphaInit', 'bias']);
  const { alphaInit = 0.5, bias = 'auto' } = options;
  if (typeof alphaInit !== 'number' && typeof alphaInit !== 'function') throw new Error(`${op}: expected alphaInit to be a number or a function of (name, className), got ${typeof alphaInit}`);
  if (typeof bias !== 'boolean' && bias !== 'auto') throw new Error(`${op}: expected bias true, false or 'auto', got ${JSON.stringify(bias)}`);
  const topology = topologyOf(op, model);
  const replaced = new Set<string>();
  for (const layer of topology.config.layers) {
    if (!DYT_REPLACED_CLASSES.includes(layer.class_name)) continue;
    const name = layerName(layer);
    const { config } = layer;
    const alpha = typeof alphaInit === 'number' ? alphaInit : alphaInit(name, layer.class_name);
    if (!(typeof alpha === 'number' && Number.isFinite(alpha))) throw new Error(`${op}: expected a finite alphaInit for ${name}, got ${String(alpha)}`);
    const hadBias = layer.class_name === 'RMSNorm' ? config.center === true : config.center !== false;
    layer.class_name = 'DynamicTanh';
    layer.config = {
      name, trainable: config.trainable ?? true, dtype: config.dtype ?? 'float32',
      ...(config.batch_input_shape ? { batch_input_shape: config.batch_input_shape } : {}),
      alpha_init: alpha, axis: config.axis ?? -1, bias: bias === 'auto' ? hadBias : bias,
    };
    replaced.add(name);
  }
  if (replaced.size === 0) throw new Error(`${op}: the model has no ${DYT_REPLACED_CLASSES.join(', ')} layer to replace (top-level layers are searched)`);
  // The DyT layers keep their fresh weights: rebuild copies only layers whose class is unchanged.
  return rebuild(model, topology, () => undefined, replaced);
}
