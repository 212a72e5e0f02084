// A sparsity meter: the fraction of exact zeros (−0 included) in each activation layer's output
// on a fixed batch, at the end of every epoch of model.fit or on demand. Known limit: it reads
// the layers of the model itself (not inside nested models) that are called once.
import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions, suggestion } from '@layerkit/core';
import { GatedActivationLayer } from './gated-layer.js';
import { ActivationLayer } from './layers.js';
import { KSparse } from './sort-ops/k-sparse-layer.js';
import { Sparsemax } from './sort-ops/sparsemax-layer.js';
import { Taaf } from './taaf-layer.js';

/** Fraction of exact zeros per layer, by layer name. */
export type SparsityRecord = Record<string, number>;

export interface SparsityMeterOptions {
  /** The batch the model is run on (inference mode, as predict runs it). Required. */
  readonly x: Tensor | Tensor[];
  /**
   * The layers to measure, as layers or names. Default: every activation layer of the model
   * (tfjs's Activation, ReLU, LeakyReLU, PReLU, ELU, ThresholdedReLU, Softmax and layerkit's
   * activation layers) and every layer with a fused activation other than 'linear'.
   */
  readonly layers?: readonly (string | tfl.layers.Layer)[];
  /** Called with each measurement and its epoch (null when measured on demand). */
  readonly onMeasure?: (fractions: SparsityRecord, epoch: number | null) => void;
  /** Write `sparsity/<layer name>` into the epoch's logs (so History keeps it). Default true. */
  readonly log?: boolean;
  /** 1 prints one line per epoch. Default 0. */
  readonly verbose?: 0 | 1;
  /** Batch size for running x through the model. Default: all of x at once. */
  readonly batchSize?: number;
}

const OPTIONS = ['x', 'layers', 'onMeasure', 'log', 'verbose', 'batchSize'];
const TFJS_ACTIVATION_LAYERS = new Set(['Activation', 'ReLU', 'LeakyReLU', 'PReLU', 'ELU', 'ThresholdedReLU', 'Softmax']);

/** Whether a layer's output is an activation's: an activation layer, or a fused non-linear activation. */
export function isActivationLayer(layer: tfl.layers.Layer): boolean {
  if (layer instanceof ActivationLayer || layer instanceof GatedActivationLayer || layer instanceof Taaf
    || layer instanceof Sparsemax || layer instanceof KSparse) return true;
  if (TFJS_ACTIVATION_LAYERS.has(layer.getClassName())) return true;
  const activation = (layer.getConfig() as { activation?: unknown }).activation;
  return activation != null && activation !== 'linear';
}

/**
 * `model.fit(x, y, {callbacks: [new SparsityMeter({x: batch, onMeasure})]})`: at the end of
 * every epoch, the fraction of exact zeros in each activation layer's output on `x`; or
 * `meter.measure(model)` at any time.
 */
export class SparsityMeter extends tfl.Callback {
  readonly x: Tensor | Tensor[];
  readonly layerChoice: readonly (string | tfl.layers.Layer)[] | null;
  readonly onMeasure: ((fractions: SparsityRecord, epoch: number | null) => void) | null;
  readonly log: boolean;
  readonly verbose: 0 | 1;
  readonly batchSize: number | undefined;
  /** Every measurement taken at an epoch's end. */
  readonly history: { epoch: number; fractions: SparsityRecord }[] = [];
  private probe: { model: tfl.LayersModel; names: string[]; of: tfl.LayersModel } | null = null;

