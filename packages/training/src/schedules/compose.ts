// The composable schedule builder: segments concatenated by step counts. Each segment runs on its
// local step (0 at its start); `from` defaults to where the previous segment ended, so segments
// join continuously unless a `from` says otherwise. A segment may also be any Schedule (a Keras
// schedule, one-cycle …) run on the local step. The last segment may omit `steps` and runs on;
// past the end of a finite last segment the final value holds.
import { checkNumber, checkOptionNames, describe } from '../options.js';
import { annealCosine, annealLinear, defineSchedule, type Schedule } from './schedule.js';

export type Segment =
  | { type: 'constant'; steps?: number; value?: number }
  | { type: 'linear' | 'warmup' | 'cooldown'; steps?: number; from?: number; to?: number }
  | { type: 'cosine'; steps?: number; from?: number; to?: number }
  | { type: 'exponential'; steps?: number; from?: number; rate: number; every?: number; staircase?: boolean }
  | { type: 'piecewise'; steps?: number; boundaries: number[]; values: number[] }
  | { type: 'polynomial'; steps?: number; from?: number; to?: number; power?: number }
  | { type: 'inverseSqrt'; steps?: number; from?: number; timescale?: number }
  | { type: 'schedule'; steps?: number; schedule: Schedule };

const SEGMENT_OPTIONS: Record<Segment['type'], readonly string[]> = {
  constant: ['type', 'steps', 'value'],
  linear: ['type', 'steps', 'from', 'to'],
  warmup: ['type', 'steps', 'from', 'to'],
  cooldown: ['type', 'steps', 'from', 'to'],
  cosine: ['type', 'steps', 'from', 'to'],
  exponential: ['type', 'steps', 'from', 'rate', 'every', 'staircase'],
  piecewise: ['type', 'steps', 'boundaries', 'values'],
  polynomial: ['type', 'steps', 'from', 'to', 'power'],
  inverseSqrt: ['type', 'steps', 'from', 'timescale'],
  schedule: ['type', 'steps', 'schedule'],
};

export interface ComposeScheduleOptions {
  segments: Segment[];
}

interface Built {
  steps: number;
  value: (local: number) => number;
  config: Record<string, unknown>;
}

