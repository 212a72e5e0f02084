// GradNorm, "GradNorm: Gradient Normalization for Adaptive Loss Balancing in Deep Multitask
// Networks" (Chen et al.). Task weights w_i (init 1) live outside the model; W is the last shared
// layer's kernel. Per step, with G_i = w_i·‖∇_W L_i‖, Ḡ = mean G, r_i = (L_i/L_i(0))/mean_j(L_j/L_j(0)):
// the network steps on Σ_i w_i·∇L_i with the weights from before this step; then
// L_grad = Σ_i |G_i − Ḡ·r_i^α| (targets held constant) moves w by its closed-form gradient
// ∂L_grad/∂w_i = sign(G_i − target_i)·‖∇_W L_i‖ (no second-order autodiff), and w is renormalised
// to sum to T after a floor at 1e-8 (floor first, so the sum is exactly T even when a step would
// drive a weight negative; the catalog writes the floor after the renormalisation). The weight update runs in float64 on the host: it needs T norms
// per step (one read-back) and nothing else.
import * as tf from '@tensorflow/tfjs-core';
import { checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { sumGradients, type CombineContext, type CombineOutput, type GradientCombiner, type TaskGradients } from './combiner.js';

export interface GradNormOptions {
  /** The last shared layer's kernel W: a tf.Variable, a layer weight (`layer.trainableWeights[0]`) or its name. Required. */
  shared?: { readonly name: string } | string;
  /** α, the restoring-force strength. Default 1.5. */
  alpha?: number;
  /** Learning rate of the task weights. Default 0.025. */
  weightLearningRate?: number;
  /** 'sgd' (default) or 'adam' (torch.optim.Adam defaults: β 0.9, 0.999, ε 1e-8) for the task weights. */
  weightOptimizer?: 'sgd' | 'adam';
}

export const GRADNORM_OPTION_NAMES = ['shared', 'alpha', 'weightLearningRate', 'weightOptimizer'] as const;

export interface GradNormState {
  weights: number[];
  initialLosses: number[] | null;
  /** Adam moments of the weights and its step count (weightOptimizer 'adam'). */
  firstMoment?: number[];
  secondMoment?: number[];
  adamStep?: number;
}

export interface GradNormStepResult {
  /** Task weights after the update. */
  readonly weights: number[];
  readonly gradientNorms: number[];
  readonly targets: number[];
  readonly ratios: number[];
  /** ∂L_grad/∂w_i. */
  readonly weightGradients: number[];
}

/**
 * One GradNorm weight update in float64: `state` (weights, L(0) — stored on the first call — and
 * Adam moments) is updated in place and the details are returned.
 */
export function gradNormUpdate(
  state: GradNormState,
  inputs: { gradientNorms: readonly number[]; losses: readonly number[]; alpha: number; weightLearningRate: number; weightOptimizer?: 'sgd' | 'adam' },
): GradNormStepResult {
  const count = state.weights.length;
  const { gradientNorms, losses, alpha, weightLearningRate } = inputs;
  if (gradientNorms.length !== count || losses.length !== count) {
    throw new Error(`gradNorm: expected ${count} task losses and gradient norms (one per task weight), got ${losses.length} and ${gradientNorms.length} — return the same number of losses on every step`);
  }
  state.initialLosses ??= [...losses];
  const initial = state.initialLosses;
  const scaled = state.weights.map((weight, index) => weight * gradientNorms[index]!);
  const meanNorm = scaled.reduce((sum, value) => sum + value, 0) / count;
  const relative = losses.map((loss, index) => loss / initial[index]!);
  const meanRelative = relative.reduce((sum, value) => sum + value, 0) / count;
  const ratios = relative.map((value) => value / meanRelative);
  const targets = ratios.map((ratio) => meanNorm * ratio ** alpha);
  const weightGradients = scaled.map((value, index) => Math.sign(value - targets[index]!) * gradientNorms[index]!);
  let updated: number[];
  if (inputs.weightOptimizer === 'adam') {
    const beta1 = 0.9;
    const beta2 = 0.999;
    state.adamStep = (state.adamStep ?? 0) + 1;
    const first = (state.firstMoment ??= new Array(count).fill(0));
    const second = (state.secondMoment ??= new Array(count).fill(0));
    const correction1 = 1 - beta1 ** state.adamStep;
    const correction2 = 1 - beta2 ** state.adamStep;
    updated = state.weights.map((weight, index) => {
      const gradient = weightGradients[index]!;
      first[index] = beta1 * first[index]! + (1 - beta1) * gradient;
      second[index] = beta2 * second[index]! + (1 - beta2) * gradient * gradient;
      return weight - (weightLearningRate / correction1) * first[index]! / (Math.sqrt(second[index]! / correction2) + 1e-8);
    });
  } else {
    updated = state.weights.map((weight, index) => weight - weightLearningRate * weightGradients[index]!);
  }
  // Floored first, then renormalised: every weight stays positive and they always sum to T.
  const floored = updated.map((weight) => Math.max(weight, 1e-8));
  const total = floored.reduce((sum, value) => sum + value, 0);
  state.weights = floored.map((weight) => (count * weight) / total);
  return { weights: [...state.weights], gradientNorms: [...gradientNorms], targets, ratios, weightGradients };
}

export class GradNorm implements GradientCombiner {
  static readonly className = 'GradNorm';
  readonly className = GradNorm.className;
  readonly alpha: number;
  readonly weightLearningRate: number;
  readonly weightOptimizer: 'sgd' | 'adam';
  readonly sharedName: string;
  readonly state: GradNormState = { weights: [], initialLosses: null };
  /** The last weight update's details. */
  lastStep: GradNormStepResult | null = null;

  constructor(options: GradNormOptions) {
    const where = 'gradNorm';
    checkOptionNames(where, options, GRADNORM_OPTION_NAMES);
    const shared = options?.shared;
    const name = typeof shared === 'string' ? shared : typeof shared === 'object' && shared != null ? (shared as { name?: unknown }).name : undefined;
    if (typeof name !== 'string' || name.length === 0) {
      throw new Error(`${where}: expected shared to be the last shared layer's kernel (a variable or its name), got ${describe(shared)} — e.g. shared: model.getLayer('trunk').trainableWeights[0]`);
    }
    this.sharedName = name;
    this.alpha = checkNumber(where, 'alpha', options.alpha, 1.5, { min: 0 });
    this.weightLearningRate = checkNumber(where, 'weightLearningRate', options.weightLearningRate, 0.025, { min: 0 });
    this.weightOptimizer = checkChoice(where, 'weightOptimizer', options.weightOptimizer, 'sgd', ['sgd', 'adam'] as const);
  }

  /** The current task weights (all 1 before the first step). */
  get weights(): readonly number[] {
    return this.state.weights;
  }

  combine(tasks: TaskGradients, context: CombineContext): CombineOutput {
    const index = context.variables.findIndex((variable) => variable.name === this.sharedName);
    if (index < 0) {
      throw new Error(`gradNorm: the shared variable '${this.sharedName}' is not among the trainable variables (${context.variables.slice(0, 5).map((variable) => `'${variable.name}'`).join(', ')}…) — pass the kernel of the last shared layer`);
    }
    if (this.state.weights.length === 0) this.state.weights = new Array(tasks.length).fill(1);
    const norms = tf.tidy(() => tf.stack(tasks.map((task) => (task[index] == null ? tf.scalar(0) : tf.norm(task[index]!)))));
    const gradientNorms = Array.from(norms.dataSync());
    norms.dispose();
    const weights = [...this.state.weights];
    const gradients = sumGradients(tasks, weights);
    this.lastStep = gradNormUpdate(this.state, {
      gradientNorms, losses: context.losses, alpha: this.alpha, weightLearningRate: this.weightLearningRate, weightOptimizer: this.weightOptimizer,
    });
    const report: Record<string, number> = {};
    weights.forEach((weight, task) => {
      report[`weight_${task}`] = weight;
    });
    return { gradients, report };
  }

  getConfig(): Record<string, unknown> {
    return { shared: this.sharedName, alpha: this.alpha, weightLearningRate: this.weightLearningRate, weightOptimizer: this.weightOptimizer };
  }
}

/** GradNorm for `multiLossTrainer({combiner: gradNorm({shared: trunkKernel})})`. */
export function gradNorm(options: GradNormOptions): GradNorm {
  return new GradNorm(options);
}
