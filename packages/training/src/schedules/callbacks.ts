// Callbacks that move an optimizer's hyper-parameters during model.fit. tfjs optimizers take a
// plain learning-rate number (no schedule objects, as Keras has), so a callback writes it before
// every batch. ReduceLROnPlateau follows Keras 3's callback (keras/src/callbacks/
// reduce_lr_on_plateau.py with MonitorCallback): the first value is always an improvement, an
// improvement must beat the best by minDelta, and cooldown epochs pause the patience count.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { getLearningRate, momentumKind, setLearningRate, setMomentum } from '../optimizers/hyper-parameters.js';
import type { Schedule } from './schedule.js';

export interface LearningRateSchedulerOptions {
  /** Optimizer steps already taken (to resume a schedule). Default 0. */
  initialStep?: number;
}

function requireOptimizer(where: string, model: tfl.LayersModel | undefined): tf.Optimizer {
  const optimizer = model?.optimizer;
  // tf.Optimizer's instanceof check reads properties, so rule out undefined first.
  if (optimizer == null || !(optimizer instanceof tf.Optimizer)) {
    throw new Error(`${where}: the model has no optimizer — compile the model before fit`);
  }
  return optimizer;
}

/**
 * Sets the optimizer's learning rate (and momentum, when the schedule drives it) before every
 * batch: batch s of the run (counting across epochs and fit calls) uses schedule(initialStep + s).
 */
export class LearningRateScheduler extends tfl.Callback {
  readonly schedule: Schedule;
  /** The step the next batch uses; advances after every batch. */
  step: number;
  /** The learning rate and momentum set for the latest batch. */
  lastLearningRate: number | null = null;
  lastMomentum: number | null = null;

  constructor(schedule: Schedule, options: LearningRateSchedulerOptions = {}) {
    super();
    const where = 'LearningRateScheduler';
    if (typeof schedule !== 'function') {
      throw new Error(`${where}: expected a schedule function (step) => learning rate, got ${describe(schedule)} — build one with warmupLinearDecay, oneCycle, sgdr, composeSchedule or a Keras schedule`);
    }
    checkOptionNames(where, options, ['initialStep']);
    this.schedule = schedule;
    this.step = checkNumber(where, 'initialStep', options.initialStep, 0, { min: 0, integer: true });
  }

  override async onTrainBegin(): Promise<void> {
    const optimizer = requireOptimizer('LearningRateScheduler', this.model);
    if (this.schedule.momentum && momentumKind(optimizer) == null) {
      throw new Error(`LearningRateScheduler: ${this.schedule.className} drives momentum, but ${optimizer.getClassName()} has neither momentum nor beta1 — use tf.train.momentum or an Adam-family optimizer, or build the schedule with cycleMomentum: false`);
    }
  }

  override async onBatchBegin(): Promise<void> {
    const optimizer = requireOptimizer('LearningRateScheduler', this.model);
    const learningRate = this.schedule(this.step);
    setLearningRate(optimizer, learningRate);
    this.lastLearningRate = learningRate;
    if (this.schedule.momentum) {
      const momentum = this.schedule.momentum(this.step);
      setMomentum(optimizer, momentum);
      this.lastMomentum = momentum;
    }
  }

  override async onBatchEnd(): Promise<void> {
    this.step += 1;
  }

  override async onEpochEnd(_epoch: number, logs?: tfl.Logs): Promise<void> {
    // Keras 3 logs the rate under this name; History then records it per epoch.
    if (logs && this.lastLearningRate !== null) logs['learning_rate'] = this.lastLearningRate;
  }
}

/** `model.fit(x, y, {callbacks: [learningRateScheduler(oneCycle({...}))]})`. */
export function learningRateScheduler(schedule: Schedule, options: LearningRateSchedulerOptions = {}): LearningRateScheduler {
  return new LearningRateScheduler(schedule, options);
}

export interface ReduceLROnPlateauOptions {
  /** Log key to watch. Default 'val_loss'. */
  monitor?: string;
  /** New rate = rate·factor; must be < 1. Default 0.1. */
  factor?: number;
  /** Epochs without improvement before a reduction. Default 10. */
  patience?: number;
  /** 'min', 'max', or 'auto' (from the name: losses and errors fall, accuracies rise). Default 'auto'. */
  mode?: 'auto' | 'min' | 'max';
  /** Smallest change that counts as an improvement. Default 1e-4. */
  minDelta?: number;
  /** Epochs after a reduction during which patience does not count. Default 0. */
  cooldown?: number;
  /** Floor on the learning rate. Default 0. */
  minLr?: number;
  /** 1 prints each reduction. Default 0. */
  verbose?: number;
}

export const REDUCE_LR_OPTION_NAMES = ['monitor', 'factor', 'patience', 'mode', 'minDelta', 'cooldown', 'minLr', 'verbose'] as const;

