// Weight regularizers as tfjs Regularizer subclasses: minimum hyperspherical energy ("Learning
// towards Minimum Hyperspherical Energy") and norm loss ("Norm Loss: An efficient yet effective
// regularization method for deep neural networks"; UNSURE: the paper body was unavailable, so
// the averaging is the plain sum over filters and layers given in the catalog).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { Regularizer as TfjsRegularizer } from '@tensorflow/tfjs-layers/dist/regularizers.js';
import { checkOption, checkOptionNames, type OptionNames } from '../common.js';
import type { LossEntry } from '../entry.js';
import { dot, euclidean, normalise, type Matrix } from '../math64.js';

/**
 * tfjs-layers' Regularizer base class: not exported by name, but layers check `instanceof
 * Regularizer`, so subclasses must extend the same class (reached through l1l2's prototype).
 */
export const RegularizerBase = Object.getPrototypeOf(tfl.regularizers.l1l2().constructor) as abstract new () => TfjsRegularizer;

/** tfjs-layers adds its customObjects table to every config it deserializes; it is not an option. */
function optionsFromConfig(config: tf.serialization.ConfigDict): Record<string, unknown> {
  const { customObjects: _customObjects, ...options } = config;
  return options;
}

/** Columns of a kernel flattened to [prod(shape[:-1]), out]: one weight vector per output unit or filter. */
function unitVectors(kernel: tf.Tensor): tf.Tensor2D {
  const units = kernel.shape[kernel.rank - 1]!;
  return tf.reshape(kernel, [-1, units]) as tf.Tensor2D;
}

export interface MheOptions {
  /** Energy power: f_s(d) = d^(-s) for s > 0, log(1/d) for s = 0. Default 2. */
  readonly s?: number;
  readonly weight?: number;
  /** Also repel from the antipodes -w_j (half-space MHE). */
  readonly halfSpace?: boolean;
}

export class MinimumHypersphericalEnergy extends RegularizerBase {
  static className = 'MinimumHypersphericalEnergy';
  readonly s: number;
  readonly weight: number;
  readonly halfSpace: boolean;

  constructor(options: MheOptions = {}) {
    super();
    checkOptionNames('MinimumHypersphericalEnergy', options, { s: true, weight: true, halfSpace: true } satisfies OptionNames<MheOptions>);
    this.s = options.s ?? 2;
    this.weight = options.weight ?? 0.01;
    this.halfSpace = options.halfSpace ?? false;
    checkOption('MinimumHypersphericalEnergy', 's', this.s, (value) => value >= 0, '>= 0');
  }

  override apply(kernel: tf.Tensor): tf.Scalar {
    if (kernel.rank < 2 || kernel.shape[kernel.rank - 1]! < 2) {
      throw new Error(`MinimumHypersphericalEnergy: expected a kernel with at least 2 output units, got shape [${kernel.shape.join(', ')}]`);
    }
    return tf.tidy(() => {
      let units = tf.transpose(unitVectors(kernel));
      units = tf.div(units, tf.sqrt(tf.sum(tf.square(units), -1, true)));
      if (this.halfSpace) units = tf.concat([units, tf.neg(units)], 0);
      const count = units.shape[0]!;
      const gram = tf.matMul(units, units, false, true);
      const offDiagonal = tf.sub(1, tf.eye(count));
      // |u_i - u_j|^2 = 2 - 2 cos; the diagonal is replaced by 1 before any power or log.
      const squared = tf.add(tf.mul(tf.maximum(tf.sub(2, tf.mul(2, gram)), 0), offDiagonal), tf.eye(count));
      const energy = this.s === 0 ? tf.mul(-0.5, tf.log(squared)) : tf.pow(squared, -this.s / 2);
      const pairs = this.halfSpace ? count * (count - 1) - count : count * (count - 1);
      let total = tf.sum(tf.mul(energy, offDiagonal));
      if (this.halfSpace) {
        // A neuron and its own antipode are not a pair.
        const own = tf.concat([tf.concat([tf.zeros([count / 2, count / 2]), tf.eye(count / 2)], 1), tf.concat([tf.eye(count / 2), tf.zeros([count / 2, count / 2])], 1)], 0);
        total = tf.sub(total, tf.sum(tf.mul(energy, own)));
      }
      return tf.mul(this.weight, tf.div(total, pairs)) as tf.Scalar;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { s: this.s, weight: this.weight, halfSpace: this.halfSpace };
  }

  static fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    return new cls(optionsFromConfig(config));
  }
}

export interface NormLossOptions {
  readonly lambda?: number;
}

/** lambda * sum_i (1 - ||w_i||)^2 over the output units / filters of a kernel. */
export class NormLoss extends RegularizerBase {
  static className = 'NormLoss';
  readonly lambda: number;

  constructor(options: NormLossOptions = {}) {
    super();
    checkOptionNames('NormLoss', options, { lambda: true } satisfies OptionNames<NormLossOptions>);
    this.lambda = options.lambda ?? 0.001;
    checkOption('NormLoss', 'lambda', this.lambda, (value) => value >= 0, '>= 0');
  }

