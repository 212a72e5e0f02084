// Linear warmup from 0 to peakLr over warmupSteps, then linear (or cosine) decay to minLr at
// totalSteps, constant afterwards. With minLr 0 and linear decay this is the schedule of Hugging
// Face's get_linear_schedule_with_warmup (a PyTorch LambdaLR), the usual transformer recipe.
import { checkChoice, checkNumber, checkOptionNames } from '../options.js';
import { annealCosine, annealLinear, defineSchedule, type Schedule } from './schedule.js';

export interface WarmupDecayOptions {
  /** η₀, reached at the end of warmup. Default 0.001. */
  peakLr?: number;
  /** T_w; 0 starts at peakLr. Default 0. */
  warmupSteps?: number;
  /** T, the step where the decay reaches minLr. Required. */
  totalSteps?: number;
  /** η_min. Default 0. */
  minLr?: number;
  /** Shape of the decay phase. Default 'linear'. */
  decay?: 'linear' | 'cosine';
}

export const WARMUP_DECAY_OPTION_NAMES = ['peakLr', 'warmupSteps', 'totalSteps', 'minLr', 'decay'] as const;

/** η(t) = η₀·t/T_w while t < T_w, then η_min + (η₀ − η_min)·(1 − (t − T_w)/(T − T_w)), then η_min. */
export function warmupLinearDecay(options: WarmupDecayOptions): Schedule {
  const where = 'warmupLinearDecay';
  checkOptionNames(where, options, WARMUP_DECAY_OPTION_NAMES);
  const peakLr = checkNumber(where, 'peakLr', options.peakLr, 0.001, { min: 0 });
  const warmupSteps = checkNumber(where, 'warmupSteps', options.warmupSteps, 0, { min: 0, integer: true });
  if (options.totalSteps === undefined) {
    throw new Error(`${where}: expected totalSteps, got none — pass the number of optimizer steps the run takes, e.g. epochs * Math.ceil(samples / batchSize)`);
  }
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: warmupSteps, minExclusive: true, integer: true });
  const minLr = checkNumber(where, 'minLr', options.minLr, 0, { min: 0, max: peakLr });
  const decay = checkChoice(where, 'decay', options.decay, 'linear', ['linear', 'cosine'] as const);
  const anneal = decay === 'linear' ? annealLinear : annealCosine;
  return defineSchedule('WarmupLinearDecay', { peakLr, warmupSteps, totalSteps, minLr, decay }, (step) => {
    if (step < warmupSteps) return (peakLr * step) / warmupSteps;
    if (step >= totalSteps) return minLr;
    return anneal(peakLr, minLr, (step - warmupSteps) / (totalSteps - warmupSteps));
  });
}
