import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdamP, AdamW, SGDP } from '@layerkit/training';
import { maxRelativeError, randomValues } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const FAN_IN = 50;
const CHANNELS = 3;
const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (a: number[]) => Math.sqrt(dot(a, a));
/** Column c of a [FAN_IN, CHANNELS] row-major matrix (tfjs layout: output channels last). */
const column = (matrix: number[], c: number) => Array.from({ length: FAN_IN }, (_, r) => matrix[r * CHANNELS + c]!);

/** clovaai's `_projection` in float64, channels = columns. Returns the update and the decay ratio. */
function projectReference(p: number[], grad: number[], perturb: number[], delta: number, wdRatio: number, eps: number): { update: number[]; ratio: number; view: string } {
  const cosine = (x: number[], y: number[]) => Math.abs(dot(x, y)) / (Math.max(norm(x), eps) * Math.max(norm(y), eps));
  const channelMax = Math.max(...Array.from({ length: CHANNELS }, (_, c) => cosine(column(grad, c), column(p, c))));
  if (channelMax < delta / Math.sqrt(FAN_IN)) {
    const update = [...perturb];
    for (let c = 0; c < CHANNELS; c++) {
      const pc = column(p, c);
      const unit = pc.map((value) => value / (norm(pc) + eps));
      const along = dot(unit, column(perturb, c));
      for (let r = 0; r < FAN_IN; r++) update[r * CHANNELS + c] = update[r * CHANNELS + c]! - unit[r]! * along;
    }
    return { update, ratio: wdRatio, view: 'channel' };
  }
  if (cosine(grad, p) < delta / Math.sqrt(p.length)) {
    const unit = p.map((value) => value / (norm(p) + eps));
    const along = dot(unit, perturb);
    return { update: perturb.map((value, i) => value - unit[i]! * along), ratio: wdRatio, view: 'layer' };
  }
  return { update: perturb, ratio: 1, view: 'none' };
}

/** AdamP step for one [FAN_IN, CHANNELS] weight in float64. */
function adamPReference(theta: number[], gradients: number[][], options: { lr: number; wd: number; eps: number }) {
  const p = [...theta];
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  return gradients.map((g, index) => {
    const step = index + 1;
    for (let i = 0; i < p.length; i++) {
      m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
      v[i] = 0.999 * v[i]! + 0.001 * g[i]! ** 2;
    }
    const perturb = m.map((mi, i) => mi / (Math.sqrt(v[i]!) / Math.sqrt(1 - 0.999 ** step) + options.eps));
    const { update, ratio, view } = projectReference(p, g, perturb, 0.1, 0.1, options.eps);
    const stepSize = options.lr / (1 - 0.9 ** step);
    for (let i = 0; i < p.length; i++) p[i] = p[i]! * (1 - options.lr * options.wd * ratio) - stepSize * update[i]!;
    return { theta: [...p], view };
  });
}

/** A gradient orthogonal to every column of `p` (what a weight followed by batch norm receives). */
function orthogonalGradient(p: number[], seed: number): number[] {
  const g = randomValues(p.length, seed);
  for (let c = 0; c < CHANNELS; c++) {
    const pc = column(p, c);
    const along = dot(column(g, c), pc) / dot(pc, pc);
    for (let r = 0; r < FAN_IN; r++) g[r * CHANNELS + c] = g[r * CHANNELS + c]! - along * pc[r]!;
  }
  return g;
}

function run(optimizer: tf.Optimizer, theta: number[], gradients: number[][], name: string, check: (values: Float32Array, step: number) => void) {
  const variable = tf.variable(tf.tensor(theta, [FAN_IN, CHANNELS]), true, name);
  gradients.forEach((gradient, step) => {
    const tensor = tf.tensor(gradient, [FAN_IN, CHANNELS]);
    optimizer.applyGradients({ [variable.name]: tensor });
    tensor.dispose();
    check(variable.dataSync() as Float32Array, step);
  });
  optimizer.dispose();
  variable.dispose();
}

