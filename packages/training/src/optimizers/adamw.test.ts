import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AdamW } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** torch.optim.AdamW's update (single tensor, float64), step by step. */
function torchAdamW(theta: number[], gradients: number[][], options: { lr: number; beta1: number; beta2: number; eps: number; wd: number; amsgrad?: boolean }): number[][] {
  const { lr, beta1, beta2, eps, wd } = options;
  const p = [...theta];
  const m = p.map(() => 0);
  const v = p.map(() => 0);
  const vMax = p.map(() => 0);
  const trajectory: number[][] = [];
  gradients.forEach((gradient, index) => {
    const step = index + 1;
    const biasCorrection1 = 1 - beta1 ** step;
    const biasCorrection2 = 1 - beta2 ** step;
    for (let i = 0; i < p.length; i++) {
      p[i] = p[i]! * (1 - lr * wd);
      m[i] = beta1 * m[i]! + (1 - beta1) * gradient[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * gradient[i]! ** 2;
      vMax[i] = Math.max(vMax[i]!, v[i]!);
      const second = options.amsgrad ? vMax[i]! : v[i]!;
      const denominator = Math.sqrt(second) / Math.sqrt(biasCorrection2) + eps;
      p[i] = p[i]! - (lr / biasCorrection1) * (m[i]! / denominator);
    }
    trajectory.push([...p]);
  });
  return trajectory;
}

describe('AdamW', () => {
  it('with weightDecay 0 equals tf.train.adam bit for bit over several steps', () => {
    const shapes = [[7, 5], [5], [3, 3, 2]];
    const ours = shapes.map((shape, index) => tf.variable(tf.tensor(randomValues(shape.reduce((a, b) => a * b, 1), 10 + index), shape), true, `adamw-bits-a${index}`));
    const theirs = ours.map((variable, index) => tf.variable(variable.clone(), true, `adamw-bits-b${index}`));
    const adamw = new AdamW({ learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-7, weightDecay: 0 });
    const adam = tf.train.adam(0.01, 0.8, 0.99, 1e-7);
    for (let step = 0; step < 6; step++) {
      const gradients = shapes.map((shape, index) => tf.tensor(randomValues(shape.reduce((a, b) => a * b, 1), 100 * step + index).map((g) => g * (index + 1)), shape));
      adamw.applyGradients(Object.fromEntries(ours.map((variable, index) => [variable.name, gradients[index]!])));
      adam.applyGradients(Object.fromEntries(theirs.map((variable, index) => [variable.name, gradients[index]!])));
      tf.dispose(gradients);
    }
    ours.forEach((variable, index) => {
      const a = variable.dataSync();
      const b = theirs[index]!.dataSync();
      for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i]), `${variable.name}[${i}]: ${a[i]} vs ${b[i]}`).toBe(true);
    });
    // The weights really moved, so the comparison above is not between two untouched copies.
    expect(maxRelativeError(ours[0]!.dataSync(), randomValues(35, 10))).toBeGreaterThan(1e-3);
    adamw.dispose();
    adam.dispose();
    tf.dispose([...ours, ...theirs]);
  });

  for (const amsgrad of [false, true]) {
    it(`matches torch.optim.AdamW's update step for step (float64 reference, amsgrad ${amsgrad})`, () => {
      const theta = randomValues(24, 3);
      const gradients = Array.from({ length: 8 }, (_, step) => randomValues(24, 50 + step).map((g, i) => g * (1 + (i % 5)) * (step % 3 === 2 ? 0.1 : 1)));
      const options = { lr: 0.05, beta1: 0.9, beta2: 0.95, eps: 1e-8, wd: 0.1, amsgrad };
      const expected = torchAdamW(theta, gradients, options);
      const variable = tf.variable(tf.tensor(theta), true, `adamw-torch-${amsgrad}`);
      const optimizer = new AdamW({ learningRate: 0.05, beta1: 0.9, beta2: 0.95, epsilon: 1e-8, weightDecay: 0.1, exclude: [], amsgrad });
      gradients.forEach((gradient, step) => {
        const tensor = tf.tensor(gradient);
        optimizer.applyGradients({ [variable.name]: tensor });
        tensor.dispose();
        // Floor at the step size: where a weight crosses zero, float32 cancellation leaves ~1e-8 absolute error.
        expect(maxRelativeError(variable.dataSync(), expected[step]!, 0.05), `step ${step + 1}`).toBeLessThan(1e-6);
      });
      optimizer.dispose();
      variable.dispose();
    });
  }

  it('shrinks weights as θ·(1 − lr·wd)^t under zero gradients and never decays excluded variables', () => {
    const kernel = tf.variable(tf.tensor([1, -2, 3]), true, 'dense_Test1/kernel');
    const bias = tf.variable(tf.tensor([1, -2, 3]), true, 'dense_Test1/bias');
    const optimizer = new AdamW({ learningRate: 0.1, weightDecay: 0.5 });
    const zeros = tf.zeros([3]);
    for (let step = 0; step < 5; step++) optimizer.applyGradients({ [kernel.name]: zeros, [bias.name]: zeros });
    const factor = (1 - 0.1 * 0.5) ** 5;
    expect(maxRelativeError(kernel.dataSync(), [factor, -2 * factor, 3 * factor])).toBeLessThan(1e-6);
    expect(values(bias)).toEqual([1, -2, 3]);
    expect(optimizer.decays('batch_normalization_BatchNormalization1/gamma')).toBe(false);
    expect(optimizer.decays('dense_Test1/kernel')).toBe(true);
    optimizer.dispose();
    tf.dispose([kernel, bias, zeros]);
  });

  it('exclude accepts RegExps and /…/ strings, and the patterns survive tfjs-layers\' camel-casing loader', () => {
    const optimizer = new AdamW({ exclude: [/^layer_norm/i, '/embedding$/', 'batch_normalization'] });
    expect(optimizer.decays('Layer_Norm_1/gamma2')).toBe(false);
    expect(optimizer.decays('token_embedding')).toBe(false);
    expect(optimizer.decays('batch_normalization_3/moving')).toBe(false);
    expect(optimizer.decays('dense_1/kernel')).toBe(true);
    const config = optimizer.getConfig();
    // What loadLayersModel does to a saved training config before fromConfig sees it.
    const pythonic = { class_name: 'AdamW', config };
    const camelCased = JSON.parse(JSON.stringify(pythonic).replace(/"([^"]*_[^"]*)"/g, (match, text: string) => (
      text.includes('_') ? `"${text.replace(/[_]+(\w|$)/g, (_m, next: string) => next.toUpperCase())}"` : match
    )));
    const restored = AdamW.fromConfig(AdamW as never, camelCased.config) as unknown as AdamW;
    for (const name of ['Layer_Norm_1/gamma2', 'token_embedding', 'batch_normalization_3/moving', 'dense_1/kernel']) {
      expect(restored.decays(name), name).toBe(optimizer.decays(name));
    }
  });

  it('rejects unknown and out-of-range options with a clear message', () => {
    expect(() => new AdamW({ weightdecay: 0.1 } as never)).toThrow(/AdamW: unknown option 'weightdecay' \(did you mean 'weightDecay'\?\)/);
    expect(() => new AdamW({ beta1: 1 })).toThrow(/AdamW: expected beta1 >= 0 < 1, got 1/);
    expect(() => new AdamW({ learningRate: -1 })).toThrow(/learningRate >= 0, got -1/);
    expect(() => new AdamW({ exclude: [3] as never })).toThrow(/expected exclude to hold strings or RegExps, got 3/);
    expect(() => new AdamW({ exclude: ['/(/'] })).toThrow(/not a valid regular expression/);
  });

  it('trains in model.fit, saves with includeOptimizer and resumes exactly where it left off', async () => {
    const build = () => {
      const model = tfl.sequential({
        layers: [
          tfl.layers.dense({ units: 6, inputShape: [4], activation: 'tanh', kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
          tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
        ],
      });
      model.compile({ loss: 'meanSquaredError', optimizer: new AdamW({ learningRate: 0.01, weightDecay: 0.05, amsgrad: true }) });
      return model;
    };
    const x = tf.tensor(randomValues(64, 7), [16, 4]);
    const y = tf.tensor(randomValues(32, 8), [16, 2]);
    const model = build();
    const history = await model.fit(x, y, { epochs: 6, batchSize: 8, shuffle: false, verbose: 0 });
    const losses = history.history['loss'] as number[];
    expect(losses[5]!).toBeLessThan(losses[0]!);
    const artifacts = await saveToMemory(model, true);
    expect(artifacts.weightSpecs!.filter((spec) => spec.group === 'optimizer').map((spec) => spec.name)).toContain('iter');
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    expect(loaded.optimizer).toBeInstanceOf(AdamW);
    expect((loaded.optimizer as AdamW).getConfig()).toEqual((model.optimizer as AdamW).getConfig());
    // Two more epochs on both must give identical weights: moments, v̂max and the step count came back.
    await model.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    await loaded.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    model.getWeights().forEach((weight, index) => expect(values(loaded.getWeights()[index]!)).toEqual(values(weight)));
    model.dispose();
    loaded.dispose();
    tf.dispose([x, y]);
  });

  it('leaks no tensors once its slots exist', () => {
    const variable = tf.variable(tf.ones([4, 3]), true, 'adamw-leak');
    const optimizer = new AdamW();
    const gradient = tf.ones([4, 3]);
    optimizer.applyGradients({ [variable.name]: gradient });
    const before = tf.memory().numTensors;
    for (let step = 0; step < 3; step++) optimizer.applyGradients({ [variable.name]: gradient });
    expect(tf.memory().numTensors).toBe(before);
    optimizer.dispose();
    tf.dispose([variable, gradient]);
  });
});
