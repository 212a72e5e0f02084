// The Pre-LN → Pre-RMSNorm → Pre-CRMSNorm conversion on a toy Pre-LN residual model (token and
// position embeddings, two MLP blocks, a final norm and head): the same logits, within float32
// rounding, and a negative control without centring.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { centreWriter, compressReader, compressWriter, crmsNorm, foldNormAffine, layerNorm, rmsNorm } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const d = 8;
const epsilon = 1e-5;
let seed = 20;
const normal = (shape: number[], scale = 1) => tf.randomNormal(shape, 0, scale, 'float32', seed++);

interface Block { gamma: tf.Tensor; beta: tf.Tensor; w1: tf.Tensor; b1: tf.Tensor; w2: tf.Tensor; b2: tf.Tensor }
const model = {
  tokens: normal([11, d]),
  positions: normal([5, d], 0.5),
  blocks: [0, 1].map((): Block => ({
    gamma: tf.add(1, normal([d], 0.3)), beta: normal([d], 0.3), w1: normal([d, 16], 0.4), b1: normal([16], 0.1), w2: normal([16, d], 0.4), b2: normal([d], 0.1),
  })),
  final: { gamma: tf.add(1, normal([d], 0.3)), beta: normal([d], 0.3) },
  head: { kernel: normal([d, 11], 0.4), bias: normal([11], 0.1) },
};
const ids = tf.tensor2d([[1, 4, 7, 2, 9], [10, 0, 3, 3, 5]], [2, 5], 'int32');
const embed = (tokens: tf.Tensor, positions: tf.Tensor) => tf.add(tf.gather(tokens, ids), positions);

/** Logits of the Pre-LN model: h += W2·relu(W1·LN(h) + b1) + b2 per block; LN, then the head. */
function preLn(): tf.Tensor {
  let h = embed(model.tokens, model.positions);
  for (const b of model.blocks) h = tf.add(h, tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(layerNorm(h, b.gamma, b.beta, { epsilon }), b.w1), b.b1)), b.w2), b.b2));
  return tf.add(tf.matMul(layerNorm(h, model.final.gamma, model.final.beta, { epsilon }), model.head.kernel), model.head.bias);
}

/** Affine folded into the readers; writers centred unless told not to. */
function converted(centre: boolean) {
  const writer = (kernel: tf.Tensor, bias: tf.Tensor | null = null) => (centre ? centreWriter({ kernel, bias }) : { kernel, bias });
  return {
    tokens: writer(model.tokens).kernel,
    positions: writer(model.positions).kernel,
    blocks: model.blocks.map((b) => ({ reader: foldNormAffine(b, { kernel: b.w1, bias: b.b1 }), writer: writer(b.w2, b.b2) })),
    head: foldNormAffine(model.final, model.head),
  };
}

/** The same network with RMSNorm (or CRMSNorm on d − 1 coordinates) and no affine. */
function preRms(weights: ReturnType<typeof converted>, norm: (h: tf.Tensor) => tf.Tensor): tf.Tensor {
  let h = embed(weights.tokens, weights.positions);
  for (const { reader, writer } of weights.blocks) {
    h = tf.add(h, tf.add(tf.matMul(tf.relu(tf.add(tf.matMul(norm(h), reader.kernel), reader.bias)), writer.kernel), writer.bias!));
  }
  return tf.add(tf.matMul(norm(h), weights.head.kernel), weights.head.bias);
}

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0];

test('Pre-RMSNorm (affine folded, writers centred, LayerNorm → RMSNorm with the same ε) gives the Pre-LN logits', () => {
  const want = preLn();
  const got = preRms(converted(true), (h) => rmsNorm(h, null, { epsilon }));
  expect(maxDifference(got, want)).toBeLessThan(2e-5);
  // Negative control: without centring the stream is not zero-mean and RMSNorm ≠ LayerNorm.
  expect(maxDifference(preRms(converted(false), (h) => rmsNorm(h, null, { epsilon })), want)).toBeGreaterThan(1e-2);
});

test('Pre-CRMSNorm (writers keep d − 1 outputs, readers read d − 1 rows, CRMSNorm) gives the same logits', () => {
  const full = converted(true);
  const compressed = {
    tokens: compressWriter({ kernel: full.tokens }).kernel,
    positions: compressWriter({ kernel: full.positions }).kernel,
    blocks: full.blocks.map(({ reader, writer }) => ({ reader: compressReader(reader), writer: compressWriter(writer) })),
    head: compressReader(full.head),
  } as unknown as ReturnType<typeof converted>;
  const got = preRms(compressed, (h) => crmsNorm(h, null, null, { epsilon }));
  expect(got.shape).toEqual([2, 5, 11]);
  expect(maxDifference(got, preLn())).toBeLessThan(2e-5);
});

test('wrong shapes get clear errors', () => {
  expect(() => foldNormAffine({ gamma: tf.ones([4]) }, { kernel: tf.ones([8, 3]) })).toThrow(/foldNormAffine: expected the kernel's in size to be 4/);
  expect(() => compressReader({ kernel: tf.ones([2, 2, 2]) })).toThrow(/expected a \[in, out\] kernel, got shape \[2, 2, 2\]/);
  expect(() => centreWriter({ kernel: tf.ones([3, 4]), bias: tf.ones([5]) })).toThrow(/centreWriter: expected a bias of shape \[4\], got \[5\]/);
});
