// Losses with state outside the gradient: center loss (Wen et al. 2016; continual-learning use
// per "Center Loss Regularization for Continual Learning", whose lambda / centre-rate choices are
// UNSURE, so the library defaults are Wen's) and Early-Learning Regularization ("Early-Learning
// Regularization Prevents Memorization of Noisy Labels", shengliu66/ELR reference semantics).
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, checkOptionNames, formatShape, withTargetLayout, type ConfiguredLoss, type OptionNames } from '../common.js';
import type { LossEntry } from '../entry.js';
import { clip, logSoftmax, mean, softmax, type Matrix } from '../math64.js';

export interface CenterLossOptions {
  readonly numClasses: number;
  readonly featureSize: number;
  /** Weight of the centre term. Default 0.01. */
  readonly lambda?: number;
  /** Centre update rate alpha. Default 0.5. */
  readonly centerLr?: number;
  /** 'sum' (Wen et al.: (1/2)*sum_i ||f_i - c_{y_i}||^2) or 'mean' (divided by the batch). */
  readonly reduction?: 'sum' | 'mean';
}

const CENTER_LOSS_OPTIONS: OptionNames<CenterLossOptions> = { numClasses: true, featureSize: true, lambda: true, centerLr: true, reduction: true };

/**
 * lambda * L_C with non-trainable centres (numClasses x featureSize, initialised to 0) updated
 * after each call outside the gradient: c_j <- c_j - centerLr * sum_{i: y_i = j}(c_j - f_i)/(1 + n_j).
 * yTrue: class labels [batch] or [batch, 1]; yPred: features [batch, featureSize].
 */
export class CenterLoss {
  readonly numClasses: number;
  readonly featureSize: number;
  readonly lambda: number;
  readonly centerLr: number;
  readonly reduction: 'sum' | 'mean';
  private centers: Float32Array;

  constructor(options: CenterLossOptions) {
    const name = 'CenterLoss';
    checkOptionNames(name, options, CENTER_LOSS_OPTIONS);
    checkOption(name, 'numClasses', options?.numClasses, (value) => Number.isInteger(value) && value >= 1, 'a positive integer');
    checkOption(name, 'featureSize', options.featureSize, (value) => Number.isInteger(value) && value >= 1, 'a positive integer');
    this.numClasses = options.numClasses;
    this.featureSize = options.featureSize;
    this.lambda = options.lambda ?? 0.01;
    this.centerLr = options.centerLr ?? 0.5;
    this.reduction = options.reduction ?? 'sum';
    this.centers = new Float32Array(this.numClasses * this.featureSize);
  }

  private labels(yTrue: tf.Tensor, batch: number): Int32Array {
    if (yTrue.size !== batch) throw new Error(`CenterLoss: expected one label per feature row (${batch}), got yTrue ${formatShape(yTrue.shape)}`);
    const labels = Int32Array.from(yTrue.dataSync());
    const bad = labels.findIndex((label) => label < 0 || label >= this.numClasses);
    if (bad >= 0) throw new Error(`CenterLoss: expected labels in [0, ${this.numClasses - 1}], got ${labels[bad]} at index ${bad}`);
    return labels;
  }

  /** lambda * L_C for the batch with the current centres (no update). */
  call(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
    checkFloat('CenterLoss', yPred, 'yPred');
    if (yPred.rank !== 2 || yPred.shape[1] !== this.featureSize) {
      throw new Error(`CenterLoss: expected features yPred [batch, ${this.featureSize}], got ${formatShape(yPred.shape)}`);
    }
    const labels = this.labels(yTrue, yPred.shape[0]!);
    return tf.tidy(() => {
      const centers = tf.gather(tf.tensor2d(this.centers, [this.numClasses, this.featureSize]), tf.tensor1d(labels, 'int32'));
      const total = tf.mul(0.5, tf.sum(tf.square(tf.sub(yPred, centers))));
      return tf.mul(this.lambda, this.reduction === 'mean' ? tf.div(total, yPred.shape[0]!) : total);
    });
  }