const MINIMISED = /loss|error|mse|mae|mape|msle|crossentropy|hinge|divergence/i;
const MAXIMISED = /acc|auc|precision|recall|f1|iou|dice|cosine/i;

/** The Keras ReduceLROnPlateau state machine, apart from any model: feed it one value per epoch. */
export class PlateauTracker {
  readonly factor: number;
  readonly patience: number;
  readonly minDelta: number;
  readonly cooldown: number;
  readonly minLr: number;
  readonly direction: 'min' | 'max';
  best: number | null = null;
  wait = 0;
  cooldownCounter = 0;

  constructor(where: string, monitor: string, options: ReduceLROnPlateauOptions) {
    this.factor = checkNumber(where, 'factor', options.factor, 0.1, { min: 0, max: 1, maxExclusive: true });
    this.patience = checkNumber(where, 'patience', options.patience, 10, { min: 0, integer: true });
    this.minDelta = Math.abs(checkNumber(where, 'minDelta', options.minDelta, 1e-4));
    this.cooldown = checkNumber(where, 'cooldown', options.cooldown, 0, { min: 0, integer: true });
    this.minLr = checkNumber(where, 'minLr', options.minLr, 0, { min: 0 });
    const mode = checkChoice(where, 'mode', options.mode, 'auto', ['auto', 'min', 'max'] as const);
    if (mode !== 'auto') this.direction = mode;
    else {
      const metric = monitor.replace(/^val_/, '');
      if (MINIMISED.test(metric)) this.direction = 'min';
      else if (MAXIMISED.test(metric)) this.direction = 'max';
      else throw new Error(`${where}: cannot tell whether '${monitor}' should fall or rise — pass mode: 'min' or mode: 'max'`);
    }
  }

  private improves(value: number): boolean {
    if (this.best === null) return true;
    return this.direction === 'min' ? value + this.minDelta < this.best : value - this.minDelta > this.best;
  }

  /** One epoch's value and the current rate; returns the new rate, or null when unchanged. */
  update(value: number, learningRate: number): number | null {
    if (this.cooldownCounter > 0) {
      this.cooldownCounter -= 1;
      this.wait = 0;
    }
    if (this.improves(value)) {
      this.best = value;
      this.wait = 0;
      return null;
    }
    if (this.cooldownCounter > 0) return null;
    this.wait += 1;
    if (this.wait < this.patience) return null;
    // Keras compares against min_lr rounded to float32 before reducing.
    if (!(learningRate > Math.fround(this.minLr))) return null;
    this.cooldownCounter = this.cooldown;
    this.wait = 0;
    return Math.max(learningRate * this.factor, this.minLr);
  }

  reset(): void {
    this.best = null;
    this.wait = 0;
    this.cooldownCounter = 0;
  }
}

export class ReduceLROnPlateau extends tfl.Callback {
  readonly monitor: string;
  readonly tracker: PlateauTracker;
  readonly verbose: number;

  constructor(options: ReduceLROnPlateauOptions = {}) {
    super();
    const where = 'ReduceLROnPlateau';
    checkOptionNames(where, options, REDUCE_LR_OPTION_NAMES);
    if (options.monitor !== undefined && typeof options.monitor !== 'string') {
      throw new Error(`${where}: expected monitor to be a log key such as 'val_loss', got ${describe(options.monitor)}`);
    }
    this.monitor = options.monitor ?? 'val_loss';
    this.verbose = checkNumber(where, 'verbose', options.verbose, 0, { min: 0, integer: true });
    this.tracker = new PlateauTracker(where, this.monitor, options);
  }

  override async onTrainBegin(): Promise<void> {
    this.tracker.reset();
  }

  override async onEpochEnd(epoch: number, logs?: tfl.Logs): Promise<void> {
    const optimizer = requireOptimizer('ReduceLROnPlateau', this.model);
    const learningRate = getLearningRate(optimizer);
    if (logs) logs['learning_rate'] = learningRate;
    const raw = logs?.[this.monitor] as number | tf.Scalar | undefined;
    if (raw === undefined) {
      console.warn(`ReduceLROnPlateau: the metric '${this.monitor}' is not in the logs (available: ${Object.keys(logs ?? {}).join(', ')}) — pass validationData/validationSplit for val_ metrics, or monitor another key`);
      return;
    }
    const value = typeof raw === 'number' ? raw : raw.dataSync()[0]!;
    const reduced = this.tracker.update(value, learningRate);
    if (reduced !== null) {
      setLearningRate(optimizer, reduced);
      if (this.verbose > 0) console.log(`Epoch ${epoch + 1}: ReduceLROnPlateau reducing learning rate to ${reduced}.`);
    }
  }
}

/** `model.fit(x, y, {callbacks: [reduceLROnPlateau({monitor: 'val_loss', patience: 3})]})`. */
export function reduceLROnPlateau(options: ReduceLROnPlateauOptions = {}): ReduceLROnPlateau {
  return new ReduceLROnPlateau(options);
}
