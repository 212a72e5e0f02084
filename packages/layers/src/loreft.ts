// LoReFT, low-rank linear subspace representation finetuning (Wu et al., "ReFT: Representation
// Finetuning for Language Models"): Φ(h) = h + Rᵀ·(W·h + b − R·h) with R [rank, d] orthonormal
// rows, so only the rank-dimensional subspace spanned by R changes. Insert it on the hidden
// states of a frozen model (set trainable = false on the other layers). R starts orthonormal and
// ReftOrthonormalizer restores orthonormal rows after every batch of model.fit (tfjs applies no
// weight constraint in fit). Limits: it acts on every position; choosing positions is left to the model.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe } from '@layerkit/core';
import { checkNumber, layerArgs, shapeText, type LayerArgs } from './options.js';

export interface LoReFTOptions extends LayerArgs {
  /** Rank r of the edited subspace. Default 4. */
  rank?: number;
  /** Seed of the initial R and W. Default none. */
  seed?: number | null;
}

/** Rows of `matrix` [r, d] made orthonormal by Gram–Schmidt in float64 (row order kept). */
export function orthonormalRows(matrix: ArrayLike<number>, rows: number, columns: number): Float64Array {
  const out = Float64Array.from(matrix);
  for (let i = 0; i < rows; i++) {
    const row = out.subarray(i * columns, (i + 1) * columns);
    for (let pass = 0; pass < 2; pass++) {
      for (let j = 0; j < i; j++) {
        const other = out.subarray(j * columns, (j + 1) * columns);
        const dot = row.reduce((s, v, k) => s + v * other[k]!, 0);
        for (let k = 0; k < columns; k++) row[k] -= dot * other[k]!;
      }
    }
    const norm = Math.sqrt(row.reduce((s, v) => s + v * v, 0));
    if (norm < 1e-12) throw new Error(`orthonormalRows: expected linearly independent rows, got row ${i} in the span of the earlier ones — reinitialise R`);
    for (let k = 0; k < columns; k++) row[k] /= norm;
  }
  return out;
}

export class LoReFT extends tfl.layers.Layer {
  static className = 'LoReFT';
  readonly rank: number;
  readonly seed: number | null;
  private rotation: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private source: ReturnType<tfl.layers.Layer['addWeight']> | null = null;
  private bias: ReturnType<tfl.layers.Layer['addWeight']> | null = null;

  constructor(options: LoReFTOptions = {}) {
    const where = 'LoReFT';
    super(layerArgs(where, options, ['rank', 'seed']));
    this.rank = checkNumber(where, 'rank', options.rank, 4, { min: 1, integer: true });
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const features = shape[shape.length - 1];
    if (shape.length < 2 || features == null) {
      throw new Error(`LoReFT '${this.name}': expected hidden states [batch, ..., features] with a known feature size, got ${shapeText(shape)} — give the input a fixed last dimension`);
    }
    if (this.rank > features) throw new Error(`LoReFT '${this.name}': expected rank <= ${features} (the hidden size), got ${this.rank} — pick a smaller rank`);
    const seed = (offset: number) => (this.seed == null ? undefined : this.seed + offset);
    this.rotation = this.addWeight('rotation', [this.rank, features], 'float32', tfl.initializers.zeros(), undefined, true);
    this.source = this.addWeight('source/kernel', [this.rank, features], 'float32', tfl.initializers.glorotUniform({ seed: seed(1) }), undefined, true);
    this.bias = this.addWeight('source/bias', [this.rank], 'float32', tfl.initializers.zeros(), undefined, true);
    this.built = true;
    const draw = tf.randomNormal([this.rank, features], 0, 1, 'float32', seed(0));
    const start = tf.tensor(Float32Array.from(orthonormalRows(draw.dataSync(), this.rank, features)), [this.rank, features]);
    this.rotation.write(start);
    tf.dispose([draw, start]);
  }

  /** Restores orthonormal rows of R (what ReftOrthonormalizer calls after each batch). */
  orthonormalize(): void {
    if (!this.rotation) return;
    const [rows, columns] = this.rotation.shape as [number, number];
    const fixed = tf.tensor(Float32Array.from(orthonormalRows(this.rotation.read().dataSync(), rows, columns)), [rows, columns]);
    this.rotation.write(fixed);
    fixed.dispose();
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const h = Array.isArray(inputs) ? inputs[0]! : inputs;
      const R = this.rotation!.read();
      const features = R.shape[1]!;
      if (h.shape[h.rank - 1] !== features) {
        throw new Error(`LoReFT '${this.name}': expected ${features} hidden features (as built), got ${shapeText(h.shape)} — call the layer on hidden states of the size it was built for`);
      }
      const rows = tf.reshape(h, [-1, features]);
      // W·h + b − R·h in the rank-dimensional subspace, mapped back by Rᵀ.
      const edit = tf.sub(tf.add(tf.matMul(rows, this.source!.read(), false, true), this.bias!.read()), tf.matMul(rows, R, false, true));
      return tf.reshape(tf.add(rows, tf.matMul(edit, R)), h.shape);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape | tfl.Shape[] {
    return Array.isArray(inputShape[0]) ? inputShape[0] as tfl.Shape : inputShape;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), rank: this.rank, seed: this.seed };
  }
}

/** Restores orthonormal rows of every LoReFT's R after each batch of model.fit. */
export class ReftOrthonormalizer extends tfl.Callback {
  override async onBatchEnd(): Promise<void> {
    const model = this.model as unknown as tfl.LayersModel | undefined;
    for (const layer of model?.layers ?? []) if (layer instanceof LoReFT) layer.orthonormalize();
  }
}
