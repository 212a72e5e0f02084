// Schedules for continual pre-training. (a) Re-warming ("Continual Pre-Training of Large Language
// Models: How to (re)warm your model?", Gupta et al.): each new data stage of T steps warms up
// linearly from 0 to maxLr over warmupSteps, then decays by a cosine to minLr at T, constant
// afterwards. (b) The "infinite" schedule ("Simple and Scalable Strategies to Continually
// Pre-train Large Language Models", Ibrahim et al.): warmup 0 → maxLr, cooldown maxLr → constLr
// (cosine, a library choice), constant constLr for as long as data arrives, and, only when a
// checkpoint is wanted, a final annealing constLr → minLr (linear, a library choice) starting at
// annealStart. (c) A replay mixer that puts round(replayFraction·B) old-data examples into each
// batch of B, carrying the fractional part over so the long-run share is exact.
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { annealCosine, annealLinear, defineSchedule, type Schedule } from './schedule.js';

export interface RewarmOptions {
  /** Peak learning rate. Required. */
  maxLr?: number;
  /** Linear warmup steps from 0. Required. */
  warmupSteps?: number;
  /** T, the stage length; the cosine reaches minLr there. Required. */
  totalSteps?: number;
  /** Default 0. */
  minLr?: number;
}

export const REWARM_OPTION_NAMES = ['maxLr', 'warmupSteps', 'totalSteps', 'minLr'] as const;

function required(where: string, name: string, value: unknown, hint: string): void {
  if (value === undefined) throw new Error(`${where}: expected ${name}, got none — ${hint}`);
}

/** Re-warm and re-decay for one data stage (steps counted from the stage's start). */
export function rewarmSchedule(options: RewarmOptions): Schedule {
  const where = 'rewarmSchedule';
  checkOptionNames(where, options, REWARM_OPTION_NAMES);
  required(where, 'maxLr', options?.maxLr, 'pass the peak learning rate of the new stage');
  required(where, 'warmupSteps', options.warmupSteps, 'pass the warmup length (about 1% of the stage)');
  required(where, 'totalSteps', options.totalSteps, 'pass the stage length in optimizer steps');
  const maxLr = checkNumber(where, 'maxLr', options.maxLr, undefined, { min: 0 });
  const warmupSteps = checkNumber(where, 'warmupSteps', options.warmupSteps, undefined, { min: 0, integer: true });
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: warmupSteps, minExclusive: true, integer: true });
  const minLr = checkNumber(where, 'minLr', options.minLr, 0, { min: 0, max: maxLr });
  return defineSchedule('Rewarm', { maxLr, warmupSteps, totalSteps, minLr }, (step) => {
    if (step < warmupSteps) return (maxLr * step) / warmupSteps;
    if (step >= totalSteps) return minLr;
    return annealCosine(maxLr, minLr, (step - warmupSteps) / (totalSteps - warmupSteps));
  });
}

export interface InfiniteScheduleOptions {
  maxLr?: number;
  /** Linear warmup 0 → maxLr. Required. */
  warmupSteps?: number;
  /** Cosine cooldown maxLr → constLr. Required. */
  cooldownSteps?: number;
  /** The constant phase's rate. Required. */
  constLr?: number;
  /** Step where the final annealing starts; null (default): never, the constant phase goes on. */
  annealStart?: number | null;
  /** Linear annealing constLr → minLr. Default 0 (a drop to minLr at annealStart). */
  annealSteps?: number;
  /** Default 0. */
  minLr?: number;
}

export const INFINITE_SCHEDULE_OPTION_NAMES = ['maxLr', 'warmupSteps', 'cooldownSteps', 'constLr', 'annealStart', 'annealSteps', 'minLr'] as const;

/** Warmup, cosine cooldown to constLr, constant; linear annealing to minLr from annealStart when given. */
export function infiniteSchedule(options: InfiniteScheduleOptions): Schedule {
  const where = 'infiniteSchedule';
  checkOptionNames(where, options, INFINITE_SCHEDULE_OPTION_NAMES);
  for (const name of ['maxLr', 'warmupSteps', 'cooldownSteps', 'constLr'] as const) required(where, name, options?.[name], `pass ${name}`);
  const maxLr = checkNumber(where, 'maxLr', options.maxLr, undefined, { min: 0 });
  const warmupSteps = checkNumber(where, 'warmupSteps', options.warmupSteps, undefined, { min: 0, integer: true });
  const cooldownSteps = checkNumber(where, 'cooldownSteps', options.cooldownSteps, undefined, { min: 0, integer: true });
  const constLr = checkNumber(where, 'constLr', options.constLr, undefined, { min: 0, max: maxLr });
  const constantFrom = warmupSteps + cooldownSteps;
  const annealStart = options.annealStart == null ? null : checkNumber(where, 'annealStart', options.annealStart, undefined, { min: constantFrom, integer: true });
  const annealSteps = checkNumber(where, 'annealSteps', options.annealSteps, 0, { min: 0, integer: true });
  const minLr = checkNumber(where, 'minLr', options.minLr, 0, { min: 0, max: constLr });
  return defineSchedule('InfiniteSchedule', { maxLr, warmupSteps, cooldownSteps, constLr, annealStart, annealSteps, minLr }, (step) => {
    if (step < warmupSteps) return (maxLr * step) / warmupSteps;
    if (step < constantFrom) return annealCosine(maxLr, constLr, (step - warmupSteps) / cooldownSteps);
    if (annealStart == null || step < annealStart) return constLr;
    if (step >= annealStart + annealSteps) return minLr;
    return annealLinear(constLr, minLr, (step - annealStart) / annealSteps);
  });
}

export interface ReplayMixerOptions {
  /** Share of old-data examples per batch. Default 0.05. */
  replayFraction?: number;
}

/** Splits batches into old (replayed) and new examples with an exact long-run share. */
export class ReplayMixer {
  readonly replayFraction: number;
  private carry = 0;

  constructor(options: ReplayMixerOptions = {}) {
    const where = 'replayMixer';
    checkOptionNames(where, options, ['replayFraction']);
    this.replayFraction = checkNumber(where, 'replayFraction', options.replayFraction, 0.05, { min: 0, max: 1 });
  }

  /** How many of the next batch's `batchSize` examples come from the old data. */
  next(batchSize: number): { replay: number; fresh: number } {
    if (!Number.isInteger(batchSize) || batchSize < 0) throw new Error(`replayMixer.next: expected a batch size (an integer >= 0), got ${describe(batchSize)}`);
    const wanted = this.replayFraction * batchSize + this.carry;
    const replay = Math.min(batchSize, Math.max(0, Math.round(wanted)));
    this.carry = wanted - replay;
    return { replay, fresh: batchSize - replay };
  }
}

/** `const mixer = replayMixer({replayFraction: 0.05}); const {replay, fresh} = mixer.next(64)`. */
export function replayMixer(options: ReplayMixerOptions = {}): ReplayMixer {
  return new ReplayMixer(options);
}
