import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { GradNorm, MultiLossTrainer, gradNorm, gradNormUpdate, multiLossTrainer, pcgrad } from '@layerkit/training';
import { maxRelativeError, randomValues, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

/** PCGrad in float64 for a given projection order of each task. */
function pcgradReference(tasks: number[][], orders: number[][]): number[] {
  const projected = tasks.map((task, index) => {
    let current = [...task];
    for (const other of orders[index]!) {
      const reference = tasks[other]!;
      const product = dot(current, reference);
      if (product < 0) current = current.map((value, k) => value - (product / dot(reference, reference)) * reference[k]!);
    }
    return current;
  });
  return tasks[0]!.map((_, k) => projected.reduce((sum, task) => sum + task[k]!, 0));
}

/** Splits a flat gradient into two "variables" of sizes 2 and 1, as tensors. */
const asLists = (tasks: number[][]) => tasks.map((task) => [tf.tensor(task.slice(0, 2)), tf.tensor(task.slice(2))]);

describe('pcgrad', () => {
  it('removes the conflicting component of two tasks: g1′·g2 = 0 and g2′·g1 = 0', () => {
    const tasks = [[1, 0, 2], [-1, 1, -1]];
    const combined = tf.tidy(() => pcgrad({ seed: 1 }).combine(asLists(tasks)).gradients.map((gradient) => values(gradient!)).flat());
    const g1 = tasks[0]!.map((value, k) => value - (dot(tasks[0]!, tasks[1]!) / dot(tasks[1]!, tasks[1]!)) * tasks[1]![k]!);
    const g2 = tasks[1]!.map((value, k) => value - (dot(tasks[0]!, tasks[1]!) / dot(tasks[0]!, tasks[0]!)) * tasks[0]![k]!);
    expect(Math.abs(dot(g1, tasks[1]!))).toBeLessThan(1e-12);
    expect(maxRelativeError(combined, g1.map((value, k) => value + g2[k]!))).toBeLessThan(1e-6);
    // The surgery is what the step applies: the sum of the projected gradients is not the plain sum.
    expect(maxRelativeError(combined, [0, 1, 1])).toBeGreaterThan(0.1);
  });

  it('passes non-conflicting gradients unchanged and matches the float64 rule for three tasks, deterministically per seed', () => {
    const agreeing = [[1, 2, 0], [0.5, 0, 1]];
    const plain = tf.tidy(() => pcgrad().combine(asLists(agreeing)).gradients.map((gradient) => values(gradient!)).flat());
    expect(plain).toEqual([1.5, 2, 1]);
    const tasks = [randomValues(3, 1), randomValues(3, 2).map((value) => -value), randomValues(3, 3)];
    const run = (seed: number) => tf.tidy(() => pcgrad({ seed }).combine(asLists(tasks)).gradients.map((gradient) => values(gradient!)).flat());
    const first = run(7);
    expect(run(7)).toEqual(first);
    // Some order of the other tasks gives exactly this result in float64.
    const permutations = (items: number[]): number[][] => (items.length <= 1 ? [items] : items.flatMap((item, index) => permutations(items.filter((_, k) => k !== index)).map((rest) => [item, ...rest])));
    const candidates: number[][] = [];
    for (const a of permutations([1, 2])) for (const b of permutations([0, 2])) for (const c of permutations([0, 1])) candidates.push(pcgradReference(tasks, [a, b, c]));
    expect(Math.min(...candidates.map((candidate) => maxRelativeError(first, candidate, 1e-3)))).toBeLessThan(1e-5);
    // The tasks conflict, so surgery changed something.
    expect(maxRelativeError(first, tasks[0]!.map((_, k) => tasks[0]![k]! + tasks[1]![k]! + tasks[2]![k]!), 1e-3)).toBeGreaterThan(1e-3);
  });

  it('rejects unknown options with a suggestion', () => {
    expect(() => pcgrad({ sed: 1 } as never)).toThrow(/pcgrad: unknown option 'sed' \(did you mean 'seed'\?\)/);
    expect(() => pcgrad({ reduction: 'avg' as never })).toThrow(/pcgrad: expected reduction to be one of 'sum', 'mean', got 'avg'/);
  });
});

describe('gradNorm', () => {
  it('reproduces the catalog oracle: targets [3.0792014, 1.0886621], dL/dw = [-1, 3], w = [1.0512821, 0.9487179]', () => {
    const state = { weights: [1, 1], initialLosses: [1, 1] };
    const step = gradNormUpdate(state, { gradientNorms: [1, 3], losses: [0.5, 0.25], alpha: 1.5, weightLearningRate: 0.025 });
    expect(step.ratios[0]).toBeCloseTo(4 / 3, 12);
    expect(step.targets[0]).toBeCloseTo(3.0792014, 7);
    expect(step.targets[1]).toBeCloseTo(1.0886621, 7);
    expect(step.weightGradients).toEqual([-1, 3]);
    expect(step.weights[0]).toBeCloseTo(1.0512821, 7);
    expect(step.weights[1]).toBeCloseTo(0.9487179, 7);
    expect(step.weights[0]! + step.weights[1]!).toBeCloseTo(2, 14);
  });

  it('steps the network on Σ w_i·∇L_i with the weights from before the update, and keeps Σ w = T', () => {
    const shared = tf.variable(tf.tensor([[0.5, -0.3], [0.2, 0.8]]), true, 'gradnorm-shared');
    const heads = [tf.variable(tf.tensor([[1], [2]]), true, 'gradnorm-head-0'), tf.variable(tf.tensor([[-3], [1]]), true, 'gradnorm-head-1')];
    const x = tf.tensor(randomValues(8, 4), [4, 2]);
    const targets = [tf.tensor(randomValues(4, 5), [4, 1]), tf.tensor(randomValues(4, 6).map((value) => 10 * value), [4, 1])];
    const losses = () => {
      const hidden = tf.tanh(tf.matMul(x, shared));
      return heads.map((head, task) => tf.mean(tf.square(tf.sub(tf.matMul(hidden, head), targets[task]!))) as tf.Scalar);
    };
    const combiner = gradNorm({ shared, alpha: 0.12 });
    const trainer = multiLossTrainer({ variables: [shared, ...heads], losses, combiner, optimizer: tf.train.sgd(0.01) });
    const before = tf.memory().numTensors;
    for (let step = 0; step < 5; step++) {
      const weights = [...(step === 0 ? [1, 1] : combiner.weights)];
      // Expected update of the shared kernel: −lr·Σ w_i ∇_W L_i with the pre-step weights.
      const expected = tf.tidy(() => {
        const gradients = [0, 1].map((task) => tf.grad(() => losses()[task]!)(shared) as tf.Tensor);
        return tf.sub(shared, tf.mul(0.01, tf.add(tf.mul(gradients[0]!, weights[0]!), tf.mul(gradients[1]!, weights[1]!))));
      });
      const result = trainer.trainOnBatch(x);
      expect(result.report).toEqual({ weight_0: weights[0], weight_1: weights[1] });
      expect(maxRelativeError(shared.dataSync(), expected.dataSync())).toBeLessThan(1e-6);
      expected.dispose();
      expect(combiner.weights[0]! + combiner.weights[1]!).toBeCloseTo(2, 12);
    }
    expect(tf.memory().numTensors).toBe(before);
    // Task 1's gradient at W is the larger one, so its weight falls below 1.
    expect(combiner.weights[1]).toBeLessThan(1);
    expect(() => gradNorm({} as never)).toThrow(/gradNorm: expected shared to be the last shared layer's kernel/);
    expect(() => gradNorm({ shared, alhpa: 1 } as never)).toThrow(/did you mean 'alpha'/);
    tf.dispose([shared, ...heads, x, ...targets]);
  });

  it('adam weight optimizer follows torch.optim.Adam on the weights', () => {
    const state = { weights: [1, 1], initialLosses: [1, 1] };
    const step = gradNormUpdate(state, { gradientNorms: [1, 3], losses: [0.5, 0.25], alpha: 1.5, weightLearningRate: 0.025, weightOptimizer: 'adam' });
    // First Adam step moves each weight by lr·sign(gradient) (up to ε): [1.025, 0.975], sum 2 already.
    expect(step.weights[0]).toBeCloseTo(1.025, 6);
    expect(step.weights[1]).toBeCloseTo(0.975, 6);
    expect(new GradNorm({ shared: 'w', weightOptimizer: 'adam' }).getConfig()).toEqual({ shared: 'w', alpha: 1.5, weightLearningRate: 0.025, weightOptimizer: 'adam' });
  });
});

describe('multiLossTrainer', () => {
  const build = (optimizer: tf.Optimizer) => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({ units: 6, inputShape: [3], activation: 'tanh', kernelInitializer: tfl.initializers.glorotUniform({ seed: 11 }) }),
        tfl.layers.dense({ units: 2, kernelInitializer: tfl.initializers.glorotUniform({ seed: 12 }) }),
      ],
    });
    model.compile({ optimizer, loss: 'meanSquaredError' });
    return model;
  };

  it('with one loss and the sum combiner equals model.fit step for step', async () => {
    const x = tf.tensor(randomValues(48, 21), [16, 3]);
    const y = tf.tensor(randomValues(32, 22), [16, 2]);
    const reference = build(tf.train.adam(0.01));
    await reference.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    const model = build(tf.train.adam(0.01));
    const mse = (truth: tf.Tensor, prediction: tf.Tensor) => tf.mean(tf.mean(tf.square(tf.sub(prediction, truth)), -1)) as tf.Scalar;
    const trainer = new MultiLossTrainer({ model, losses: (inputs, targets) => [mse(targets as tf.Tensor, model.apply(inputs, { training: true }) as tf.Tensor)] });
    const seen: number[] = [];
    const callbacks = [{ onBatchEnd: (_batch: number, logs?: tfl.Logs) => void seen.push(logs!['loss_0'] as number) }];
    await trainer.fit(x, y, { epochs: 1, batchSize: 8, callbacks });
    // The second epoch runs after Adam has made its slots: nothing else may stay behind.
    const before = tf.memory().numTensors;
    const history = await trainer.fit(x, y, { epochs: 1, batchSize: 8, callbacks });
    expect(tf.memory().numTensors).toBe(before);
    expect(seen).toHaveLength(4);
    expect(history.history['loss']).toHaveLength(1);
    reference.getWeights().forEach((weight, index) => {
      expect(values(model.getWeights()[index]!)).toEqual(values(weight));
    });
    tf.dispose([x, y]);
  });

  it('combines two task losses with PCGrad inside fit and logs each task', async () => {
    const model = build(tf.train.sgd(0.1));
    const x = tf.tensor(randomValues(30, 31), [10, 3]);
    const y = tf.tensor(randomValues(20, 32), [10, 2]);
    const losses = (inputs: tf.Tensor | tf.Tensor[], targets?: tf.Tensor | tf.Tensor[]) => {
      const prediction = model.apply(inputs, { training: true }) as tf.Tensor;
      const truth = targets as tf.Tensor;
      // Two tasks that pull the second output in opposite directions.
      return [tf.mean(tf.square(tf.sub(prediction, truth))) as tf.Scalar, tf.mean(tf.square(tf.add(tf.slice(prediction, [0, 1], [-1, 1]), 1))) as tf.Scalar];
    };
    const trainer = multiLossTrainer({ model, losses, combiner: pcgrad({ seed: 3 }) });
    const history = await trainer.fit(x, y, { epochs: 3, batchSize: 5 });
    expect(Object.keys(history.history).sort()).toEqual(['loss', 'loss_0', 'loss_1']);
    expect(history.history['loss']![2]!).toBeLessThan(history.history['loss']![0]!);
    tf.dispose([x, y]);
  });

  it('explains bad input', () => {
    const variable = tf.variable(tf.scalar(1), true, 'trainer-errors');
    expect(() => multiLossTrainer({ losses: () => [], variables: [variable], combinr: 'sum' } as never)).toThrow(/multiLossTrainer: unknown option 'combinr' \(did you mean 'combiner'\?\)/);
    expect(() => multiLossTrainer({ variables: [variable] } as never)).toThrow(/expected losses to be a function/);
    expect(() => multiLossTrainer({ losses: () => [] })).toThrow(/got neither a model nor variables/);
    expect(() => multiLossTrainer({ losses: () => [], variables: [variable], combiner: 'gradnorm' as never })).toThrow(/GradNorm needs its shared kernel/);
    const trainer = multiLossTrainer({ losses: () => [tf.mul(variable, tf.ones([2])) as never], variables: [variable], optimizer: 'sgd' });
    expect(() => trainer.trainOnBatch(tf.zeros([1]))).toThrow(/expected the losses function to return a non-empty array of scalar tensors, got \[a tensor of shape \[2\]\]/);
    variable.dispose();
  });
});