function buildSegment(where: string, segment: Segment, index: number, previousEnd: number | null, last: boolean): Built {
  const label = `${where}: segments[${index}]`;
  if (segment == null || typeof segment !== 'object' || !(segment.type in SEGMENT_OPTIONS)) {
    throw new Error(`${label} has type ${describe((segment as { type?: unknown } | null)?.type)} — expected one of ${Object.keys(SEGMENT_OPTIONS).join(', ')}`);
  }
  checkOptionNames(label, segment, SEGMENT_OPTIONS[segment.type]);
  const steps = segment.steps === undefined && last ? Infinity : checkNumber(label, 'steps', segment.steps, undefined, { min: 0, minExclusive: true, infinite: last });
  const start = (value: number | undefined, name = 'from') => {
    if (value !== undefined) return checkNumber(label, name, value, undefined);
    if (previousEnd === null) throw new Error(`${label}: expected ${name} for the first segment, got none — there is no previous segment to continue from`);
    return previousEnd;
  };
  const needsEnd = (kind: string) => {
    if (!Number.isFinite(steps)) throw new Error(`${label}: a ${kind} segment needs a finite steps count to know where it ends — pass steps`);
  };
  switch (segment.type) {
    case 'constant': {
      const value = start(segment.value, 'value');
      return { steps, value: () => value, config: { type: 'constant', steps, value } };
    }
    case 'linear':
    case 'warmup':
    case 'cooldown':
    case 'cosine': {
      needsEnd(segment.type);
      const defaultFrom = segment.type === 'warmup' ? 0 : undefined;
      const from = start(segment.from ?? defaultFrom);
      const to = segment.type === 'cooldown' && segment.to === undefined ? 0 : checkNumber(label, 'to', segment.to, undefined);
      const anneal = segment.type === 'cosine' ? annealCosine : annealLinear;
      return { steps, value: (local) => anneal(from, to, local / steps), config: { type: segment.type, steps, from, to } };
    }
    case 'exponential': {
      const from = start(segment.from);
      const rate = checkNumber(label, 'rate', segment.rate, undefined, { min: 0 });
      const every = checkNumber(label, 'every', segment.every, 1, { min: 0, minExclusive: true });
      const staircase = segment.staircase ?? false;
      return {
        steps,
        value: (local) => from * rate ** (staircase ? Math.floor(local / every) : local / every),
        config: { type: 'exponential', steps, from, rate, every, staircase },
      };
    }
    case 'piecewise': {
      const { boundaries, values } = segment;
      if (!Array.isArray(boundaries) || !Array.isArray(values) || boundaries.length !== values.length - 1) {
        throw new Error(`${label}: expected boundaries and one more value than boundaries, got ${describe(boundaries)} and ${describe(values)}`);
      }
      return {
        steps,
        value: (local) => {
          const at = boundaries.findIndex((boundary) => local <= boundary);
          return values[at === -1 ? values.length - 1 : at]!;
        },
        config: { type: 'piecewise', steps, boundaries: [...boundaries], values: [...values] },
      };
    }
    case 'polynomial': {
      needsEnd('polynomial');
      const from = start(segment.from);
      const to = checkNumber(label, 'to', segment.to, undefined);
      const power = checkNumber(label, 'power', segment.power, 1);
      return { steps, value: (local) => (from - to) * (1 - local / steps) ** power + to, config: { type: 'polynomial', steps, from, to, power } };
    }
    case 'inverseSqrt': {
      const from = start(segment.from);
      const timescale = checkNumber(label, 'timescale', segment.timescale, 1, { min: 0, minExclusive: true });
      return { steps, value: (local) => from / Math.sqrt(1 + local / timescale), config: { type: 'inverseSqrt', steps, from, timescale } };
    }
    case 'schedule': {
      const inner = segment.schedule;
      if (typeof inner !== 'function') {
        throw new Error(`${label}: expected schedule to be a Schedule function, got ${describe(inner)} — rebuild JSON with scheduleFromJSON, which also rebuilds nested schedules`);
      }
      return { steps, value: (local) => inner(local), config: { type: 'schedule', steps, schedule: inner.toJSON() } };
    }
  }
}

/** Concatenates segments into one schedule: `composeSchedule({segments: [{type: 'warmup', steps: 100, to: 1e-3}, …]})`. */
export function composeSchedule(options: ComposeScheduleOptions): Schedule {
  const where = 'composeSchedule';
  checkOptionNames(where, options, ['segments']);
  const segments = options?.segments;
  if (!Array.isArray(segments) || segments.length === 0) {
    throw new Error(`${where}: expected a non-empty segments array, got ${describe(segments)} — e.g. segments: [{type: 'warmup', steps: 100, to: 1e-3}, {type: 'cosine', steps: 900, to: 0}]`);
  }
  const built: Built[] = [];
  let previousEnd: number | null = null;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (!last && segment?.steps === undefined) throw new Error(`${where}: segments[${index}] needs steps (only the last segment may run on without an end)`);
    const entry = buildSegment(where, segment, index, previousEnd, last);
    built.push(entry);
    previousEnd = Number.isFinite(entry.steps) ? entry.value(entry.steps) : null;
  });
  const jsonConfig = {
    // JSON has no Infinity: an open-ended last segment is written without steps.
    segments: built.map(({ config }) => (Number.isFinite(config['steps']) ? config : Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'steps')))),
  };
  return defineSchedule('ComposeSchedule', jsonConfig, (step) => {
    let start = 0;
    for (const segment of built) {
      if (step < start + segment.steps) return segment.value(step - start);
      start += segment.steps;
    }
    const finalSegment = built[built.length - 1]!;
    return finalSegment.value(finalSegment.steps);
  });
}
