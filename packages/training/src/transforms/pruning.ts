// Gradual magnitude pruning ("To prune, or not to prune", Zhu & Gupta): the target sparsity follows
// s_t = s_f + (s_i − s_f)·(1 − (t − t0)/(n·Δt))³ from beginStep t0 over pruningSteps n·Δt; every
// `frequency` updates inside that window (and at its last step) each mask is reset to zero the
// round(s_t·size) smallest |w| of its weight ('layer'), or of all pruned weights together
// ('global', class-blinded); after every optimizer step the weights are multiplied by their
// masks, so pruned weights stay exactly zero whatever the optimizer's state says. Step t counts
// the updates the chain has applied (0 for the first).
import * as tf from '@tensorflow/tfjs-core';
import { checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { disposeSlots, slotsFrom, type OptimizerVariable } from '../optimizers/slots.js';
import { patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformContext, TransformOutput } from './transform.js';

export interface GradualPruningOptions {
  /** s_i. Default 0. */
  initialSparsity?: number;
  /** s_f. Default 0.9. */
  finalSparsity?: number;
  /** t0: the first update that prunes. Default 0. */
  beginStep?: number;
  /** n·Δt: updates from t0 until s_f is reached. Default 100. */
  pruningSteps?: number;
  /** Δt: updates between mask updates. Default 100. */
  frequency?: number;
  /** 'layer' (each weight to s_t) or 'global' (one threshold across all pruned weights). Default 'layer'. */
  scope?: 'layer' | 'global';
  /** Which variables are pruned (substrings or RegExps of their names). Default ['kernel']. */
  include?: VariablePattern | VariablePattern[];
}

export const GRADUAL_PRUNING_OPTION_NAMES = ['initialSparsity', 'finalSparsity', 'beginStep', 'pruningSteps', 'frequency', 'scope', 'include'] as const;

/** s_t of the cubic schedule (s_i before t0, s_f after the window). */
export function pruningSparsity(step: number, options: { initialSparsity: number; finalSparsity: number; beginStep: number; pruningSteps: number }): number {
  const { initialSparsity, finalSparsity, beginStep, pruningSteps } = options;
  if (step >= beginStep + pruningSteps) return finalSparsity;
  if (step <= beginStep) return initialSparsity;
  return finalSparsity + (initialSparsity - finalSparsity) * (1 - (step - beginStep) / pruningSteps) ** 3;
}

/** A 0/1 mask zeroing the `count` smallest |values| (ties broken by position). */
function smallestMask(magnitudes: ArrayLike<number>, count: number): Float32Array {
  const order = Array.from({ length: magnitudes.length }, (_, index) => index).sort((a, b) => magnitudes[a]! - magnitudes[b]! || a - b);
  const mask = new Float32Array(magnitudes.length).fill(1);
  for (let rank = 0; rank < count; rank++) mask[order[rank]!] = 0;
  return mask;
}

export class GradualPruning implements GradientTransform {
  static readonly className = 'GradualPruning';
  static fromConfig(config: tf.serialization.ConfigDict): GradualPruning {
    return new GradualPruning(config as GradualPruningOptions);
  }

  readonly className = GradualPruning.className;
  readonly initialSparsity: number;
  readonly finalSparsity: number;
  readonly beginStep: number;
  readonly pruningSteps: number;
  readonly frequency: number;
  readonly scope: 'layer' | 'global';
  readonly include: RegExp[];
  private step = 0;
  /**
   * One mask per pruned variable, in the order the pruned variables reach the chain (by position,
   * as tfjs keeps optimizer slots: variable names change between sessions).
   */
  private masks: OptimizerVariable[] = [];

  constructor(options: GradualPruningOptions = {}) {
    const where = 'gradualPruning';
    checkOptionNames(where, options, GRADUAL_PRUNING_OPTION_NAMES);
    this.initialSparsity = checkNumber(where, 'initialSparsity', options.initialSparsity, 0, { min: 0, max: 1, maxExclusive: true });
    this.finalSparsity = checkNumber(where, 'finalSparsity', options.finalSparsity, 0.9, { min: 0, max: 1, maxExclusive: true });
    this.beginStep = checkNumber(where, 'beginStep', options.beginStep, 0, { min: 0, integer: true });
    this.pruningSteps = checkNumber(where, 'pruningSteps', options.pruningSteps, 100, { min: 0, integer: true });
    this.frequency = checkNumber(where, 'frequency', options.frequency, 100, { min: 1, integer: true });
    this.scope = checkChoice(where, 'scope', options.scope, 'layer', ['layer', 'global'] as const);
    this.include = toRegExps(where, 'include', options.include, ['kernel']);
  }

  /** Target sparsity at update `step`. */
  sparsityAt(step: number): number {
    return pruningSparsity(step, this);
  }

  /** The current masks, in the order of the pruned variables. */
  get masksInOrder(): readonly tf.Variable[] {
    return this.masks.map((entry) => entry.variable);
  }

  apply(gradients: NamedGradient[]): TransformOutput {
    return { gradients, report: { step: this.step, sparsity: this.sparsityAt(this.step) } };
  }

  afterUpdate(names: readonly string[], context: TransformContext): void {
    const step = this.step;
    this.step += 1;
    const pruned = names.filter((name) => this.include.some((pattern) => pattern.test(name)));
    if (pruned.length === 0) return;
    const end = this.beginStep + this.pruningSteps;
    const updates = step >= this.beginStep && step <= end && ((step - this.beginStep) % this.frequency === 0 || step === end);
    if (updates) this.updateMasks(pruned.map((name) => context.variable(name)), this.sparsityAt(step));
    pruned.forEach((name, index) => {
      const mask = this.masks[index];
      if (mask == null) return;
      const variable = context.variable(name);
      if (mask.variable.shape.join() !== variable.shape.join()) {
        throw new Error(`gradualPruning: mask ${index} has shape [${mask.variable.shape}] but '${name}' has shape [${variable.shape}] — were the masks saved with another model?`);
      }
      variable.assign(tf.mul(variable, mask.variable));
    });
  }

  private updateMasks(variables: tf.Variable[], sparsity: number): void {
    const magnitudes = variables.map((variable) => Float64Array.from(variable.dataSync(), Math.abs));
    let masks: Float32Array[];
    if (this.scope === 'layer') masks = magnitudes.map((values) => smallestMask(values, Math.round(sparsity * values.length)));
    else {
      const total = magnitudes.reduce((sum, values) => sum + values.length, 0);
      const joined = new Float64Array(total);
      let offset = 0;
      for (const values of magnitudes) {
        joined.set(values, offset);
        offset += values.length;
      }
      const mask = smallestMask(joined, Math.round(sparsity * total));
      offset = 0;
      masks = magnitudes.map((values) => {
        const part = mask.slice(offset, offset + values.length);
        offset += values.length;
        return part;
      });
    }
    variables.forEach((variable, index) => {
      const value = tf.tensor(masks[index]!, variable.shape);
      const existing = this.masks[index];
      if (existing) existing.variable.assign(value);
      else this.masks[index] = { originalName: `${variable.name}/mask`, variable: value.variable(false) };
    });
  }

  getConfig(): tf.serialization.ConfigDict {
    return {
      initialSparsity: this.initialSparsity, finalSparsity: this.finalSparsity, beginStep: this.beginStep, pruningSteps: this.pruningSteps,
      frequency: this.frequency, scope: this.scope, include: patternsToConfig(this.include),
    };
  }

  getWeights(): NamedTensor[] {
    return [{ name: 'step', tensor: tf.scalar(this.step, 'int32') }, ...this.masks.map((entry) => ({ name: entry.originalName, tensor: entry.variable }))];
  }

  setWeights(weights: NamedTensor[]): void {
    const [step, ...masks] = weights;
    if (step == null || step.name !== 'step') throw new Error(`gradualPruning: expected saved weights to start with 'step', got ${describe(step?.name)}`);
    this.step = step.tensor.dataSync()[0]!;
    disposeSlots(this.masks);
    this.masks = slotsFrom(masks);
  }

  dispose(): void {
    disposeSlots(this.masks);
    this.masks = [];
  }
}

/** Gradual magnitude pruning for `transformChain({transforms: [gradualPruning({finalSparsity: 0.9})]})`. */
export function gradualPruning(options: GradualPruningOptions = {}): GradualPruning {
  return new GradualPruning(options);
}