  override apply(kernel: tf.Tensor): tf.Scalar {
    if (kernel.rank < 2) throw new Error(`NormLoss: expected a kernel of rank >= 2 (biases are excluded), got shape [${kernel.shape.join(', ')}]`);
    return tf.tidy(() => {
      const norms = tf.sqrt(tf.sum(tf.square(unitVectors(kernel)), 0));
      return tf.mul(this.lambda, tf.sum(tf.square(tf.sub(1, norms)))) as tf.Scalar;
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { lambda: this.lambda };
  }

  static fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    return new cls(optionsFromConfig(config));
  }
}

function columns(matrix: Matrix): number[][] {
  return matrix[0]!.map((_, column) => matrix.map((row) => row[column]!));
}

function mheReference(kernel: Matrix, s: number, weight: number, halfSpace: boolean): number {
  let units = columns(kernel).map((column) => normalise(column));
  const half = units.length;
  if (halfSpace) units = [...units, ...units.map((unit) => unit.map((value) => -value))];
  let total = 0;
  let pairs = 0;
  units.forEach((a, i) => units.forEach((b, j) => {
    if (i === j || (halfSpace && Math.abs(i - j) === half)) return;
    const distance = euclidean(a, b);
    total += s === 0 ? Math.log(1 / distance) : distance ** -s;
    pairs++;
  }));
  return weight * total / pairs;
}

function normLossReference(kernel: Matrix, lambda: number): number {
  return lambda * columns(kernel).reduce((total, column) => total + (1 - Math.sqrt(dot(column, column))) ** 2, 0);
}

const KERNEL: Matrix = [[0.8, -0.3, 0.5], [0.2, 0.9, -0.4], [-0.5, 0.1, 0.7], [0.3, 0.4, 0.2]];

export const mheEntry: LossEntry = {
  id: 'losses.mhe',
  kind: 'regularizer',
  names: ['MinimumHypersphericalEnergy'],
  summary: 'Minimum hyperspherical energy: mean pairwise f_s(||w^_i - w^_j||) of the units\' unit weight vectors.',
  cases: [
    {
      label: 'orthonormal units, s = 1: every pair contributes 1/sqrt(2)',
      yTrue: [[0, 0, 0]], yPred: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], expected: Math.SQRT1_2, gradient: false,
      loss: (_t, kernel) => new MinimumHypersphericalEnergy({ s: 1, weight: 1 }).apply(kernel), reference: (_t, kernel) => mheReference(kernel, 1, 1, false),
    },
    { label: 's = 2', yTrue: [[0]], yPred: KERNEL, loss: (_t, kernel) => new MinimumHypersphericalEnergy({ weight: 1 }).apply(kernel), reference: (_t, kernel) => mheReference(kernel, 2, 1, false) },
    { label: 's = 0 (log energy), half-space', yTrue: [[0]], yPred: KERNEL, loss: (_t, kernel) => new MinimumHypersphericalEnergy({ s: 0, weight: 1, halfSpace: true }).apply(kernel), reference: (_t, kernel) => mheReference(kernel, 0, 1, true) },
    {
      label: 'invariant to neuron norms',
      yTrue: [[0]], yPred: KERNEL.map((row) => row.map((value, column) => value * [3, 0.5, 2][column]!)),
      loss: (_t, kernel) => new MinimumHypersphericalEnergy({ weight: 1 }).apply(kernel), reference: () => mheReference(KERNEL, 2, 1, false), gradient: false,
    },
  ],
  badInputs: [
    { label: 'a single unit', run: () => new MinimumHypersphericalEnergy().apply(tf.ones([4, 1])), message: /MinimumHypersphericalEnergy: expected a kernel with at least 2 output units, got shape \[4, 1\]/ },
  ],
};

export const normLossEntry: LossEntry = {
  id: 'losses.norm-loss',
  kind: 'regularizer',
  names: ['NormLoss'],
  summary: 'Norm loss lambda*sum_i (1 - ||w_i||)^2, steering every filter toward unit norm (oblique manifold).',
  cases: [
    {
      label: 'column norms 1, 2 and 0.5 give R/lambda = 1.25',
      yTrue: [[0]], yPred: [[1, 0, 0.3], [0, 2, 0.4]], expected: 1.25,
      loss: (_t, kernel) => new NormLoss({ lambda: 1 }).apply(kernel), reference: (_t, kernel) => normLossReference(kernel, 1),
    },
    { label: 'a 4x3 kernel, lambda 0.001', yTrue: [[0]], yPred: KERNEL, loss: (_t, kernel) => new NormLoss().apply(kernel), reference: (_t, kernel) => normLossReference(kernel, 0.001) },
  ],
  badInputs: [
    { label: 'bias vector', run: () => new NormLoss().apply(tf.ones([4])), message: /NormLoss: expected a kernel of rank >= 2 \(biases are excluded\), got shape \[4\]/ },
  ],
};
