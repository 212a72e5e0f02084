// Schedules against float64 transcriptions of PyTorch's and Keras 3's formulas at many steps, plus
// the catalog oracles. The transcriptions follow the reference code paths (PyTorch's stateful
// step(), Keras's closed forms), which are written differently from the implementations here.
import { describe, expect, it } from 'vitest';
import {
  composeSchedule, cosineDecay, cosineDecayRestarts, exponentialDecay, inverseTimeDecay, oneCycle, piecewiseConstantDecay,
  polynomialDecay, scheduleFromJSON, sgdr, warmupLinearDecay,
} from '@layerkit/training';

const steps = (count: number) => Array.from({ length: count }, (_, step) => step);

/** PyTorch OneCycleLR: the phase table and get_lr loop, stepping last_epoch from 0. */
function torchOneCycle(options: { maxLr: number; total: number; pctStart: number; divFactor: number; finalDivFactor: number; threePhase: boolean; anneal: 'cos' | 'linear'; baseMomentum: number; maxMomentum: number }) {
  const initial = options.maxLr / options.divFactor;
  const group: Record<string, number> = { initial_lr: initial, max_lr: options.maxLr, min_lr: initial / options.finalDivFactor, max_momentum: options.maxMomentum, base_momentum: options.baseMomentum };
  const phases = options.threePhase
    ? [
      { end_step: options.pctStart * options.total - 1, start_lr: 'initial_lr', end_lr: 'max_lr', start_momentum: 'max_momentum', end_momentum: 'base_momentum' },
      { end_step: 2 * options.pctStart * options.total - 2, start_lr: 'max_lr', end_lr: 'initial_lr', start_momentum: 'base_momentum', end_momentum: 'max_momentum' },
      { end_step: options.total - 1, start_lr: 'initial_lr', end_lr: 'min_lr', start_momentum: 'max_momentum', end_momentum: 'max_momentum' },
    ]
    : [
      { end_step: options.pctStart * options.total - 1, start_lr: 'initial_lr', end_lr: 'max_lr', start_momentum: 'max_momentum', end_momentum: 'base_momentum' },
      { end_step: options.total - 1, start_lr: 'max_lr', end_lr: 'min_lr', start_momentum: 'base_momentum', end_momentum: 'max_momentum' },
    ];
  const anneal = options.anneal === 'cos'
    ? (start: number, end: number, pct: number) => end + ((start - end) / 2.0) * (Math.cos(Math.PI * pct) + 1)
    : (start: number, end: number, pct: number) => (end - start) * pct + start;
  const lrs: number[] = [];
  const momenta: number[] = [];
  for (let stepNum = 0; stepNum < options.total; stepNum++) {
    let startStep = 0.0;
    for (let i = 0; i < phases.length; i++) {
      const phase = phases[i]!;
      if (stepNum <= phase.end_step || i === phases.length - 1) {
        const pct = (stepNum - startStep) / (phase.end_step - startStep);
        lrs.push(anneal(group[phase.start_lr]!, group[phase.end_lr]!, pct));
        momenta.push(anneal(group[phase.start_momentum]!, group[phase.end_momentum]!, pct));
        break;
      }
      startStep = phase.end_step;
    }
  }
  return { lrs, momenta };
}