  constructor(options: SparsityMeterOptions) {
    super();
    const where = 'SparsityMeter';
    if (options == null || typeof options !== 'object') {
      throw new Error(`${where}: expected an options object with the batch to measure on, got ${String(options)} — pass {x: batch}`);
    }
    rejectUnknownOptions(where, options, OPTIONS);
    const isTensors = (value: unknown) => value instanceof tf.Tensor || (Array.isArray(value) && value.length > 0 && value.every((t) => t instanceof tf.Tensor));
    if (!isTensors(options.x)) {
      throw new Error(`${where}: expected x to be the input batch (a tensor, or one per model input), got ${options.x === undefined ? 'nothing' : typeof options.x} — pass {x: tf.tensor2d(...)}`);
    }
    if (options.onMeasure != null && typeof options.onMeasure !== 'function') {
      throw new Error(`${where}: expected onMeasure to be a function (fractions, epoch) => void, got ${typeof options.onMeasure} — pass a function or leave it out`);
    }
    if (options.verbose != null && options.verbose !== 0 && options.verbose !== 1) {
      throw new Error(`${where}: expected verbose to be 0 or 1, got ${JSON.stringify(options.verbose)} — pass 1 to print each epoch's measurement`);
    }
    if (options.batchSize != null && !(Number.isInteger(options.batchSize) && options.batchSize > 0)) {
      throw new Error(`${where}: expected batchSize to be a positive integer, got ${JSON.stringify(options.batchSize)} — leave it out to run x at once`);
    }
    if (options.layers != null && !Array.isArray(options.layers)) {
      throw new Error(`${where}: expected layers to be a list of layers or layer names, got ${typeof options.layers} — pass e.g. layers: ['k_sparse_1']`);
    }
    this.x = options.x;
    this.layerChoice = options.layers ?? null;
    this.onMeasure = options.onMeasure ?? null;
    this.log = options.log ?? true;
    this.verbose = options.verbose ?? 0;
    this.batchSize = options.batchSize;
  }

  /** The layers measured in `model`, checked. */
  private layersOf(model: tfl.LayersModel): tfl.layers.Layer[] {
    const where = 'SparsityMeter';
    const chosen = this.layerChoice == null
      ? model.layers.filter(isActivationLayer)
      : this.layerChoice.map((entry) => {
        if (typeof entry !== 'string') {
          if (!model.layers.includes(entry)) {
            throw new Error(`${where}: layer '${entry.name}' is not a layer of the model — pass layers of the model being measured`);
          }
          return entry;
        }
        const found = model.layers.find((layer) => layer.name === entry);
        if (!found) {
          throw new Error(`${where}: the model has no layer named '${entry}'${suggestion(entry, model.layers.map((l) => l.name))} — the names are ${model.layers.map((l) => `'${l.name}'`).join(', ')}`);
        }
        return found;
      });
    if (chosen.length === 0) {
      throw new Error(`${where}: the model has no activation layer to measure — pass layers: [...] to name the layers whose outputs to measure`);
    }
    for (const layer of chosen) {
      if (layer.inboundNodes.length !== 1) {
        throw new Error(`${where}: layer '${layer.name}' is called ${layer.inboundNodes.length} times in the model, so it has no single output — measure a layer called once`);
      }
    }
    return chosen;
  }

  /** The fraction of exact zeros in each measured layer's output on x; also passed to onMeasure (epoch null). */
  measure(model: tfl.LayersModel | undefined = this.model): SparsityRecord {
    const fractions = this.zeroFractions(model);
    this.onMeasure?.(fractions, null);
    return fractions;
  }

  private zeroFractions(model: tfl.LayersModel | undefined): SparsityRecord {
    if (model == null) throw new Error('SparsityMeter: no model to measure — pass one to measure(model), or use the meter as a callback of model.fit');
    if (this.probe?.of !== model) {
      const layers = this.layersOf(model);
      const outputs = layers.map((layer) => layer.output as tfl.SymbolicTensor);
      this.probe = { model: tfl.model({ inputs: model.inputs, outputs }), names: layers.map((layer) => layer.name), of: model };
    }
    const { model: probe, names } = this.probe;
    const fractions = tf.tidy(() => {
      const result = probe.predict(this.x, this.batchSize == null ? {} : { batchSize: this.batchSize });
      const outputs = Array.isArray(result) ? result : [result];
      return outputs.map((output) => (output.size === 0 ? tf.scalar(0) : tf.mean(tf.cast(tf.equal(output, 0), 'float32'))));
    });
    const values = fractions.map((fraction) => fraction.dataSync()[0]!);
    tf.dispose(fractions);
    return Object.fromEntries(names.map((name, i) => [name, values[i]!]));
  }

  override async onEpochEnd(epoch: number, logs?: tfl.Logs): Promise<void> {
    const fractions = this.zeroFractions(this.model);
    this.history.push({ epoch, fractions });
    if (this.log && logs) for (const [name, value] of Object.entries(fractions)) logs[`sparsity/${name}`] = value;
    if (this.verbose === 1) {
      console.log(`Epoch ${epoch + 1} sparsity: ${Object.entries(fractions).map(([name, value]) => `${name} ${value.toFixed(4)}`).join(', ')}`);
    }
    this.onMeasure?.(fractions, epoch);
  }
}