describe('AdamP', () => {
  it('projects the update of a scale-invariant weight per channel, matching clovaai/AdamP in float64, and ‖w‖ only grows at second order', () => {
    const theta = randomValues(FAN_IN * CHANNELS, 1);
    const gradients = [2, 3, 4, 5].map((seed) => orthogonalGradient(theta, seed));
    const expected = adamPReference(theta, gradients, { lr: 0.01, wd: 0.01, eps: 1e-8 });
    expect(expected.map(({ view }) => view)).toEqual(['channel', 'channel', 'channel', 'channel']);
    let previous = theta;
    run(new AdamP({ learningRate: 0.01, weightDecay: 0.01 }), theta, gradients, 'adamp-invariant', (values, step) => {
      expect(maxRelativeError(values, expected[step]!.theta, 0.1), `step ${step + 1}`).toBeLessThan(2e-6);
      previous = Array.from(values);
    });
    // Without decay the projected step is orthogonal to w per channel: the radial change is O(lr²).
    const theta2 = [...theta];
    run(new AdamP({ learningRate: 0.01 }), theta2, gradients.slice(0, 1), 'adamp-orthogonal', (values) => {
      for (let c = 0; c < CHANNELS; c++) {
        const before = column(theta2, c);
        const change = column(Array.from(values), c).map((value, r) => value - before[r]!);
        expect(Math.abs(dot(change, before)) / (norm(change) * norm(before))).toBeLessThan(1e-4);
      }
    });
    expect(previous).not.toEqual(theta);
  });

  it('uses the whole-layer view when one channel fails the test but the layer passes', () => {
    const theta = randomValues(FAN_IN * CHANNELS, 11);
    const g = orthogonalGradient(theta, 12);
    // Channel 0 gets a tiny gradient along its own weight: channel cosine 1, layer cosine tiny.
    for (let r = 0; r < FAN_IN; r++) g[r * CHANNELS] = 1e-4 * theta[r * CHANNELS]!;
    const expected = adamPReference(theta, [g], { lr: 0.01, wd: 0, eps: 1e-8 });
    expect(expected[0]!.view).toBe('layer');
    run(new AdamP({ learningRate: 0.01 }), theta, [g], 'adamp-layer', (values) => {
      expect(maxRelativeError(values, expected[0]!.theta, 0.01)).toBeLessThan(2e-6);
    });
  });

  it('equals AdamW (same decay, PyTorch-form ε) for weights that are not scale-invariant', () => {
    const theta = randomValues(FAN_IN * CHANNELS, 21);
    const gradients = [22, 23, 24].map((seed) => randomValues(FAN_IN * CHANNELS, seed).map((g, i) => g + 0.5 * theta[i]!));
    expect(adamPReference(theta, gradients, { lr: 0.01, wd: 0.1, eps: 1e-8 }).map(({ view }) => view)).toEqual(['none', 'none', 'none']);
    const adamw: Float32Array[] = [];
    run(new AdamW({ learningRate: 0.01, weightDecay: 0.1, epsilon: 1e-8, exclude: [] }), theta, gradients, 'adamp-vs-adamw-a', (values) => adamw.push(values.slice()));
    run(new AdamP({ learningRate: 0.01, weightDecay: 0.1 }), theta, gradients, 'adamp-vs-adamw-b', (values, step) => {
      // AdamW keeps tf.train.adam's float32 running β2 power, whose 1 − β2^t (β2 = 0.999) is only
      // good to ~1e-5 relative; AdamP computes it in float64. Hence a few float32 ulps apart.
      expect(maxRelativeError(values, adamw[step]!, 0.1)).toBeLessThan(5e-6);
    });
  });
});

describe('SGDP', () => {
  it('matches clovaai/SGDP (momentum, decay divided by 1 − momentum) in float64', () => {
    const theta = randomValues(FAN_IN * CHANNELS, 31);
    const gradients = [32, 33, 34].map((seed) => orthogonalGradient(theta, seed));
    const p = [...theta];
    const buffer = p.map(() => 0);
    const expected = gradients.map((g) => {
      for (let i = 0; i < p.length; i++) buffer[i] = 0.9 * buffer[i]! + g[i]!;
      const { update, ratio } = projectReference(p, g, [...buffer], 0.1, 0.1, 1e-8);
      for (let i = 0; i < p.length; i++) p[i] = p[i]! * (1 - (0.1 * 1e-3 * ratio) / (1 - 0.9)) - 0.1 * update[i]!;
      return [...p];
    });
    run(new SGDP({ learningRate: 0.1, momentum: 0.9, weightDecay: 1e-3 }), theta, gradients, 'sgdp', (values, step) => {
      expect(maxRelativeError(values, expected[step]!, 0.1), `step ${step + 1}`).toBeLessThan(2e-6);
    });
  });

  it('needs a learning rate, as PyTorch\'s SGDP does', () => {
    expect(() => new SGDP()).toThrow(/SGDP: expected a learningRate, got none/);
    expect(() => new SGDP({ learningRate: 0.1, momentum: 1 })).toThrow(/momentum >= 0 < 1, got 1/);
  });
});
