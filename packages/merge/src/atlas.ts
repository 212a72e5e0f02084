/**
 * aTLAS (merge.atlas): "Knowledge Composition using Task Vectors with Learned Anisotropic Scaling".
 * θ(Λ) = θ₀ + Σ_t Σ_b λ[t, b]·τ_t^(b), one learnable coefficient per task vector and parameter
 * block (every kernel, bias and norm parameter: granularity 'tensor'), Λ initialised to 0 and the
 * only trained quantity, through merged weights computed in the forward pass (merge.functional-merge).
 * Trained with AdamW (decoupled weight decay) and gradient-norm clipping on cross-entropy of a few
 * labelled examples, the prediction entropy, or a loss of the caller's. Limits: the 'partition'
 * (PEFT) granularity, the 'ufm' objective and best-validation selection are not included.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { batchSampler, predictionEntropy } from './adamerging.js';
import { FunctionalMerge, type FunctionalGranularity } from './functional-merge.js';
import { seededRandom } from './tensor-math.js';

export interface AtlasStep {
  readonly step: number;
  /** The objective (regulariser included) of this step's batch, before the update. */
  readonly loss: number;
}

export interface AtlasOptions {
  readonly base: tfl.LayersModel;
  readonly models: readonly tfl.LayersModel[];
  /** Training inputs and, for 'crossEntropy' or a custom loss, labels (class indices [n] or one-hot [n, classes]). */
  readonly data: { readonly inputs: tf.Tensor; readonly labels?: tf.Tensor };
  /** 'tensor' (default): one coefficient per task and parameter tensor; 'layer' or 'task' share them. */
  readonly granularity?: FunctionalGranularity;
  readonly lambdaInit?: number;
  /** Built-in objectives on the merged model's logits; ignored when `loss` is given. */
  readonly objective?: 'crossEntropy' | 'entropy';
  /** A custom objective of the merged model's output (logits: a final softmax is left out) and the labels. */
  readonly loss?: (logits: tf.Tensor, labels: tf.Tensor | undefined) => tf.Scalar;
  readonly learningRate?: number;
  readonly weightDecay?: number;
  /** Adds 0.5·mean_b ‖λ[:, b]‖_p (p = 1 or 2); null: none. */
  readonly lpReg?: 1 | 2 | null;
  /** Clip the gradient's L2 norm to this (PyTorch clip_grad_norm_); null: no clipping. */
  readonly gradientClip?: number | null;
  readonly steps?: number;
  /** Cosine decay of the learning rate to 0 over `steps` (the few-shot recipe). */
  readonly cosine?: boolean;
  /** Rows per step, drawn shuffled; default: every row each step. */
  readonly batchSize?: number;
  readonly seed?: number;
  readonly onStep?: (progress: AtlasStep) => void;
}

export interface AtlasResult {
  /** θ₀ + Σ λ·τ by weight name (the caller disposes them). */
  readonly weights: tf.NamedTensorMap;
  /** Learned coefficients, [tasks][blocks]. */
  readonly lambda: number[][];
  readonly groups: readonly string[];
  readonly history: readonly AtlasStep[];
}

function oneHotLabels(labels: tf.Tensor, logits: tf.Tensor): tf.Tensor {
  if (labels.rank === 1) return tf.oneHot(tf.cast(labels, 'int32'), logits.shape[logits.rank - 1]!);
  if (!tf.util.arraysEqual(labels.shape, logits.shape)) {
    throw new Error(`atlas: expected labels as class indices [${logits.shape[0]}] or one-hot [${logits.shape.join(', ')}], got [${labels.shape.join(', ')}] — fix data.labels`);
  }
  return labels;
}

export function atlas(options: AtlasOptions): AtlasResult {
  const {
    base, models, data, granularity = 'tensor', lambdaInit = 0, objective = 'crossEntropy', loss: customLoss, learningRate = 1e-3,
    weightDecay = 0.1, lpReg = null, gradientClip = 1, steps = 100, cosine = false, batchSize, seed = 0, onStep,
  } = options;
  if (objective === 'crossEntropy' && !customLoss && !data.labels) {
    throw new Error("atlas: expected data.labels for objective 'crossEntropy', got none — pass labels, or objective: 'entropy' for unlabeled data");
  }
  if (lpReg !== null && lpReg !== 1 && lpReg !== 2) throw new Error(`atlas: expected lpReg 1, 2 or null, got ${String(lpReg)} — pick a norm`);
  const merged = new FunctionalMerge({ base, models, granularity, lambda: lambdaInit });
  const rows = data.inputs.shape[0]!;
  const sample = batchSampler(rows, batchSize ?? rows, seededRandom(seed, 'atlas', 0));
  // AdamW by hand: tfjs has no decoupled weight decay, and the schedule changes the rate per step.
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  const moment = tf.variable(tf.zerosLike(merged.lambda), false);
  const second = tf.variable(tf.zerosLike(merged.lambda), false);
  const history: AtlasStep[] = [];
  const objectiveOf = (inputs: tf.Tensor, labels: tf.Tensor | undefined) => () => {
    const logits = merged.apply(inputs, { logits: true });
    let value: tf.Scalar = customLoss ? customLoss(logits, labels)
      : objective === 'entropy' ? predictionEntropy(logits)
        : tf.losses.softmaxCrossEntropy(oneHotLabels(labels!, logits), logits) as tf.Scalar;
    if (lpReg !== null) {
      const norms = lpReg === 1 ? tf.sum(tf.abs(merged.lambda), 0)
        // ε inside the root: the gradient of ‖0‖₂ is then 0 (a subgradient) rather than NaN at Λ = 0.
        : tf.sqrt(tf.add(tf.sum(tf.square(merged.lambda), 0), 1e-12));
      value = tf.add(value, tf.mul(0.5, tf.mean(norms)));
    }
    return value;
  };
  try {
    for (let step = 0; step < steps; step++) {
      const batch = sample();
      const rate = cosine ? 0.5 * learningRate * (1 + Math.cos((Math.PI * step) / steps)) : learningRate;
      const value = tf.tidy(() => {
        const indices = tf.tensor1d(batch, 'int32');
        const inputs = tf.gather(data.inputs, indices);
        const labels = data.labels ? tf.gather(data.labels, indices) : undefined;
        const { value: lossValue, grads } = tf.variableGrads(objectiveOf(inputs, labels), [merged.lambda]);
        let gradient = grads[merged.lambda.name]!;
        if (gradientClip !== null) {
          const norm = tf.norm(gradient);
          gradient = tf.mul(gradient, tf.minimum(1, tf.div(gradientClip, tf.add(norm, 1e-6))));
        }
        moment.assign(tf.add(tf.mul(beta1, moment), tf.mul(1 - beta1, gradient)));
        second.assign(tf.add(tf.mul(beta2, second), tf.mul(1 - beta2, tf.square(gradient))));
        const corrected = tf.div(tf.div(moment, 1 - beta1 ** (step + 1)), tf.add(tf.sqrt(tf.div(second, 1 - beta2 ** (step + 1))), epsilon));
        merged.lambda.assign(tf.sub(tf.mul(merged.lambda, 1 - rate * weightDecay), tf.mul(rate, corrected)));
        return lossValue.dataSync()[0]!;
      });
      const entry = { step, loss: value };
      history.push(entry);
      onStep?.(entry);
    }
    return { weights: tf.tidy(() => merged.weights()), lambda: merged.lambda.arraySync() as number[][], groups: merged.groups, history };
  } finally {
    tf.dispose([moment, second]);
    merged.dispose();
  }
}
