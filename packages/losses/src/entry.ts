import type { Tensor } from '@tensorflow/tfjs-core';
import type { Matrix } from './math64.js';

/**
 * One conformance case: the tensor loss on fixed inputs against an independent float64
 * reference. `gradient` (default true) also checks d loss / d yPred against central finite
 * differences of the reference; cases sit away from kinks so the difference quotient is valid.
 */
export interface ConformanceCase {
  readonly label: string;
  readonly yTrue: Matrix;
  readonly yPred: Matrix;
  readonly loss: (yTrue: Tensor, yPred: Tensor) => Tensor;
  readonly reference: (yTrue: Matrix, yPred: Matrix) => number;
  /** A closed-form value from the catalog oracle, when one is known exactly. */
  readonly expected?: number;
  readonly gradient?: boolean;
}

/** A call that must throw, with the message it must contain. */
export interface BadInputCase {
  readonly label: string;
  readonly run: () => unknown;
  readonly message: RegExp;
}

/** One registry entry per catalog item. */
export interface LossEntry {
  /** Catalog id, for example 'losses.focal'. */
  readonly id: string;
  readonly kind: 'loss' | 'regularizer' | 'utility';
  /** Public names this entry provides (functions, classes, aliases). */
  readonly names: readonly string[];
  readonly summary: string;
  readonly cases: readonly ConformanceCase[];
  readonly badInputs: readonly BadInputCase[];
}
