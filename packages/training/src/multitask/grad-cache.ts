// GradCache, "Scaling Deep Contrastive Learning Batch Size under Memory Limited Setup" (Gao et
// al.): gradients of a full-batch contrastive loss computed one sub-batch at a time. (1) Embed
// every sub-batch with no tape; (2) compute the full-batch loss and ∂L/∂z for every embedding;
// (3) for each sub-batch, run the encoder again under a tape and back-propagate the surrogate
// Σ sg(∂L/∂z)·f(x), summing the parameter gradients. Only one sub-batch's activations are alive at
// a time, so peak memory follows the sub-batch size, not the batch size. Limit: random layers
// (dropout) draw different noise in the two forward passes; the authors' code replays the random
// state, tfjs has no way to do so, so use encoders without randomness (or in inference mode).
import * as tf from '@tensorflow/tfjs-core';
import { checkNumber, checkOptionNames, describe } from '../options.js';

export interface GradCacheOptions {
  /** One encoder per input (e.g. query and document towers); each maps a batch to embeddings [n, d]. Required. */
  encoders?: Array<(x: tf.Tensor) => tf.Tensor>;
  /** The full-batch loss of the embeddings (one tensor per encoder). Required. */
  loss?: (embeddings: tf.Tensor[]) => tf.Scalar;
  /** Rows per sub-batch. Default 32. */
  subBatchSize?: number;
  /** Variables to differentiate. Default: every trainable variable. */
  variables?: tf.Variable[];
}

export const GRAD_CACHE_OPTION_NAMES = ['encoders', 'loss', 'subBatchSize', 'variables'] as const;

export class GradCache {
  readonly encoders: Array<(x: tf.Tensor) => tf.Tensor>;
  readonly loss: (embeddings: tf.Tensor[]) => tf.Scalar;
  readonly subBatchSize: number;
  readonly variables: tf.Variable[] | undefined;

  constructor(options: GradCacheOptions) {
    const where = 'gradCache';
    checkOptionNames(where, options, GRAD_CACHE_OPTION_NAMES);
    if (!Array.isArray(options?.encoders) || options.encoders.length === 0 || options.encoders.some((encoder) => typeof encoder !== 'function')) {
      throw new Error(`${where}: expected encoders to be a non-empty array of functions x => embeddings, got ${describe(options?.encoders)} — e.g. encoders: [(x) => queryModel.apply(x)]`);
    }
    if (typeof options.loss !== 'function') {
      throw new Error(`${where}: expected loss to be a function of the embeddings, got ${describe(options.loss)} — e.g. loss: ([q, d]) => contrastiveLoss(q, d)`);
    }
    this.encoders = options.encoders;
    this.loss = options.loss;
    this.subBatchSize = checkNumber(where, 'subBatchSize', options.subBatchSize, 32, { min: 1, integer: true });
    this.variables = options.variables;
  }

  /** The full-batch loss and its gradients for the variables, one sub-batch at a time. */
  gradients(inputs: tf.Tensor[]): { value: tf.Scalar; grads: tf.NamedTensorMap } {
    const where = 'gradCache';
    if (!Array.isArray(inputs) || inputs.length !== this.encoders.length || inputs.some((input) => !(input instanceof tf.Tensor))) {
      throw new Error(`${where}: expected ${this.encoders.length} input tensors (one per encoder), got ${describe(Array.isArray(inputs) ? inputs.length : inputs)} — pass [x_1, …] in the encoders' order`);
    }
    const chunks = (input: tf.Tensor) => {
      const rows = input.shape[0]!;
      const starts: Array<[number, number]> = [];
      for (let start = 0; start < rows; start += this.subBatchSize) starts.push([start, Math.min(this.subBatchSize, rows - start)]);
      return starts;
    };
    // (1) Embeddings with no tape: each sub-batch's activations are freed as soon as it is embedded.
    const embeddings = inputs.map((input, index) => tf.tidy(() => tf.concat(chunks(input).map(([start, size]) => tf.tidy(() => this.encoders[index]!(tf.slice(input, start, size)))), 0)));
    // (2) The full-batch loss and its gradient for every embedding.
    const { value, grads: embeddingGradients } = tf.tidy(() => tf.valueAndGrads((...all: tf.Tensor[]) => this.loss(all))(embeddings));
    tf.dispose(embeddings);
    // (3) The surrogate per sub-batch, its parameter gradients summed.
    const sums = new Map<string, tf.Tensor>();
    try {
      inputs.forEach((input, index) => {
        for (const [start, size] of chunks(input)) {
          const { value: surrogate, grads } = tf.variableGrads(() => {
            const upstream = tf.slice(embeddingGradients[index]!, start, size);
            return tf.sum(tf.mul(upstream, this.encoders[index]!(tf.slice(input, start, size)))) as tf.Scalar;
          }, this.variables);
          surrogate.dispose();
          for (const [name, gradient] of Object.entries(grads)) {
            const previous = sums.get(name);
            if (previous == null) sums.set(name, gradient);
            else {
              sums.set(name, tf.add(previous, gradient));
              tf.dispose([previous, gradient]);
            }
          }
        }
      });
    } catch (error) {
      tf.dispose([value, ...sums.values()]);
      throw error;
    } finally {
      tf.dispose(embeddingGradients);
    }
    return { value: value as tf.Scalar, grads: Object.fromEntries(sums) };
  }

  /** Computes the gradients and applies them with `optimizer`; returns the loss. */
  step(inputs: tf.Tensor[], optimizer: tf.Optimizer): number {
    const { value, grads } = this.gradients(inputs);
    try {
      optimizer.applyGradients(grads);
      return value.dataSync()[0]!;
    } finally {
      tf.dispose([value, ...Object.values(grads)]);
    }
  }
}

/** `gradCache({encoders: [query, document], loss, subBatchSize: 16}).step([q, d], optimizer)`. */
export function gradCache(options: GradCacheOptions): GradCache {
  return new GradCache(options);
}
