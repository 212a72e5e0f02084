import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/**
 * Model transforms through the topology tfjs writes (model.toJSON, Keras's snake_case JSON):
 * edit the layer list, build a new model from it, copy every untouched layer's weights by name.
 * The original model is left as it is; the new one shares no variables with it.
 */

/** One layer of a Sequential or functional topology, as tfjs writes it. */
export interface LayerJson {
  class_name: string;
  config: Record<string, unknown>;
  /** Functional models only: [[[layerName, nodeIndex, tensorIndex, kwargs], …], …]. */
  inbound_nodes?: unknown[][][];
  name?: string;
}

export interface Topology {
  class_name: string;
  config: { name?: string; layers: LayerJson[]; input_layers?: unknown[][]; output_layers?: unknown[][] };
}

/** The layers of a top-level model in the order tfjs lists them. */
export function topologyOf(op: string, model: tfl.LayersModel): Topology {
  if (!(model instanceof tfl.LayersModel)) {
    throw new Error(`${op}: expected a tfjs LayersModel (tf.sequential, tf.model or tf.loadLayersModel), got ${model === null ? 'null' : typeof model} — pass the model itself`);
  }
  const topology = model.toJSON(null, false) as unknown as Topology;
  if (!Array.isArray(topology?.config?.layers)) throw new Error(`${op}: expected a Sequential or functional model, got a '${topology?.class_name}' topology`);
  return topology;
}

export const layerName = (layer: LayerJson): string => (layer.name ?? layer.config.name) as string;

/**
 * A new model from an edited topology. `weights(name)` gives a layer's new weights, or
 * undefined to copy the old layer's; layers named in `fresh` (and layers the old model lacks)
 * keep their initial weights.
 */
export async function rebuild(
  model: tfl.LayersModel, topology: Topology, weights: (name: string) => Tensor[] | undefined = () => undefined, fresh: ReadonlySet<string> = new Set(),
): Promise<tfl.LayersModel> {
  const rebuilt = await tfl.models.modelFromJSON({ modelTopology: topology as never });
  for (const layer of rebuilt.layers) {
    if (fresh.has(layer.name)) continue;
    const given = weights(layer.name);
    if (given) {
      layer.setWeights(given);
      tf.dispose(given);
      continue;
    }
    const old = model.layers.find((candidate) => candidate.name === layer.name);
    if (old && old.weights.length) {
      const values = old.getWeights();
      layer.setWeights(values);
    }
  }
  return rebuilt;
}

/** A weight of a layer by its Keras name ('gamma', 'moving_mean' …), or null. */
export function weightNamed(layer: tfl.layers.Layer, name: string): tfl.LayerVariable | null {
  return layer.weights.find((w) => w.originalName.split('/').pop() === name) ?? null;
}

/** The BatchNorm layers this package works on: tfjs-layers' and @layerkit/norms' own. */
export const BATCH_NORM_CLASSES = ['BatchNormalization', 'BatchNorm'];

/** Every BatchNorm layer of a model, nested models included, in the order they run. */
export function batchNormLayers(model: tfl.LayersModel): tfl.layers.Layer[] {
  return model.layers.flatMap((layer) => (layer instanceof tfl.LayersModel ? batchNormLayers(layer) : BATCH_NORM_CLASSES.includes(layer.getClassName()) ? [layer] : []));
}

/** The channel axis of a BatchNorm layer for an input of the given rank (non-negative). */
export function batchNormAxis(op: string, layer: tfl.layers.Layer, rank: number): number {
  const axis = layer.getConfig().axis as number | number[];
  const value = Array.isArray(axis) ? (axis.length === 1 ? axis[0] : NaN) : axis;
  const resolved = value < 0 ? value + rank : value;
  if (!Number.isInteger(resolved) || resolved < 1 || resolved >= rank) {
    throw new Error(`${op}: expected ${layer.name} to normalize one channel axis of its rank-${rank} input, got axis ${JSON.stringify(axis)} — only single-axis BatchNorm layers are supported`);
  }
  return resolved;
}
