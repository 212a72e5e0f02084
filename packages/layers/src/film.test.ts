// FiLM: the catalog oracles (zero heads are the identity with deltaGamma, γ = 0 leaves β), a
// float64 reference, gradients, fit with a conditioning input, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { FiLM } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

function reference(features: ArrayLike<number>, conditioning: ArrayLike<number>, B: number, P: number, C: number, D: number, kernel: ArrayLike<number>, bias: ArrayLike<number>, deltaGamma: boolean): Float64Array {
  const head = matMul64(conditioning, kernel, B, D, 2 * C);
  const out = new Float64Array(B * P * C);
  for (let b = 0; b < B; b++) for (let p = 0; p < P; p++) for (let c = 0; c < C; c++) {
    const gamma = head[b * 2 * C + c]! + bias[c]! + (deltaGamma ? 1 : 0);
    const beta = head[b * 2 * C + C + c]! + bias[C + c]!;
    out[(b * P + p) * C + c] = gamma * features[(b * P + p) * C + c]! + beta;
  }
  return out;
}

describe('FiLM', () => {
  it.each([true, false])('deltaGamma %s: matches the float64 reference within 1e-5 (+1e-6 absolute) on [2, 3, 4, 5] features', (deltaGamma) => {
    const layer = new FiLM({ deltaGamma, biasInitializer: 'randomNormal' });
    const features = randomTensor([2, 3, 4, 5], 1);
    const conditioning = randomTensor([2, 6], 2);
    const output = layer.apply([features, conditioning]) as tf.Tensor;
    const [kernel, bias] = layer.getWeights();
    expect(maxRelativeError(output.dataSync(), reference(features.dataSync(), conditioning.dataSync(), 2, 12, 5, 6, kernel!.dataSync(), bias!.dataSync(), deltaGamma), 0.1)).toBeLessThan(1e-5);
  });

  it('zero heads make it the identity (deltaGamma); γ = 0 removes the feature map, leaving β', () => {
    const features = randomTensor([2, 4, 3], 11);
    const conditioning = randomTensor([2, 5], 12);
    const identity = new FiLM({ kernelInitializer: 'zeros' });
    expect(values(identity.apply([features, conditioning]) as tf.Tensor)).toEqual(values(features));
    const removed = new FiLM({ deltaGamma: false, kernelInitializer: 'zeros' });
    removed.apply([features, conditioning]);
    removed.setWeights([tf.zeros([5, 6]), tf.tensor([0, 0, 0, 1, 2, 3])]);
    expect(values(removed.apply([features, conditioning]) as tf.Tensor)).toEqual(Array.from({ length: 8 }, () => [1, 2, 3]).flat());
  });

  it('gradients to features and conditioning match finite differences of the float64 reference', () => {
    const layer = new FiLM({ biasInitializer: 'randomNormal' });
    const features = randomTensor([2, 3, 4], 21);
    const conditioning = randomTensor([2, 3], 22);
    layer.apply([features, conditioning]);
    const [kernel, bias] = layer.getWeights().map((w) => w.dataSync());
    const probe = randomValues(24, 23);
    const loss = (f: ArrayLike<number>, z: ArrayLike<number>) => reference(f, z, 2, 3, 4, 3, kernel!, bias!, true).reduce((a, o, i) => a + o * probe[i]!, 0);
    const [dFeatures, dConditioning] = tf.grads((f: tf.Tensor, z: tf.Tensor) => tf.sum(tf.mul(layer.apply([f, z]) as tf.Tensor, tf.tensor(probe, [2, 3, 4]))))([features, conditioning]);
    expect(maxRelativeError(dFeatures!.dataSync(), finiteDifferences((f) => loss(f, conditioning.dataSync()), features.dataSync()))).toBeLessThan(1e-3);
    expect(maxRelativeError(dConditioning!.dataSync(), finiteDifferences((z) => loss(features.dataSync(), z), conditioning.dataSync()))).toBeLessThan(1e-3);
  });

  it('learns a conditioned map in a functional model, saves and loads with identical predictions, leaks nothing', async () => {
    const image = tfl.input({ shape: [4, 2] });
    const condition = tfl.input({ shape: [3] });
    const modulated = new FiLM({ name: 'film' }).apply([image, condition]) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: [image, condition], outputs: modulated });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([32, 4, 2], 31);
    const z = randomTensor([32, 3], 32);
    // Target: features scaled by 1 + z0 and shifted by z1.
    const y = tf.tidy(() => tf.add(tf.mul(x, tf.reshape(tf.add(tf.slice(z, [0, 0], [32, 1]), 1), [32, 1, 1])), tf.reshape(tf.slice(z, [0, 1], [32, 1]), [32, 1, 1])));
    const history = await model.fit([x, z], y, { epochs: 40, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.2);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict([x, z]) as tf.Tensor)).toEqual(values(model.predict([x, z]) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(model.predict([x, z]) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('rejects unknown options with a suggestion and wrong inputs with what to do', () => {
    expect(() => new FiLM({ deltagamma: true } as never)).toThrow("FiLM: unknown option 'deltagamma' (did you mean 'deltaGamma'?)");
    expect(() => new FiLM({ name: 'f' }).apply(tf.zeros([2, 3]))).toThrow("FiLM 'f': expected two inputs [features, conditioning], got one input of shape [2, 3]");
    expect(() => new FiLM({ name: 'f' }).apply([tf.zeros([2, 3, 4]), tf.zeros([2, 3, 5])])).toThrow("FiLM 'f': expected a conditioning vector [batch, size], got [2, 3, 5]");
    expect(() => new FiLM({ name: 'f' }).apply([tf.zeros([2, 3, 4]), tf.zeros([3, 5])])).toThrow('expected features and conditioning of one batch, got 2 and 3');
  });
});
