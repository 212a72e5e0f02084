// The contract between the multi-loss trainer and a gradient combiner. The trainer computes one
// gradient list per task (tasks[i][v] is the gradient of loss i for variable v, null when loss i
// does not reach v) and the combiner turns them into the one list the optimizer applies. A
// combiner runs inside the trainer's tidy scope: the tensors it returns are kept, the rest freed.
import * as tf from '@tensorflow/tfjs-core';

export type TaskGradients = ReadonlyArray<ReadonlyArray<tf.Tensor | null>>;

export interface CombineContext {
  /** The task losses of this batch, as numbers. */
  readonly losses: readonly number[];
  /** The trainable variables, in the order of every gradient list. */
  readonly variables: readonly tf.Variable[];
  /** Updates made before this one (0 for the first). */
  readonly step: number;
}

export interface CombineOutput {
  readonly gradients: Array<tf.Tensor | null>;
  /** What the combiner did, for logging (task weights, targets …). */
  readonly report?: Record<string, number>;
}

export interface GradientCombiner {
  readonly className: string;
  combine(tasks: TaskGradients, context: CombineContext): CombineOutput;
  getConfig(): Record<string, unknown>;
}

/** Σ_i g_i, variable by variable (null where no task reaches the variable). */
export function sumGradients(tasks: TaskGradients, weights?: readonly number[]): Array<tf.Tensor | null> {
  const count = tasks[0]?.length ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const terms = tasks.flatMap((task, taskIndex) => {
      const gradient = task[index];
      if (gradient == null) return [];
      return [weights == null ? gradient : tf.mul(gradient, weights[taskIndex]!)];
    });
    if (terms.length === 0) return null;
    return terms.length === 1 ? terms[0]! : tf.addN(terms);
  });
}

/** The plain sum of the task gradients: the gradient of Σ_i L_i. */
export class SumCombiner implements GradientCombiner {
  static readonly className = 'SumCombiner';
  readonly className = SumCombiner.className;

  combine(tasks: TaskGradients): CombineOutput {
    return { gradients: sumGradients(tasks) };
  }

  getConfig(): Record<string, unknown> {
    return {};
  }
}

/** Σ_i a_i·b_i over every variable of two gradient lists, as a scalar tensor (nulls count as zeros). */
export function listDot(a: ReadonlyArray<tf.Tensor | null>, b: ReadonlyArray<tf.Tensor | null>): tf.Scalar {
  const terms = a.flatMap((left, index) => {
    const right = b[index];
    return left == null || right == null ? [] : [tf.sum(tf.mul(left, right))];
  });
  return (terms.length === 0 ? tf.scalar(0) : terms.length === 1 ? terms[0]! : tf.addN(terms)) as tf.Scalar;
}
