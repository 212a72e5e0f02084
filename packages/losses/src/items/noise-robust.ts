// Noise-robust classification losses: "Normalized Loss Functions for Deep Learning with Noisy
// Labels" (NCE, NFL, NGCE, MAE, RCE and Active-Passive combinations), generalized cross-entropy
// (Zhang and Sabuncu 2018) and symmetric cross-entropy (Wang et al. 2019, = CE + RCE).
import * as tf from '@tensorflow/tfjs-core';
import { checkOption, checkProbabilities, checkSameShape, defineLoss, EPSILON, normaliseRows, reduce, REDUCTION_OPTIONS, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { clip, logSoftmax, mean, type Matrix } from '../math64.js';

export type ActiveLoss = 'ce' | 'nce' | 'fl' | 'nfl' | 'gce' | 'ngce';
export type PassiveLoss = 'rce' | 'mae' | 'none';

export interface ActivePassiveOptions extends ReductionOptions {
  readonly active?: ActiveLoss;
  readonly passive?: PassiveLoss;
  readonly alpha?: number;
  readonly beta?: number;
  /** Focusing parameter of fl / nfl. */
  readonly gamma?: number;
  /** Exponent q of gce / ngce. */
  readonly q?: number;
  /** log 0 := rceA inside the reverse cross-entropy. */
  readonly rceA?: number;
  readonly fromLogits?: boolean;
}

const ACTIVE_PASSIVE_OPTIONS: OptionNames<ActivePassiveOptions> = {
  ...REDUCTION_OPTIONS, active: true, passive: true, alpha: true, beta: true, gamma: true, q: true, rceA: true, fromLogits: true,
};

const ACTIVE: readonly ActiveLoss[] = ['ce', 'nce', 'fl', 'nfl', 'gce', 'ngce'];
const PASSIVE: readonly PassiveLoss[] = ['rce', 'mae', 'none'];

/** log p for every class: log-softmax of logits, or the log of probabilities clipped at 1e-7. */
function logProbabilitiesOf(yPred: tf.Tensor, fromLogits: boolean): tf.Tensor {
  return fromLogits ? tf.logSoftmax(yPred) : tf.log(tf.clipByValue(normaliseRows(yPred), EPSILON, 1));
}

function activeTerm(kind: ActiveLoss, target: tf.Tensor, logProbabilities: tf.Tensor, gamma: number, q: number): tf.Tensor {
  const probabilities = tf.exp(logProbabilities);
  switch (kind) {
    case 'ce': return tf.neg(tf.sum(tf.mul(target, logProbabilities), -1));
    case 'nce': return tf.div(tf.sum(tf.mul(target, logProbabilities), -1), tf.sum(logProbabilities, -1));
    case 'fl':
    case 'nfl': {
      const perClass = tf.neg(tf.mul(tf.pow(tf.sub(1, probabilities), gamma), logProbabilities));
      const truth = tf.sum(tf.mul(target, perClass), -1);
      return kind === 'fl' ? truth : tf.div(truth, tf.sum(perClass, -1));
    }
    case 'gce':
    case 'ngce': {
      const perClass = tf.div(tf.sub(1, tf.pow(probabilities, q)), q);
      const truth = tf.sum(tf.mul(target, perClass), -1);
      return kind === 'gce' ? truth : tf.div(truth, tf.sum(perClass, -1));
    }
  }
}

function passiveTerm(kind: PassiveLoss, target: tf.Tensor, logProbabilities: tf.Tensor, rceA: number): tf.Tensor | null {
  const probabilities = tf.exp(logProbabilities);
  switch (kind) {
    case 'none': return null;
    case 'mae': return tf.sum(tf.abs(tf.sub(probabilities, target)), -1);
    case 'rce': {
      // -sum_k p_k log q_k with the label distribution q; log 0 := A (A = -4 in the paper's code).
      const positive = tf.greater(target, 0);
      const logTarget = tf.where(positive, tf.log(tf.where(positive, target, tf.onesLike(target))), tf.fill(target.shape, rceA));
      return tf.neg(tf.sum(tf.mul(probabilities, logTarget), -1));
    }
  }
}

function activePassive(name: string, defaults: Partial<ActivePassiveOptions>) {
  return (yTrue: tf.Tensor, yPred: tf.Tensor, given: ActivePassiveOptions) => {
    const options = { ...defaults, ...given };
    checkSameShape(name, yTrue, yPred);
    const active = options.active ?? 'nce';
    const passive = options.passive ?? 'rce';
    if (!ACTIVE.includes(active)) throw new Error(`${name}: expected active one of ${ACTIVE.join(', ')}, got '${String(active)}'`);
    if (!PASSIVE.includes(passive)) throw new Error(`${name}: expected passive one of ${PASSIVE.join(', ')}, got '${String(passive)}'`);
    const q = options.q ?? 0.7;
    checkOption(name, 'q', q, (value) => value > 0 && value <= 1, 'in (0, 1]');
    if (!options.fromLogits && options.validate !== false) checkProbabilities(name, yPred);
    return tf.tidy(() => {
      const logProbabilities = logProbabilitiesOf(yPred, options.fromLogits ?? false);
      let perSample = tf.mul(activeTerm(active, yTrue, logProbabilities, options.gamma ?? 0.5, q), options.alpha ?? 1);
      const passiveValue = passiveTerm(passive, yTrue, logProbabilities, options.rceA ?? -4);
      if (passiveValue !== null) perSample = tf.add(perSample, tf.mul(passiveValue, options.beta ?? 1));
      return reduce(name, perSample, options);
    });
  };
}

/** alpha*active + beta*passive; default NCE + RCE. yTrue one-hot, yPred probabilities (or logits with fromLogits). */
export const activePassiveLoss = defineLoss<ActivePassiveOptions>('activePassiveLoss', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('activePassiveLoss', {}));
export const normalizedCrossEntropy = defineLoss<ActivePassiveOptions>('normalizedCrossEntropy', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('normalizedCrossEntropy', { active: 'nce', passive: 'none' }));
export const normalizedFocalLoss = defineLoss<ActivePassiveOptions>('normalizedFocalLoss', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('normalizedFocalLoss', { active: 'nfl', passive: 'none' }));
/** RCE alone: with one-hot labels it equals -A*(1 - p_y). */
export const reverseCrossEntropy = defineLoss<ActivePassiveOptions>('reverseCrossEntropy', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('reverseCrossEntropy', { active: 'ce', alpha: 0, passive: 'rce' }));
/** Symmetric cross-entropy alpha*CE + beta*RCE (Wang et al. 2019). */
export const symmetricCrossEntropy = defineLoss<ActivePassiveOptions>('symmetricCrossEntropy', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('symmetricCrossEntropy', { active: 'ce', passive: 'rce' }));
/** Generalized cross-entropy (1 - p_y^q)/q: q -> 0 is CE, q = 1 is 1 - p_y. */
export const generalizedCrossEntropy = defineLoss<ActivePassiveOptions>('generalizedCrossEntropy', { options: ACTIVE_PASSIVE_OPTIONS }, activePassive('generalizedCrossEntropy', { active: 'gce', passive: 'none' }));

// ---- float64 reference ----

export function activePassiveReference(yTrue: Matrix, yPred: Matrix, options: ActivePassiveOptions): number {
  const gamma = options.gamma ?? 0.5;
  const q = options.q ?? 0.7;
  return mean(yTrue.map((target, i) => {
    const row = yPred[i]!;
    const total = row.reduce((a, b) => a + b, 0);
    const logP = options.fromLogits ? logSoftmax(row) : row.map((value) => Math.log(clip(value / total, 1e-7, 1)));
    const p = logP.map(Math.exp);
    const weighted = (values: number[]) => values.reduce((sum, value, k) => sum + target[k]! * value, 0);
    const all = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
    const focal = logP.map((value, k) => -((1 - p[k]!) ** gamma) * value);
    const generalized = p.map((value) => (1 - value ** q) / q);
    const active = {
      ce: -weighted(logP), nce: weighted(logP) / all(logP),
      fl: weighted(focal), nfl: weighted(focal) / all(focal),
      gce: weighted(generalized), ngce: weighted(generalized) / all(generalized),
    }[options.active ?? 'nce'];
    const rceA = options.rceA ?? -4;
    const passive = {
      none: 0,
      mae: p.reduce((sum, value, k) => sum + Math.abs(value - target[k]!), 0),
      rce: -p.reduce((sum, value, k) => sum + value * (target[k]! > 0 ? Math.log(target[k]!) : rceA), 0),
    }[options.passive ?? 'rce'];
    return (options.alpha ?? 1) * active + (options.beta ?? 1) * passive;
  }));
}

const LABELS: Matrix = [[1, 0, 0], [0, 0, 1]];
const PROBABILITIES: Matrix = [[0.6, 0.3, 0.1], [0.2, 0.3, 0.5]];
const LOGITS: Matrix = [[1.2, -0.3, 0.4], [0.1, 0.5, -0.8]];

export const normalizedAplEntry: LossEntry = {
  id: 'losses.normalized-apl',
  kind: 'loss',
  names: ['activePassiveLoss', 'normalizedCrossEntropy', 'normalizedFocalLoss', 'reverseCrossEntropy', 'symmetricCrossEntropy'],
  summary: 'Normalized losses (NCE, NFL, NGCE), passive losses (MAE, RCE) and their Active-Passive sums; symmetric CE.',
  cases: [
    { label: 'NCE + RCE from probabilities', yTrue: LABELS, yPred: PROBABILITIES, loss: activePassiveLoss(), reference: (t, p) => activePassiveReference(t, p, {}) },
    { label: 'NFL + MAE from logits, CIFAR-100 weights', yTrue: LABELS, yPred: LOGITS, loss: activePassiveLoss({ active: 'nfl', passive: 'mae', alpha: 10, beta: 0.1, fromLogits: true }), reference: (t, p) => activePassiveReference(t, p, { active: 'nfl', passive: 'mae', alpha: 10, beta: 0.1, fromLogits: true }) },
    { label: 'NGCE + RCE', yTrue: LABELS, yPred: LOGITS, loss: activePassiveLoss({ active: 'ngce', fromLogits: true }), reference: (t, p) => activePassiveReference(t, p, { active: 'ngce', fromLogits: true }) },
    { label: 'RCE with A = -4 equals 4(1 - p_y)', yTrue: LABELS, yPred: PROBABILITIES, expected: mean([4 * 0.4, 4 * 0.5]), loss: reverseCrossEntropy(), reference: (t, p) => activePassiveReference(t, p, { active: 'ce', alpha: 0, passive: 'rce' }) },
    { label: 'symmetric CE, alpha 0.1, beta 1', yTrue: LABELS, yPred: LOGITS, loss: symmetricCrossEntropy({ alpha: 0.1, fromLogits: true }), reference: (t, p) => activePassiveReference(t, p, { active: 'ce', passive: 'rce', alpha: 0.1, fromLogits: true }) },
  ],
  badInputs: [
    { label: 'unknown active loss', run: () => activePassiveLoss(tf.ones([1, 2]), tf.ones([1, 2]), { active: 'xe' as ActiveLoss }), message: /activePassiveLoss: expected active one of ce, nce, fl, nfl, gce, ngce, got 'xe'/ },
    { label: 'logits passed as probabilities', run: () => normalizedCrossEntropy(tf.tensor2d([[1, 0]]), tf.tensor2d([[2, -1]])), message: /normalizedCrossEntropy: expected yPred probabilities in \[0, 1\], got a value 2 at index 0 — pass fromLogits: true/ },
  ],
};

export const generalizedCeEntry: LossEntry = {
  id: 'losses.generalized-ce',
  kind: 'loss',
  names: ['generalizedCrossEntropy'],
  summary: 'Generalized cross-entropy (1 - p_y^q)/q, between CE (q -> 0) and MAE (q = 1).',
  cases: [
    { label: 'q = 0.7 from logits', yTrue: LABELS, yPred: LOGITS, loss: generalizedCrossEntropy({ fromLogits: true }), reference: (t, p) => activePassiveReference(t, p, { active: 'gce', passive: 'none', fromLogits: true }) },
    { label: 'q = 1 gives 1 - p_y', yTrue: LABELS, yPred: PROBABILITIES, expected: mean([0.4, 0.5]), loss: generalizedCrossEntropy({ q: 1 }), reference: (t, p) => activePassiveReference(t, p, { active: 'gce', passive: 'none', q: 1 }) },
  ],
  badInputs: [
    { label: 'q = 0', run: () => generalizedCrossEntropy(tf.ones([1, 2]), tf.ones([1, 2]), { q: 0 }), message: /generalizedCrossEntropy: expected q in \(0, 1\], got 0/ },
  ],
};
