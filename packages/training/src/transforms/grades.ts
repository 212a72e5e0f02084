// GradES ("GradES: Significantly Faster Training in Transformers with Gradient-Based Early
// Stopping", Wen et al.; the statistic of the authors' callback, IXZZZ9/GradES): every
// `computeInterval` updates, each component's change is the L1 norm Σ|W_t − W_{t−k}| of its
// trainable weights since the last measurement (0 at the first, which only fills the cache); once
// the update count reaches ⌊alpha·totalSteps⌋, a component whose change is below tau is frozen for
// good — its gradients are dropped from then on, so the optimizer never moves it again. A
// component is a layer: the variables that share the name scope before the last '/'. The authors
// track attention and FFN projections of transformer blocks; here `include` picks the variables
// (default: kernels and biases). `GradESStopping` ends model.fit once maxFrozenRatio of the
// components are frozen, as the authors' callback does.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { patternsToConfig, toRegExps, type VariablePattern } from '../variable-patterns.js';
import type { GradientTransform, NamedGradient, NamedTensor, TransformContext, TransformOutput } from './transform.js';

export interface GradESOptions {
  /** The run's total optimizer steps T (for alpha·T). Required. */
  totalSteps?: number;
  /** Change threshold τ. Default 1e-4. */
  tau?: number;
  /** No freezing before ⌊alpha·T⌋ updates. Default 0.3. */
  alpha?: number;
  /** Updates between measurements. Default 1. */
  computeInterval?: number;
  /** Stop (with GradESStopping) once this fraction of components is frozen. Default 1. */
  maxFrozenRatio?: number;
  /** Variables that make up components. Default ['kernel', 'bias']. */
  include?: VariablePattern | VariablePattern[];
}

export const GRADES_OPTION_NAMES = ['totalSteps', 'tau', 'alpha', 'computeInterval', 'maxFrozenRatio', 'include'] as const;

const componentOf = (name: string) => (name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : name);

export class GradES implements GradientTransform {
  static readonly className = 'GradES';
  static fromConfig(config: tf.serialization.ConfigDict): GradES {
    return new GradES(config as GradESOptions);
  }

  readonly className = GradES.className;
  readonly totalSteps: number;
  readonly tau: number;
  readonly alpha: number;
  readonly computeInterval: number;
  readonly maxFrozenRatio: number;
  readonly include: RegExp[];
  /** Updates seen. */
  private step = 0;
  /** Components in first-seen order (by position: names change between sessions), their frozen step (or null) and cache. */
  private components: Array<{ key: string; frozenAt: number | null; cache: tf.Tensor | null; lastChange: number | null }> = [];

