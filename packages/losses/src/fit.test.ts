// model.fit(x, y) with every compile-form loss whose targets are not shaped like the model's
// output, called exactly as tfjs users call it: the first epoch's loss (one batch) equals the op
// on the untrained model's predictions, training is finite and lowers the loss, and tfjs's own
// target check still applies to every other loss and output.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  capsuleMarginLoss, CenterLoss, EarlyLearningRegularization, flooding, focalLoss, hlGaussLoss, iConLoss, infoNce, knowledgeDistillation,
  matryoshkaLoss, ntXentLoss, packDistillationTargets, pinballLoss, sparseCategoricalCrossentropy, supConLoss, tripletLoss, twoHotLoss,
  type LossFunction,
} from '@layerkit/losses';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const BATCH = 8;
const FEATURES = 4;

/** One Dense layer (plus an optional reshape) with a seeded initializer, so every run starts alike. */
function denseModel(units: number, reshape?: number[]): tfl.Sequential {
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units, inputShape: [FEATURES], kernelInitializer: tfl.initializers.glorotNormal({ seed: 3 }) })] });
  if (reshape) model.add(tfl.layers.reshape({ targetShape: reshape }));
  return model;
}

const labels = [0, 1, 2, 0, 1, 2, 0, 1];
const oneHotLabels = () => tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 3), 'float32'));

interface FitCase {
  readonly label: string;
  readonly units: number;
  readonly reshape?: number[];
  readonly targets: () => tf.Tensor;
  /** The compile-form loss; called twice, so stateful losses get two instances with equal state. */
  readonly loss: () => LossFunction;
  readonly learningRate?: number;
  /** Each call updates the loss's state (centres, target buffer), so model.evaluate is skipped. */
  readonly stateful?: boolean;
}

const CASES: readonly FitCase[] = [
  { label: 'sparseCategoricalCrossentropy, int32 labels [batch]', units: 3, targets: () => tf.tensor1d(labels, 'int32'), loss: () => sparseCategoricalCrossentropy({ fromLogits: true }) },
  { label: 'sparseCategoricalCrossentropy, float labels [batch, 1], ignoreClass', units: 3, targets: () => tf.tensor2d([0, 1, 2, 0, 1, 2, 0, 9], [BATCH, 1]), loss: () => sparseCategoricalCrossentropy({ fromLogits: true, ignoreClass: 9 }) },
  {
    label: 'knowledgeDistillation, packed [oneHot | teacher logits]', units: 3,
    targets: () => packDistillationTargets(oneHotLabels(), tf.randomNormal([BATCH, 3], 0, 2, 'float32', 5)),
    loss: () => knowledgeDistillation({ temperature: 2 }),
  },
  { label: 'supConLoss, labels [batch]', units: 4, targets: () => tf.tensor1d(labels), loss: () => supConLoss({ temperature: 0.5 }) },
  { label: 'tripletLoss, labels [batch, 1]', units: 2, targets: () => tf.tensor2d(labels, [BATCH, 1]), loss: () => tripletLoss({ margin: 1 }) },
  { label: 'iConLoss, pair ids [batch]', units: 4, targets: () => tf.tensor1d([0, 0, 1, 1, 2, 2, 3, 3]), loss: () => iConLoss() },
  { label: 'infoNce, y ignored', units: 6, targets: () => tf.zeros([BATCH, 1]), loss: () => infoNce({ temperature: 0.5 }) },
  { label: 'ntXentLoss, y ignored', units: 4, targets: () => tf.zeros([BATCH, 1]), loss: () => ntXentLoss() },
  { label: 'hlGaussLoss, values [batch, 1]', units: 10, targets: () => tf.tensor2d([-0.5, 0.2, 1.5, 0.9, -1.2, 0.4, 3, -4], [BATCH, 1]), loss: () => hlGaussLoss({ vMin: -2, vMax: 2, numBins: 10 }) },
  { label: 'twoHotLoss, values [batch]', units: 10, targets: () => tf.tensor1d([-0.5, 0.2, 1.5, 0.9, -1.2, 0.4, 1.9, -1.9]), loss: () => twoHotLoss({ vMin: -2, vMax: 2, numBins: 10 }) },
  { label: 'pinballLoss, three quantiles against [batch, 1]', units: 3, targets: () => tf.randomNormal([BATCH, 1], 0, 1, 'float32', 6), loss: () => pinballLoss({ tau: [0.1, 0.5, 0.9] }) },
  {
    label: 'matryoshkaLoss, one-hot [batch, 3] for 2 prefixes', units: 6,
    targets: () => oneHotLabels(), loss: () => matryoshkaLoss({ numClasses: 3 }),
  },
  {
    label: 'capsuleMarginLoss, one-hot [batch, 3] for capsule vectors [batch, 3, 2]', units: 6, reshape: [3, 2],
    targets: () => oneHotLabels(), loss: () => capsuleMarginLoss(),
  },
  {
    label: 'EarlyLearningRegularization#asLoss, [oneHot | sampleId]', units: 3,
    targets: () => tf.concat([oneHotLabels(), tf.tensor2d([0, 1, 2, 3, 4, 5, 6, 7], [BATCH, 1])], 1),
    loss: () => new EarlyLearningRegularization({ numExamples: BATCH, numClasses: 3 }).asLoss(), stateful: true,
  },
  {
    label: 'CenterLoss#asLoss, labels [batch]', units: 4, targets: () => tf.tensor1d(labels),
    loss: () => new CenterLoss({ numClasses: 3, featureSize: 4, lambda: 1 }).asLoss(), stateful: true,
  },
  { label: 'flooding around sparseCategoricalCrossentropy', units: 3, targets: () => tf.tensor1d(labels, 'int32'), loss: () => flooding(sparseCategoricalCrossentropy({ fromLogits: true }), { floodLevel: 0.01 }) },
];

