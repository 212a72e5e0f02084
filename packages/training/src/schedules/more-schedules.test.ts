import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { infiniteSchedule, lrRangeTest, medianSmooth, refineSchedule, refinedSchedule, replayMixer, rewarmSchedule, scheduleFromJSON } from '@layerkit/training';
import { values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('re-warming schedules', () => {
  it('rewarm: η(0) = 0, η(5) = 5e-4, η(10) = 1e-3, η(60) = 5.5e-4, η(110) = 1e-4', () => {
    const schedule = rewarmSchedule({ maxLr: 1e-3, minLr: 1e-4, warmupSteps: 10, totalSteps: 110 });
    expect(schedule(0)).toBe(0);
    expect(schedule(5)).toBeCloseTo(5e-4, 15);
    expect(schedule(10)).toBeCloseTo(1e-3, 15);
    expect(schedule(60)).toBeCloseTo(5.5e-4, 15);
    expect(schedule(110)).toBe(1e-4);
    expect(schedule(500)).toBe(1e-4);
    expect(scheduleFromJSON(JSON.stringify(schedule))(60)).toBe(schedule(60));
    expect(() => rewarmSchedule({ maxLr: 1, warmupSteps: 1, totalSteps: 10, minlr: 0 } as never)).toThrow(/rewarmSchedule: unknown option 'minlr' \(did you mean 'minLr'\?\)/);
    expect(() => rewarmSchedule({ maxLr: 1, totalSteps: 10 })).toThrow(/rewarmSchedule: expected warmupSteps, got none/);
  });

  it('infinite: constant at constLr between the cooldown and the annealing, which ends at minLr', () => {
    const options = { maxLr: 1, warmupSteps: 10, cooldownSteps: 20, constLr: 0.3, minLr: 0.01 };
    const open = infiniteSchedule(options);
    expect(open(0)).toBe(0);
    expect(open(10)).toBe(1);
    expect(open(20)).toBeCloseTo(0.65, 12);
    for (const step of [30, 100, 1e6]) expect(open(step)).toBe(0.3);
    const closing = infiniteSchedule({ ...options, annealStart: 200, annealSteps: 50 });
    expect(closing(199)).toBe(0.3);
    expect(closing(225)).toBeCloseTo(0.155, 12);
    expect(closing(250)).toBe(0.01);
    expect(scheduleFromJSON(closing.toJSON())(225)).toBe(closing(225));
    expect(() => infiniteSchedule({ ...options, annealStart: 5 })).toThrow(/infiniteSchedule: expected annealStart an integer >= 30, got 5/);
  });

  it('replay mixer: 0.05 of batches of 64 over 1000 batches is 0.05 within 1e-3', () => {
    const mixer = replayMixer({ replayFraction: 0.05 });
    let replayed = 0;
    for (let batch = 0; batch < 1000; batch++) {
      const { replay, fresh } = mixer.next(64);
      expect(replay + fresh).toBe(64);
      replayed += replay;
    }
    expect(Math.abs(replayed / 64_000 - 0.05)).toBeLessThan(1e-3);
    expect(() => mixer.next(-1)).toThrow(/replayMixer.next: expected a batch size/);
  });
});

describe('refined schedule', () => {
  it('without smoothing: constant norms decay linearly, [2, 1, 1, 1, 1] warms up automatically', () => {
    expect(refineSchedule([1, 1, 1, 1, 1], 'l2', 0)).toEqual([1, 0.75, 0.5, 0.25, 0]);
    const warm = refineSchedule([2, 1, 1, 1, 1], 'l2', 0);
    [1 / 3, 1, 2 / 3, 1 / 3, 0].forEach((value, index) => expect(warm[index]).toBeCloseTo(value, 15));
    // l1 weights G⁻¹: w = [0.5, 1, 1, 1, 1] → s = [2, 3, 2, 1, 0]/3.
    const adam = refineSchedule([2, 1, 1, 1, 1], 'l1', 0);
    [2 / 3, 1, 2 / 3, 1 / 3, 0].forEach((value, index) => expect(adam[index]).toBeCloseTo(value, 15));
  });

  it('with smoothing 0.1 and T = 100 (W = 11) a one-step spike leaves the schedule unchanged; output is nonnegative and ends at 0', () => {
    const flat = new Array(100).fill(1);
    const spiked = flat.map((value, index) => (index === 40 ? 50 : value));
    expect(medianSmooth(spiked, 11)).toEqual(flat);
    const schedule = refinedSchedule({ gradientNorms: spiked, peakLr: 0.1 });
    const reference = refinedSchedule({ gradientNorms: flat, peakLr: 0.1 });
    for (let step = 0; step < 100; step++) expect(schedule(step)).toBe(reference(step));
    expect(schedule(0)).toBeCloseTo(0.1, 15);
    expect(schedule(99)).toBe(0);
    // Without smoothing the spike shows (its weight 1/2500 makes a dip).
    expect(refinedSchedule({ gradientNorms: spiked, peakLr: 0.1, smoothing: 0 })(40)).toBeLessThan(0.01);
    // Resampled onto another length: same shape, last step 0.
    const longer = refinedSchedule({ gradientNorms: [1, 1, 1, 1, 1], peakLr: 1, smoothing: 0, totalSteps: 9 });
    expect([0, 2, 4, 8].map((step) => longer(step))).toEqual([1, 0.75, 0.5, 0]);
    expect(scheduleFromJSON(JSON.stringify(schedule))(30)).toBe(schedule(30));
    expect(() => refinedSchedule({ gradientNorms: [1, 0], peakLr: 1 })).toThrow(/refinedSchedule: expected gradientNorms, at least two positive finite/);
  });
});

describe('lrRangeTest', () => {
  it('on a quadratic with curvature h = 8 finds divergence at the first grid rate above 2/h, and restores the model', async () => {
    // L(w) = mean((w·x)²) with x = 2: L = 4w², h = 8, gradient descent diverges for lr > 0.25.
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [1], useBias: false, kernelInitializer: 'ones' })] });
    model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
    const x = tf.tensor([[2]]);
    const y = tf.tensor([[0]]);
    const before = values(model.getWeights()[0]!);
    const result = await lrRangeTest(model, x, y, { minLr: 1e-3, maxLr: 10, steps: 100, smoothing: 0, divergeFactor: 1 });
    const firstAbove = result.learningRates.find((rate) => rate > 0.25)!;
    expect(result.divergenceLr).toBe(firstAbove);
    const ratio = (10 / 1e-3) ** (1 / 99);
    expect(result.divergenceLr! / 0.25).toBeLessThan(ratio);
    expect(values(model.getWeights()[0]!)).toEqual(before);
    expect((model.optimizer as unknown as { learningRate: number }).learningRate).toBe(0.01);
    expect(result.suggestedLr).toBe(result.minimumLr / 10);
    await expect(lrRangeTest(model, x, y, { maxlr: 1 } as never)).rejects.toThrow(/did you mean 'maxLr'/);
    tf.dispose([x, y]);
  });
});
