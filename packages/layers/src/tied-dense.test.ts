// TiedDense: one shared variable (weights and tf.memory count), its gradient is the sum of the
// input-side and output-side gradients, logits equal h·Eᵀ + b, the tie survives save → load
// (the loaded model still has one matrix, and training moves both uses), leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { TiedDense } from '@layerkit/layers';
import { maxRelativeError, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

function languageModel(names: { embedding: string; output: string }) {
  const tokens = tfl.input({ shape: [3], dtype: 'int32' });
  const embedding = tfl.layers.embedding({ inputDim: 7, outputDim: 4, name: names.embedding });
  const h = tfl.layers.dense({ units: 4, activation: 'tanh' }).apply(embedding.apply(tokens)) as tfl.SymbolicTensor;
  const logits = new TiedDense({ embedding, name: names.output, biasInitializer: 'randomNormal' }).apply(h) as tfl.SymbolicTensor;
  return { model: tfl.model({ inputs: tokens, outputs: logits }), embedding };
}

describe('TiedDense', () => {
  it('shares exactly one variable: the model holds one [7, 4] matrix, and logits are h·Eᵀ + b', () => {
    const { model, embedding } = languageModel({ embedding: 'emb_a', output: 'tied_a' });
    const matrices = model.weights.filter((w) => w.shape.length === 2 && w.shape[0] === 7);
    expect(matrices.map((w) => w.originalName)).toEqual(['emb_a/embeddings']);
    expect(model.getLayer('tied_a').weights.map((w) => [w.originalName, w.shape])).toEqual([['tied_a/bias', [7]]]);
    const layer = model.getLayer('tied_a');
    const h = tf.tensor([[0.5, -1, 2, 0.25]]);
    const logits = layer.apply(h) as tf.Tensor;
    const E = embedding.getWeights()[0]!;
    const b = layer.getWeights()[0]!;
    expect(maxRelativeError(logits.dataSync(), tf.add(tf.matMul(h, E, false, true), b).dataSync(), 0.1)).toBeLessThan(1e-6);
  });

  it("the shared matrix's gradient is the sum of the embedding-side and output-side gradients", () => {
    const embedding = tfl.layers.embedding({ inputDim: 5, outputDim: 3 });
    const tokens = tf.tensor([[1, 3], [4, 1]], undefined, 'int32');
    embedding.apply(tokens);
    const tied = new TiedDense({ embedding, useBias: false });
    const E = embedding.weights[0]!;
    const probe = (t: tf.Tensor) => tf.mul(t, tf.reshape(tf.linspace(-1, 1, t.size), t.shape));
    const both = tf.variableGrads(() => tf.sum(probe(tied.apply(embedding.apply(tokens)) as tf.Tensor)) as tf.Scalar).grads[E.name]!;
    const inputSide = tf.variableGrads(() => {
      const constant = tf.tensor(E.read().dataSync(), [5, 3]);
      const h = embedding.apply(tokens) as tf.Tensor;
      return tf.sum(probe(tf.reshape(tf.matMul(tf.reshape(h, [-1, 3]), constant, false, true), [2, 2, 5]))) as tf.Scalar;
    }).grads[E.name]!;
    const outputSide = tf.variableGrads(() => {
      const h = tf.tensor((embedding.apply(tokens) as tf.Tensor).dataSync(), [2, 2, 3]);
      return tf.sum(probe(tied.apply(h) as tf.Tensor)) as tf.Scalar;
    }).grads[E.name]!;
    expect(maxRelativeError(both.dataSync(), tf.add(inputSide, outputSide).dataSync(), 0.1)).toBeLessThan(1e-6);
    expect(maxRelativeError(both.dataSync(), outputSide.dataSync(), 0.1)).toBeGreaterThan(1e-3);
  });

  it('keeps the tie through save → load: identical predictions, still one matrix, training moves both uses', async () => {
    const { model } = languageModel({ embedding: 'emb_b', output: 'tied_b' });
    const tokens = tf.tensor([[1, 2, 3], [4, 5, 6]], undefined, 'int32');
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(tokens) as tf.Tensor)).toEqual(values(model.predict(tokens) as tf.Tensor));
    expect(loaded.weights.filter((w) => w.shape.length === 2 && w.shape[0] === 7)).toHaveLength(1);
    loaded.compile({ optimizer: tf.train.sgd(0.5), loss: 'sparseCategoricalCrossentropy' });
    const before = values(loaded.getLayer('emb_b').getWeights()[0]!);
    await loaded.fit(tokens, tf.tensor([[[2], [2], [2]], [[5], [5], [5]]]), { epochs: 1, verbose: 0 });
    const after = loaded.getLayer('emb_b').getWeights()[0]!;
    expect(values(after)).not.toEqual(before);
    // The output layer reads the very same (updated) matrix.
    const h = tf.tensor([[1, 0, 0, 0]]);
    expect(values(loaded.getLayer('tied_b').apply(h) as tf.Tensor)).toEqual(values(tf.add(tf.matMul(h, after, false, true), loaded.getLayer('tied_b').getWeights()[0]!)));
  });

  it('leaks nothing; rejects unknown options, non-embedding layers and missing ties with what to do', () => {
    const embedding = tfl.layers.embedding({ inputDim: 5, outputDim: 3 });
    embedding.apply(tf.tensor([[1]], undefined, 'int32'));
    const layer = new TiedDense({ embedding, name: 'td' });
    const h = tf.ones([2, 3]);
    layer.apply(h);
    const start = tf.memory().numTensors;
    tf.dispose(layer.apply(h) as tf.Tensor);
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new TiedDense({ embedding, useBais: false } as never)).toThrow("TiedDense: unknown option 'useBais' (did you mean 'useBias'?)");
    expect(() => new TiedDense({ embedding: tfl.layers.dense({ units: 2 }) })).toThrow('TiedDense: expected an Embedding layer to tie to, got Dense');
    expect(() => layer.apply(tf.ones([2, 4]))).toThrow("TiedDense 'td': expected inputs of the embedding's width 3, got [2, 4]");
    expect(() => new TiedDense({ embedding: 'nowhere', name: 'td2' }).apply(tfl.input({ shape: [3] }))).toThrow("TiedDense 'td2': expected the Embedding layer 'nowhere' upstream of its input, found none");
  });
});
