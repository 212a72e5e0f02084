// Multi-head attention after Keras 3's keras.layers.MultiHeadAttention (same options, weight
// names and shapes, so Keras weights give Keras's numbers), with pluggable score maps (softmax,
// ReLU attention, ReLA, sparsemax), a causal option and QK-Norm (Dehghani et al., "Scaling Vision Transformers to
// 22 Billion Parameters"). Limits: the [queries, keys] score matrix is materialised, except in the
// softmax forward on wasm (a fused kernel, fused-attention.ts); a causal mask over several
// attention axes follows the raster order of the flattened positions.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { layerNorm, rmsNorm } from '@layerkit/norms';
import { attentionWeights, combineMasks, kerpleBias, POSITION_BIASES, SCORE_MAPS, type PositionBias, type ScoreMap } from './attention.js';
import { fusedAttention, fusedAttentionReady, prefetchFusedAttention } from './fused-attention.js';
import {
  checkBoolean, checkChoice, checkNumber, initializerFrom, layerArgs, serializeInitializer,
  shapeText, type Initializer, type InitializerIdentifier, type LayerArgs,
} from './options.js';

export type QkNorm = false | 'rms' | 'layer';

export interface MultiHeadAttentionOptions extends LayerArgs {
  /** Number of attention heads. Required. */
  numHeads: number;
  /** Size of each head for query and key. Required. */
  keyDim: number;
  /** Size of each head for value. Default keyDim. */
  valueDim?: number | null;
  /** Dropout rate on the attention weights, in training only. Default 0. */
  dropout?: number;
  /** Biases on the four projections. Default true. */
  useBias?: boolean;
  /** Output feature shape. Default: the query's last dimension. */
  outputShape?: number | readonly number[] | null;
  /**
   * Axes of the input the attention runs over (jointly), counted on the input: default every
   * axis between the batch and the features (axis 1 for [batch, sequence, features]). Negative
   * axes count from the end, -2 being the last one before the features.
   */
  attentionAxes?: number | readonly number[] | null;
  /** Query i attends to keys j <= i only (Keras's use_causal_mask, given once here). Default false. */
  causal?: boolean;
  /**
   * 'softmax' (default); 'relu': relu(q·k/√d)/L, L the number of keys (ReLU attention); 'rela':
   * relu(q·k/√d) unnormalised, then a gated RMSNorm over the heads' concatenated outputs (ReLA);
   * 'sparsemax': the Euclidean projection of each row of scores onto the simplex (rows sum to 1,
   * keys far below the best get weight exactly 0; a fully masked row gets none).
   */
  scoreMap?: ScoreMap;
  /** QK-Norm: 'rms' (true) or 'layer' normalizes each head's queries and keys before the scores. Default false. */
  qkNorm?: boolean | 'rms' | 'layer';
  /**
   * A learned relative-position bias added to the scores: KERPLE's 'kerple-log'
   * (-r1·log(1 + r2·|m − n|)) or 'kerple-power' (-r1·|m − n|^r2), r1 and r2 per head. Needs one
   * attention axis. Default none.
   */
  positionBias?: PositionBias | null;
  /** Epsilon of the QK-Norm. Default 1e-6. */
  qkNormEpsilon?: number;
  /** Initializer of the projection kernels. Default 'glorotUniform' (Keras). */
  kernelInitializer?: InitializerIdentifier;
  /** Initializer of the projection biases. Default 'zeros'. */
  biasInitializer?: InitializerIdentifier;
  /** Seed of the attention dropout (advanced on every call). Default none. */
  seed?: number | null;
}

const OWN_OPTIONS = [
  'numHeads', 'keyDim', 'valueDim', 'dropout', 'useBias', 'outputShape', 'attentionAxes', 'causal', 'scoreMap', 'qkNorm', 'qkNormEpsilon', 'positionBias',
  'kernelInitializer', 'biasInitializer', 'seed',
] as const;

export interface MultiHeadAttentionCallArgs {
  training?: boolean;
  /** [batch, query positions, key positions] (Keras's attention_mask): 1/true attends. */
  attentionMask?: tf.Tensor;
}

const product = (values: readonly number[]) => values.reduce((a, b) => a * b, 1);

