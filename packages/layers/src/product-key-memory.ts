// Product-key memory (Lample et al., "Large Memory Layers with Product Keys"): a query net
// q = BN(x·W_q + b_q) split per head into halves scores them against two sub-key tables of
// n = √numKeys keys; the top-k of each give k² candidates scored s1_i + s2_j at index i·n + j,
// whose top-k are softmax-weighted over the value table V [numKeys, d_v] (shared by the heads) and
// summed over heads. Top-k is exact (it equals a search over all n² product keys) and runs as k
// rounds of argMax, since tfjs's topk has no gradient. Limits: every value row is a dense weight
// (no sparse updates or separate value optimizer); the k rounds make large topK slow, and the
// selected indices are read back from the device once per call.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { softmax } from '@layerkit/activations';
import { addBatchNormWeights, applyBatchNorm, type BatchNormWeights } from './batch-norm-state.js';
import { checkBoolean, checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface ProductKeyMemoryOptions extends LayerArgs {
  /** Memory slots, a perfect square n². Default 262144 (n = 512). */
  numKeys?: number;
  /** Selected slots per head k. Default 32. */
  topK?: number;
  /** Heads. Default 4. */
  heads?: number;
  /** Query size per head (even: two halves). Default 512. */
  queryDim?: number;
  /** BatchNorm on the queries (PKM; Memory Layers at Scale drops it). Default true. */
  queryBatchNorm?: boolean;
  /** Value size d_v. Default: the input's feature size. */
  units?: number | null;
}

/** The k largest values of s along the last axis and their indices (first on ties), by k rounds of argMax (differentiable in the values). */
export function topKByRounds(scores: tf.Tensor, k: number): { values: tf.Tensor; indices: tf.Tensor } {
  return tf.tidy(() => {
    const size = scores.shape[scores.rank - 1]!;
    if (!(Number.isInteger(k) && k >= 1 && k <= size)) throw new Error(`topKByRounds: expected k in [1, ${size}], got ${describe(k)} — pick k up to the axis size`);
    let remaining = scores;
    const values: tf.Tensor[] = [];
    const indices: tf.Tensor[] = [];
    for (let round = 0; round < k; round++) {
      const index = tf.argMax(remaining, -1);
      const hot = tf.cast(tf.oneHot(index, size), 'float32');
      values.push(tf.sum(tf.mul(scores, hot), -1));
      indices.push(index);
      remaining = tf.where(tf.cast(hot, 'bool'), tf.fill(remaining.shape, -Infinity), remaining);
    }
    return { values: tf.stack(values, -1), indices: tf.stack(indices, -1) };
  });
}

type Variable = ReturnType<tfl.layers.Layer['addWeight']>;

export class ProductKeyMemory extends tfl.layers.Layer {
  static className = 'ProductKeyMemory';
  readonly numKeys: number;
  readonly topK: number;
  readonly heads: number;
  readonly queryDim: number;
  readonly queryBatchNorm: boolean;
  readonly unitsOption: number | null;
  private readonly parameters = new Map<string, Variable>();
  private norm: BatchNormWeights | null = null;

  constructor(options: ProductKeyMemoryOptions = {}) {
    const where = 'ProductKeyMemory';
    super(layerArgs(where, options, ['numKeys', 'topK', 'heads', 'queryDim', 'queryBatchNorm', 'units']));
    this.numKeys = checkNumber(where, 'numKeys', options.numKeys, 262144, { min: 1, integer: true });
    if (!Number.isInteger(Math.sqrt(this.numKeys))) throw new Error(`${where}: expected numKeys to be a perfect square (n² product keys), got ${this.numKeys} — for example ${Math.round(Math.sqrt(this.numKeys)) ** 2}`);
    this.topK = checkNumber(where, 'topK', options.topK, 32, { min: 1, max: Math.sqrt(this.numKeys), integer: true });
    this.heads = checkNumber(where, 'heads', options.heads, 4, { min: 1, integer: true });
    this.queryDim = checkNumber(where, 'queryDim', options.queryDim, 512, { min: 2, integer: true });
    if (this.queryDim % 2 !== 0) throw new Error(`${where}: expected an even queryDim (two halves), got ${this.queryDim} — pick an even size`);
    this.queryBatchNorm = checkBoolean(where, 'queryBatchNorm', options.queryBatchNorm, true);
    this.unitsOption = options.units == null ? null : checkNumber(where, 'units', options.units, undefined, { min: 1, integer: true });
  }

  get subKeys(): number {
    return Math.sqrt(this.numKeys);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const d = shape[shape.length - 1];
    if (shape.length < 2 || d == null) throw new Error(`ProductKeyMemory '${this.name}': expected [batch, ..., features] with a known feature size, got ${shapeText(shape)} — give the input a fixed last dimension`);
    const units = this.unitsOption ?? d;
    const add = (name: string, weightShape: number[], initializer: ReturnType<typeof tfl.initializers.ones>, trainable: boolean) => {
      const variable = this.addWeight(name, weightShape, 'float32', initializer, undefined, trainable);
      this.parameters.set(name, variable);
      return variable;
    };
    const width = this.heads * this.queryDim;
    add('query/kernel', [d, width], tfl.initializers.glorotUniform({}), true);
    add('query/bias', [width], tfl.initializers.zeros(), true);
    if (this.queryBatchNorm) this.norm = addBatchNormWeights(add, 'query/bn', width);
    const half = this.queryDim / 2;
    add('sub_keys', [this.heads, 2, this.subKeys, half], tfl.initializers.randomUniform({ minval: -1 / Math.sqrt(half), maxval: 1 / Math.sqrt(half) }), true);
    add('values', [this.numKeys, units], tfl.initializers.randomNormal({ mean: 0, stddev: units ** -0.5 }), true);
    this.built = true;
  }

  private read(name: string): tf.Tensor {
    return this.parameters.get(name)!.read();
  }

  /** The selected slot indices [rows, heads, k] and their weights (softmax, summing to 1 per head). */
  lookup(x: tf.Tensor, training = false): { indices: tf.Tensor; weights: tf.Tensor } {
    return tf.tidy(() => {
      const d = this.read('query/kernel').shape[0]!;
      if (x.shape[x.rank - 1] !== d) throw new Error(`ProductKeyMemory '${this.name}': expected ${d} input features (as built), got ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
      const rows = tf.reshape(x, [-1, d]);
      const N = rows.shape[0]!; const h = this.heads; const half = this.queryDim / 2; const n = this.subKeys; const k = this.topK;
      let q = tf.add(tf.matMul(rows, this.read('query/kernel')), this.read('query/bias'));
      if (this.norm) q = applyBatchNorm(q, this.norm, { training, momentum: 0.99, epsilon: 1e-3 });
      const halves = tf.transpose(tf.reshape(q, [N, h, 2, half]), [1, 2, 0, 3]);                  // [h, 2, N, half]
      const scores = tf.matMul(halves, this.read('sub_keys'), false, true);                          // [h, 2, N, n]
      const [first, second] = tf.split(scores, 2, 1).map((s) => tf.transpose(tf.squeeze(s, [1]), [1, 0, 2]));   // [N, h, n]
      const a = topKByRounds(first!, k);
      const b = topKByRounds(second!, k);
      const candidates = tf.reshape(tf.add(tf.expandDims(a.values, -1), tf.expandDims(b.values, -2)), [N, h, k * k]);
      const slots = tf.reshape(tf.add(tf.mul(tf.expandDims(tf.cast(a.indices, 'float32'), -1), n), tf.expandDims(tf.cast(b.indices, 'float32'), -2)), [N, h, k * k]);
      const best = topKByRounds(candidates, k);
      // The chosen candidates' slot indices (exact in float32 below 2^24 slots).
      const chosen = tf.sum(tf.mul(tf.expandDims(slots, -2), tf.cast(tf.oneHot(best.indices, k * k), 'float32')), -1);
      return { indices: tf.cast(chosen, 'int32'), weights: softmax(best.values) };
    });
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const { indices: connected, weights } = this.lookup(x, kwargs.training === true);
      // The indices as a fresh tensor read back from the device: tfjs's gather gradient rejects
      // integer indices that sit on a differentiable path (a read-back sync on GPU backends).
      const indices = tf.tensor(connected.dataSync(), connected.shape, 'int32');
      const values = this.read('values');
      const [N, h, k] = indices.shape as [number, number, number];
      const gathered = tf.reshape(tf.gather(values, tf.reshape(indices, [-1])), [N, h * k, values.shape[1]!]);
      const out = tf.squeeze(tf.matMul(tf.reshape(weights, [N, 1, h * k]), gathered), [1]);
      return tf.reshape(out, [...x.shape.slice(0, -1), values.shape[1]!]);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.unitsOption ?? shape[shape.length - 1]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), numKeys: this.numKeys, topK: this.topK, heads: this.heads, queryDim: this.queryDim, queryBatchNorm: this.queryBatchNorm, units: this.unitsOption };
  }
}
