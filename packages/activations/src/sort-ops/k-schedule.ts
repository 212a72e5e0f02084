// The sparsity schedule of "k-Sparse Autoencoders" (Makhzani and Frey, 2013) as a tfjs callback:
// start from a large k so every unit is selected early on, lower k linearly to the target over
// the first rampFraction of the epochs, then hold it.
import * as tfl from '@tensorflow/tfjs-layers';
import { rejectUnknownOptions } from '@layerkit/core';
import { checkK } from './k-sparse.js';
import { checkRampFraction, K_SCHEDULE_DEFAULTS, KSparse, type KScheduleConfig } from './k-sparse-layer.js';

export interface ScheduledKOptions extends KScheduleConfig {
  /** The target k (the layer's k). */
  readonly k: number;
  /** Epochs of the whole run. */
  readonly epochs: number;
}

/**
 * k for an epoch (0-based): startK at epoch 0, k from epoch rampFraction·epochs on, linear in
 * between, rounded to an integer. With epochs 10, startK 100, rampFraction 0.5 and k 25: 100,
 * 85, 70, 55, 40, then 25.
 */
export function scheduledK(epoch: number, { startK, k, rampFraction, epochs }: ScheduledKOptions): number {
  const rampEpochs = rampFraction * epochs;
  if (epoch >= rampEpochs) return k;
  return Math.round(startK + ((k - startK) * epoch) / rampEpochs);
}

export interface KScheduleOptions {
  /** k at epoch 0; overrides the layers' own kSchedule.startK. */
  readonly startK?: number;
  /** Fraction of the epochs spent lowering k; overrides the layers' own kSchedule.rampFraction. */
  readonly rampFraction?: number;
  /** Length of the run in epochs. Default: model.fit's `epochs`. */
  readonly epochs?: number;
  /** The layers to drive. Default: every KSparse layer of the model (nested models included). */
  readonly layers?: KSparse | readonly KSparse[];
}

const OPTIONS = ['startK', 'rampFraction', 'epochs', 'layers'];

/** Every KSparse layer of a model, looking inside nested models. */
function kSparseLayers(layers: readonly tfl.layers.Layer[]): KSparse[] {
  return layers.flatMap((layer) => {
    if (layer instanceof KSparse) return [layer];
    const inner = (layer as { layers?: tfl.layers.Layer[] }).layers;
    return Array.isArray(inner) ? kSparseLayers(inner) : [];
  });
}

/**
 * `model.fit(x, y, {epochs, callbacks: [new KSchedule()]})`: before every epoch, sets the
 * training k of each KSparse layer from its kSchedule (or the startK and rampFraction given
 * here) and its k. Layers whose kSchedule is null are left alone unless startK is given here.
 * predict and evaluate keep using testMultiplier·k.
 */
export class KSchedule extends tfl.Callback {
  readonly startK: number | undefined;
  readonly rampFraction: number | undefined;
  readonly epochs: number | undefined;
  private readonly given: readonly KSparse[] | null;
  /** The layers driven in the current run, with their schedules. */
  private driven: { layer: KSparse; schedule: KScheduleConfig }[] = [];
  private epochsOfRun = 0;
  /** One record per epoch begun: the training k set for each driven layer, by layer name. */
  readonly history: Record<string, number>[] = [];

  constructor(options: KScheduleOptions = {}) {
    super();
    const where = 'KSchedule';
    if (options == null || typeof options !== 'object') {
      throw new Error(`${where}: expected an options object such as {startK: 100, rampFraction: 0.5}, got ${String(options)} — pass {} to use each layer's kSchedule`);
    }
    rejectUnknownOptions(where, options, OPTIONS);
    if (options.startK !== undefined) checkK(where, 'startK', options.startK);
    if (options.rampFraction !== undefined) checkRampFraction(where, 'rampFraction', options.rampFraction);
    if (options.epochs !== undefined) checkK(where, 'epochs', options.epochs);
    const layers = options.layers === undefined ? null : Array.isArray(options.layers) ? options.layers : [options.layers];
    for (const layer of layers ?? []) {
      if (!(layer instanceof KSparse)) {
        throw new Error(`${where}: expected layers to be KSparse layers, got ${(layer as object)?.constructor?.name ?? String(layer)} — pass the KSparse layers to schedule, or leave layers out to find them in the model`);
      }
    }
    this.startK = options.startK;
    this.rampFraction = options.rampFraction;
    this.epochs = options.epochs;
    this.given = layers as readonly KSparse[] | null;
  }

  override async onTrainBegin(): Promise<void> {
    const layers = this.given ?? kSparseLayers(this.model?.layers ?? []);
    if (layers.length === 0) {
      throw new Error('KSchedule: the model has no KSparse layer to schedule — add one (new KSparse({k})) or remove the callback');
    }
    const epochs = this.epochs ?? (this.params?.epochs as number | undefined);
    if (epochs == null) throw new Error('KSchedule: cannot tell how many epochs the run has — pass epochs to the callback');
    const overrides = {
      ...(this.startK !== undefined ? { startK: this.startK } : {}),
      ...(this.rampFraction !== undefined ? { rampFraction: this.rampFraction } : {}),
    };
    this.driven = layers.flatMap((layer) => {
      if (layer.kSchedule === null && this.startK === undefined) return [];
      return [{ layer, schedule: { ...(layer.kSchedule ?? K_SCHEDULE_DEFAULTS), ...overrides } }];
    });
    this.epochsOfRun = epochs;
  }

  override async onEpochBegin(epoch: number): Promise<void> {
    const record: Record<string, number> = {};
    for (const { layer, schedule } of this.driven) {
      const width = layer.knownWidth();
      const startK = width == null ? schedule.startK : Math.min(schedule.startK, width);
      layer.trainingK = scheduledK(epoch, { ...schedule, startK, k: layer.k, epochs: this.epochsOfRun });
      record[layer.name] = layer.trainingK;
    }
    this.history.push(record);
  }
}
