// Schedules to JSON and back: `schedule.toJSON()` gives {className, config}; scheduleFromJSON
// rebuilds it from the table below (one entry per schedule factory).
import { dannLambdaSchedule, dannLearningRate } from '../layers/gradient-reversal.js';
import { suggestion } from '../options.js';
import { composeSchedule, type Segment } from './compose.js';
import { cosineDecay, cosineDecayRestarts, exponentialDecay, inverseTimeDecay, piecewiseConstantDecay, polynomialDecay } from './keras.js';
import { oneCycle } from './one-cycle.js';
import type { Schedule, SerializedSchedule } from './schedule.js';
import { sgdr } from './sgdr.js';
import { warmupLinearDecay } from './warmup.js';
import { infiniteSchedule, rewarmSchedule } from './rewarm.js';
import { refinedSchedule } from './refinement.js';

const FACTORIES: Record<string, (config: never) => Schedule> = {
  WarmupLinearDecay: warmupLinearDecay,
  SGDR: sgdr,
  OneCycle: oneCycle,
  ComposeSchedule: composeSchedule,
  ExponentialDecay: exponentialDecay,
  PiecewiseConstantDecay: piecewiseConstantDecay,
  PolynomialDecay: polynomialDecay,
  InverseTimeDecay: inverseTimeDecay,
  CosineDecay: cosineDecay,
  CosineDecayRestarts: cosineDecayRestarts,
  DannLambda: dannLambdaSchedule,
  DannLearningRate: dannLearningRate,
  Rewarm: rewarmSchedule,
  InfiniteSchedule: infiniteSchedule,
  RefinedSchedule: refinedSchedule,
};

/** Rebuilds a schedule from `schedule.toJSON()` (or its JSON text). */
export function scheduleFromJSON(serialized: SerializedSchedule | string): Schedule {
  const value = typeof serialized === 'string' ? (JSON.parse(serialized) as SerializedSchedule) : serialized;
  const factory = value == null ? undefined : FACTORIES[value.className];
  if (factory == null) {
    const name = String(value?.className);
    throw new Error(`scheduleFromJSON: unknown schedule '${name}'${suggestion(name, Object.keys(FACTORIES))} — the schedules are ${Object.keys(FACTORIES).join(', ')}`);
  }
  const config = { ...value.config };
  // Nested schedules inside composed segments come back as {className, config} too.
  if (value.className === 'ComposeSchedule' && Array.isArray(config['segments'])) {
    config['segments'] = (config['segments'] as Array<Record<string, unknown>>).map((segment) => (
      segment['type'] === 'schedule' && typeof segment['schedule'] !== 'function'
        ? { ...segment, schedule: scheduleFromJSON(segment['schedule'] as SerializedSchedule) }
        : segment
    )) as Segment[];
  }
  return factory(config as never);
}