  constructor(options: GradESOptions = {}) {
    const where = 'gradES';
    checkOptionNames(where, options, GRADES_OPTION_NAMES);
    if (options.totalSteps === undefined) throw new Error(`${where}: expected totalSteps, got none — pass the run's number of optimizer steps (alpha is a fraction of it)`);
    this.totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: 1, integer: true });
    this.tau = checkNumber(where, 'tau', options.tau, 1e-4, { min: 0 });
    this.alpha = checkNumber(where, 'alpha', options.alpha, 0.3, { min: 0, max: 1, maxExclusive: true });
    this.computeInterval = checkNumber(where, 'computeInterval', options.computeInterval, 1, { min: 1, integer: true });
    this.maxFrozenRatio = checkNumber(where, 'maxFrozenRatio', options.maxFrozenRatio, 1, { min: 0, minExclusive: true, max: 1 });
    this.include = toRegExps(where, 'include', options.include, ['kernel', 'bias']);
  }

  private groups(names: readonly string[]): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const name of names) if (this.include.some((pattern) => pattern.test(name))) groups.set(componentOf(name), [...(groups.get(componentOf(name)) ?? []), name]);
    // Components are matched by position with what was seen before.
    [...groups.keys()].forEach((key, index) => {
      this.components[index] ??= { key, frozenAt: null, cache: null, lastChange: null };
      this.components[index]!.key = key;
    });
    return groups;
  }

  /** Per component (layer scope), the update at which it froze, or null. */
  get frozen(): Record<string, number | null> {
    return Object.fromEntries(this.components.map(({ key, frozenAt }) => [key, frozenAt]));
  }

  /** Fraction of components frozen. */
  get frozenRatio(): number {
    return this.components.length === 0 ? 0 : this.components.filter(({ frozenAt }) => frozenAt != null).length / this.components.length;
  }

  apply(gradients: NamedGradient[]): TransformOutput {
    const groups = this.groups(gradients.map(({ name }) => name));
    const frozenNames = new Set([...groups.values()].flatMap((names, index) => (this.components[index]!.frozenAt != null ? names : [])));
    return {
      gradients: gradients.map(({ name, tensor }) => ({ name, tensor: frozenNames.has(name) ? null : tensor })),
      report: { frozenRatio: this.frozenRatio },
    };
  }

  afterUpdate(names: readonly string[], context: TransformContext): void {
    this.step += 1;
    if (this.step % this.computeInterval !== 0) return;
    const groups = [...this.groups(names).values()];
    const earliest = Math.floor(this.totalSteps * this.alpha);
    groups.forEach((group, index) => {
      const component = this.components[index]!;
      if (component.frozenAt != null) return;
      const current = tf.keep(tf.concat(group.map((name) => tf.reshape(context.variable(name), [-1]))));
      let change = 0;
      if (component.cache != null) {
        const value = tf.sum(tf.abs(tf.sub(current, component.cache)));
        change = value.dataSync()[0]!;
        component.cache.dispose();
      }
      component.cache = current;
      component.lastChange = change;
      if (this.step >= earliest && change < this.tau) {
        component.frozenAt = this.step;
        component.cache.dispose();
        component.cache = null;
      }
    });
  }

  getConfig(): tf.serialization.ConfigDict {
    return {
      totalSteps: this.totalSteps, tau: this.tau, alpha: this.alpha, computeInterval: this.computeInterval, maxFrozenRatio: this.maxFrozenRatio,
      include: patternsToConfig(this.include),
    };
  }

  getWeights(): NamedTensor[] {
    return [
      { name: 'step', tensor: tf.scalar(this.step, 'int32') },
      { name: 'frozenAt', tensor: tf.tensor1d(this.components.map(({ frozenAt }) => frozenAt ?? -1), 'int32') },
    ];
  }

  setWeights(weights: NamedTensor[]): void {
    const step = weights.find(({ name }) => name === 'step');
    const frozen = weights.find(({ name }) => name === 'frozenAt');
    if (step == null || frozen == null) throw new Error(`gradES: expected saved 'step' and 'frozenAt' weights, got ${describe(weights.map(({ name }) => name))}`);
    this.dispose();
    this.step = step.tensor.dataSync()[0]!;
    this.components = Array.from(frozen.tensor.dataSync()).map((value, index) => ({ key: `component ${index}`, frozenAt: value < 0 ? null : value, cache: null, lastChange: null }));
  }

  dispose(): void {
    for (const component of this.components) component.cache?.dispose();
    for (const component of this.components) component.cache = null;
  }
}

/** `transformChain({transforms: [gradES({totalSteps})], base})`. */
export function gradES(options: GradESOptions = {}): GradES {
  return new GradES(options);
}

/** Stops model.fit once the transform has frozen maxFrozenRatio of its components. */
export class GradESStopping extends tfl.Callback {
  constructor(readonly transform: GradES) {
    super();
    if (!(transform instanceof GradES)) throw new Error(`GradESStopping: expected the GradES transform of the model's chain, got ${describe(transform)}`);
  }

  override async onBatchEnd(): Promise<void> {
    if (this.transform.frozenRatio >= this.transform.maxFrozenRatio) (this.model as tfl.LayersModel).stopTraining = true;
  }
}