  /** Wen et al.'s centre update from this batch's features (classes absent from the batch keep their centre). */
  update(yTrue: tf.Tensor, yPred: tf.Tensor): void {
    const batch = yPred.shape[0]!;
    const labels = this.labels(yTrue, batch);
    const features = yPred.dataSync();
    const size = this.featureSize;
    const delta = new Float64Array(this.centers.length);
    const counts = new Float64Array(this.numClasses);
    labels.forEach((label, row) => {
      counts[label]! += 1;
      for (let k = 0; k < size; k++) delta[label * size + k]! += this.centers[label * size + k]! - features[row * size + k]!;
    });
    for (let label = 0; label < this.numClasses; label++) {
      if (counts[label] === 0) continue;
      for (let k = 0; k < size; k++) {
        this.centers[label * size + k] = this.centers[label * size + k]! - this.centerLr * delta[label * size + k]! / (1 + counts[label]!);
      }
    }
  }

  /** A compile-ready loss: computes lambda*L_C, then updates the centres from the batch. */
  asLoss(): ConfiguredLoss {
    const loss = (yTrue: tf.Tensor, yPred: tf.Tensor) => {
      const value = this.call(yTrue, yPred);
      this.update(yTrue, yPred);
      return value;
    };
    Object.defineProperty(loss, 'name', { value: 'centerLoss' });
    Object.defineProperty(loss, 'lossName', { value: 'centerLoss' });
    Object.defineProperty(loss, 'options', { value: this.getConfig() });
    return withTargetLayout(loss as ConfiguredLoss, 'class labels [batch] or [batch, 1]; yPred is the features [batch, featureSize]');
  }

  getCenters(): Float32Array {
    return Float32Array.from(this.centers);
  }

  setCenters(centers: ArrayLike<number>): void {
    if (centers.length !== this.centers.length) throw new Error(`CenterLoss: expected ${this.centers.length} centre values (${this.numClasses} x ${this.featureSize}), got ${centers.length}`);
    this.centers = Float32Array.from(centers);
  }

  getConfig(): Record<string, unknown> {
    return { numClasses: this.numClasses, featureSize: this.featureSize, lambda: this.lambda, centerLr: this.centerLr, reduction: this.reduction };
  }

  /** Config plus centres as plain JSON (save next to the model; centres are not model weights). */
  toJSON(): Record<string, unknown> {
    return { ...this.getConfig(), centers: Array.from(this.centers) };
  }

  static fromJSON(json: Record<string, unknown>): CenterLoss {
    const { centers, ...options } = json;
    const loss = new CenterLoss(options as unknown as CenterLossOptions);
    if (Array.isArray(centers)) loss.setCenters(centers as number[]);
    return loss;
  }
}

export interface ElrOptions {
  readonly numExamples: number;
  readonly numClasses: number;
  /** Target momentum. Default 0.7 (CIFAR-10 config; 0.9 for CIFAR-100). */
  readonly beta?: number;
  /** Regulariser weight. Default 3 (CIFAR-10; 7 for CIFAR-100). */
  readonly lambda?: number;
}

/**
 * ELR: CE(z, y) + lambda * mean_i log(1 - <t_i, p_i>), p = clamp(softmax(z), 1e-4, 1 - 1e-4); the
 * target buffer row t_i (indexed by sample id) is updated first, t <- beta*t + (1 - beta)*p/sum(p)
 * from detached predictions. yTrue packs [oneHotLabels | sampleId] ([batch, K + 1]); yPred: logits.
 */
export class EarlyLearningRegularization {
  readonly numExamples: number;
  readonly numClasses: number;
  readonly beta: number;
  readonly lambda: number;
  private targets: Float32Array;

  constructor(options: ElrOptions) {
    const name = 'EarlyLearningRegularization';
    checkOptionNames(name, options, { numExamples: true, numClasses: true, beta: true, lambda: true } satisfies OptionNames<ElrOptions>);
    checkOption(name, 'numExamples', options?.numExamples, (value) => Number.isInteger(value) && value >= 1, 'a positive integer');
    checkOption(name, 'numClasses', options.numClasses, (value) => Number.isInteger(value) && value >= 2, 'an integer >= 2');
    this.numExamples = options.numExamples;
    this.numClasses = options.numClasses;
    this.beta = options.beta ?? 0.7;
    this.lambda = options.lambda ?? 3;
    checkOption(name, 'beta', this.beta, (value) => value >= 0 && value <= 1, 'in [0, 1]');
    this.targets = new Float32Array(this.numExamples * this.numClasses);
  }

