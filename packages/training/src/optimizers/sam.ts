// Sharpness-aware minimization, SAM (Foret et al.; the form of davda54/sam): per step, g = ∇L(θ),
// e = ρ·g/(‖g‖ + 1e-12) with the norm over all trainable variables jointly (adaptive ASAM:
// e = ρ·w²·g/(‖|w|·g‖ + 1e-12)), g_sam = ∇L(θ + e), then θ is restored and the base optimizer
// steps with g_sam. Two passes need the loss, which applyGradients never sees; model.fit calls
// optimizer.minimize(lossFunction), so SAM overrides minimize and works inside model.fit as is.
// In the second pass every variable the forward pass writes (batch-norm moving statistics) is
// restored afterwards, so statistics move once per step, and the metric scalars tfjs-layers' loss
// closure keeps on each call are freed (the first pass's values are the ones model.fit logs).
// Limits: the multi-task (task-wise flat regions) variant is not implemented.
import * as tf from '@tensorflow/tfjs-core';
import { checkBoolean, checkNumber, checkOptionNames } from '../options.js';
import { resolveBaseOptimizer, serializeOptimizer, type BaseOptimizer } from './base.js';
import { getLearningRate, setLearningRate } from './hyper-parameters.js';
import type { NamedTensor } from './slots.js';

export interface SamOptions {
  /** Neighbourhood radius ρ. Default 0.05 (about 2 for adaptive). */
  rho?: number;
  /** The optimizer that steps with the sharpness-aware gradient. Default 'sgd'. */
  base?: BaseOptimizer;
  /** ASAM's scale-invariant neighbourhood. Default false. */
  adaptive?: boolean;
}

export const SAM_OPTION_NAMES = ['rho', 'base', 'adaptive'] as const;

type KeepingEngine = { keep<T extends tf.Tensor>(tensor: T): T };

/**
 * Runs `fn`, then restores every variable it assigned and frees every tensor it kept that is not
 * part of its result. Both are done by wrapping Variable.assign and the engine's keep for the
 * duration of the call, the only places a forward pass can leave state behind.
 */
export function isolated<T extends { value: tf.Tensor; grads: tf.NamedTensorMap }>(fn: () => T): T {
  const engine = tf.engine() as unknown as KeepingEngine;
  const hadOwnKeep = Object.prototype.hasOwnProperty.call(engine, 'keep');
  const keep = engine.keep;
  const kept: tf.Tensor[] = [];
  const saved = new Map<tf.Variable, tf.Tensor>();
  const prototype = tf.Variable.prototype;
  const assign = prototype.assign;
  prototype.assign = function patchedAssign(this: tf.Variable, newValue: tf.Tensor) {
    if (!saved.has(this)) {
      const copy = this.clone();
      saved.set(this, copy);
      keep.call(engine, copy);
    }
    return assign.call(this, newValue);
  };
  engine.keep = function patchedKeep<K extends tf.Tensor>(this: KeepingEngine, tensor: K): K {
    kept.push(tensor);
    return keep.call(this, tensor) as K;
  };
  let result: T | undefined;
  try {
    result = fn();
  } finally {
    prototype.assign = assign;
    if (hadOwnKeep) engine.keep = keep;
    else delete (engine as Partial<KeepingEngine>).keep;
    const wanted = new Set<number>();
    if (result) {
      wanted.add(result.value.id);
      for (const tensor of Object.values(result.grads)) if (tensor) wanted.add(tensor.id);
    }
    // Kept in this pass and still alive: tfjs-layers' metric values for the perturbed weights
    // (tensors saved for backprop are already freed by then). Nobody reads them.
    for (const tensor of kept) if (!wanted.has(tensor.id) && !tensor.isDisposed && !(tensor instanceof tf.Variable)) tensor.dispose();
    for (const [variable, value] of saved) {
      assign.call(variable, value);
      value.dispose();
    }
  }
  return result!;
}

export class SAM extends tf.Optimizer {
  static className = 'SAM';

  readonly base: tf.Optimizer;
  readonly rho: number;
  readonly adaptive: boolean;

  constructor(options: SamOptions = {}) {
    super();
    const where = 'SAM';
    checkOptionNames(where, options, SAM_OPTION_NAMES);
    this.rho = checkNumber(where, 'rho', options.rho, 0.05, { min: 0 });
    this.adaptive = checkBoolean(where, 'adaptive', options.adaptive, false);
    this.base = resolveBaseOptimizer(where, options.base, 'sgd');
  }

  get learningRate(): number {
    return getLearningRate(this.base);
  }

  set learningRate(value: number) {
    setLearningRate(this.base, value);
  }

  /** Two forward/backward passes of `f` on the same batch, then one base step. */
  override minimize(f: () => tf.Scalar, returnCost = false, varList?: tf.Variable[]): tf.Scalar | null {
    const first = this.computeGradients(f, varList);
    const names = Object.keys(first.grads).filter((name) => first.grads[name] != null);
    const variables = names.map((name) => tf.engine().registeredVariables[name]!);
    const originals = variables.map((variable) => tf.keep(variable.clone()));
    let second: { value: tf.Scalar; grads: tf.NamedTensorMap } | null = null;
    try {
      tf.tidy(() => {
        const directions = names.map((name, index) => {
          const gradient = first.grads[name]!;
          return this.adaptive ? tf.mul(tf.abs(variables[index]!), gradient) : gradient;
        });
        const norm = tf.sqrt(tf.addN(directions.map((direction) => tf.sum(tf.square(direction)))));
        const scale = tf.div(this.rho, tf.add(norm, 1e-12));
        variables.forEach((variable, index) => {
          const gradient = first.grads[names[index]!]!;
          const step = this.adaptive ? tf.mul(tf.square(variable), gradient) : gradient;
          variable.assign(tf.add(variable, tf.mul(step, scale)));
        });
      });
      tf.dispose(first.grads);
      second = isolated(() => this.computeGradients(f, varList));
    } finally {
      variables.forEach((variable, index) => variable.assign(originals[index]!));
      tf.dispose(originals);
    }
    second.value.dispose();
    const gradients = varList != null
      ? varList.map((variable) => ({ name: variable.name, tensor: second!.grads[variable.name]! }))
      : second.grads;
    this.base.applyGradients(gradients);
    tf.dispose(second.grads);
    this.incrementIterations();
    if (returnCost) return first.value;
    first.value.dispose();
    return null;
  }

  override applyGradients(): void {
    throw new Error(
      'SAM: applyGradients got gradients at θ only, but SAM needs a second gradient at the perturbed weights — '
      + 'call sam.minimize(lossFunction) (model.fit does), or apply the gradients with sam.base if one pass is intended',
    );
  }

  override dispose(): void {
    this.base.dispose();
  }

  override async getWeights(): Promise<NamedTensor[]> {
    return this.base.getWeights();
  }

  override async setWeights(weightValues: NamedTensor[]): Promise<void> {
    await this.base.setWeights(weightValues);
    this.iterations_ = this.base.iterations;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { rho: this.rho, adaptive: this.adaptive, base: serializeOptimizer(this.base) as unknown as tf.serialization.ConfigDictValue };
  }

  static override fromConfig<T extends tf.serialization.Serializable>(
    cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict,
  ): T {
    return new cls(config);
  }
}

/** SAM around a base optimizer: `sam({rho: 0.05, base: tf.train.sgd(0.1)})`. */
export function sam(options: SamOptions = {}): SAM {
  return new SAM(options);
}
