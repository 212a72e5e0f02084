// A small custom training loop for several losses at once: per batch it takes one gradient per
// task loss (tf.variableGrads, one forward and backward pass per task: tfjs keeps no tape to run
// backward twice), hands the per-task gradient lists to a combiner (plain sum, PCGrad, GradNorm or
// any GradientCombiner) and applies the combined list with one optimizer step. With one loss and
// the sum combiner, a step is model.fit's step (the same variableGrads call, the same gradients).
// Layers that update state in their forward pass (batch-norm moving statistics) see one update
// per task per batch.
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { resolveBaseOptimizer, type BaseOptimizer } from '../optimizers/base.js';
import { SumCombiner, type GradientCombiner } from './combiner.js';
import { PCGrad } from './pcgrad.js';

export type Inputs = tf.Tensor | tf.Tensor[];
/** Every task's loss for one batch (one forward pass), in a fixed order. */
export type TaskLosses = (x: Inputs, y: Inputs | undefined) => tf.Scalar[];

export interface MultiLossTrainerOptions {
  /** The task losses of a batch. Required. */
  losses?: TaskLosses;
  /** The model whose trainable weights are trained (and whose optimizer is used by default). */
  model?: tfl.LayersModel;
  /** The variables to train, when there is no model. */
  variables?: tf.Variable[];
  /** 'sum' (default), 'pcgrad', or a combiner object (pcgrad({seed}), gradNorm({shared})). */
  combiner?: 'sum' | 'pcgrad' | GradientCombiner;
  /** Default: the model's compiled optimizer, else 'adam'. */
  optimizer?: BaseOptimizer;
}

export const MULTI_LOSS_TRAINER_OPTION_NAMES = ['losses', 'model', 'variables', 'combiner', 'optimizer'] as const;

export interface TrainStepResult {
  /** Every task's loss at the weights before the step. */
  readonly losses: number[];
  /** Their sum. */
  readonly loss: number;
  /** The combiner's report (task weights …). */
  readonly report: Record<string, number>;
}

/** The callback methods fit calls (a tfl.Callback or a plain object with some of them). */
export interface TrainerCallback {
  setModel?(model: tfl.LayersModel): void;
  onTrainBegin?(logs?: tfl.Logs): unknown;
  onTrainEnd?(logs?: tfl.Logs): unknown;
  onEpochBegin?(epoch: number, logs?: tfl.Logs): unknown;
  onEpochEnd?(epoch: number, logs?: tfl.Logs): unknown;
  onBatchBegin?(batch: number, logs?: tfl.Logs): unknown;
  onBatchEnd?(batch: number, logs?: tfl.Logs): unknown;
}

export interface TrainerFitOptions {
  epochs?: number;
  batchSize?: number;
  callbacks?: TrainerCallback[];
}

export interface TrainerHistory {
  readonly epoch: number[];
  /** Per-epoch means of 'loss' (the sum), 'loss_<i>' per task and every combiner report key. */
  readonly history: Record<string, number[]>;
}

const firstDimension = (inputs: Inputs) => (Array.isArray(inputs) ? inputs[0]!.shape[0]! : inputs.shape[0]!);
const sliceRows = (inputs: Inputs, start: number, size: number): Inputs =>
  Array.isArray(inputs) ? inputs.map((input) => tf.slice(input, start, size)) : tf.slice(inputs, start, size);

export class MultiLossTrainer {
  readonly losses: TaskLosses;
  readonly model: tfl.LayersModel | null;
  readonly combiner: GradientCombiner;
  readonly optimizer: tf.Optimizer;
  private readonly fixedVariables: tf.Variable[] | null;
  private steps = 0;

  constructor(options: MultiLossTrainerOptions) {
    const where = 'multiLossTrainer';
    checkOptionNames(where, options, MULTI_LOSS_TRAINER_OPTION_NAMES);
    if (typeof options?.losses !== 'function') {
      throw new Error(`${where}: expected losses to be a function (x, y) => [loss_1, …, loss_T], got ${describe(options?.losses)} — compute every task loss from one forward pass and return them as scalars`);
    }
    this.losses = options.losses;
    this.model = options.model ?? null;
    if (this.model == null && options.variables == null) {
      throw new Error(`${where}: got neither a model nor variables — pass model (its trainable weights are trained) or variables: [...]`);
    }
    if (options.variables != null && (!Array.isArray(options.variables) || options.variables.some((variable) => !(variable instanceof tf.Variable)))) {
      throw new Error(`${where}: expected variables to be an array of tf.Variable, got ${describe(options.variables)}`);
    }
    this.fixedVariables = options.variables ?? null;
    const combiner = options.combiner ?? 'sum';
    if (combiner === 'sum') this.combiner = new SumCombiner();
    else if (combiner === 'pcgrad') this.combiner = new PCGrad();
    else if (typeof combiner === 'object' && combiner != null && typeof combiner.combine === 'function') this.combiner = combiner;
    else {
      throw new Error(`${where}: expected combiner 'sum', 'pcgrad' or a combiner object, got ${describe(combiner)} — GradNorm needs its shared kernel: combiner: gradNorm({shared})`);
    }
    const compiled = (this.model as { optimizer?: tf.Optimizer } | null)?.optimizer;
    this.optimizer = options.optimizer != null ? resolveBaseOptimizer(where, options.optimizer, 'adam') : compiled ?? resolveBaseOptimizer(where, undefined, 'adam');
  }

