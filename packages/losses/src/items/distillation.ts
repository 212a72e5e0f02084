// Knowledge distillation ("Distilling the Knowledge in a Neural Network"; teacher ensembles and
// the MEAL V2 soft-target mode). Known limit: MEAL V2's logit discriminator is not included.
import * as tf from '@tensorflow/tfjs-core';
import { checkFloat, checkOption, defineLoss, formatShape, reduce, REDUCTION_OPTIONS, type OptionNames, type ReductionOptions } from '../common.js';
import type { LossEntry } from '../entry.js';
import { logSoftmax, mean, softmax, type Matrix } from '../math64.js';

export interface DistillationOptions extends ReductionOptions {
  /** Softening temperature T (library default 4; the paper fixes none). */
  readonly temperature?: number;
  /** Weight of the soft (teacher) term; 1 - alpha weighs the hard-label term. Default 0.9. */
  readonly alpha?: number;
  /** 'hinton': alpha*T^2*KL + (1 - alpha)*CE; 'mealv2': soft cross-entropy to the teachers' mean softmax. */
  readonly mode?: 'hinton' | 'mealv2';
  /** Number of teacher logit blocks packed in yTrue after the labels. Default 1. */
  readonly teachers?: number;
}

const DISTILLATION_OPTIONS: OptionNames<DistillationOptions> = { ...REDUCTION_OPTIONS, temperature: true, alpha: true, mode: true, teachers: true };

/**
 * yTrue packs the targets so the loss fits `model.compile`: `[oneHotLabels | teacherLogits_1 |
 * ... | teacherLogits_n]` along the last axis (K columns each; see `packDistillationTargets`),
 * yPred is the student's logits [batch, K]. Teachers are targets, so no gradient reaches them.
 */
export const knowledgeDistillation = defineLoss<DistillationOptions>('knowledgeDistillation', {
  options: DISTILLATION_OPTIONS,
  targetLayout: 'packed [oneHotLabels | teacherLogits_1 | ... | teacherLogits_n], [batch, classes*(1 + teachers)] (packDistillationTargets)',
}, (yTrue, yPred, options) => {
  const name = 'knowledgeDistillation';
  checkFloat(name, yTrue, 'yTrue');
  checkFloat(name, yPred, 'yPred');
  const temperature = options.temperature ?? 4;
  const alpha = options.alpha ?? 0.9;
  const mode = options.mode ?? 'hinton';
  const teachers = options.teachers ?? 1;
  checkOption(name, 'temperature', temperature, (value) => value > 0, '> 0');
  checkOption(name, 'alpha', alpha, (value) => value >= 0 && value <= 1, 'in [0, 1]');
  checkOption(name, 'teachers', teachers, (value) => Number.isInteger(value) && value >= 1, 'a positive integer');
  if (mode !== 'hinton' && mode !== 'mealv2') throw new Error(`${name}: expected mode 'hinton' or 'mealv2', got '${String(mode)}'`);
  const classes = yPred.shape[yPred.rank - 1]!;
  if (yPred.rank !== 2 || yTrue.rank !== 2 || yTrue.shape[0] !== yPred.shape[0] || yTrue.shape[1] !== classes * (1 + teachers)) {
    throw new Error(`${name}: expected yTrue [batch, ${classes * (1 + teachers)}] (one-hot labels then ${teachers} teacher logit block(s) of ${classes}) `
      + `for student logits yPred [batch, ${classes}], got yTrue ${formatShape(yTrue.shape)} and yPred ${formatShape(yPred.shape)} — build yTrue with packDistillationTargets`);
  }
  return tf.tidy(() => {
    const labels = tf.slice(yTrue, [0, 0], [-1, classes]);
    const softTemperature = mode === 'mealv2' ? 1 : temperature;
    let teacherProbabilities: tf.Tensor = tf.zeros(yPred.shape);
    for (let teacher = 0; teacher < teachers; teacher++) {
      const logits = tf.slice(yTrue, [0, classes * (1 + teacher)], [-1, classes]);
      teacherProbabilities = tf.add(teacherProbabilities, tf.softmax(tf.div(logits, softTemperature)));
    }
    teacherProbabilities = tf.div(teacherProbabilities, teachers);
    const studentLogProbabilities = tf.logSoftmax(tf.div(yPred, softTemperature));
    const crossTerm = tf.neg(tf.sum(tf.mul(teacherProbabilities, studentLogProbabilities), -1));
    if (mode === 'mealv2') return reduce(name, crossTerm, options);
    // KL = soft cross-entropy minus the teacher entropy; 0*log 0 is taken as 0.
    const positive = tf.greater(teacherProbabilities, 0);
    const teacherLog = tf.where(positive, tf.log(tf.where(positive, teacherProbabilities, tf.onesLike(teacherProbabilities))), tf.zerosLike(teacherProbabilities));
    const kl = tf.add(crossTerm, tf.sum(tf.mul(teacherProbabilities, teacherLog), -1));
    const hard = tf.neg(tf.sum(tf.mul(labels, tf.logSoftmax(yPred)), -1));
    const perSample = tf.add(tf.mul(kl, alpha * temperature * temperature), tf.mul(hard, 1 - alpha));
    return reduce(name, perSample, options);
  });
});