  call(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
    const name = 'EarlyLearningRegularization';
    checkFloat(name, yPred, 'yPred');
    const classes = this.numClasses;
    if (yPred.rank !== 2 || yPred.shape[1] !== classes || yTrue.rank !== 2 || yTrue.shape[1] !== classes + 1 || yTrue.shape[0] !== yPred.shape[0]) {
      throw new Error(`${name}: expected yTrue [batch, ${classes + 1}] (one-hot labels then the sample id) and logits yPred [batch, ${classes}], `
        + `got yTrue ${formatShape(yTrue.shape)} and yPred ${formatShape(yPred.shape)}`);
    }
    const packed = yTrue.arraySync() as number[][];
    const ids = packed.map((row) => row[classes]!);
    const bad = ids.findIndex((id) => !(Number.isInteger(id) && id >= 0 && id < this.numExamples));
    if (bad >= 0) throw new Error(`${name}: expected sample ids in [0, ${this.numExamples - 1}], got ${ids[bad]} at row ${bad}`);
    // Update the targets from detached predictions before computing the loss (reference order).
    const probabilities = tf.tidy(() => tf.clipByValue(tf.softmax(yPred), 1e-4, 1 - 1e-4).arraySync() as number[][]);
    probabilities.forEach((row, index) => {
      const total = row.reduce((a, b) => a + b, 0);
      const offset = ids[index]! * classes;
      row.forEach((value, k) => { this.targets[offset + k] = this.beta * this.targets[offset + k]! + (1 - this.beta) * value / total; });
    });
    const batchTargets = ids.map((id) => Array.from(this.targets.subarray(id * classes, (id + 1) * classes)));
    return tf.tidy(() => {
      const labels = tf.slice(yTrue, [0, 0], [-1, classes]);
      const crossEntropy = tf.mean(tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(yPred)), -1)));
      const clamped = tf.clipByValue(tf.softmax(yPred), 1e-4, 1 - 1e-4);
      const agreement = tf.sum(tf.mul(tf.tensor2d(batchTargets, [ids.length, classes]), clamped), -1);
      return tf.add(crossEntropy, tf.mul(this.lambda, tf.mean(tf.log(tf.sub(1, agreement)))));
    });
  }

  asLoss(): ConfiguredLoss {
    const loss = (yTrue: tf.Tensor, yPred: tf.Tensor) => this.call(yTrue, yPred);
    Object.defineProperty(loss, 'name', { value: 'earlyLearningRegularization' });
    Object.defineProperty(loss, 'lossName', { value: 'earlyLearningRegularization' });
    Object.defineProperty(loss, 'options', { value: { numExamples: this.numExamples, numClasses: this.numClasses, beta: this.beta, lambda: this.lambda } });
    return withTargetLayout(loss as ConfiguredLoss, 'packed [oneHotLabels | sampleId], [batch, numClasses + 1]; yPred is logits [batch, numClasses]');
  }

  getTargets(): Float32Array {
    return Float32Array.from(this.targets);
  }

  setTargets(targets: ArrayLike<number>): void {
    if (targets.length !== this.targets.length) throw new Error(`EarlyLearningRegularization: expected ${this.targets.length} target values, got ${targets.length}`);
    this.targets = Float32Array.from(targets);
  }
}

function centerReference(yTrue: Matrix, yPred: Matrix, centers: Matrix, lambda: number): number {
  return lambda * 0.5 * yPred.reduce((total, row, i) => total + row.reduce((sum, value, k) => sum + (value - centers[yTrue[i]![0]!]![k]!) ** 2, 0), 0);
}

/** ELR with a fixed (pre-filled) target buffer and beta = 1, so targets do not depend on yPred. */
function elrReference(yTrue: Matrix, yPred: Matrix, targets: Matrix, lambda: number): number {
  const classes = yPred[0]!.length;
  return mean(yPred.map((logits, i) => {
    const label = yTrue[i]!.slice(0, classes);
    const logP = logSoftmax(logits);
    const p = softmax(logits).map((value) => clip(value, 1e-4, 1 - 1e-4));
    const target = targets[yTrue[i]![classes]!]!;
    const agreement = p.reduce((total, value, k) => total + value * target[k]!, 0);
    return -label.reduce((total, value, k) => total + value * logP[k]!, 0) + lambda * Math.log(1 - agreement);
  }));
}