  /** The variables trained this step (the model's current trainable weights, or the given list). */
  get variables(): tf.Variable[] {
    if (this.fixedVariables != null) return this.fixedVariables;
    return this.model!.trainableWeights.map((weight) => weight.read() as tf.Variable);
  }

  /** One update on one batch. */
  trainOnBatch(x: Inputs, y?: Inputs): TrainStepResult {
    const variables = this.variables;
    const lossValues: tf.Scalar[] = [];
    let report: Record<string, number> = {};
    const applied = tf.tidy(() => {
      // The task count comes from the first call, so the first batch costs no extra forward pass.
      let taskCount: number | null = null;
      const tasks: Array<Array<tf.Tensor | null>> = [];
      for (let task = 0; taskCount == null || task < taskCount; task++) {
        const { value, grads } = tf.variableGrads(() => {
          const losses = this.checkedLosses(x, y);
          taskCount ??= losses.length;
          if (losses.length !== taskCount) {
            throw new Error(`multiLossTrainer: the losses function returned ${losses.length} losses, then ${taskCount} — return the same tasks on every call`);
          }
          return losses[task]!;
        }, variables);
        lossValues.push(tf.keep(value));
        tasks.push(variables.map((variable) => grads[variable.name] ?? null));
      }
      const losses = lossValues.map((value) => value.dataSync()[0]!);
      const output = this.combiner.combine(tasks, { losses, variables, step: this.steps });
      report = output.report ?? {};
      const gradients: tf.NamedTensorMap = {};
      output.gradients.forEach((gradient, index) => {
        if (gradient != null) gradients[variables[index]!.name] = gradient;
      });
      this.optimizer.applyGradients(gradients);
      return losses;
    });
    tf.dispose(lossValues);
    this.steps += 1;
    return { losses: applied, loss: applied.reduce((sum, value) => sum + value, 0), report };
  }

  private checkedLosses(x: Inputs, y: Inputs | undefined): tf.Scalar[] {
    const losses = this.losses(x, y);
    if (!Array.isArray(losses) || losses.length === 0 || losses.some((loss) => !(loss instanceof tf.Tensor) || loss.rank !== 0)) {
      const got = Array.isArray(losses) ? losses.map((loss) => (loss instanceof tf.Tensor ? `a tensor of shape [${loss.shape}]` : describe(loss))).join(', ') : describe(losses);
      throw new Error(`multiLossTrainer: expected the losses function to return a non-empty array of scalar tensors, got [${got}] — reduce each task loss to a scalar (tf.mean)`);
    }
    return losses;
  }

  /** Trains for `epochs` over x (and y) in batches of `batchSize` (in order), calling the callbacks like model.fit. */
  async fit(x: Inputs, y?: Inputs, options: TrainerFitOptions = {}): Promise<TrainerHistory> {
    const where = 'multiLossTrainer.fit';
    checkOptionNames(where, options, ['epochs', 'batchSize', 'callbacks']);
    const epochs = checkNumber(where, 'epochs', options.epochs, 1, { min: 1, integer: true });
    const batchSize = checkNumber(where, 'batchSize', options.batchSize, 32, { min: 1, integer: true });
    const callbacks = options.callbacks ?? [];
    const count = firstDimension(x);
    if (y != null && firstDimension(y) !== count) {
      throw new Error(`${where}: x has ${count} examples but y has ${firstDimension(y)} — pass the same number of rows`);
    }
    if (this.model != null) for (const callback of callbacks) callback.setModel?.(this.model);
    const history: Record<string, number[]> = {};
    const epochList: number[] = [];
    for (const callback of callbacks) await callback.onTrainBegin?.({});
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const callback of callbacks) await callback.onEpochBegin?.(epoch, {});
      const sums: Record<string, number> = {};
      let batches = 0;
      for (let start = 0, batch = 0; start < count; start += batchSize, batch++) {
        const size = Math.min(batchSize, count - start);
        for (const callback of callbacks) await callback.onBatchBegin?.(batch, { batch, size });
        const xs = sliceRows(x, start, size);
        const ys = y == null ? undefined : sliceRows(y, start, size);
        let result: TrainStepResult;
        try {
          result = this.trainOnBatch(xs, ys);
        } finally {
          tf.dispose([xs, ...(ys == null ? [] : [ys])].flat());
        }
        const logs: Record<string, number> = { batch, size, loss: result.loss, ...result.report };
        result.losses.forEach((loss, task) => {
          logs[`loss_${task}`] = loss;
        });
        for (const [key, value] of Object.entries(logs)) if (key !== 'batch' && key !== 'size') sums[key] = (sums[key] ?? 0) + value;
        batches += 1;
        for (const callback of callbacks) await callback.onBatchEnd?.(batch, logs);
      }
      const epochLogs: Record<string, number> = {};
      for (const [key, value] of Object.entries(sums)) {
        epochLogs[key] = value / batches;
        (history[key] ??= []).push(value / batches);
      }
      epochList.push(epoch);
      for (const callback of callbacks) await callback.onEpochEnd?.(epoch, epochLogs);
    }
    for (const callback of callbacks) await callback.onTrainEnd?.({});
    return { epoch: epochList, history };
  }
}

/** A multi-loss training loop: `multiLossTrainer({model, losses: (x, y) => [l1, l2], combiner: pcgrad()})`. */
export function multiLossTrainer(options: MultiLossTrainerOptions): MultiLossTrainer {
  return new MultiLossTrainer(options);
}
