import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AdamW, TransformChain, adaptiveGradientClipping, gradientAccumulation, gradientClipping, gradientNoise, transformChain,
  type GradientTransform, type NamedGradient,
} from '@layerkit/training';
import { maxRelativeError, randomValues, saveToMemory, values } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function mlp(optimizer: tf.Optimizer, seed = 1) {
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({ units: 8, inputShape: [5], activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed }) }),
      tfl.layers.dense({ units: 3, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 }) }),
    ],
  });
  model.compile({ loss: 'meanSquaredError', optimizer });
  return model;
}

const data = () => ({ x: tf.tensor(randomValues(160, 3), [32, 5]), y: tf.tensor(randomValues(96, 4), [32, 3]) });

/** Records the order it runs in and multiplies every gradient by `factor`. */
function recorder(label: string, factor: number, log: string[]): GradientTransform {
  return {
    className: 'Recorder',
    apply: (gradients: NamedGradient[]) => {
      log.push(label);
      return { gradients: gradients.map(({ name, tensor }) => ({ name, tensor: tensor && tf.mul(tensor, factor) })) };
    },
    getConfig: () => ({ label, factor }),
  };
}

describe('TransformChain', () => {
  it('with no transforms reproduces the base optimizer bit for bit inside model.fit', async () => {
    const { x, y } = data();
    const chained = mlp(transformChain({ base: tf.train.adam(0.01) }));
    const plain = mlp(tf.train.adam(0.01));
    await chained.fit(x, y, { epochs: 3, batchSize: 8, shuffle: false, verbose: 0 });
    await plain.fit(x, y, { epochs: 3, batchSize: 8, shuffle: false, verbose: 0 });
    chained.getWeights().forEach((weight, index) => expect(values(weight)).toEqual(values(plain.getWeights()[index]!)));
    expect(values(chained.getWeights()[0]!)).not.toEqual(values(mlp(tf.train.adam(0.01)).getWeights()[0]!));
    chained.dispose();
    plain.dispose();
    tf.dispose([x, y]);
  });

  it('applies transforms in the declared order and reports what each did', () => {
    const log: string[] = [];
    const variable = tf.variable(tf.tensor([1, 1]), true, 'chain-order');
    const gradient = tf.tensor([3, 4]);
    const chain = new TransformChain({
      transforms: [recorder('double', 2, log), gradientClipping({ globalClipnorm: 5 }), recorder('half', 0.5, log)],
      base: tf.train.sgd(1),
    });
    chain.applyGradients({ [variable.name]: gradient });
    expect(log).toEqual(['double', 'half']);
    // [3, 4]·2 = [6, 8] (norm 10) → clipped to norm 5 → [3, 4] → halved → [1.5, 2]; θ = 1 − g.
    expect(maxRelativeError(variable.dataSync(), [-0.5, -1])).toBeLessThan(1e-7);
    const report = chain.lastReport!;
    expect(report.applied).toBe(true);
    expect(report.transforms.map(({ type }) => type)).toEqual(['Recorder', 'GradientClipping', 'Recorder']);
    expect(report.transforms[1]!['globalNorm']).toBeCloseTo(10, 5);
    expect(report.transforms[1]!['scale']).toBeCloseTo(0.5, 6);
    chain.dispose();
    tf.dispose([variable, gradient]);
  });

  it('saves every transform and the base optimizer with includeOptimizer, and resumes identically', async () => {
    const { x, y } = data();
    const make = () => transformChain({
      transforms: [gradientClipping({ clipnorm: 0.5 }), adaptiveGradientClipping({ clipFactor: 0.05, exclude: ['dense_1/'] }), gradientNoise({ eta: 0.01, seed: 3 }), gradientAccumulation({ steps: 2 })],
      base: new AdamW({ learningRate: 0.01, exclude: ['bias'] }),
    });
    const model = mlp(make());
    await model.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    // One more micro-batch so the accumulator holds a pending gradient when the model is saved.
    await model.fit(tf.slice(x, 0, 8), tf.slice(y, 0, 8), { epochs: 1, batchSize: 8, verbose: 0 });
    expect((model.optimizer as TransformChain).transforms[3]!).toMatchObject({ pending: 1 });
    const artifacts = await saveToMemory(model, true);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts));
    const chain = loaded.optimizer as TransformChain;
    expect(chain).toBeInstanceOf(TransformChain);
    expect(chain.getConfig()).toEqual((model.optimizer as TransformChain).getConfig());
    expect(chain.base).toBeInstanceOf(AdamW);
    expect(chain.transforms.map(({ className }) => className)).toEqual(['GradientClipping', 'AdaptiveGradientClipping', 'GradientNoise', 'GradientAccumulation']);
    expect(chain.transforms[3]!).toMatchObject({ pending: 1 });
    await model.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    await loaded.fit(x, y, { epochs: 2, batchSize: 8, shuffle: false, verbose: 0 });
    model.getWeights().forEach((weight, index) => expect(values(loaded.getWeights()[index]!)).toEqual(values(weight)));
    model.dispose();
    loaded.dispose();
    tf.dispose([x, y]);
  });

  it('gradient accumulation over k micro-batches updates like one batch of k·b (model.fit, mean loss)', async () => {
    const { x, y } = data();
    const accumulated = mlp(transformChain({ transforms: [gradientAccumulation({ steps: 4 })], base: tf.train.sgd(0.1) }));
    const large = mlp(tf.train.sgd(0.1));
    await accumulated.fit(x, y, { epochs: 1, batchSize: 8, shuffle: false, verbose: 0 });
    await large.fit(x, y, { epochs: 1, batchSize: 32, shuffle: false, verbose: 0 });
    const chain = accumulated.optimizer as TransformChain;
    expect(chain.iterations).toBe(4);
    expect(chain.base.iterations).toBe(1);
    accumulated.getWeights().forEach((weight, index) => {
      expect(maxRelativeError(weight.dataSync(), large.getWeights()[index]!.dataSync(), 1e-3)).toBeLessThan(1e-6);
    });
    expect(values(large.getWeights()[0]!)).not.toEqual(values(mlp(tf.train.sgd(0.1)).getWeights()[0]!));
    accumulated.dispose();
    large.dispose();
    tf.dispose([x, y]);
  });

  it('leaks no tensors across steps, report included', () => {
    const variable = tf.variable(tf.ones([4, 3]), true, 'chain-leak');
    const chain = transformChain({ transforms: [gradientClipping({ globalClipnorm: 1 }), adaptiveGradientClipping(), gradientNoise({ seed: 1 }), gradientAccumulation({ steps: 2 })] });
    const gradient = tf.ones([4, 3]);
    chain.applyGradients({ [variable.name]: gradient });
    chain.applyGradients({ [variable.name]: gradient });
    const before = tf.memory().numTensors;
    for (let step = 0; step < 4; step++) chain.applyGradients({ [variable.name]: gradient });
    void chain.lastReport;
    expect(tf.memory().numTensors).toBe(before);
    chain.dispose();
    tf.dispose([variable, gradient]);
  });

  it('explains bad transforms and options', () => {
    expect(() => transformChain({ transforms: [{}] as never })).toThrow(/TransformChain: transforms\[0\] is \{\}, not a gradient transform/);
    expect(() => transformChain({ transfroms: [] } as never)).toThrow(/unknown option 'transfroms' \(did you mean 'transforms'\?\)/);
    expect(() => transformChain({ transforms: [{ className: 'Nope', config: {} }] })).toThrow(/unknown gradient transform 'Nope'/);
    expect(() => transformChain({ base: 'adamw' })).toThrow(/unknown base optimizer 'adamw'/);
  });

  it('sets the base learning rate for schedules', () => {
    const chain = transformChain({ base: tf.train.sgd(0.1) });
    chain.learningRate = 0.25;
    expect(chain.learningRate).toBe(0.25);
    expect((chain.base as unknown as { learningRate: number }).learningRate).toBe(0.25);
    chain.dispose();
  });
});
