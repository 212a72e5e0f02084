// k-sparse (TopK) layer (Makhzani and Frey, "k-Sparse Autoencoders", 2013): keeps k values per
// row in model.fit and round(testMultiplier·k) in predict/evaluate; a KSchedule callback moves
// the training k along the layer's kSchedule. Known limit: tfjs ops around a sort (k-sparse.ts).
import { serialization, type Tensor, type TensorLike } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { withLayerForm, type ActivationOp } from '../layer-form.js';
import type { LayerArgs } from '../layers.js';
import { claimSerializationName, markOwner } from '../names.js';
import { checkK, checkTestMultiplier, computeKSparse, K_SPARSE_DEFAULTS, type KSparseOptions } from './k-sparse.js';

/** The paper's sparsity schedule: k falls linearly from startK to the layer's k over rampFraction of the epochs. */
export interface KScheduleConfig {
  /** k at epoch 0 (capped at the row width). Default 100. */
  readonly startK: number;
  /** Fraction of the epochs over which k falls to its target; held there afterwards. Default 0.5. */
  readonly rampFraction: number;
}

export const K_SCHEDULE_DEFAULTS: KScheduleConfig = { startK: 100, rampFraction: 0.5 };

export interface KSparseLayerOptions extends LayerArgs {
  /** Values kept per row while training (the schedule's target). Default 25. */
  readonly k?: number;
  /** α ≥ 1: predict and evaluate keep round(α·k). Default 1. */
  readonly testMultiplier?: number;
  /**
   * The schedule a KSchedule callback applies in model.fit; null leaves k fixed. Default
   * {startK: 100, rampFraction: 0.5}. Without a KSchedule callback the layer trains at k.
   */
  readonly kSchedule?: Partial<KScheduleConfig> | null;
  /** Axis or axes of each row. Default -1. */
  readonly axis?: number | readonly number[];
}

const LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'];
const OPTIONS = ['k', 'testMultiplier', 'kSchedule', 'axis'];
const ID = 'activations.topk';

/** Throws unless `schedule` is null or {startK: positive integer, rampFraction in [0, 1]}; fills the defaults. */
export function checkKSchedule(where: string, schedule: unknown): KScheduleConfig | null {
  if (schedule === null) return null;
  if (typeof schedule !== 'object' || Array.isArray(schedule)) {
    throw new Error(`${where}: expected kSchedule to be {startK, rampFraction} or null, got ${JSON.stringify(schedule)} — pass e.g. {startK: 100, rampFraction: 0.5}, or null for a fixed k`);
  }
  rejectUnknownOptions(`${where} kSchedule`, schedule, ['startK', 'rampFraction']);
  const { startK, rampFraction } = { ...K_SCHEDULE_DEFAULTS, ...(schedule as Partial<KScheduleConfig>) };
  checkK(where, 'kSchedule.startK', startK);
  return { startK, rampFraction: checkRampFraction(where, 'kSchedule.rampFraction', rampFraction) };
}

/** Throws unless the fraction of epochs spent lowering k is in [0, 1]. */
export function checkRampFraction(where: string, name: string, rampFraction: unknown): number {
  if (typeof rampFraction !== 'number' || !(rampFraction >= 0 && rampFraction <= 1)) {
    throw new Error(`${where}: expected ${name} in [0, 1], got ${JSON.stringify(rampFraction)} — the paper uses 0.5 (k reaches its target halfway through training)`);
  }
  return rampFraction;
}

/** The k-sparse layer: no weights. */
export class KSparse extends tfl.layers.Layer {
  static className = 'KSparse';
  /** Values kept per row in training once any schedule has finished; saved in the config. */
  readonly k: number;
  readonly testMultiplier: number;
  readonly kSchedule: KScheduleConfig | null;
  readonly axis: number | readonly number[];
  /**
   * The k model.fit uses now: k unless a KSchedule callback has set it for the current epoch.
   * Not saved; predict and evaluate use round(testMultiplier·k) regardless.
   */
  trainingK: number;

