import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAM, sam } from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** L = ½ θᵀHθ with H = diag(1, 4), counting how often it is evaluated. */
function quadratic(theta: tf.Variable) {
  const counter = { calls: 0 };
  const loss = () => {
    counter.calls += 1;
    return tf.mul(0.5, tf.sum(tf.mul(tf.tensor([1, 4]), tf.square(theta)))) as tf.Scalar;
  };
  return { loss, counter };
}

describe('SAM', () => {
  it('reproduces the catalog oracle on a quadratic with exactly two loss evaluations per step', () => {
    const theta = tf.variable(tf.tensor([1, 1]), true, 'sam-oracle');
    const { loss, counter } = quadratic(theta);
    const optimizer = sam({ rho: 0.05, base: tf.train.sgd(0.1) });
    const cost = optimizer.minimize(loss, true, [theta])!;
    // The returned cost is the loss at θ, before the perturbation: ½(1 + 4) = 2.5.
    expect(cost.dataSync()[0]).toBeCloseTo(2.5, 6);
    expect(counter.calls).toBe(2);
    expect(maxRelativeError(theta.dataSync(), [0.8987873, 0.5805971])).toBeLessThan(2e-7);
    cost.dispose();
    optimizer.dispose();
    theta.dispose();
  });

  it('with rho 0 equals plain SGD bit for bit', () => {
    const a = tf.variable(tf.tensor(randomValues(6, 1)), true, 'sam-rho0-a');
    const b = tf.variable(a.clone(), true, 'sam-rho0-b');
    const target = tf.tensor(randomValues(6, 2));
    const lossOf = (variable: tf.Variable) => () => tf.sum(tf.square(tf.sub(tf.tanh(variable), target))) as tf.Scalar;
    const withSam = new SAM({ rho: 0, base: tf.train.sgd(0.3) });
    const plain = tf.train.sgd(0.3);
    for (let step = 0; step < 4; step++) {
      withSam.minimize(lossOf(a), false, [a]);
      plain.minimize(lossOf(b), false, [b]);
    }
    expect(values(a)).toEqual(values(b));
    expect(maxRelativeError(a.dataSync(), randomValues(6, 1))).toBeGreaterThan(1e-3);
    withSam.dispose();
    plain.dispose();
    tf.dispose([a, b, target]);
  });

  it('adaptive (ASAM) perturbs by ρ·w²·g/‖|w|·g‖', () => {
    const theta = tf.variable(tf.tensor([1, 2]), true, 'asam');
    const { loss } = quadratic(theta);
    const optimizer = new SAM({ rho: 0.5, adaptive: true, base: tf.train.sgd(0.1) });
    optimizer.minimize(loss, false, [theta]);
    // g = Hθ = [1, 8]; |w|·g = [1, 16], norm √257; e = 0.5·[1, 32]/√257; g_sam = H(θ + e).
    const norm = Math.sqrt(257);
    const perturbed = [1 + (0.5 * 1) / norm, 2 + (0.5 * 32) / norm];
    const expected = [1 - 0.1 * perturbed[0]!, 2 - 0.1 * 4 * perturbed[1]!];
    expect(maxRelativeError(theta.dataSync(), expected)).toBeLessThan(2e-7);
    optimizer.dispose();
    theta.dispose();
  });

  it('inside model.fit: batch-norm statistics move once per step, metrics do not leak, and it saves and loads', async () => {
    const build = (optimizer: tf.Optimizer) => {
      const model = tfl.sequential({
        layers: [
          tfl.layers.dense({ units: 8, inputShape: [3], kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }),
          tfl.layers.batchNormalization(),
          tfl.layers.activation({ activation: 'relu' }),
          tfl.layers.dense({ units: 1, kernelInitializer: tfl.initializers.glorotUniform({ seed: 4 }) }),
        ],
      });
      model.compile({ loss: 'meanSquaredError', optimizer, metrics: ['mae'] });
      return model;
    };
    const x = tf.tensor(randomValues(48, 5), [16, 3]);
    const y = tf.tensor(randomValues(16, 6), [16, 1]);
    const withSam = build(sam({ rho: 0.05, base: tf.train.sgd(0.05) }));
    const plain = build(tf.train.sgd(0.05));
    // One step on one batch: the first pass sees the same weights in both models, so the moving
    // statistics must agree exactly if SAM's second pass left them alone.
    await withSam.fit(x, y, { epochs: 1, batchSize: 16, shuffle: false, verbose: 0 });
    await plain.fit(x, y, { epochs: 1, batchSize: 16, shuffle: false, verbose: 0 });
    const movingMean = (model: tfl.LayersModel) => values(model.layers[1]!.getWeights()[2]!);
    expect(movingMean(withSam)).toEqual(movingMean(plain));
    // …while the kernels differ (SAM stepped with the perturbed gradient).
    expect(values(withSam.layers[0]!.getWeights()[0]!)).not.toEqual(values(plain.layers[0]!.getWeights()[0]!));

    await withSam.fit(x, y, { epochs: 1, batchSize: 8, shuffle: false, verbose: 0 });
    const before = tf.memory().numTensors;
    const history = await withSam.fit(x, y, { epochs: 3, batchSize: 8, shuffle: false, verbose: 0 });
    expect(tf.memory().numTensors).toBe(before);
    expect(history.history['mae']).toHaveLength(3);

    const artifacts = await saveToMemory(withSam, true);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    expect(loaded.optimizer).toBeInstanceOf(SAM);
    expect((loaded.optimizer as SAM).getConfig()).toEqual((withSam.optimizer as SAM).getConfig());
    expect(loaded.optimizer.iterations).toBe(withSam.optimizer.iterations);
    tf.dispose([x, y]);
    withSam.dispose();
    plain.dispose();
    loaded.dispose();
  });

  it('refuses applyGradients, which has no second pass', () => {
    const optimizer = new SAM();
    expect(() => optimizer.applyGradients({})).toThrow(/SAM: applyGradients got gradients at θ only/);
    expect(() => new SAM({ rho: -1 })).toThrow(/SAM: expected rho >= 0, got -1/);
    expect(() => new SAM({ base: 'sdg' })).toThrow(/unknown base optimizer 'sdg' \(did you mean 'sgd'\?\)/);
    optimizer.dispose();
  });
});