function shapeList(value: unknown): number[] | null {
  if (value == null) return null;
  const list = typeof value === 'number' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => Number.isInteger(v) && v > 0)) {
    throw new Error(`MultiHeadAttention: expected outputShape to be a positive integer or a list of them, got ${describe(value)} — pass for example outputShape: 64`);
  }
  return [...list] as number[];
}

function axisList(value: unknown): number[] | null {
  if (value == null) return null;
  const list = typeof value === 'number' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((v) => Number.isInteger(v))) {
    throw new Error(`MultiHeadAttention: expected attentionAxes to be an axis or a list of axes, got ${describe(value)} — pass for example attentionAxes: [1]`);
  }
  return [...list] as number[];
}

/**
 * Keras 3's MultiHeadAttention. Called on [query, value], [query, value, key],
 * [query, value, key, attentionMask] or one tensor (self-attention).
 */
export class MultiHeadAttention extends tfl.layers.Layer {
  static className = 'MultiHeadAttention';
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  readonly dropoutRate: number;
  readonly useBias: boolean;
  readonly outputShapeOption: number[] | null;
  readonly attentionAxesOption: number[] | null;
  readonly causal: boolean;
  readonly scoreMap: ScoreMap;
  readonly qkNorm: QkNorm;
  readonly qkNormEpsilon: number;
  readonly positionBias: PositionBias | null;
  readonly kernelInitializer: Initializer;
  readonly biasInitializer: Initializer;
  readonly seed: number | null;
  private calls = 0;
  private attentionAxes: number[] = [];
  private readonly parameters = new Map<string, ReturnType<tfl.layers.Layer['addWeight']>>();

