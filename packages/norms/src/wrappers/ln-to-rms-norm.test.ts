// lnToRmsNorm: a toy Pre-LN transformer-like stack (embedding, blocks of LN → MLP → residual,
// final LN, untied head) gives the same logits after conversion to Pre-RMSNorm and to
// Pre-CRMSNorm; a negative control shows the check can fail.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, test } from 'vitest';
import { crmsNorm, layerNorm, lnToRmsNorm, rmsNorm, type Linear } from '@layerkit/norms';

beforeAll(async () => { await tf.setBackend('cpu'); });

const d = 8;
const vocabulary = 11;
const epsilon = 1e-5;
const random = (shape: number[], seed: number, mean = 0) => tf.randomNormal(shape, mean, 0.7, 'float32', seed);

interface Block { norm: { gamma: tf.Tensor; beta: tf.Tensor }; up: Linear; down: Linear }
const blocks: Block[] = [0, 1, 2].map((index) => ({
  norm: { gamma: random([d], 10 * index + 1, 1), beta: random([d], 10 * index + 2) },
  up: { kernel: random([d, 16], 10 * index + 3), bias: random([16], 10 * index + 4) },
  down: { kernel: random([16, d], 10 * index + 5), bias: random([d], 10 * index + 6) },
}));
const embedding: Linear = { kernel: random([vocabulary, d], 100, 0.5) };
const finalNorm = { gamma: random([d], 101, 1), beta: random([d], 102) };
const head: Linear = { kernel: random([d, vocabulary], 103), bias: random([vocabulary], 104) };
const tokens = tf.cast(tf.oneHot(tf.tensor1d([3, 1, 4, 1, 5, 9, 2, 6], 'int32'), vocabulary), 'float32');

const linear = (x: tf.Tensor, layer: { kernel: tf.Tensor; bias?: tf.Tensor | null }) => (layer.bias ? tf.add(tf.matMul(x, layer.kernel), layer.bias) : tf.matMul(x, layer.kernel));

function forward(norm: (x: tf.Tensor, index: number) => tf.Tensor, embed: Linear, stack: Array<{ up: Linear; down: Linear }>, out: Linear): tf.Tensor {
  let x = linear(tokens, embed);
  stack.forEach((block, index) => { x = tf.add(x, linear(tf.relu(linear(norm(x, index), block.up)), block.down)); });
  return linear(norm(x, stack.length), out);
}

const original = () => forward((x, index) => {
  const { gamma, beta } = index < blocks.length ? blocks[index].norm : finalNorm;
  return layerNorm(x, gamma, beta, { epsilon });
}, embedding, blocks, head);

const plan = (compress: boolean) => lnToRmsNorm({
  norms: [...blocks.map((block) => ({ ...block.norm, readers: [block.up] })), { ...finalNorm, readers: [head] }],
  writers: [embedding, ...blocks.map((block) => block.down)],
  compress,
});

const relativeError = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0] / tf.max(tf.abs(b)).dataSync()[0]);

test('Pre-RMSNorm: the converted stack reproduces the Pre-LN logits (float32, within 1e-5 relative)', () => {
  const converted = plan(false);
  expect(converted.norm).toBe('rmsNorm');
  const [embed, ...downs] = converted.writers;
  const logits = forward((x) => rmsNorm(x, null, { epsilon }), embed, blocks.map((_, i) => ({ up: converted.norms[i].readers[0], down: downs[i] })), converted.norms[3].readers[0]);
  expect(relativeError(logits, original())).toBeLessThan(1e-5);
  // Negative control: without centring the writers, RMSNorm is not LayerNorm.
  const uncentred = forward((x) => rmsNorm(x, null, { epsilon }), embedding, blocks.map((block, i) => ({ up: converted.norms[i].readers[0], down: block.down })), converted.norms[3].readers[0]);
  expect(relativeError(uncentred, original())).toBeGreaterThan(1e-2);
});

test('Pre-CRMSNorm: the stream in d − 1 coordinates gives the same logits; foldAffine: false keeps γ, β as the RMSNorm\'s', () => {
  const converted = plan(true);
  expect(converted.norm).toBe('crmsNorm');
  expect(converted.writers[0].kernel.shape).toEqual([vocabulary, d - 1]);
  const [embed, ...downs] = converted.writers;
  const logits = forward((x) => crmsNorm(x, null, null, { epsilon }), embed, blocks.map((_, i) => ({ up: converted.norms[i].readers[0], down: downs[i] })), converted.norms[3].readers[0]);
  expect(relativeError(logits, original())).toBeLessThan(1e-5);

  const kept = lnToRmsNorm({ norms: [{ ...finalNorm, readers: [head] }], writers: [], foldAffine: false });
  expect(Array.from(kept.norms[0].gamma!.dataSync())).toEqual(Array.from(finalNorm.gamma.dataSync()));
  expect(() => lnToRmsNorm({ norms: [], writers: [], compress: true, foldAffine: false })).toThrow(/lnToRmsNorm: compress needs foldAffine: true/);
  expect(() => lnToRmsNorm({ norms: [], writers: [], compres: true } as never)).toThrow(/lnToRmsNorm: unknown option 'compres' \(did you mean 'compress'\?\)/);
});