/** PyTorch CosineAnnealingWarmRestarts driven by step() without an epoch argument. */
function torchWarmRestarts(t0: number, tMult: number, etaMax: number, etaMin: number, count: number): number[] {
  let tCur = 0;
  let tI = t0;
  const lrs = [etaMin + ((etaMax - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2];
  for (let step = 1; step < count; step++) {
    tCur += 1;
    if (tCur >= tI) {
      tCur -= tI;
      tI *= tMult;
    }
    lrs.push(etaMin + ((etaMax - etaMin) * (1 + Math.cos((Math.PI * tCur) / tI))) / 2);
  }
  return lrs;
}

function expectClose(schedule: (step: number) => number, reference: (step: number) => number, at: number[], tolerance = 1e-12) {
  for (const step of at) {
    const expected = reference(step);
    expect(Math.abs(schedule(step) - expected), `step ${step}: ${schedule(step)} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
  }
}

describe('oneCycle', () => {
  it('reproduces the catalog oracle (T = 100, a = 0.1) and torch OneCycleLR(pct_start=0.45, three_phase, linear) at every step', () => {
    const schedule = oneCycle({ maxLr: 1, totalSteps: 100 });
    const at = [0, 22, 44, 66, 88, 99];
    const lr = [0.04, 0.52, 1, 0.52, 0.04, 4e-6];
    const momentum = [0.95, 0.9, 0.85, 0.9, 0.95, 0.95];
    at.forEach((step, index) => {
      expect(schedule(step)).toBeCloseTo(lr[index]!, 12);
      expect(schedule.momentum!(step)).toBeCloseTo(momentum[index]!, 12);
    });
    const torch = torchOneCycle({ maxLr: 1, total: 100, pctStart: 0.45, divFactor: 25, finalDivFactor: 1e4, threePhase: true, anneal: 'linear', baseMomentum: 0.85, maxMomentum: 0.95 });
    expectClose(schedule, (step) => torch.lrs[step]!, steps(100));
    expectClose(schedule.momentum!, (step) => torch.momenta[step]!, steps(100));
  });

  it("with PyTorch's own defaults (two phases, pct_start 0.3, cosine) matches OneCycleLR at every step", () => {
    const schedule = oneCycle({ maxLr: 0.1, totalSteps: 257, threePhase: false, annealStrategy: 'cos' });
    const torch = torchOneCycle({ maxLr: 0.1, total: 257, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4, threePhase: false, anneal: 'cos', baseMomentum: 0.85, maxMomentum: 0.95 });
    expectClose(schedule, (step) => torch.lrs[step]!, steps(257));
    expectClose(schedule.momentum!, (step) => torch.momenta[step]!, steps(257));
  });

  it('refuses steps past totalSteps and conflicting phase options, like PyTorch', () => {
    const schedule = oneCycle({ maxLr: 1, totalSteps: 10 });
    expect(() => schedule(11)).toThrow(/oneCycle: step 11 is past totalSteps 10/);
    expect(() => oneCycle({ maxLr: 1, totalSteps: 10, annihilationFraction: 0.2, pctStart: 0.3 })).toThrow(/got both annihilationFraction/);
    expect(() => oneCycle({ totalSteps: 10 })).toThrow(/oneCycle: expected maxLr, got none/);
    expect(oneCycle({ maxLr: 1, totalSteps: 10, cycleMomentum: false }).momentum).toBeUndefined();
  });
});

describe('sgdr', () => {
  it("matches PyTorch's CosineAnnealingWarmRestarts and Keras's CosineDecayRestarts at every step", () => {
    const schedule = sgdr({ t0: 10, tMult: 2, maxLr: 0.1, minLr: 0.001 });
    const torch = torchWarmRestarts(10, 2, 0.1, 0.001, 400);
    expectClose(schedule, (step) => torch[step]!, steps(400));
    const keras = cosineDecayRestarts({ initialLearningRate: 0.1, firstDecaySteps: 10, tMul: 2, alpha: 0.01 });
    expectClose(schedule, keras, steps(400), 1e-12);
    expectClose(sgdr({ t0: 7, tMult: 1, maxLr: 1 }), (step) => torchWarmRestarts(7, 1, 1, 0, 100)[step]!, steps(100));
  });

  it('is maxLr at every restart and cycles last t0, 2·t0, 4·t0', () => {
    const schedule = sgdr({ t0: 10, tMult: 2, maxLr: 0.5, minLr: 0.1 });
    for (const restart of [0, 10, 30, 70, 150]) expect(schedule(restart)).toBe(0.5);
    // The last step of each cycle is the lowest of that cycle, approaching minLr.
    for (const [start, length] of [[0, 10], [10, 20], [30, 40]] as const) {
      const cycle = steps(length).map((offset) => schedule(start + offset));
      expect(cycle.every((value, index) => index === 0 || value < cycle[index - 1]!)).toBe(true);
      expect(cycle[length - 1]!).toBeCloseTo(0.1 + 0.2 * (1 + Math.cos((Math.PI * (length - 1)) / length)), 12);
    }
  });
});

describe('warmupLinearDecay', () => {
  it('is 0 at step 0, peakLr at the end of warmup, minLr at totalSteps and monotone in each phase', () => {
    const schedule = warmupLinearDecay({ peakLr: 0.01, warmupSteps: 10, totalSteps: 110, minLr: 0.001 });
    expect(schedule(0)).toBe(0);
    expect(schedule(10)).toBe(0.01);
    expect(schedule(110)).toBeCloseTo(0.001, 15);
    expect(schedule(500)).toBe(0.001);
    const warm = steps(11).map(schedule);
    const decay = steps(101).map((offset) => schedule(10 + offset));
    expect(warm.every((value, index) => index === 0 || value > warm[index - 1]!)).toBe(true);
    expect(decay.every((value, index) => index === 0 || value < decay[index - 1]!)).toBe(true);
  });

  it("with minLr 0 equals Hugging Face's get_linear_schedule_with_warmup (a PyTorch LambdaLR)", () => {
    const [warmup, total, peak] = [37, 450, 3e-4];
    const lambda = (step: number) => (step < warmup ? step / Math.max(1, warmup) : Math.max(0, (total - step) / Math.max(1, total - warmup)));
    expectClose(warmupLinearDecay({ peakLr: peak, warmupSteps: warmup, totalSteps: total }), (step) => peak * lambda(step), steps(500), 1e-12);
  });

  it('decays along a cosine when asked and checks its options', () => {
    const schedule = warmupLinearDecay({ peakLr: 1, warmupSteps: 0, totalSteps: 100, decay: 'cosine' });
    expect(schedule(50)).toBeCloseTo(0.5, 15);
    expect(() => warmupLinearDecay({ peakLr: 1 })).toThrow(/expected totalSteps, got none/);
    expect(() => warmupLinearDecay({ warmupSteps: 10, totalSteps: 10 })).toThrow(/totalSteps an integer > 10, got 10/);
    expect(() => warmupLinearDecay({ totalSteps: 10, peakLR: 1 } as never)).toThrow(/unknown option 'peakLR' \(did you mean 'peakLr'\?\)/);
  });
});

describe('Keras schedules', () => {
  const at = steps(120).map((step) => step * 7);

  it('ExponentialDecay, InverseTimeDecay (continuous and staircase)', () => {
    for (const staircase of [false, true]) {
      expectClose(exponentialDecay({ initialLearningRate: 0.1, decaySteps: 50, decayRate: 0.96, staircase }), (step) => 0.1 * 0.96 ** (staircase ? Math.floor(step / 50) : step / 50), at);
      expectClose(inverseTimeDecay({ initialLearningRate: 0.1, decaySteps: 30, decayRate: 0.5, staircase }), (step) => 0.1 / (1 + 0.5 * (staircase ? Math.floor(step / 30) : step / 30)), at);
    }
    expect(exponentialDecay({ initialLearningRate: 0.1, decaySteps: 100, decayRate: 0.5 })(250)).toBeCloseTo(0.1 * 0.5 ** 2.5, 15);
  });

  it('PiecewiseConstantDecay: values[i] while step <= boundaries[i]', () => {
    const schedule = piecewiseConstantDecay({ boundaries: [100, 110], values: [1, 0.5, 0.1] });
    expect([0, 100, 101, 110, 111, 10_000].map(schedule)).toEqual([1, 1, 0.5, 0.5, 0.1, 0.1]);
    expect(() => piecewiseConstantDecay({ boundaries: [1, 2], values: [1, 2] })).toThrow(/should be 1 less than the length of values/);
    expect(() => piecewiseConstantDecay({ boundaries: [2, 1], values: [1, 2, 3] })).toThrow(/strictly increasing boundaries/);
  });

  it('PolynomialDecay, with and without cycle', () => {
    const keras = (step: number, cycle: boolean) => {
      let decaySteps = 200;
      let current = step;
      if (cycle) decaySteps *= step === 0 ? 1 : Math.ceil(step / 200);
      else current = Math.min(step, 200);
      return (0.1 - 0.001) * (1 - current / decaySteps) ** 0.5 + 0.001;
    };
    for (const cycle of [false, true]) expectClose(polynomialDecay({ initialLearningRate: 0.1, decaySteps: 200, endLearningRate: 0.001, power: 0.5, cycle }), (step) => keras(step, cycle), at);
    expect(polynomialDecay({ initialLearningRate: 1, decaySteps: 10 })(10)).toBe(0.0001);
  });

  it('CosineDecay with and without warmup', () => {
    const decay = (step: number, from: number) => from * ((1 - 0.1) * (0.5 * (1 + Math.cos(Math.PI * (step / 300)))) + 0.1);
    expectClose(cosineDecay({ initialLearningRate: 0.2, decaySteps: 300, alpha: 0.1 }), (step) => decay(Math.min(step, 300), 0.2), at);
    expectClose(cosineDecay({ initialLearningRate: 0, decaySteps: 300, alpha: 0.1, warmupTarget: 0.2, warmupSteps: 100 }), (step) => {
      const clamped = Math.min(step, 400);
      return clamped < 100 ? 0.2 * (clamped / 100) : decay(clamped - 100, 0.2);
    }, at);
  });

  it("CosineDecayRestarts follows Keras's geometric closed form, including mMul", () => {
    const keras = (step: number) => {
      const fraction = step / 20;
      const restart = Math.floor(Math.log(1 - fraction * (1 - 1.5)) / Math.log(1.5));
      const sum = (1 - 1.5 ** restart) / (1 - 1.5);
      const within = (fraction - sum) / 1.5 ** restart;
      return 0.3 * ((1 - 0.05) * (0.5 * 0.8 ** restart * (1 + Math.cos(Math.PI * within))) + 0.05);
    };
    // Away from exact restart steps the closed form needs no correction.
    const schedule = cosineDecayRestarts({ initialLearningRate: 0.3, firstDecaySteps: 20, tMul: 1.5, mMul: 0.8, alpha: 0.05 });
    expectClose(schedule, keras, at.map((step) => step + 0.5), 1e-12);
    // At a restart the value is the new cycle's peak, 0.3·(0.95·0.8^i + 0.05).
    expect(schedule(20)).toBeCloseTo(0.3 * (0.95 * 0.8 + 0.05), 14);
    expect(schedule(50)).toBeCloseTo(0.3 * (0.95 * 0.64 + 0.05), 14);
  });
});

describe('composeSchedule', () => {
  it('concatenates segments by step counts, continuing from the previous end', () => {
    const schedule = composeSchedule({
      segments: [
        { type: 'warmup', steps: 10, to: 1 },
        { type: 'constant', steps: 5 },
        { type: 'cosine', steps: 20, to: 0.1 },
        { type: 'exponential', steps: 10, rate: 0.5, every: 5 },
        { type: 'piecewise', steps: 10, boundaries: [4], values: [0.02, 0.01] },
        { type: 'schedule', steps: 10, schedule: exponentialDecay({ initialLearningRate: 0.01, decaySteps: 10, decayRate: 0.1 }) },
        { type: 'inverseSqrt', timescale: 4 },
      ],
    });
    expect(schedule(0)).toBe(0);
    expect(schedule(5)).toBe(0.5);
    expect(schedule(10)).toBe(1);
    expect(schedule(14)).toBe(1);
    expect(schedule(25)).toBeCloseTo(0.55, 15);
    expect(schedule(35)).toBeCloseTo(0.1, 15);
    expect(schedule(40)).toBeCloseTo(0.05, 15);
    expect(schedule(44)).toBeCloseTo(0.1 * 0.5 ** (9 / 5), 15);
    expect([45, 49, 50, 54].map(schedule)).toEqual([0.02, 0.02, 0.01, 0.01]);
    expect(schedule(60)).toBeCloseTo(0.01 * 0.1 ** 0.5, 15);
    // The open-ended last segment continues from where the nested schedule ended (0.01·0.1 at its step 10).
    expect(schedule(65)).toBeCloseTo(0.001, 15);
    expect(schedule(65 + 12)).toBeCloseTo(0.001 / 2, 15);
  });

  it('round-trips through JSON, nested schedules included', () => {
    const schedule = composeSchedule({
      segments: [
        { type: 'linear', steps: 30, from: 0, to: 2 },
        { type: 'schedule', steps: 50, schedule: oneCycle({ maxLr: 2, totalSteps: 50 }) },
        { type: 'polynomial', steps: 40, to: 0, power: 2 },
      ],
    });
    const restored = scheduleFromJSON(JSON.stringify(schedule));
    for (const step of steps(140)) expect(restored(step)).toBe(schedule(step));
    for (const original of [sgdr({ t0: 3 }), oneCycle({ maxLr: 1, totalSteps: 40 }), warmupLinearDecay({ totalSteps: 9 }), cosineDecayRestarts({ initialLearningRate: 1, firstDecaySteps: 4 })]) {
      const copy = scheduleFromJSON(JSON.parse(JSON.stringify(original)));
      expect(copy.className).toBe(original.className);
      for (const step of steps(9)) expect(copy(step)).toBe(original(step));
    }
    expect(() => scheduleFromJSON({ className: 'OneCycel', config: {} })).toThrow(/unknown schedule 'OneCycel' \(did you mean 'OneCycle'\?\)/);
  });

  it('explains bad segments', () => {
    expect(() => composeSchedule({ segments: [] })).toThrow(/expected a non-empty segments array/);
    expect(() => composeSchedule({ segments: [{ type: 'linear', to: 1 } as never, { type: 'constant' }] })).toThrow(/segments\[0\] needs steps/);
    expect(() => composeSchedule({ segments: [{ type: 'constant', steps: 3 }] })).toThrow(/expected value for the first segment, got none/);
    expect(() => composeSchedule({ segments: [{ type: 'cosin', steps: 3 } as never] })).toThrow(/segments\[0\] has type 'cosin'/);
    expect(() => composeSchedule({ segments: [{ type: 'linear', steps: 3, from: 1, to: 0, power: 2 } as never] })).toThrow(/unknown option 'power'/);
    expect(() => sgdr()(-1)).toThrow(/SGDR: expected a step >= 0, got -1/);
  });
});
