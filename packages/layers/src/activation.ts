import type * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';

/**
 * An activation by its tfjs string ('relu', 'gelu', layerkit's 'mish' …) as a function, through
 * tfjs-layers' own lookup (an Activation layer), so every registered name works.
 */
export function activationFunction(where: string, name: string, value: unknown): { name: string; apply: (x: tf.Tensor) => tf.Tensor } {
  if (typeof value !== 'string') throw new Error(`${where}: expected ${name} to be an activation name, got ${describe(value)} — pass for example ${name}: 'swish'`);
  if (value === 'linear') return { name: value, apply: (x) => x };
  let layer: tfl.layers.Layer;
  try {
    layer = tfl.layers.activation({ activation: value as never });
  } catch {
    throw new Error(`${where}: expected ${name} to be an activation tfjs knows ('sigmoid', 'relu', 'gelu', 'swish', 'linear' …), got '${value}' — pick a tfjs or layerkit activation name (layerkit's come with their op or layer, or all of them with import '@layerkit/activations/register')`);
  }
  return { name: value, apply: (x) => layer.apply(x) as tf.Tensor };
}
