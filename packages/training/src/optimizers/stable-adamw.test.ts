import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { StableAdamW, foldedBeta } from '@layerkit/training';
import { maxRelativeError, randomValues } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** StableAdamWUnfused's update in float64 (one tensor), returning θ and RMS per step. */
function reference(theta: number[], gradients: number[][], options: { lr: number; wd: number; beta1: number; beta2: number; eps: number; clip: number }) {
  const p = [...theta];
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  return gradients.map((g, index) => {
    const step = index + 1;
    const b1 = (options.beta1 * (1 - options.beta1 ** (step - 1))) / (1 - options.beta1 ** step);
    const b2 = (options.beta2 * (1 - options.beta2 ** (step - 1))) / (1 - options.beta2 ** step);
    for (let i = 0; i < p.length; i++) {
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
    }
    const rms = Math.sqrt(g.reduce((sum, gi, i) => sum + gi ** 2 / Math.max(v[i]!, options.eps ** 2), 0) / g.length);
    const lr = options.lr / Math.max(1, rms / options.clip);
    for (let i = 0; i < p.length; i++) p[i] = p[i]! * (1 - options.lr * options.wd) - lr * (m[i]! / (Math.sqrt(v[i]!) + options.eps));
    return { theta: [...p], rms };
  });
}

describe('StableAdamW', () => {
  it('reproduces the catalog oracle: RMS 1 then 1.4037422 and the listed weights', () => {
    const variable = tf.variable(tf.tensor([1, 1, 1]), true, 'stable-oracle');
    const optimizer = new StableAdamW();
    const g1 = tf.tensor([1, -2, 3]);
    optimizer.applyGradients({ [variable.name]: g1 });
    expect(optimizer.lastRms[variable.name]).toBeCloseTo(1, 6);
    expect(maxRelativeError(variable.dataSync(), [0.9976, 1.0016, 0.9976])).toBeLessThan(1e-6);
    expect(foldedBeta(0.99, 2)).toBeCloseTo(0.4974874, 7);
    const g2 = tf.mul(g1, 10);
    optimizer.applyGradients({ [variable.name]: g2 });
    expect(optimizer.lastRms[variable.name]).toBeCloseTo(1.4037422, 6);
    expect(maxRelativeError(variable.dataSync(), [0.9960536, 1.0023467, 0.9960536])).toBeLessThan(1e-6);
    optimizer.dispose();
    tf.dispose([variable, g1, g2]);
  });

  it('matches the float64 reference over many steps with spikes, and shrinks only the Adam step', () => {
    const theta = randomValues(30, 1);
    const gradients = Array.from({ length: 10 }, (_, step) => randomValues(30, 20 + step).map((g) => g * (step === 6 ? 30 : 1)));
    const options = { lr: 0.01, wd: 0.2, beta1: 0.9, beta2: 0.99, eps: 1e-8, clip: 1 };
    const expected = reference(theta, gradients, options);
    const variable = tf.variable(tf.tensor(theta), true, 'stable-reference');
    const optimizer = new StableAdamW({ learningRate: 0.01 });
    let clippedSteps = 0;
    gradients.forEach((gradient, step) => {
      const tensor = tf.tensor(gradient);
      optimizer.applyGradients({ [variable.name]: tensor });
      tensor.dispose();
      const rms = optimizer.lastRms[variable.name]!;
      expect(rms).toBeCloseTo(expected[step]!.rms, 5);
      if (rms > 1) clippedSteps += 1;
      expect(maxRelativeError(variable.dataSync(), expected[step]!.theta, 0.01), `step ${step + 1}`).toBeLessThan(1e-6);
    });
    // The spike at step 7 drives RMS above 1, so clipping was exercised.
    expect(clippedSteps).toBeGreaterThan(0);
    optimizer.dispose();
    variable.dispose();
  });

  it('with clipThreshold Infinity equals AdamW with bias-corrected moments', () => {
    const theta = randomValues(12, 4);
    // Growing gradients: g² outruns v, so RMS > 1 and a clipping optimizer would shrink these steps.
    const gradients = Array.from({ length: 5 }, (_, step) => randomValues(12, 40 + step).map((g) => g * 4 ** step));
    let largestRms = 0;
    const variable = tf.variable(tf.tensor(theta), true, 'stable-infinite');
    const optimizer = new StableAdamW({ clipThreshold: Infinity, learningRate: 0.01, weightDecay: 0.1 });
    // PyTorch AdamW in float64: m̂ = m/(1 − β1^t), v̂ = v/(1 − β2^t), decay from the current weights.
    const p = [...theta];
    const m = p.map(() => 0);
    const v = p.map(() => 0);
    gradients.forEach((g, index) => {
      const step = index + 1;
      for (let i = 0; i < p.length; i++) {
        m[i] = 0.9 * m[i]! + 0.1 * g[i]!;
        v[i] = 0.99 * v[i]! + 0.01 * g[i]! ** 2;
        const mHat = m[i]! / (1 - 0.9 ** step);
        const vHat = v[i]! / (1 - 0.99 ** step);
        p[i] = p[i]! * (1 - 0.01 * 0.1) - 0.01 * (mHat / (Math.sqrt(vHat) + 1e-8));
      }
      const tensor = tf.tensor(g);
      optimizer.applyGradients({ [variable.name]: tensor });
      tensor.dispose();
      largestRms = Math.max(largestRms, optimizer.lastRms[variable.name]!);
      expect(maxRelativeError(variable.dataSync(), p, 0.01), `step ${step}`).toBeLessThan(1e-6);
    });
    expect(largestRms).toBeGreaterThan(1.5);
    expect(StableAdamW.fromConfig(StableAdamW as never, JSON.parse(JSON.stringify(optimizer.getConfig()))) as unknown as StableAdamW).toMatchObject({ clipThreshold: Infinity });
    optimizer.dispose();
    variable.dispose();
  });

  it('round-trips its state through getWeights/setWeights', async () => {
    const variable = tf.variable(tf.tensor([0.5, -0.5]), true, 'stable-state');
    const twin = tf.variable(tf.tensor([0.5, -0.5]), true, 'stable-state-twin');
    const first = new StableAdamW();
    const gradient = tf.tensor([0.3, 0.1]);
    first.applyGradients({ [variable.name]: gradient });
    const second = new StableAdamW();
    await second.setWeights(await first.getWeights());
    expect(second.iterations).toBe(1);
    twin.assign(variable);
    first.applyGradients({ [variable.name]: gradient });
    second.applyGradients({ [twin.name]: gradient });
    expect(Array.from(twin.dataSync())).toEqual(Array.from(variable.dataSync()));
    first.dispose();
    second.dispose();
    tf.dispose([variable, twin, gradient]);
  });

  it('rejects bad options', () => {
    expect(() => new StableAdamW({ clipTreshold: 2 } as never)).toThrow(/unknown option 'clipTreshold' \(did you mean 'clipThreshold'\?\)/);
    expect(() => new StableAdamW({ epsilon: 0 })).toThrow(/StableAdamW: expected epsilon > 0, got 0/);
  });
});
