// The refined schedule of "When, Why and How Much? Adaptive Learning Rate Scheduling by
// Refinement" (Defazio et al.; facebookresearch/adaptive_scheduling). Input: the per-step
// gradient norms G_1..G_T of an earlier run with the same optimizer family (SGD-type: ‖g‖₂ with
// weights w_t = G_t⁻²; Adam-type: ‖g‖₁ with w_t = G_t⁻¹). (1) Median-filter G with odd width
// W = 2·⌊⌊τT⌋/2⌋ + 1: reflect-pad 2W values on the right, filter with nearest-value edges, drop the
// padding (the authors' scipy recipe). (2) s_t = w_t·Σ_{p>t} w_p, s_T = 0. (3) s/max(s)·peakLr.
// Constant norms give linear decay to 0; norms that fall early give an automatic warmup. For a
// run of another length the schedule is resampled linearly.
import { checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { defineSchedule, type Schedule } from './schedule.js';

export interface RefinedScheduleOptions {
  /** G_1..G_T from an earlier run. Required. */
  gradientNorms?: number[];
  /** 'l2' (SGD-type, w = G⁻², default) or 'l1' (Adam-type, w = G⁻¹). */
  normType?: 'l2' | 'l1';
  /** τ, the median filter's width as a fraction of T (0: no smoothing). Default 0.1. */
  smoothing?: number;
  /** The schedule's maximum. Required. */
  peakLr?: number;
  /** Length of the new run (default T): the refined values are resampled linearly onto it. */
  totalSteps?: number;
}

export const REFINED_SCHEDULE_OPTION_NAMES = ['gradientNorms', 'normType', 'smoothing', 'peakLr', 'totalSteps'] as const;

/** Index into a right-reflected sequence of length n (numpy 'reflect': the edge is not repeated). */
function reflected(index: number, length: number): number {
  if (length === 1) return 0;
  const period = 2 * (length - 1);
  const folded = index % period;
  return folded < length ? folded : period - folded;
}

/** The authors' median filter: reflect-pad 2W on the right, median of width W with nearest edges, padding dropped. */
export function medianSmooth(values: readonly number[], width: number): number[] {
  if (width <= 1) return [...values];
  const length = values.length;
  const padded = Array.from({ length: length + 2 * width }, (_, index) => values[reflected(index, length)]!);
  const half = Math.floor(width / 2);
  return values.map((_, center) => {
    const window: number[] = [];
    for (let offset = -half; offset <= half; offset++) window.push(padded[Math.min(Math.max(center + offset, 0), padded.length - 1)]!);
    window.sort((a, b) => a - b);
    return window[half]!;
  });
}

/** The refined values (length T, max 1 before peakLr scaling, last 0). */
export function refineSchedule(gradientNorms: readonly number[], normType: 'l2' | 'l1' = 'l2', smoothing = 0.1): number[] {
  const count = gradientNorms.length;
  const width = 2 * Math.floor(Math.floor(smoothing * count) / 2) + 1;
  const smoothed = medianSmooth(gradientNorms, width);
  const weights = smoothed.map((norm) => (normType === 'l2' ? norm ** -2 : norm ** -1));
  const values = new Array<number>(count).fill(0);
  let tail = 0;
  for (let step = count - 1; step >= 0; step--) {
    values[step] = weights[step]! * tail;
    tail += weights[step]!;
  }
  const top = Math.max(...values);
  return values.map((value) => (top > 0 ? value / top : 0));
}

/** The refined schedule as a function of the step. */
export function refinedSchedule(options: RefinedScheduleOptions): Schedule {
  const where = 'refinedSchedule';
  checkOptionNames(where, options, REFINED_SCHEDULE_OPTION_NAMES);
  const norms = options?.gradientNorms;
  if (!Array.isArray(norms) || norms.length < 2 || norms.some((norm) => typeof norm !== 'number' || !(norm > 0) || !Number.isFinite(norm))) {
    throw new Error(`${where}: expected gradientNorms, at least two positive finite per-step gradient norms of an earlier run, got ${describe(Array.isArray(norms) ? `${norms.length} values${norms.some((norm) => !(norm > 0)) ? ' with non-positive ones' : ''}` : norms)} — log ‖g‖ every step (the chain's GradientClipping reports it)`);
  }
  const normType = checkChoice(where, 'normType', options.normType, 'l2', ['l2', 'l1'] as const);
  const smoothing = checkNumber(where, 'smoothing', options.smoothing, 0.1, { min: 0, max: 1 });
  if (options.peakLr === undefined) throw new Error(`${where}: expected peakLr, got none — pass the learning rate the schedule peaks at`);
  const peakLr = checkNumber(where, 'peakLr', options.peakLr, undefined, { min: 0 });
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, norms.length, { min: 2, integer: true });
  const refined = refineSchedule(norms, normType, smoothing);
  return defineSchedule('RefinedSchedule', { gradientNorms: [...norms], normType, smoothing, peakLr, totalSteps }, (step) => {
    if (step >= totalSteps - 1) return 0;
    const position = (step * (refined.length - 1)) / (totalSteps - 1);
    const below = Math.floor(position);
    const fraction = position - below;
    return peakLr * (refined[below]! + fraction * ((refined[below + 1] ?? 0) - refined[below]!));
  });
}
