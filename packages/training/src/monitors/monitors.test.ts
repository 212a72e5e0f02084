import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  activationSparsity, activationSparsityMonitor, cett, cettForPerplexity, cettThreshold, cosineDistance, hessianTopEigenvalue, layerRotation, sharpnessMonitor,
} from '@layerkit/training';
import { randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const seeded = (seed: number) => tfl.initializers.glorotUniform({ seed });

describe('layer rotation', () => {
  it('cosine distance: 0 for the same or a scaled kernel, 1 for orthogonal, 2 for negated', () => {
    const w = tf.tensor([[1, 2], [3, 4]]);
    expect(cosineDistance(w, w)).toBeCloseTo(0, 6);
    expect(cosineDistance(tf.mul(w, 7.5), w)).toBeCloseTo(0, 6);
    expect(cosineDistance(tf.tensor([1, 0, 2]), tf.tensor([0, 3, 0]))).toBe(1);
    expect(cosineDistance(tf.neg(w), w)).toBeCloseTo(2, 6);
  });

  it('records d = 0 at the start and the rotation of every kernel after each epoch in model.fit', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3], activation: 'relu', kernelInitializer: seeded(1) }), tfl.layers.dense({ units: 1, kernelInitializer: seeded(2) })] });
    model.compile({ optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError' });
    const monitor = layerRotation();
    const initial = model.layers.map((layer) => tf.clone(layer.getWeights()[0]!));
    const x = tf.tensor(randomValues(30, 3), [10, 3]);
    const y = tf.tensor(randomValues(10, 4), [10, 1]);
    const history = await model.fit(x, y, { epochs: 3, batchSize: 5, verbose: 0, callbacks: [monitor] });
    const names = model.layers.map((layer) => layer.name);
    expect(Object.keys(monitor.history)).toEqual(names);
    for (const [index, name] of names.entries()) {
      expect(monitor.history[name]).toHaveLength(4);
      expect(monitor.history[name]![0]).toBe(0);
      expect(monitor.history[name]![3]).toBeCloseTo(cosineDistance(model.layers[index]!.getWeights()[0]!, initial[index]!), 7);
      expect(monitor.history[name]![3]).toBeGreaterThan(1e-4);
      expect(history.history[`rotation/${name}`]).toEqual(monitor.history[name]!.slice(1));
    }
    const before = tf.memory().numTensors;
    monitor.reset();
    expect(tf.memory().numTensors).toBe(before - 2);
    expect(() => layerRotation({ evry: 2 } as never)).toThrow(/LayerRotationMonitor: unknown option 'evry' \(did you mean 'every'\?\)/);
    tf.dispose([x, y, ...initial]);
  });
});

