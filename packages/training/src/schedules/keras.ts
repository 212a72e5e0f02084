// Keras 3's learning-rate schedules (keras/src/optimizers/schedules/learning_rate_schedule.py)
// under their Keras names, with Keras's option names in camelCase. Formulas are Keras's, computed
// in float64 (Keras computes in the dtype of initial_learning_rate, float32 by default, so values
// agree to float32 rounding). One deliberate difference: CosineDecayRestarts finds the restart
// index exactly, where Keras's float32 log can land one cycle off exactly at a restart step.
import { checkBoolean, checkNumber, checkOptionNames, describe } from '../options.js';
import { defineSchedule, type Schedule } from './schedule.js';

export interface ExponentialDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  /** Decay at whole multiples of decaySteps only. Default false. */
  staircase?: boolean;
}

/** The options exponentialDecay and inverseTimeDecay share (Keras gives both the same four), checked. */
function decayOptions(where: string, options: ExponentialDecayOptions) {
  checkOptionNames(where, options, ['initialLearningRate', 'decaySteps', 'decayRate', 'staircase']);
  const decaySteps = checkNumber(where, 'decaySteps', options.decaySteps, undefined, { min: 0, minExclusive: true });
  const staircase = checkBoolean(where, 'staircase', options.staircase, false);
  return {
    initialLearningRate: checkNumber(where, 'initialLearningRate', options.initialLearningRate, undefined),
    decaySteps,
    decayRate: checkNumber(where, 'decayRate', options.decayRate, undefined),
    staircase,
    /** step/decaySteps, floored with staircase. */
    progress: (step: number) => (staircase ? Math.floor(step / decaySteps) : step / decaySteps),
  };
}

/** initialLearningRate · decayRate^(step/decaySteps) (floored exponent with staircase). */
export function exponentialDecay(options: ExponentialDecayOptions): Schedule {
  const { progress, ...config } = decayOptions('exponentialDecay', options);
  return defineSchedule('ExponentialDecay', config, (step) => config.initialLearningRate * config.decayRate ** progress(step));
}

export interface PiecewiseConstantDecayOptions {
  /** Strictly increasing step boundaries. */
  boundaries: number[];
  /** One more value than boundaries: values[0] while step <= boundaries[0], … */
  values: number[];
}

/** values[i] for boundaries[i−1] < step <= boundaries[i] (Keras's closed intervals on the right). */
export function piecewiseConstantDecay(options: PiecewiseConstantDecayOptions): Schedule {
  const where = 'piecewiseConstantDecay';
  checkOptionNames(where, options, ['boundaries', 'values']);
  const { boundaries, values } = options;
  if (!Array.isArray(boundaries) || !Array.isArray(values)) {
    throw new Error(`${where}: expected boundaries and values to be arrays, got ${describe(boundaries)} and ${describe(values)}`);
  }
  if (boundaries.length !== values.length - 1) {
    throw new Error(`${where}: the length of boundaries should be 1 less than the length of values, got ${boundaries.length} boundaries and ${values.length} values — add or drop a value`);
  }
  boundaries.forEach((boundary, index) => {
    checkNumber(where, `boundaries[${index}]`, boundary, undefined);
    if (index > 0 && !(boundary > boundaries[index - 1]!)) {
      throw new Error(`${where}: expected strictly increasing boundaries, got ${boundaries[index - 1]} then ${boundary} — sort them and remove duplicates`);
    }
  });
  values.forEach((value, index) => checkNumber(where, `values[${index}]`, value, undefined));
  return defineSchedule('PiecewiseConstantDecay', { boundaries: [...boundaries], values: [...values] }, (step) => {
    const index = boundaries.findIndex((boundary) => step <= boundary);
    return values[index === -1 ? values.length - 1 : index]!;
  });
}

export interface PolynomialDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  /** Default 0.0001 (Keras). */
  endLearningRate?: number;
  /** Default 1. */
  power?: number;
  /** Restart from the next multiple of decaySteps instead of holding endLearningRate. Default false. */
  cycle?: boolean;
}

/** (initial − end)·(1 − step/decaySteps)^power + end, step clamped to decaySteps unless cycle. */
export function polynomialDecay(options: PolynomialDecayOptions): Schedule {
  const where = 'polynomialDecay';
  checkOptionNames(where, options, ['initialLearningRate', 'decaySteps', 'endLearningRate', 'power', 'cycle']);
  const initialLearningRate = checkNumber(where, 'initialLearningRate', options.initialLearningRate, undefined);
  const decaySteps = checkNumber(where, 'decaySteps', options.decaySteps, undefined, { min: 0, minExclusive: true });
  const endLearningRate = checkNumber(where, 'endLearningRate', options.endLearningRate, 0.0001);
  const power = checkNumber(where, 'power', options.power, 1);
  const cycle = checkBoolean(where, 'cycle', options.cycle, false);
  return defineSchedule('PolynomialDecay', { initialLearningRate, decaySteps, endLearningRate, power, cycle }, (step) => {
    let steps = decaySteps;
    let current = step;
    if (cycle) steps = decaySteps * (step === 0 ? 1 : Math.ceil(step / decaySteps));
    else current = Math.min(step, decaySteps);
    return (initialLearningRate - endLearningRate) * (1 - current / steps) ** power + endLearningRate;
  });
}

