// Reading and writing an optimizer's learning rate and momentum, for schedules and callbacks.
// tfjs optimizers keep these in different places: SGD and Momentum hold a cached scalar tensor
// (setLearningRate / setMomentum must be used, or the change is ignored), Adam-family optimizers
// read a plain `learningRate` / `beta1` number every step. Wrappers (TransformChain, SAM) forward
// to their `base`.
import * as tf from '@tensorflow/tfjs-core';

type Loose = tf.Optimizer & Record<string, unknown>;

function wrapped(optimizer: tf.Optimizer): tf.Optimizer | null {
  const base = (optimizer as Loose)['base'];
  // tf.Optimizer's instanceof check reads properties, so rule out undefined first.
  return base != null && typeof base === 'object' && base instanceof tf.Optimizer ? base : null;
}

/** The optimizer's current learning rate. */
export function getLearningRate(optimizer: tf.Optimizer): number {
  const inner = wrapped(optimizer);
  if (inner) return getLearningRate(inner);
  const value = (optimizer as Loose)['learningRate'];
  if (typeof value !== 'number') {
    throw new Error(`learning rate: ${optimizer.getClassName()} has no numeric learningRate — schedules need a tf.train optimizer or a layerkit optimizer`);
  }
  return value;
}

/** Sets the learning rate so the next step uses it. */
export function setLearningRate(optimizer: tf.Optimizer, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`learning rate: expected a finite value >= 0, got ${value} — check the schedule's options`);
  }
  const inner = wrapped(optimizer);
  if (inner) return setLearningRate(inner, value);
  const loose = optimizer as Loose;
  if (typeof loose['setLearningRate'] === 'function') {
    (loose['setLearningRate'] as (value: number) => void).call(optimizer, value);
    return;
  }
  if (typeof loose['learningRate'] !== 'number') {
    throw new Error(`learning rate: cannot set the learning rate of ${optimizer.getClassName()} (no numeric learningRate) — use a tf.train optimizer or a layerkit optimizer`);
  }
  loose['learningRate'] = value;
}

/** Where momentum lives: 'momentum' (SGD momentum, RMSProp, SGDP) or 'beta1' (Adam family). */
export function momentumKind(optimizer: tf.Optimizer): 'momentum' | 'beta1' | null {
  const inner = wrapped(optimizer);
  if (inner) return momentumKind(inner);
  const loose = optimizer as Loose;
  if (typeof loose['setMomentum'] === 'function' || typeof loose['momentum'] === 'number') return 'momentum';
  if (typeof loose['beta1'] === 'number') return 'beta1';
  return null;
}

/** Writes momentum to SGD momentum or Adam's beta1, as PyTorch's cycling schedulers do. */
export function setMomentum(optimizer: tf.Optimizer, value: number): void {
  const inner = wrapped(optimizer);
  if (inner) return setMomentum(inner, value);
  const loose = optimizer as Loose;
  if (typeof loose['setMomentum'] === 'function') {
    (loose['setMomentum'] as (value: number) => void).call(optimizer, value);
    return;
  }
  const kind = momentumKind(optimizer);
  if (kind == null) {
    throw new Error(`momentum: ${optimizer.getClassName()} has neither momentum nor beta1 to cycle — use tf.train.momentum, an Adam-family optimizer, or turn momentum cycling off (cycleMomentum: false)`);
  }
  loose[kind] = value;
}