describe('activation sparsity', () => {
  it('relu of N(0, 1) is half zeros; a unit with all-negative pre-activations is dead', () => {
    const normal = tf.randomNormal([4000, 8], 0, 1, 'float32', 5);
    const shifted = tf.concat([tf.slice(normal, [0, 0], [-1, 7]), tf.neg(tf.abs(tf.slice(normal, [0, 7], [-1, 1])))], 1);
    const statistics = activationSparsity(tf.relu(shifted));
    // 7 units at 50% plus one unit at 100%: (7·0.5 + 1)/8 with sampling error ~0.5/√(28000).
    expect(Math.abs(statistics.sparsity - 4.5 / 8)).toBeLessThan(0.01);
    expect(statistics.deadRate).toBe(1 / 8);
    const sparse = activationSparsity(tf.relu(shifted), { deadFraction: 0.6 });
    expect(sparse.deadRate).toBe(1);
    expect(() => activationSparsity(normal, { treshold: 1 } as never)).toThrow(/unknown option 'treshold' \(did you mean 'threshold'\?\)/);
    tf.dispose([normal, shifted]);
  });

  it('CETT: a = [1, 0.1, 0.01] with orthonormal rows gives 0.0099499 and 0.0999950; target 0.05 marks only neuron 3', () => {
    const a = tf.tensor([[1, 0.1, 0.01]]);
    const rotation = tf.tensor([[0.6, 0.8, 0], [-0.8, 0.6, 0], [0, 0, 1]]);
    expect(cett(a, rotation, 0.01)).toBeCloseTo(0.0099499, 6);
    expect(cett(a, rotation, 0.1)).toBeCloseTo(0.099995, 6);
    const found = cettThreshold(a, rotation, 0.05);
    expect(found.sparsity).toBeCloseTo(1 / 3, 12);
    expect(found.threshold).toBeLessThan(0.1);
    expect(found.threshold).toBeGreaterThan(0.0999);
    expect(found.cett).toBeLessThanOrEqual(0.05);
    expect(() => cett(a, tf.ones([2, 3]), 0.1)).toThrow(/cett: expected the down-projection kernel \[3, dmodel\]/);
    tf.dispose([a, rotation]);
  });

  it('PPL-p%: bisection finds the largest CETT target whose perplexity increase stays below 1 + p', () => {
    // A sparsified loss that grows with c: loss(c) = 2 + c², so exp(c²) < 1.01 ⇔ c < √log(1.01).
    const { cett: found, evaluations } = cettForPerplexity({ evaluate: (c) => 2 + c * c, denseLoss: 2, p: 0.01 });
    expect(Math.abs(found - Math.sqrt(Math.log(1.01)))).toBeLessThan(1e-6);
    expect(found).toBeLessThan(Math.sqrt(Math.log(1.01)));
    expect(evaluations).toBeLessThan(25);
    expect(cettForPerplexity({ evaluate: () => 2, denseLoss: 2 }).cett).toBe(1);
    expect(() => cettForPerplexity({ evaluate: () => 0, denseLoss: 0, tolerence: 1 } as never)).toThrow(/did you mean 'tolerance'/);
  });

  it('logs the sparsity and dead rate of every ReLU layer during model.fit', async () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 6, inputShape: [4], activation: 'relu', kernelInitializer: seeded(3), biasInitializer: tfl.initializers.constant({ value: -10 }) }),
        tfl.layers.dense({ units: 5, kernelInitializer: seeded(4) }),
        tfl.layers.reLU(),
        tfl.layers.dense({ units: 1, kernelInitializer: seeded(5) }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
    const x = tf.tensor(randomValues(40, 6), [10, 4]);
    const monitor = activationSparsityMonitor({ x });
    const before = tf.memory().numTensors;
    const history = await model.fit(x, tf.zeros([10, 1]), { epochs: 2, verbose: 0, callbacks: [monitor] });
    const [first, , relu] = model.layers.map((layer) => layer.name);
    // A bias of −10 with inputs in [−1, 1] kills every unit of the first layer.
    expect(monitor.history[first!]).toEqual([{ sparsity: 1, deadRate: 1 }, { sparsity: 1, deadRate: 1 }]);
    expect(Object.keys(monitor.history)).toEqual([first, relu]);
    expect(history.history[`dead/${first}`]).toEqual([1, 1]);
    expect(tf.memory().numTensors).toBeLessThanOrEqual(before + 2);
    tf.dispose(x);
  });
});

describe('sharpness', () => {
  it('finds the top eigenvalue of a quadratic within 1% and leaves the weights unchanged', () => {
    // L = ½ θᵀHθ with H = Q diag(10, 3, 1, 0.5) Qᵀ.
    const angle = 0.7;
    const [c, s] = [Math.cos(angle), Math.sin(angle)];
    const q = [[c, -s, 0, 0], [s, c, 0, 0], [0, 0, c, s], [0, 0, -s, c]];
    const eigen = [10, 3, 1, 0.5];
    const hessian = q.map((row) => q.map((column) => row.reduce((sum, value, k) => sum + value * eigen[k]! * column[k]!, 0)));
    const matrix = tf.tensor(hessian);
    const theta = tf.variable(tf.tensor([[0.3], [-1], [2], [0.5]]), true, 'sharpness-theta');
    const before = values(theta);
    const loss = () => tf.mul(0.5, tf.sum(tf.mul(theta, tf.matMul(matrix, theta)))) as tf.Scalar;
    const tensors = tf.memory().numTensors;
    const result = hessianTopEigenvalue(loss, [theta], { iterations: 30 });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(Math.abs(result.eigenvalue - 10) / 10).toBeLessThan(0.01);
    expect(result.estimates).toHaveLength(30);
    expect(values(theta)).toEqual(before);
    expect(() => hessianTopEigenvalue(loss, [theta], { iteration: 3 } as never)).toThrow(/did you mean 'iterations'/);
    tf.dispose([matrix, theta]);
  });

  it('a callback on a linear model with MSE measures 2·λmax(XᵀX)/n', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [3], useBias: false, kernelInitializer: seeded(7) })] });
    model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
    const rows = [[1, 0, 0], [0, 2, 0], [0, 0, 0.5], [1, 1, 0]];
    const x = tf.tensor(rows);
    const y = tf.tensor([[1], [0], [2], [1]]);
    // XᵀX = [[2, 1, 0], [1, 5, 0], [0, 0, 0.25]]: top eigenvalue (7 + √13)/2.
    const expected = (2 * ((7 + Math.sqrt(13)) / 2)) / 4;
    const monitor = sharpnessMonitor({ x, y, iterations: 40 });
    const history = await model.fit(x, y, { epochs: 2, verbose: 0, callbacks: [monitor] });
    expect(Math.abs(history.history['sharpness']![1]! as number - expected) / expected).toBeLessThan(0.01);
    expect(() => sharpnessMonitor({ x } as never)).toThrow(/SharpnessMonitor: expected x and y, a fixed batch to measure the loss on, got no y/);
    tf.dispose([x, y]);
  });
});