  constructor(options: MultiHeadAttentionOptions) {
    const where = 'MultiHeadAttention';
    if (options == null || typeof options !== 'object') throw new Error(`${where}: expected options with numHeads and keyDim, got ${describe(options)} — pass {numHeads: 8, keyDim: 64}`);
    super(layerArgs(where, options, OWN_OPTIONS));
    this.numHeads = checkNumber(where, 'numHeads', options.numHeads, undefined, { min: 1, integer: true });
    this.keyDim = checkNumber(where, 'keyDim', options.keyDim, undefined, { min: 1, integer: true });
    this.valueDim = checkNumber(where, 'valueDim', options.valueDim, this.keyDim, { min: 1, integer: true });
    this.dropoutRate = checkNumber(where, 'dropout', options.dropout, 0, { min: 0, max: 1, maxExclusive: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.outputShapeOption = shapeList(options.outputShape);
    this.attentionAxesOption = axisList(options.attentionAxes);
    this.causal = checkBoolean(where, 'causal', options.causal, false);
    this.scoreMap = checkChoice(where, 'scoreMap', options.scoreMap, 'softmax', SCORE_MAPS);
    const qkNorm = options.qkNorm === true ? 'rms' : options.qkNorm == null ? false : options.qkNorm;
    if (qkNorm !== false && qkNorm !== 'rms' && qkNorm !== 'layer') {
      throw new Error(`${where}: expected qkNorm to be false, true, 'rms' or 'layer', got ${describe(options.qkNorm)} — pick one of those`);
    }
    this.qkNorm = qkNorm;
    this.qkNormEpsilon = checkNumber(where, 'qkNormEpsilon', options.qkNormEpsilon, 1e-6, { min: 0 });
    this.positionBias = options.positionBias == null ? null : checkChoice(where, 'positionBias', options.positionBias, 'kerple-log', POSITION_BIASES);
    this.kernelInitializer = initializerFrom(where, 'kernelInitializer', options.kernelInitializer, 'glorotUniform');
    this.biasInitializer = initializerFrom(where, 'biasInitializer', options.biasInitializer, 'zeros');
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    // The wasm kernel of the softmax score map loads while the model is built, not on its first call.
    if (this.scoreMap === 'softmax') prefetchFusedAttention();
  }

  private shapes(inputShape: tfl.Shape | tfl.Shape[]): { query: tfl.Shape; value: tfl.Shape; key: tfl.Shape; mask: tfl.Shape | null } {
    const where = `MultiHeadAttention '${this.name}'`;
    const list = Array.isArray(inputShape[0]) || inputShape[0] === undefined ? inputShape as tfl.Shape[] : [inputShape as tfl.Shape];
    if (list.length < 1 || list.length > 4) {
      throw new Error(`${where}: expected 1 to 4 inputs ([query], [query, value], [query, value, key] or [query, value, key, attentionMask]), got ${list.length} — pass one of those lists`);
    }
    const query = list[0]!;
    const value = list[1] ?? query;
    const key = list[2] ?? value;
    for (const [name, shape] of [['query', query], ['value', value], ['key', key]] as const) {
      if (shape.length < 3) throw new Error(`${where}: expected ${name} of rank 3 or more [batch, ...positions, features], got shape ${shapeText(shape)} — add a positions axis (tf.expandDims(x, 1) for one position)`);
      if (shape[shape.length - 1] == null) throw new Error(`${where}: expected a known feature size (last axis) for ${name}, got shape ${shapeText(shape)} — give the input a fixed last dimension`);
    }
    if (value.length !== query.length || key.length !== query.length) {
      throw new Error(`${where}: expected query, value and key of one rank, got shapes ${shapeText(query)}, ${shapeText(value)}, ${shapeText(key)} — reshape them to one rank`);
    }
    for (let axis = 1; axis < key.length - 1; axis++) {
      if (key[axis] != null && value[axis] != null && key[axis] !== value[axis]) {
        throw new Error(`${where}: expected key and value with the same positions, got shapes ${shapeText(key)} and ${shapeText(value)} — pass keys and values of one sequence`);
      }
    }
    return { query, value, key, mask: list[3] ?? null };
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const { query, value, key } = this.shapes(inputShape);
    const rank = query.length;
    const inner = rank - 2;
    const axes = this.attentionAxesOption ?? Array.from({ length: inner }, (_, i) => i + 1);
    this.attentionAxes = [...new Set(axes.map((axis) => {
      const positive = axis < 0 ? axis + rank : axis;
      if (!(positive >= 1 && positive <= inner)) {
        throw new Error(`MultiHeadAttention '${this.name}': expected attentionAxes between 1 and ${inner} (or ${-inner} and -2) for inputs of rank ${rank}, got ${axis} — the batch and feature axes take no attention`);
      }
      return positive;
    }))].sort((a, b) => a - b);
    const N = this.numHeads;
    const add = (name: string, shape: number[], initializer: Initializer) => {
      this.parameters.set(name, this.addWeight(name, shape, 'float32', initializer, undefined, true));
    };
    const projection = (name: string, features: number, size: number) => {
      add(`${name}/kernel`, [features, N, size], this.kernelInitializer);
      if (this.useBias) add(`${name}/bias`, [N, size], this.biasInitializer);
    };
    projection('query', query[rank - 1]!, this.keyDim);
    projection('key', key[rank - 1]!, this.keyDim);
    projection('value', value[rank - 1]!, this.valueDim);
    const output = this.outputShapeOption ?? [query[rank - 1]!];
    add('attention_output/kernel', [N, this.valueDim, ...output], this.kernelInitializer);
    if (this.useBias) add('attention_output/bias', output, this.biasInitializer);
    if (this.positionBias) {
      if (this.attentionAxes.length !== 1) {
        throw new Error(`MultiHeadAttention '${this.name}': expected one attention axis for positionBias '${this.positionBias}' (distances along a sequence), got axes [${this.attentionAxes.join(', ')}] — pass attentionAxes: [axis] or drop positionBias`);
      }
      add('position_bias/r1', [N], tfl.initializers.ones());
      add('position_bias/r2', [N], tfl.initializers.ones());
    }
    if (this.scoreMap === 'rela') {
      add('rela_norm/scale', [N * this.valueDim], tfl.initializers.ones());
      add('rela_norm/gate', [N * this.valueDim], this.kernelInitializer);
    }
    if (this.qkNorm !== false) {
      for (const name of ['query_norm', 'key_norm']) {
        add(`${name}/gamma`, [this.keyDim], tfl.initializers.ones());
        if (this.qkNorm === 'layer') add(`${name}/beta`, [this.keyDim], tfl.initializers.zeros());
      }
    }
    this.built = true;
  }

  private weight(name: string): tf.Tensor | null {
    return this.parameters.get(name)?.read() ?? null;
  }

  /** x [..., ...in] · kernel [...in, ...out] (+ bias [...out]) → [..., ...out]; `bound` is the rank of `in`. */
  private project(x: tf.Tensor, name: string, bound = 1): tf.Tensor {
    const kernel = this.weight(`${name}/kernel`)!;
    const inShape = kernel.shape.slice(0, bound);
    const outShape = kernel.shape.slice(bound);
    if (x.shape.slice(x.rank - bound).some((size, i) => size !== inShape[i])) {
      throw new Error(`MultiHeadAttention '${this.name}': expected ${name} input with ${inShape.join(' × ')} features (as built), got shape ${shapeText(x.shape)} — call the layer on inputs of the shape it was built for`);
    }
    const out = tf.matMul(tf.reshape(x, [-1, product(inShape)]), tf.reshape(kernel, [product(inShape), product(outShape)]));
    const shaped = tf.reshape(out, [...x.shape.slice(0, x.rank - bound), ...outShape]);
    const bias = this.weight(`${name}/bias`);
    return bias ? tf.add(shaped, bias) : shaped;
  }

  private normalize(x: tf.Tensor, name: string): tf.Tensor {
    if (this.qkNorm === 'rms') return rmsNorm(x, this.weight(`${name}/gamma`), { epsilon: this.qkNormEpsilon });
    if (this.qkNorm === 'layer') return layerNorm(x, this.weight(`${name}/gamma`), this.weight(`${name}/beta`), { epsilon: this.qkNormEpsilon });
    return x;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: MultiHeadAttentionCallArgs & Record<string, unknown> = {}): tf.Tensor {
    return tf.tidy(() => {
      const where = `MultiHeadAttention '${this.name}'`;
      const list = Array.isArray(inputs) ? inputs : [inputs];
      const query = list[0]!;
      const value = list[1] ?? query;
      const key = list[2] ?? value;
      const givenMask = list[3] ?? kwargs.attentionMask ?? null;
      if (list[3] && kwargs.attentionMask) throw new Error(`${where}: expected one attention mask, got one as the fourth input and one as attentionMask — pass only one`);
      this.shapes([query.shape, value.shape, key.shape]);
      const rank = query.rank;
      const attention = this.attentionAxes;
      const others = [0, ...Array.from({ length: rank - 2 }, (_, i) => i + 1).filter((axis) => !attention.includes(axis))];
      for (const axis of others) {
        if (key.shape[axis] !== query.shape[axis] || value.shape[axis] !== query.shape[axis]) {
          throw new Error(`${where}: expected query, key and value to agree on axis ${axis} (${axis === 0 ? 'the batch' : 'not an attention axis'}), got shapes ${shapeText(query.shape)}, ${shapeText(key.shape)}, ${shapeText(value.shape)} — pass inputs of one batch${axis === 0 ? '' : ', or add the axis to attentionAxes'}`);
        }
      }
      // Projected: [batch, ...inner, heads, size]. Moved to [others, heads, attention positions, size].
      const permutation = [...others, rank - 1, ...attention, rank];
      const flatten = (x: tf.Tensor) => {
        const moved = tf.transpose(x, permutation);
        return tf.reshape(moved, [product(others.map((a) => x.shape[a]!)), this.numHeads, product(attention.map((a) => x.shape[a]!)), x.shape[rank]!]);
      };
      let q = this.normalize(this.project(query, 'query'), 'query_norm');
      const k = this.normalize(this.project(key, 'key'), 'key_norm');
      const v = this.project(value, 'value');
      q = tf.mul(q, 1 / Math.sqrt(this.keyDim));
      const queries = product(attention.map((a) => query.shape[a]!));
      const keys = product(attention.map((a) => key.shape[a]!));
      const userMask = givenMask == null ? null : this.maskToScores(givenMask, query, key, others, attention);
      const dropping = kwargs.training === true && this.dropoutRate > 0;
      let combined: tf.Tensor;
      if (this.scoreMap === 'softmax' && !this.positionBias && !dropping && fusedAttentionReady()) {
        // The fused kernel (wasm): the same weights, never written out (q is scaled already).
        combined = fusedAttention(flatten(q), flatten(k), flatten(v), { mask: userMask, causal: this.causal, scale: 1 });
      } else {
        const mask = combineMasks(where, userMask, this.causal, queries, keys);
        let scores = tf.matMul(flatten(q), flatten(k), false, true);
        if (this.positionBias) scores = tf.add(scores, kerpleBias(this.positionBias, this.weight('position_bias/r1')!, this.weight('position_bias/r2')!, queries, keys));
        let weights = attentionWeights(scores, this.scoreMap, mask);
        if (dropping) weights = tf.dropout(weights, this.dropoutRate, undefined, this.seed == null ? undefined : this.seed + this.calls++);
        combined = tf.matMul(weights, flatten(v));
      }
      // Back to [batch, ...inner, heads, valueDim].
      let moved = tf.reshape(combined, [...others.map((a) => query.shape[a]!), this.numHeads, ...attention.map((a) => query.shape[a]!), this.valueDim]);
      if (this.scoreMap === 'rela') moved = this.gatedRmsNorm(moved, others.length);
      const inverse = permutation.map((_, axis) => permutation.indexOf(axis));
      return this.project(tf.transpose(moved, inverse), 'attention_output', 2);
    });
  }

  /**
   * ReLA's gated RMSNorm over the heads' concatenated outputs: o·scale/√(mean(o²) + 1e-8)·σ(gate·o).
   * `moved` is [...others, heads, ...positions, valueDim]; the heads axis is at `headsAxis`.
   */
  private gatedRmsNorm(moved: tf.Tensor, headsAxis: number): tf.Tensor {
    const rank = moved.rank;
    // Heads next to the value features: [...others, ...positions, heads, valueDim] → [..., heads·valueDim].
    const order = [...Array.from({ length: rank }, (_, i) => i).filter((i) => i !== headsAxis && i !== rank - 1), headsAxis, rank - 1];
    const together = tf.transpose(moved, order);
    const flat = tf.reshape(together, [...together.shape.slice(0, -2), this.numHeads * this.valueDim]);
    const normed = tf.mul(rmsNorm(flat, this.weight('rela_norm/scale'), { epsilon: 1e-8 }), tf.sigmoid(tf.mul(flat, this.weight('rela_norm/gate')!)));
    const back = tf.reshape(normed, together.shape);
    return tf.transpose(back, order.map((_, axis) => order.indexOf(axis)));
  }

  /** A [batch, ...query positions, ...key positions] mask as [others, 1, queries, keys]. */
  private maskToScores(mask: tf.Tensor, query: tf.Tensor, key: tf.Tensor, others: number[], attention: number[]): tf.Tensor {
    const where = `MultiHeadAttention '${this.name}'`;
    const queryDims = attention.map((a) => query.shape[a]!);
    const keyDims = attention.map((a) => key.shape[a]!);
    const expected = [query.shape[0]!, ...queryDims, ...keyDims];
    const fits = mask.rank === expected.length && mask.shape.every((size, i) => size === expected[i] || (i === 0 && size === 1));
    if (!fits) {
      throw new Error(`${where}: expected an attention mask of shape ${shapeText(expected)} ([batch, query positions, key positions]), got ${shapeText(mask.shape)} — 1/true where a query may attend to a key`);
    }
    const maskBatch = mask.shape[0]!;
    const queries = product(queryDims);
    const keys = product(keyDims);
    // The non-attention axes besides the batch share the batch's mask.
    const rest = others.slice(1).map((a) => query.shape[a]!);
    const shaped = tf.reshape(tf.cast(mask, 'bool'), [maskBatch, ...rest.map(() => 1), queries, keys]);
    if (maskBatch === 1 && rest.length === 0) return tf.reshape(shaped, [1, 1, queries, keys]);
    const full = tf.broadcastTo(shaped, [query.shape[0]!, ...rest, queries, keys]);
    return tf.reshape(full, [product([query.shape[0]!, ...rest]), 1, queries, keys]);
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const { query } = this.shapes(inputShape);
    return [...query.slice(0, -1), ...(this.outputShapeOption ?? [query[query.length - 1]!])];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      numHeads: this.numHeads,
      keyDim: this.keyDim,
      valueDim: this.valueDim,
      dropout: this.dropoutRate,
      useBias: this.useBias,
      outputShape: this.outputShapeOption,
      attentionAxes: this.attentionAxesOption,
      causal: this.causal,
      scoreMap: this.scoreMap,
      qkNorm: this.qkNorm,
      qkNormEpsilon: this.qkNormEpsilon,
      positionBias: this.positionBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
      seed: this.seed,
    };
  }
}
