// A learning-rate schedule is a plain function of the optimizer step (0 for the first update),
// with `momentum(step)` when it also drives momentum, and a JSON form. The step convention is
// Keras's (the optimizer's iteration count before the update) and PyTorch's for per-batch
// schedulers (scheduler.step() after every optimizer.step()): update s uses schedule(s).
import { describe } from '../options.js';

export interface SerializedSchedule {
  className: string;
  config: Record<string, unknown>;
}

export interface Schedule {
  /** The learning rate for optimizer step `step` (0-based). */
  (step: number): number;
  /** The momentum (SGD momentum or Adam β1) for `step`, when the schedule drives it. */
  readonly momentum?: (step: number) => number;
  readonly className: string;
  /** Every option, as passed to the factory (defaults filled in). */
  getConfig(): Record<string, unknown>;
  toJSON(): SerializedSchedule;
}

/** Wraps a step function as a Schedule; `where` names it in the step-check error. */
export function defineSchedule(
  className: string,
  config: Record<string, unknown>,
  learningRate: (step: number) => number,
  momentum?: (step: number) => number,
): Schedule {
  const checkStep = (step: number) => {
    if (typeof step !== 'number' || !(step >= 0) || !Number.isFinite(step)) {
      throw new Error(`${className}: expected a step >= 0, got ${describe(step)} — steps count optimizer updates from 0`);
    }
  };
  const schedule = ((step: number) => {
    checkStep(step);
    return learningRate(step);
  }) as Schedule & { momentum?: (step: number) => number };
  Object.defineProperty(schedule, 'name', { value: className });
  Object.defineProperty(schedule, 'className', { value: className, enumerable: true });
  if (momentum) {
    Object.defineProperty(schedule, 'momentum', {
      value: (step: number) => {
        checkStep(step);
        return momentum(step);
      },
      enumerable: true,
    });
  }
  const frozen = { ...config };
  Object.defineProperty(schedule, 'getConfig', { value: () => ({ ...frozen }) });
  Object.defineProperty(schedule, 'toJSON', { value: () => ({ className, config: { ...frozen } }) });
  return schedule;
}

/** Linear interpolation from `start` to `end` as `fraction` goes 0 → 1 (PyTorch's `_annealing_linear`). */
export function annealLinear(start: number, end: number, fraction: number): number {
  return (end - start) * fraction + start;
}

/** Cosine interpolation from `start` to `end` (PyTorch's `_annealing_cos`). */
export function annealCosine(start: number, end: number, fraction: number): number {
  return end + ((start - end) / 2) * (Math.cos(Math.PI * fraction) + 1);
}
