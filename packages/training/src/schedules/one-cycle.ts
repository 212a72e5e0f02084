// The 1cycle policy (Smith, "Super-Convergence"), with the phase table of PyTorch's OneCycleLR:
// phase ends e1 = p·T − 1, e2 = 2p·T − 2, e3 = T − 1 (three phases) or e1 = pctStart·T − 1,
// e2 = T − 1 (two phases), and inside a phase f = (s − start)/(end − start) interpolates the
// learning rate and, inversely, the momentum. Defaults follow the catalog: three phases with linear
// annealing and annihilationFraction a = 0.1 (p = (1 − a)/2 = 0.45); PyTorch's defaults are
// threePhase false, pctStart 0.3, annealStrategy 'cos' — pass those to get them.
import { checkBoolean, checkChoice, checkNumber, checkOptionNames, describe } from '../options.js';
import { annealCosine, annealLinear, defineSchedule, type Schedule } from './schedule.js';

export interface OneCycleOptions {
  /** Peak learning rate. Required. */
  maxLr?: number;
  /** T, the number of optimizer steps in the cycle. Required. */
  totalSteps?: number;
  /** D: the start learning rate is maxLr/D. Default 25. */
  divFactor?: number;
  /** F: the final learning rate is maxLr/(D·F). Default 1e4. */
  finalDivFactor?: number;
  /** a: the share of the cycle spent annihilating (three-phase only): p = (1 − a)/2. Default 0.1. */
  annihilationFraction?: number;
  /** [min, max] momentum, cycled inversely to the learning rate. Default [0.85, 0.95]. */
  momentumRange?: [number, number];
  /** Smith's three phases (PyTorch three_phase=True). Default true. */
  threePhase?: boolean;
  /** Fraction of the cycle spent increasing the learning rate (PyTorch pct_start). Default 0.3 for two phases, (1 − a)/2 for three. */
  pctStart?: number;
  /** 'linear' or 'cos' interpolation (PyTorch anneal_strategy). Default 'linear'. */
  annealStrategy?: 'linear' | 'cos';
  /** Also drive momentum (SGD momentum or Adam β1). Default true. */
  cycleMomentum?: boolean;
}

export const ONE_CYCLE_OPTION_NAMES = [
  'maxLr', 'totalSteps', 'divFactor', 'finalDivFactor', 'annihilationFraction', 'momentumRange', 'threePhase', 'pctStart', 'annealStrategy', 'cycleMomentum',
] as const;

interface Phase {
  end: number;
  startLr: number;
  endLr: number;
  startMomentum: number;
  endMomentum: number;
}

export function oneCycle(options: OneCycleOptions): Schedule {
  const where = 'oneCycle';
  checkOptionNames(where, options, ONE_CYCLE_OPTION_NAMES);
  if (options.maxLr === undefined) throw new Error(`${where}: expected maxLr, got none — pass the peak learning rate (an LR range test finds one)`);
  if (options.totalSteps === undefined) throw new Error(`${where}: expected totalSteps, got none — pass epochs * stepsPerEpoch`);
  const maxLr = checkNumber(where, 'maxLr', options.maxLr, undefined, { min: 0, minExclusive: true });
  const totalSteps = checkNumber(where, 'totalSteps', options.totalSteps, undefined, { min: 1, integer: true });
  const divFactor = checkNumber(where, 'divFactor', options.divFactor, 25, { min: 0, minExclusive: true });
  const finalDivFactor = checkNumber(where, 'finalDivFactor', options.finalDivFactor, 1e4, { min: 0, minExclusive: true });
  const threePhase = checkBoolean(where, 'threePhase', options.threePhase, true);
  // Both may come back from a config; they only conflict when they disagree.
  if (threePhase && options.annihilationFraction !== undefined && options.pctStart !== undefined && options.pctStart !== (1 - options.annihilationFraction) / 2) {
    throw new Error(`${where}: got both annihilationFraction (${options.annihilationFraction}) and pctStart (${options.pctStart}) — in three phases pctStart = (1 − annihilationFraction)/2; pass one of them`);
  }
  const annihilationFraction = checkNumber(where, 'annihilationFraction', options.annihilationFraction, 0.1, { min: 0, max: 1, maxExclusive: true });
  const pctStart = checkNumber(where, 'pctStart', options.pctStart, threePhase ? (1 - annihilationFraction) / 2 : 0.3, { min: 0, max: threePhase ? 0.5 : 1 });
  const annealStrategy = checkChoice(where, 'annealStrategy', options.annealStrategy, 'linear', ['linear', 'cos'] as const);
  const cycleMomentum = checkBoolean(where, 'cycleMomentum', options.cycleMomentum, true);
  const momentumRange = options.momentumRange ?? [0.85, 0.95];
  if (!Array.isArray(momentumRange) || momentumRange.length !== 2) {
    throw new Error(`${where}: expected momentumRange to be [min, max], got ${describe(momentumRange)}`);
  }
  const baseMomentum = checkNumber(where, 'momentumRange[0]', momentumRange[0], undefined, { min: 0, max: 1 });
  const maxMomentum = checkNumber(where, 'momentumRange[1]', momentumRange[1], undefined, { min: baseMomentum, max: 1 });

  const initialLr = maxLr / divFactor;
  const minLr = initialLr / finalDivFactor;
  const phases: Phase[] = threePhase
    ? [
      { end: pctStart * totalSteps - 1, startLr: initialLr, endLr: maxLr, startMomentum: maxMomentum, endMomentum: baseMomentum },
      { end: 2 * pctStart * totalSteps - 2, startLr: maxLr, endLr: initialLr, startMomentum: baseMomentum, endMomentum: maxMomentum },
      { end: totalSteps - 1, startLr: initialLr, endLr: minLr, startMomentum: maxMomentum, endMomentum: maxMomentum },
    ]
    : [
      { end: pctStart * totalSteps - 1, startLr: initialLr, endLr: maxLr, startMomentum: maxMomentum, endMomentum: baseMomentum },
      { end: totalSteps - 1, startLr: maxLr, endLr: minLr, startMomentum: baseMomentum, endMomentum: maxMomentum },
    ];
  const anneal = annealStrategy === 'linear' ? annealLinear : annealCosine;

  // PyTorch's lookup: the first phase whose end is >= step (the last phase takes everything after).
  const locate = (step: number) => {
    if (step > totalSteps) {
      throw new Error(`${where}: step ${step} is past totalSteps ${totalSteps} (PyTorch's OneCycleLR raises here too) — raise totalSteps to the number of optimizer steps you run`);
    }
    let start = 0;
    for (let index = 0; index < phases.length; index++) {
      const phase = phases[index]!;
      if (step <= phase.end || index === phases.length - 1) return { phase, fraction: (step - start) / (phase.end - start) };
      start = phase.end;
    }
    throw new Error('unreachable');
  };

  const config = { maxLr, totalSteps, divFactor, finalDivFactor, annihilationFraction, momentumRange: [baseMomentum, maxMomentum], threePhase, pctStart, annealStrategy, cycleMomentum };
  return defineSchedule(
    'OneCycle',
    config,
    (step) => {
      const { phase, fraction } = locate(step);
      return anneal(phase.startLr, phase.endLr, fraction);
    },
    cycleMomentum
      ? (step) => {
        const { phase, fraction } = locate(step);
        return anneal(phase.startMomentum, phase.endMomentum, fraction);
      }
      : undefined,
  );
}
