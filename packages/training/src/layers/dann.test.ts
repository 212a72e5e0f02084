import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { dannLambda, dannLosses, dannModel, multiLossTrainer } from '@layerkit/training';
import { randomValues } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/**
 * Two domains, one task: the class is the sign of x₁ (both domains); x₃ and x₄ carry only the
 * domain (source around +1, target around −1), a nuisance a plain network keeps in its features.
 */
function domains(rows: number, seed: number) {
  const noise = randomValues(rows * 8, seed);
  const make = (offset: number, shift: number) => Array.from({ length: rows }, (_, row) => {
    const label = row % 2;
    const at = (k: number) => noise[(offset + row) * 4 + k]!;
    return { x: [(label === 1 ? 1 : -1) + 0.6 * at(0), 0.8 * at(1), shift + 0.5 * at(2), shift + 0.5 * at(3)], label };
  });
  return { source: make(0, 1), target: make(rows, -1) };
}

function setup(seed: number) {
  const dense = (units: number, activation: 'relu' | 'softmax' | 'sigmoid', layerSeed: number) =>
    tfl.layers.dense({ units, activation, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed * 100 + layerSeed }) });
  return dannModel({
    inputShape: [4],
    // The paper's toy set-up: one hidden layer of 15 units, a logistic-regression domain classifier.
    features: [dense(15, 'relu', 1)],
    labelHead: [dense(2, 'softmax', 3)],
    domainHead: [dense(1, 'sigmoid', 5)],
  });
}

async function train(adversarial: boolean) {
  const { source, target } = domains(200, 3);
  const rows = [...source, ...target];
  const x = tf.tensor(rows.map((row) => row.x));
  const labels = tf.oneHot(tf.tensor1d(rows.map((row) => row.label), 'int32'), 2);
  const domain = tf.tensor(rows.map((_, index) => [index < source.length ? 0 : 1]));
  const { model, reversal } = setup(5);
  const learningRate = 0.003;
  const optimizer = tf.train.momentum(learningRate, 0.9);
  const trainer = multiLossTrainer({ model, losses: dannLosses(model), optimizer });
  const steps = 600;
  const domainLosses: number[] = [];
  const headAccuracies: number[] = [];
  for (let step = 0; step < steps; step++) {
    const progress = step / steps;
    // DANN's λ_p schedule (γ = 10) and learning-rate annealing μ_p = μ0/(1 + 10p)^0.75; λ = 0 is the plain network.
    reversal.lambda = adversarial ? dannLambda(progress) : 0;
    optimizer.setLearningRate(learningRate / (1 + 10 * progress) ** 0.75);
    const { losses } = trainer.trainOnBatch(x, [labels, domain]);
    if (step >= steps - 100) {
      domainLosses.push(losses[1]!);
      const probability = tf.tidy(() => (model.predict(x) as tf.Tensor[])[1]!.dataSync());
      headAccuracies.push(Array.from(probability).filter((p, index) => (p > 0.5 ? 1 : 0) === (index < source.length ? 0 : 1)).length / rows.length);
    }
  }
  const predicted = tf.tidy(() => Array.from(tf.argMax((model.predict(x) as tf.Tensor[])[0]!, 1).dataSync()));
  const targetAccuracy = target.filter((row, index) => predicted[source.length + index] === row.label).length / target.length;
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
  tf.dispose([x, labels, domain]);
  return { targetAccuracy, headAccuracy: mean(headAccuracies), domainLoss: mean(domainLosses) };
}

describe('DANN worked example', () => {
  it('with gradient reversal the domain classifier drifts to chance (loss ≈ ln 2) while target accuracy holds; without it the domains stay apart', async () => {
    const plain = await train(false);
    const dann = await train(true);
    // Averages over the last 100 of 600 full-batch steps.
    expect(plain.headAccuracy).toBeGreaterThan(0.95);
    expect(plain.domainLoss).toBeLessThan(0.3);
    expect(Math.abs(dann.headAccuracy - 0.5)).toBeLessThan(0.15);
    expect(Math.abs(dann.domainLoss - Math.LN2)).toBeLessThan(0.1);
    expect(dann.targetAccuracy).toBeGreaterThan(0.9);
  }, 120_000);

  it('explains bad input', () => {
    expect(() => dannModel({ inputShape: [2], features: [], labelHead: [], domainHead: [] })).toThrow(/dannModel: expected features to be a non-empty array of layers/);
    expect(() => dannLosses(tfl.sequential({ layers: [tfl.layers.dense({ units: 1, inputShape: [1] })] }))).toThrow(/dannLosses: expected the two-output model of dannModel\(\), got 1 outputs/);
  });
});
