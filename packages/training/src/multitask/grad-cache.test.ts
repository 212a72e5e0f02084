import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradCache } from '@layerkit/training';
import { maxRelativeError, randomValues } from '../test-utils.js';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Two towers (query, document) and the in-batch InfoNCE loss of their embeddings. */
function setup(rows: number, width = 64) {
  const query = [tf.variable(tf.mul(tf.tensor(randomValues(8 * width, 1), [8, width]), 0.3), true), tf.variable(tf.mul(tf.tensor(randomValues(width * 4, 2), [width, 4]), 0.3), true)];
  const documents = [tf.variable(tf.mul(tf.tensor(randomValues(8 * width, 3), [8, width]), 0.3), true), tf.variable(tf.mul(tf.tensor(randomValues(width * 4, 4), [width, 4]), 0.3), true)];
  const tower = (weights: tf.Variable[]) => (x: tf.Tensor) => tf.matMul(tf.tanh(tf.matMul(x, weights[0]!)), weights[1]!);
  const encoders = [tower(query), tower(documents)];
  const loss = ([q, d]: tf.Tensor[]) => {
    const logits = tf.matMul(q!, d!, false, true);
    return tf.losses.softmaxCrossEntropy(tf.oneHot(tf.range(0, rows, 1, 'int32'), rows), logits) as tf.Scalar;
  };
  const inputs = [tf.tensor(randomValues(rows * 8, 5), [rows, 8]), tf.tensor(randomValues(rows * 8, 6), [rows, 8])];
  return { variables: [...query, ...documents], encoders, loss, inputs };
}

describe('gradCache', () => {
  it('gives the full-batch loss and gradients (within 1e-5) and leaves only its results behind', () => {
    const { variables, encoders, loss, inputs } = setup(24);
    const full = tf.variableGrads(() => loss(encoders.map((encoder, index) => encoder(inputs[index]!))), variables);
    const before = tf.memory().numTensors;
    const cached = gradCache({ encoders, loss, subBatchSize: 5, variables }).gradients(inputs);
    expect(tf.memory().numTensors).toBe(before + 1 + variables.length);
    expect(Math.abs(cached.value.dataSync()[0]! - full.value.dataSync()[0]!)).toBeLessThan(1e-6);
    for (const variable of variables) {
      expect(maxRelativeError(cached.grads[variable.name]!.dataSync(), full.grads[variable.name]!.dataSync(), 1e-3)).toBeLessThan(1e-5);
    }
    tf.dispose([full.value, cached.value, ...Object.values(full.grads), ...Object.values(cached.grads), ...variables, ...inputs]);
  });

  it('peak memory at batch 256: plain backprop grows > 6× from batch 32, GradCache stays under a quarter of it', async () => {
    const peak = async (rows: number, cached: boolean) => {
      const { variables, encoders, loss, inputs } = setup(rows, 2048);
      const info = await tf.profile(() => {
        const result = cached
          ? gradCache({ encoders, loss, subBatchSize: 8, variables }).gradients(inputs)
          : tf.variableGrads(() => loss(encoders.map((encoder, index) => encoder(inputs[index]!))), variables);
        tf.dispose([result.value, ...Object.values(result.grads)]);
      });
      tf.dispose([...variables, ...inputs]);
      return info.peakBytes;
    };
    const plain = [await peak(32, false), await peak(256, false)];
    const cached = [await peak(32, true), await peak(256, true)];
    // Activations dominate plain backprop and grow with the batch; GradCache keeps one sub-batch
    // of activations, and what grows is the [n, n] similarity matrix of the loss.
    expect(plain[1]! / plain[0]!).toBeGreaterThan(6);
    expect(cached[1]! / plain[1]!).toBeLessThan(0.25);
  });

  it('explains bad input', () => {
    expect(() => gradCache({ encoders: [], loss: () => tf.scalar(0) })).toThrow(/gradCache: expected encoders to be a non-empty array/);
    expect(() => gradCache({ encoders: [(x) => x], loss: () => tf.scalar(0), subBatchSiz: 4 } as never)).toThrow(/unknown option 'subBatchSiz' \(did you mean 'subBatchSize'\?\)/);
    expect(() => gradCache({ encoders: [(x) => x], loss: () => tf.scalar(0) }).gradients([])).toThrow(/expected 1 input tensors \(one per encoder\), got 0/);
  });
});