/** Concatenates one-hot labels and teacher logits into the yTrue layout `knowledgeDistillation` reads. */
export function packDistillationTargets(oneHotLabels: tf.Tensor, teacherLogits: tf.Tensor | readonly tf.Tensor[]): tf.Tensor {
  const teachers = Array.isArray(teacherLogits) ? teacherLogits : [teacherLogits as tf.Tensor];
  return tf.concat([oneHotLabels, ...teachers], -1);
}

export function distillationReference(yTrue: Matrix, yPred: Matrix, options: DistillationOptions): number {
  const temperature = options.mode === 'mealv2' ? 1 : options.temperature ?? 4;
  const alpha = options.alpha ?? 0.9;
  const teachers = options.teachers ?? 1;
  return mean(yPred.map((student, index) => {
    const classes = student.length;
    const packed = yTrue[index]!;
    const target = new Array<number>(classes).fill(0);
    for (let teacher = 0; teacher < teachers; teacher++) {
      const probabilities = softmax(packed.slice(classes * (1 + teacher), classes * (2 + teacher)).map((value) => value / temperature));
      probabilities.forEach((value, k) => { target[k]! += value / teachers; });
    }
    const studentLog = logSoftmax(student.map((value) => value / temperature));
    if (options.mode === 'mealv2') return -target.reduce((total, value, k) => total + value * studentLog[k]!, 0);
    const kl = target.reduce((total, value, k) => total + (value > 0 ? value * (Math.log(value) - studentLog[k]!) : 0), 0);
    const hardLog = logSoftmax(student);
    const hard = -packed.slice(0, classes).reduce((total, value, k) => total + value * hardLog[k]!, 0);
    return alpha * temperature * temperature * kl + (1 - alpha) * hard;
  }));
}

export const distillationEntry: LossEntry = {
  id: 'losses.knowledge-distillation',
  kind: 'loss',
  names: ['knowledgeDistillation', 'packDistillationTargets'],
  summary: 'Hinton distillation alpha*T^2*KL(p_t || p_s) + (1 - alpha)*CE, teacher ensembles, MEAL V2 soft targets.',
  cases: [
    {
      label: 'oracle: z_t = [1, 0], z_s = [0, 0], T = 2, alpha = 0.9',
      yTrue: [[1, 0, 1, 0]], yPred: [[0, 0]], expected: 0.1783942,
      loss: knowledgeDistillation({ temperature: 2, alpha: 0.9 }),
      reference: (yTrue, yPred) => distillationReference(yTrue, yPred, { temperature: 2, alpha: 0.9 }),
    },
    {
      label: 'two teachers, T = 3',
      yTrue: [[0, 1, 0, 0.5, 2, -1, 1, 1.5, 0], [1, 0, 0, 2, 0.2, 0.1, -0.5, 0.7, 0.3]],
      yPred: [[0.2, 0.9, -0.4], [1.1, -0.3, 0.6]],
      loss: knowledgeDistillation({ temperature: 3, alpha: 0.7, teachers: 2 }),
      reference: (yTrue, yPred) => distillationReference(yTrue, yPred, { temperature: 3, alpha: 0.7, teachers: 2 }),
    },
    {
      label: 'mealv2: teachers [0.8, 0.2] and [0.6, 0.4], student [0, 0] gives ln 2',
      yTrue: [[0, 0, Math.log(0.8), Math.log(0.2), Math.log(0.6), Math.log(0.4)]], yPred: [[0, 0]], expected: Math.LN2,
      loss: knowledgeDistillation({ mode: 'mealv2', teachers: 2 }),
      reference: (yTrue, yPred) => distillationReference(yTrue, yPred, { mode: 'mealv2', teachers: 2 }),
    },
  ],
  badInputs: [
    {
      label: 'yTrue without teacher logits',
      run: () => knowledgeDistillation(tf.ones([2, 3]), tf.ones([2, 3])),
      message: /knowledgeDistillation: expected yTrue \[batch, 6\] \(one-hot labels then 1 teacher logit block\(s\) of 3\)/,
    },
    {
      label: 'non-positive temperature',
      run: () => knowledgeDistillation(tf.ones([1, 4]), tf.ones([1, 2]), { temperature: 0 }),
      message: /knowledgeDistillation: expected temperature > 0, got 0/,
    },
  ],
};