describe('model.fit(x, y) with targets of their own layout', () => {
  it.each(CASES.map((testCase) => [testCase.label, testCase] as const))('%s', async (_label, testCase) => {
    const model = denseModel(testCase.units, testCase.reshape);
    const x = tf.randomNormal([BATCH, FEATURES], 0, 1, 'float32', 4);
    const y = testCase.targets();
    const expected = tf.tidy(() => testCase.loss()(y, model.predict(x) as tf.Tensor).dataSync()[0]!);
    model.compile({ loss: testCase.loss(), optimizer: tf.train.sgd(testCase.learningRate ?? 0.05) });
    if (!testCase.stateful) {
      const evaluated = tf.tidy(() => (model.evaluate(x, y) as tf.Scalar).dataSync()[0]!);
      expect(Math.abs(evaluated - expected), `evaluate ${evaluated} vs ${expected}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected)));
    }
    const history = await model.fit(x, y, { epochs: 6, batchSize: BATCH, shuffle: false, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(Number.isFinite(expected)).toBe(true);
    // One batch per epoch: epoch 1's loss is the op on the untrained model's predictions.
    expect(Math.abs(losses[0]! - expected), `${losses[0]} vs ${expected}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected)));
    for (const value of losses) expect(Number.isFinite(value)).toBe(true);
    expect(losses.at(-1)!).toBeLessThan(losses[0]!);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('a wrongly shaped y reaches the loss, which names what it expected', async () => {
    const model = denseModel(3);
    model.compile({ loss: sparseCategoricalCrossentropy({ fromLogits: true }), optimizer: 'sgd' });
    await expect(model.fit(tf.ones([BATCH, FEATURES]), tf.ones([BATCH, 2]), { epochs: 1, verbose: 0 }))
      .rejects.toThrow(/sparseCategoricalCrossentropy: expected integer labels of shape \[8\] \(or with a trailing 1\) for yPred \[8, 3\], got yTrue \[8, 2\]/);
  });

  it('tfjs still checks y for its own losses and for layerkit losses shaped like the output', async () => {
    for (const loss of ['meanSquaredError', focalLoss()]) {
      const model = denseModel(3);
      model.compile({ loss: loss as Parameters<tfl.LayersModel['compile']>[0]['loss'], optimizer: 'sgd' });
      await expect(model.fit(tf.ones([BATCH, FEATURES]), tf.ones([BATCH, 1]), { epochs: 1, verbose: 0 }))
        .rejects.toThrow(/expected a batch of elements where each example has shape \[3\]/);
    }
  });

  it('in a two-output model only the output whose loss has its own layout is exempt', async () => {
    const input = tfl.input({ shape: [FEATURES] });
    const logits = tfl.layers.dense({ units: 3, name: 'logits' }).apply(input) as tfl.SymbolicTensor;
    const value = tfl.layers.dense({ units: 2, name: 'value' }).apply(input) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: input, outputs: [logits, value] });
    // tfjs's types want one kind of entry per array; at run time each entry is resolved on its own.
    model.compile({ loss: [sparseCategoricalCrossentropy({ fromLogits: true }), 'meanSquaredError'] as never, optimizer: 'sgd' });
    const x = tf.ones([BATCH, FEATURES]);
    const classes = tf.tensor1d(labels, 'int32');
    await expect(model.fit(x, [classes, tf.ones([BATCH, 1])], { epochs: 1, verbose: 0 })).rejects.toThrow(/expected a batch of elements where each example has shape \[2\]/);
    const history = await model.fit(x, [classes, tf.ones([BATCH, 2])], { epochs: 2, verbose: 0 });
    expect(Number.isFinite(history.history.loss![1] as number)).toBe(true);
    // The exemption lasts one call: the model's own record of its output shapes is untouched.
    expect((model as unknown as { feedOutputShapes: unknown[] }).feedOutputShapes).toEqual([[null, 3], [null, 2]]);
  });
});
