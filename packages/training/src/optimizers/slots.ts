// Helpers every optimizer here shares: reading the gradients tfjs hands to applyGradients, finding
// the variable each one belongs to, and per-variable state ("slots") kept in the same positional
// order as tfjs's own optimizers, so `model.save({includeOptimizer: true})` / load restore it the
// same way (tfjs indexes slots by position because variable names change between sessions).
import * as tf from '@tensorflow/tfjs-core';

export interface OptimizerVariable {
  readonly originalName: string;
  readonly variable: tf.Variable;
}

/** tfjs's NamedTensor (not exported from the package root). */
export interface NamedTensor {
  name: string;
  tensor: tf.Tensor;
}

export interface NamedGradient {
  readonly name: string;
  readonly tensor: tf.Tensor | null;
}

/** The gradients in the order tfjs passes them (map key order or array order). */
export function gradientList(variableGradients: tf.NamedTensorMap | NamedTensor[]): NamedGradient[] {
  if (Array.isArray(variableGradients)) {
    return variableGradients.map(({ name, tensor }) => ({ name, tensor: tensor ?? null }));
  }
  return Object.keys(variableGradients).map((name) => ({ name, tensor: variableGradients[name] ?? null }));
}

/** The registered variable called `name`; an error naming `where` if there is none. */
export function registeredVariable(where: string, name: string): tf.Variable {
  const variable = tf.engine().registeredVariables[name];
  if (variable == null) {
    throw new Error(`${where}: got a gradient for '${name}', which is not a registered tf.Variable — pass gradients keyed by variable name, as tf.variableGrads returns them`);
  }
  return variable;
}

/** The slot at `index`, created as zeros shaped like `value` on first use. */
export function slot(slots: OptimizerVariable[], index: number, originalName: string, value: tf.Tensor): tf.Variable {
  let entry = slots[index];
  if (entry == null) {
    entry = { originalName, variable: tf.tidy(() => tf.zerosLike(value).variable(false)) };
    slots[index] = entry;
  }
  return entry.variable;
}

/** Slots restored from saved weights (the tensors become non-trainable variables). */
export function slotsFrom(weights: readonly NamedTensor[]): OptimizerVariable[] {
  return weights.map(({ name, tensor }) => ({ originalName: name, variable: tensor.variable(false) }));
}

/** Disposes every slot variable of every list. */
export function disposeSlots(...lists: OptimizerVariable[][]): void {
  for (const list of lists) for (const entry of list) entry?.variable.dispose();
}

/** Splits saved slot weights into `groups` equal parts, with a clear error when they do not divide. */
export function splitSlots(where: string, weights: readonly NamedTensor[], groups: number, what: string): NamedTensor[][] {
  if (weights.length % groups !== 0) {
    throw new Error(`${where}: expected the saved optimizer weights to hold ${what} (${groups} per variable), got ${weights.length} tensors — were they saved by a different optimizer or with different options?`);
  }
  const count = weights.length / groups;
  return Array.from({ length: groups }, (_, group) => weights.slice(group * count, (group + 1) * count));
}

/** Reads a scalar tensor to a number without keeping it. */
export function readScalar(tensor: tf.Tensor): number {
  return tensor.dataSync()[0]!;
}