export interface InverseTimeDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  decayRate: number;
  /** Floor step/decaySteps. Default false. */
  staircase?: boolean;
}

/** initialLearningRate / (1 + decayRate·step/decaySteps). */
export function inverseTimeDecay(options: InverseTimeDecayOptions): Schedule {
  const { progress, ...config } = decayOptions('inverseTimeDecay', options);
  return defineSchedule('InverseTimeDecay', config, (step) => config.initialLearningRate / (1 + config.decayRate * progress(step)));
}

export interface CosineDecayOptions {
  initialLearningRate: number;
  decaySteps: number;
  /** Final value as a fraction of the decay's start. Default 0. */
  alpha?: number;
  /** Warm up linearly from initialLearningRate to this first; null skips warmup. Default null. */
  warmupTarget?: number | null;
  /** Default 0. */
  warmupSteps?: number;
}

/** Optional linear warmup, then from·((1 − α)·(1 + cos(π·t/decaySteps))/2 + α), t clamped. */
export function cosineDecay(options: CosineDecayOptions): Schedule {
  const where = 'cosineDecay';
  checkOptionNames(where, options, ['initialLearningRate', 'decaySteps', 'alpha', 'warmupTarget', 'warmupSteps']);
  const initialLearningRate = checkNumber(where, 'initialLearningRate', options.initialLearningRate, undefined);
  const decaySteps = checkNumber(where, 'decaySteps', options.decaySteps, undefined, { min: 0, minExclusive: true });
  const alpha = checkNumber(where, 'alpha', options.alpha, 0);
  const warmupTarget = options.warmupTarget == null ? null : checkNumber(where, 'warmupTarget', options.warmupTarget, undefined);
  const warmupSteps = checkNumber(where, 'warmupSteps', options.warmupSteps, 0, { min: 0 });
  const decay = (step: number, from: number) => from * ((1 - alpha) * (0.5 * (1 + Math.cos(Math.PI * (step / decaySteps)))) + alpha);
  return defineSchedule('CosineDecay', { initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps }, (step) => {
    if (warmupTarget === null) return decay(Math.min(step, decaySteps), initialLearningRate);
    const clamped = Math.min(step, decaySteps + warmupSteps);
    if (clamped < warmupSteps) return (warmupTarget - initialLearningRate) * (clamped / warmupSteps) + initialLearningRate;
    return decay(clamped - warmupSteps, warmupTarget);
  });
}

export interface CosineDecayRestartsOptions {
  initialLearningRate: number;
  /** Length of the first cycle. */
  firstDecaySteps: number;
  /** Cycle-length factor. Default 2. */
  tMul?: number;
  /** Peak factor per restart. Default 1. */
  mMul?: number;
  /** Floor as a fraction of initialLearningRate. Default 0. */
  alpha?: number;
}

/** Restart index i and fraction within cycle i for a completed fraction f = step/firstDecaySteps. */
export function restartPosition(fraction: number, tMul: number): { restart: number; fraction: number } {
  if (tMul === 1) {
    const restart = Math.floor(fraction);
    return { restart, fraction: fraction - restart };
  }
  // Keras's closed form i = floor(log(1 − f(1 − t))/log t), corrected to the exact integer.
  const start = (index: number) => (1 - tMul ** index) / (1 - tMul);
  let restart = Math.floor(Math.log(1 - fraction * (1 - tMul)) / Math.log(tMul));
  while (start(restart + 1) <= fraction) restart += 1;
  while (restart > 0 && start(restart) > fraction) restart -= 1;
  return { restart, fraction: (fraction - start(restart)) / tMul ** restart };
}

/** SGDR as Keras's CosineDecayRestarts: cycle i is firstDecaySteps·tMul^i long and peaks at mMul^i. */
export function cosineDecayRestarts(options: CosineDecayRestartsOptions): Schedule {
  const where = 'cosineDecayRestarts';
  checkOptionNames(where, options, ['initialLearningRate', 'firstDecaySteps', 'tMul', 'mMul', 'alpha']);
  const initialLearningRate = checkNumber(where, 'initialLearningRate', options.initialLearningRate, undefined);
  const firstDecaySteps = checkNumber(where, 'firstDecaySteps', options.firstDecaySteps, undefined, { min: 0, minExclusive: true });
  const tMul = checkNumber(where, 'tMul', options.tMul, 2, { min: 0, minExclusive: true });
  const mMul = checkNumber(where, 'mMul', options.mMul, 1, { min: 0 });
  const alpha = checkNumber(where, 'alpha', options.alpha, 0);
  return defineSchedule('CosineDecayRestarts', { initialLearningRate, firstDecaySteps, tMul, mMul, alpha }, (step) => {
    const { restart, fraction } = restartPosition(step / firstDecaySteps, tMul);
    const cosineDecayed = 0.5 * mMul ** restart * (1 + Math.cos(Math.PI * fraction));
    return initialLearningRate * ((1 - alpha) * cosineDecayed + alpha);
  });
}
