// SGDR, cosine annealing with warm restarts (Loshchilov & Hutter), with the numbers of PyTorch's
// CosineAnnealingWarmRestarts stepped once per batch: cycle i lasts T_i = t0·tMult^i steps, and
// inside it η = minLr + (maxLr − minLr)·(1 + cos(π·T_cur/T_i))/2. The cycle is found by subtracting
// cycle lengths, as PyTorch's step() does, so restarts land exactly on integer steps.
import { checkNumber, checkOptionNames } from '../options.js';
import { annealCosine, defineSchedule, type Schedule } from './schedule.js';

export interface SgdrOptions {
  /** Steps in the first cycle (PyTorch T_0). Default 10. */
  t0?: number;
  /** Cycle-length factor after each restart (PyTorch T_mult, an integer >= 1). Default 2. */
  tMult?: number;
  /** η_max, the value at every restart. Default 0.001. */
  maxLr?: number;
  /** η_min, approached at every cycle end. Default 0. */
  minLr?: number;
}

export const SGDR_OPTION_NAMES = ['t0', 'tMult', 'maxLr', 'minLr'] as const;

/** { cycle, position, length } of `step` for cycles t0, t0·tMult, t0·tMult², … */
export function sgdrCycle(step: number, t0: number, tMult: number): { cycle: number; position: number; length: number } {
  let position = step;
  let length = t0;
  let cycle = 0;
  while (position >= length) {
    position -= length;
    length *= tMult;
    cycle += 1;
  }
  return { cycle, position, length };
}

export function sgdr(options: SgdrOptions = {}): Schedule {
  const where = 'sgdr';
  checkOptionNames(where, options, SGDR_OPTION_NAMES);
  const t0 = checkNumber(where, 't0', options.t0, 10, { min: 1, integer: true });
  const tMult = checkNumber(where, 'tMult', options.tMult, 2, { min: 1, integer: true });
  const maxLr = checkNumber(where, 'maxLr', options.maxLr, 0.001, { min: 0 });
  const minLr = checkNumber(where, 'minLr', options.minLr, 0, { min: 0, max: maxLr });
  return defineSchedule('SGDR', { t0, tMult, maxLr, minLr }, (step) => {
    const { position, length } = sgdrCycle(step, t0, tMult);
    return annealCosine(maxLr, minLr, position / length);
  });
}