const CENTERS: Matrix = [[0.5, -0.2, 0.1], [-0.4, 0.6, 0.3]];
const ELR_TARGETS: Matrix = [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.1, 0.1, 0.8]];

export const centerLossEntry: LossEntry = {
  id: 'losses.center-loss',
  kind: 'loss',
  names: ['CenterLoss'],
  summary: 'Center loss lambda*(1/2)*sum ||f_i - c_{y_i}||^2 with non-trainable centres updated outside the gradient.',
  cases: [
    {
      label: 'oracle: features [[1, 0], [3, 0]] of class 0, c_0 = 0: L_C = 5',
      yTrue: [[0], [0]], yPred: [[1, 0], [3, 0]], expected: 5,
      loss: (yTrue, yPred) => new CenterLoss({ numClasses: 2, featureSize: 2, lambda: 1 }).call(yTrue, yPred),
      reference: (yTrue, yPred) => centerReference(yTrue, yPred, [[0, 0], [0, 0]], 1),
    },
    {
      label: 'given centres, lambda 0.01',
      yTrue: [[1], [0], [1]], yPred: [[0.2, 0.1, -0.3], [0.7, 0.4, 0.2], [-0.1, 0.9, 0.5]],
      loss: (yTrue, yPred) => { const loss = new CenterLoss({ numClasses: 2, featureSize: 3 }); loss.setCenters(CENTERS.flat()); return loss.call(yTrue, yPred); },
      reference: (yTrue, yPred) => centerReference(yTrue, yPred, CENTERS, 0.01),
    },
  ],
  badInputs: [
    { label: 'label out of range', run: () => new CenterLoss({ numClasses: 2, featureSize: 2 }).call(tf.tensor2d([[2]]), tf.ones([1, 2])), message: /CenterLoss: expected labels in \[0, 1\], got 2 at index 0/ },
    { label: 'feature size mismatch', run: () => new CenterLoss({ numClasses: 2, featureSize: 3 }).call(tf.tensor2d([[0]]), tf.ones([1, 2])), message: /CenterLoss: expected features yPred \[batch, 3\], got \[1, 2\]/ },
  ],
};

export const elrEntry: LossEntry = {
  id: 'losses.elr',
  kind: 'loss',
  names: ['EarlyLearningRegularization'],
  summary: 'ELR: CE + lambda*mean log(1 - <t_i, p_i>) with a per-sample target buffer updated by momentum.',
  cases: [
    {
      label: 'oracle: logits [0, 0], label 0, fresh buffer: ln 2 + 3 ln 0.85',
      yTrue: [[1, 0, 0]], yPred: [[0, 0]], expected: Math.LN2 + 3 * Math.log(0.85), gradient: false,
      loss: (yTrue, yPred) => new EarlyLearningRegularization({ numExamples: 1, numClasses: 2 }).call(yTrue, yPred),
      reference: () => Math.LN2 + 3 * Math.log(1 - 0.3 * 0.5),
    },
    {
      label: 'pre-filled buffer, beta 1 (targets fixed): gradient through the regulariser',
      yTrue: [[1, 0, 0, 2], [0, 1, 0, 0]], yPred: [[0.4, -0.2, 0.9], [1.1, 0.3, -0.5]],
      loss: (yTrue, yPred) => { const loss = new EarlyLearningRegularization({ numExamples: 3, numClasses: 3, beta: 1 }); loss.setTargets(ELR_TARGETS.flat()); return loss.call(yTrue, yPred); },
      reference: (yTrue, yPred) => elrReference(yTrue, yPred, ELR_TARGETS, 3),
    },
  ],
  badInputs: [
    { label: 'sample id out of range', run: () => new EarlyLearningRegularization({ numExamples: 2, numClasses: 2 }).call(tf.tensor2d([[1, 0, 5]]), tf.ones([1, 2])), message: /EarlyLearningRegularization: expected sample ids in \[0, 1\], got 5 at row 0/ },
    { label: 'missing id column', run: () => new EarlyLearningRegularization({ numExamples: 2, numClasses: 2 }).call(tf.ones([1, 2]), tf.ones([1, 2])), message: /EarlyLearningRegularization: expected yTrue \[batch, 3\] \(one-hot labels then the sample id\)/ },
  ],
};
