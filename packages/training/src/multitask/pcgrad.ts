// PCGrad, "Gradient Surgery for Multi-Task Learning" (Yu et al.): for each task i start from
// g_i' = g_i; for every other task j, in a random order, if g_i'·g_j < 0 remove the conflicting
// component, g_i' ← g_i' − (g_i'·g_j/‖g_j‖²)·g_j (always against the original g_j); the update is
// Σ_i g_i' ('sum', the paper's and the authors' TensorFlow code) or its mean ('mean', the common
// PyTorch port). Dot products run over every trainable variable jointly; a variable only one task
// reaches (its head) contributes nothing to the other tasks' dot products.
// The test "g_i'·g_j < 0" is taken on the device as min(g_i'·g_j, 0), so a step never waits for a
// read-back. Unlike the PyTorch port, a task is never projected against itself (j ≠ i, as the
// paper writes it).
import * as tf from '@tensorflow/tfjs-core';
import { checkChoice, checkNumber, checkOptionNames } from '../options.js';
import { listDot, type CombineContext, type CombineOutput, type GradientCombiner, type TaskGradients } from './combiner.js';

export interface PCGradOptions {
  /** Seed of the projection order; none draws a fresh order with Math.random. */
  seed?: number | null;
  /** How the projected task gradients are combined. Default 'sum'. */
  reduction?: 'sum' | 'mean';
}

export const PCGRAD_OPTION_NAMES = ['seed', 'reduction'] as const;

/** mulberry32: a small seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `items` with `random`. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** The projected gradient lists g_i' (before summing), each task against the others in the order `orders[i]`. */
export function projectConflicts(tasks: TaskGradients, orders: ReadonlyArray<readonly number[]>): Array<Array<tf.Tensor | null>> {
  const squaredNorms = tasks.map((task) => listDot(task, task));
  return tasks.map((task, taskIndex) => {
    let projected: Array<tf.Tensor | null> = [...task];
    for (const other of orders[taskIndex]!) {
      const reference = tasks[other]!;
      const dot = listDot(projected, reference);
      // min(dot, 0)/‖g_j‖²: zero unless the two conflict; a zero g_j has dot 0, so the floor on the
      // norm only keeps 0/0 away.
      const coefficient = tf.div(tf.minimum(dot, 0), tf.maximum(squaredNorms[other]!, 1e-30));
      projected = projected.map((gradient, index) => {
        const direction = reference[index];
        if (direction == null) return gradient;
        const step = tf.mul(coefficient, direction);
        return gradient == null ? tf.neg(step) : tf.sub(gradient, step);
      });
    }
    return projected;
  });
}

export class PCGrad implements GradientCombiner {
  static readonly className = 'PCGrad';
  readonly className = PCGrad.className;
  readonly seed: number | null;
  readonly reduction: 'sum' | 'mean';
  private readonly random: () => number;

  constructor(options: PCGradOptions = {}) {
    const where = 'pcgrad';
    checkOptionNames(where, options, PCGRAD_OPTION_NAMES);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    this.reduction = checkChoice(where, 'reduction', options.reduction, 'sum', ['sum', 'mean'] as const);
    this.random = this.seed == null ? Math.random : seededRandom(this.seed);
  }

  /** The projection order of every task for one step (each a shuffle of the other tasks). */
  drawOrders(taskCount: number): number[][] {
    return Array.from({ length: taskCount }, (_, task) => shuffled(Array.from({ length: taskCount }, (__, other) => other).filter((other) => other !== task), this.random));
  }

  combine(tasks: TaskGradients, _context?: CombineContext): CombineOutput {
    const projected = projectConflicts(tasks, this.drawOrders(tasks.length));
    const count = tasks[0]?.length ?? 0;
    const gradients = Array.from({ length: count }, (_, index) => {
      const terms = projected.flatMap((task) => (task[index] == null ? [] : [task[index]!]));
      if (terms.length === 0) return null;
      const total = terms.length === 1 ? terms[0]! : tf.addN(terms);
      return this.reduction === 'mean' ? tf.div(total, tasks.length) : total;
    });
    return { gradients };
  }

  getConfig(): Record<string, unknown> {
    return { seed: this.seed, reduction: this.reduction };
  }
}

/** PCGrad for `multiLossTrainer({combiner: pcgrad({seed: 0})})`. */
export function pcgrad(options: PCGradOptions = {}): PCGrad {
  return new PCGrad(options);
}