  constructor(options: KSparseLayerOptions = {}) {
    const { k, testMultiplier, kSchedule, axis, ...rest } = (options ?? {}) as KSparseLayerOptions & { customObjects?: unknown };
    delete (rest as { customObjects?: unknown }).customObjects;
    rejectUnknownOptions('KSparse', rest, [...LAYER_OPTIONS, ...OPTIONS]);
    super(rest);
    this.k = checkK('KSparse', 'k', k ?? K_SPARSE_DEFAULTS.k);
    this.testMultiplier = checkTestMultiplier('KSparse', testMultiplier ?? K_SPARSE_DEFAULTS.testMultiplier);
    this.kSchedule = checkKSchedule('KSparse', kSchedule === undefined ? K_SCHEDULE_DEFAULTS : kSchedule);
    const axes = axis ?? -1;
    if (!(typeof axes === 'number' ? Number.isInteger(axes) : Array.isArray(axes) && axes.length > 0 && axes.every(Number.isInteger))) {
      throw new Error(`KSparse: expected axis to be an integer or a non-empty list of integers, got ${JSON.stringify(axis)} — use -1 for the last axis`);
    }
    this.axis = typeof axes === 'number' ? axes : [...axes];
    this.trainingK = this.k;
  }

  /** The number of values in each row, when the input shape knows it. */
  rowWidth(inputShape: tfl.Shape): number | null {
    const rank = inputShape.length;
    const axes = (typeof this.axis === 'number' ? [this.axis] : this.axis).map((a) => (a < 0 ? a + rank : a));
    if (axes.some((a) => a < 0 || a >= rank)) {
      throw new Error(`KSparse: expected axis in [${-rank}, ${rank - 1}] for a rank-${rank} input, got ${JSON.stringify(this.axis)} — use -1 for the last axis`);
    }
    const sizes = axes.map((a) => inputShape[a]);
    return sizes.every((size) => size != null) ? sizes.reduce((a, b) => a! * b!, 1)! : null;
  }

  /** The row width of the input the layer was built for, or null before that. */
  knownWidth(): number | null {
    if (!this.built || this.inboundNodes.length === 0) return null;
    try {
      const input = this.input;
      return this.rowWidth((Array.isArray(input) ? input[0] : input).shape);
    } catch {
      return null;
    }
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const width = this.rowWidth(shape);
    if (width != null && this.k > width) {
      throw new Error(`KSparse: expected k <= ${width} (the width of each row of input shape [${shape.join(', ')}]), got k = ${this.k} — pass a k of at most ${width}`);
    }
    this.built = true;
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return inputShape;
  }

  override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown> = {}): Tensor {
    const training = kwargs.training === true;
    const input = Array.isArray(inputs) ? inputs[0] : inputs;
    // A schedule's startK is capped at the row width (the paper's min(startK, width)).
    const width = this.rowWidth(input.shape) ?? this.trainingK;
    return computeKSparse(input, {
      k: training ? Math.min(this.trainingK, width) : this.k, testMultiplier: this.testMultiplier, training, axis: this.axis,
    });
  }

  override getConfig(): serialization.ConfigDict {
    return {
      ...super.getConfig(),
      k: this.k,
      testMultiplier: this.testMultiplier,
      kSchedule: this.kSchedule ? { ...this.kSchedule } : null,
      axis: typeof this.axis === 'number' ? this.axis : [...this.axis],
    };
  }
}

claimSerializationName(KSparse.className, `${ID} layer`);
markOwner(KSparse, `${ID} layer`);
serialization.registerClass(KSparse, 'layerkit');

/**
 * kSparse(x, {k, testMultiplier, training, axis}): each row keeps its k largest values (ties
 * to the lower index), the rest become 0; with training false (the default) it keeps
 * round(testMultiplier·k). tfjs's tf.topk, by contrast, returns the values and their indices.
 * On a SymbolicTensor it adds a KSparse layer (functional models).
 */
export const kSparse: ActivationOp<KSparseOptions> = /* @__PURE__ */ withLayerForm<KSparseOptions>(
  'kSparse',
  (x: Tensor | TensorLike, options?: KSparseOptions) => computeKSparse(x, options),
  (options) => {
    if (options.training != null) {
      throw new Error(`kSparse: a layer decides training by itself (model.fit trains, predict does not), got training: ${String(options.training)} — leave it out on a SymbolicTensor`);
    }
    const { training: _training, ...layerOptions } = options;
    return new KSparse(layerOptions);
  },
);

/**
 * The catalog entry of activations.topk: what to import, the main export first (the op is
 * `kSparse`: `topk` is tfjs's op returning values and indices).
 */
export const TOPK = { id: ID, layer: 'KSparse', exports: ['kSparse', 'KSparse', 'KSchedule', 'scheduledK'], names: ['kSparse'] } as const;
