// FractalNet's join with drop-path (Larsson, Maire & Shakhnarovich, "FractalNet: Ultra-Deep
// Neural Networks without Residuals"): the element-wise mean of the columns that reach it. In
// training, local drop-path drops each input with probability localDropRate (one draw per join per
// batch, shared by all samples; if every input is dropped one is restored at random) and averages
// the survivors; global drop-path keeps a single column through the whole network, set on every
// join by FractalDropPath before each batch. At inference every input takes part.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface FractalJoinOptions extends LayerArgs {
  /** Probability of dropping each input in local drop-path. Default 0.15. */
  localDropRate?: number;
  /** The column of each input (for global drop-path). Default: input i is column i. */
  columns?: number[] | null;
  /** Seed of the drop draws (advanced on every training call). Default none. */
  seed?: number | null;
}

/** A small seeded generator (mulberry32) for the per-batch drop decisions. */
function generator(seed: number | null): () => number {
  if (seed == null) return Math.random;
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FractalJoin extends tfl.layers.Layer {
  static className = 'FractalJoin';
  readonly localDropRate: number;
  readonly columns: number[] | null;
  readonly seed: number | null;
  /** Global drop-path: the one column kept in training (null for local drop-path). FractalDropPath sets it. */
  globalColumn: number | null = null;
  /** Which inputs the last training call kept. */
  lastKept: boolean[] = [];
  private readonly random: () => number;

  constructor(options: FractalJoinOptions = {}) {
    const where = 'FractalJoin';
    super(layerArgs(where, options, ['localDropRate', 'columns', 'seed']));
    this.localDropRate = checkNumber(where, 'localDropRate', options.localDropRate, 0.15, { min: 0, max: 1 });
    if (options.columns != null && (!Array.isArray(options.columns) || !options.columns.every((c) => Number.isInteger(c) && c >= 0))) {
      throw new Error(`${where}: expected columns to be a list of column indices (integers >= 0), got ${describe(options.columns)} — one per input`);
    }
    this.columns = options.columns ?? null;
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    this.random = generator(this.seed);
  }

  private check(shapes: readonly (readonly (number | null)[])[]): void {
    if (shapes.length < 2) throw new Error(`FractalJoin '${this.name}': expected two or more inputs to join, got ${shapes.length} — pass the columns' outputs as a list`);
    if (this.columns && this.columns.length !== shapes.length) throw new Error(`FractalJoin '${this.name}': expected one column index per input (${shapes.length}), got ${this.columns.length} — fix columns`);
    const first = shapes[0]!;
    for (const shape of shapes) {
      if (shape.length !== first.length || shape.some((size, i) => size != null && first[i] != null && size !== first[i])) {
        throw new Error(`FractalJoin '${this.name}': expected inputs of one shape, got ${shapes.map((s) => shapeText(s)).join(' and ')} — the joined columns must agree`);
      }
    }
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    if (!Array.isArray(inputShape[0])) throw new Error(`FractalJoin '${this.name}': expected a list of inputs, got one input of shape ${shapeText(inputShape as tfl.Shape)} — pass the columns' outputs as a list`);
    this.check(inputShape as tfl.Shape[]);
    this.built = true;
  }

  /** The inputs kept by one training call: the global column's, or a local draw with at least one survivor. */
  private draw(count: number): boolean[] {
    const column = (i: number) => this.columns?.[i] ?? i;
    if (this.globalColumn != null) {
      const kept = Array.from({ length: count }, (_, i) => column(i) === this.globalColumn);
      if (kept.some(Boolean)) return kept;
    }
    const kept = Array.from({ length: count }, () => this.random() >= this.localDropRate);
    if (!kept.some(Boolean)) kept[Math.min(count - 1, Math.floor(this.random() * count))] = true;
    return kept;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean } & Record<string, unknown> = {}): tf.Tensor {
    const list = Array.isArray(inputs) ? inputs : [inputs];
    this.check(list.map((t) => t.shape));
    const kept = kwargs.training === true ? this.draw(list.length) : list.map(() => true);
    if (kwargs.training === true) this.lastKept = kept;
    return tf.tidy(() => {
      const count = kept.filter(Boolean).length;
      // Dropped inputs enter with weight 0 (not left out), so each still gets a (zero) gradient.
      const terms = list.map((input, i) => (kept[i] ? input : tf.mul(input, 0)));
      return tf.div(terms.length === 1 ? terms[0]! : tf.addN(terms), count);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    return (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), localDropRate: this.localDropRate, columns: this.columns, seed: this.seed };
  }
}

/** Before each batch: with probability globalFraction, global drop-path with one random column on every FractalJoin; else local drop-path. */
export class FractalDropPath extends tfl.Callback {
  private readonly random: () => number;
  constructor(readonly options: { columns: number; globalFraction?: number; seed?: number | null }) {
    super();
    checkNumber('FractalDropPath', 'columns', options.columns, undefined, { min: 1, integer: true });
    checkNumber('FractalDropPath', 'globalFraction', options.globalFraction, 0.5, { min: 0, max: 1 });
    this.random = generator(options.seed ?? null);
  }

  override async onBatchBegin(): Promise<void> {
    const global = this.random() < (this.options.globalFraction ?? 0.5);
    const column = global ? Math.floor(this.random() * this.options.columns) : null;
    const model = this.model as unknown as tfl.LayersModel | undefined;
    for (const layer of model?.layers ?? []) if (layer instanceof FractalJoin) layer.globalColumn = column;
  }

  override async onTrainEnd(): Promise<void> {
    const model = this.model as unknown as tfl.LayersModel | undefined;
    for (const layer of model?.layers ?? []) if (layer instanceof FractalJoin) layer.globalColumn = null;
  }
}
