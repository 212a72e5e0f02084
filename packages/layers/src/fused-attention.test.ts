// The fused attention kernel on wasm against a float64 reference and against the composite
// (dotProductAttention's tfjs ops): odd sizes (keys not a whole block of 16, features not a
// multiple of 4), batch 1, causal and boolean masks, a fully masked row, the causal mask leaking
// nothing from the future, gradients, the copy fallback and MultiHeadAttention using it.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureWasmKernels } from '@layerkit/core/wasm';
import { dotProductAttention, MultiHeadAttention } from '@layerkit/layers';
import { FUSED_ATTENTION, fusedAttention, fusedAttentionOnArrays, fusedAttentionReady } from './fused-attention.js';
import { maxRelativeError, randomTensor, randomValues, values } from './test-utils.js';

/** softmax(q·kᵀ·scale + mask)·v in float64, two passes per row; [B, N, T, H] arrays, mask [B or 1, T, S] of 0/1. */
function reference(
  q: ArrayLike<number>, k: ArrayLike<number>, v: ArrayLike<number>, mask: ArrayLike<number> | null,
  [B, N, T, S, H, Hv]: number[], causal: boolean, scale: number, maskBatches = 1,
): Float64Array {
  const out = new Float64Array(B! * N! * T! * Hv!);
  for (let b = 0; b < B!; b++) for (let n = 0; n < N!; n++) for (let i = 0; i < T!; i++) {
    const head = b * N! + n;
    const scores: number[] = [];
    for (let j = 0; j < S!; j++) {
      const kept = (!causal || j <= i) && (!mask || mask[(maskBatches > 1 ? b : 0) * T! * S! + i * S! + j] !== 0);
      let dot = 0;
      for (let d = 0; d < H!; d++) dot += q[(head * T! + i) * H! + d]! * k[(head * S! + j) * H! + d]!;
      scores.push(kept ? dot * scale : -Infinity);
    }
    const largest = Math.max(...scores);
    if (largest === -Infinity) continue;
    const weights = scores.map((s) => Math.exp(s - largest));
    const sum = weights.reduce((a, b2) => a + b2, 0);
    for (let j = 0; j < S!; j++) {
      for (let c = 0; c < Hv!; c++) out[(head * T! + i) * Hv! + c] += (weights[j]! / sum) * v[(head * S! + j) * Hv! + c]!;
    }
  }
  return out;
}

// [batch, heads, queries, keys, depth, valueDepth]: odd sizes, a whole block, batch 1, cross-attention.
const SHAPES = [[2, 3, 37, 37, 7, 5], [1, 2, 16, 16, 8, 8], [1, 8, 64, 64, 32, 32], [2, 2, 5, 21, 4, 19], [1, 1, 1, 1, 1, 1]];

describe('fusedAttention on wasm', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
  });
  afterAll(() => configureWasmKernels({ mode: 'auto' }));

  it('is registered and ready in Node', () => {
    expect(fusedAttentionReady()).toBe(true);
  });

  for (const mode of ['auto', 'copy'] as const) {
    for (const shape of SHAPES) {
      for (const causal of [false, true]) {
        it(`matches float64 and the composite within 1e-5: [${shape.join(', ')}], causal ${causal}, ${mode}`, () => {
          configureWasmKernels({ mode });
          const [B, N, T, S, H, Hv] = shape as [number, number, number, number, number, number];
          const q = randomTensor([B, N, T, H], 1, 2);
          const k = randomTensor([B, N, S, H], 2, 2);
          const v = randomTensor([B, N, S, Hv], 3);
          const before = tf.memory().numTensors;
          const fused = fusedAttention(q, k, v, { causal });
          expect(tf.memory().numTensors).toBe(before + 1);
          const composite = dotProductAttention(q, k, v, { causal });
          const expected = reference(values(q), values(k), values(v), null, shape, causal, 1 / Math.sqrt(H));
          expect(maxRelativeError(values(fused), expected, 1)).toBeLessThan(1e-5);
          expect(maxRelativeError(values(fused), values(composite), 1)).toBeLessThan(1e-5);
          tf.dispose([q, k, v, fused, composite]);
        });
      }
    }
  }

  it('applies a boolean mask per batch entry, a fully masked row giving zeros, as the composite does', () => {
    const [B, N, T, S, H, Hv] = [2, 3, 19, 23, 6, 9];
    const q = randomTensor([B, N, T, H], 4, 2);
    const k = randomTensor([B, N, S, H], 5, 2);
    const v = randomTensor([B, N, S, Hv], 6);
    const bits = randomValues(B * T * S, 7).map((x) => (x > -0.4 ? 1 : 0));
    for (let j = 0; j < S; j++) bits[T * S + 3 * S + j] = 0;
    const mask = tf.tensor(bits, [B, 1, T, S], 'bool');
    for (const causal of [false, true]) {
      const fused = fusedAttention(q, k, v, { mask, causal });
      const composite = dotProductAttention(q, k, v, { mask, causal });
      const expected = reference(values(q), values(k), values(v), bits, [B, N, T, S, H, Hv], causal, 1 / Math.sqrt(H), B);
      expect(maxRelativeError(values(fused), expected, 1)).toBeLessThan(1e-5);
      expect(maxRelativeError(values(fused), values(composite), 1)).toBeLessThan(1e-5);
      // Batch entry 1, query 3 attends to nothing: every head's row is zero.
      const row = tf.slice(fused, [1, 0, 3, 0], [1, N, 1, Hv]);
      expect(values(row).every((x) => x === 0)).toBe(true);
      tf.dispose([fused, composite, row]);
    }
    tf.dispose([q, k, v, mask]);
  });

  it('leaks nothing from the future under the causal mask', () => {
    const [B, N, T, H] = [1, 2, 41, 12];
    const q = randomTensor([B, N, T, H], 8);
    const k = randomTensor([B, N, T, H], 9);
    const v = randomTensor([B, N, T, H], 10);
    const cut = 17;
    // Keys and values after position `cut` replaced by others, some huge.
    const replace = (x: tf.Tensor, seed: number) => tf.concat([tf.slice(x, [0, 0, 0, 0], [B, N, cut + 1, H]), randomTensor([B, N, T - cut - 1, H], seed, 1e3)], 2);
    const k2 = replace(k, 11);
    const v2 = replace(v, 12);
    const first = fusedAttention(q, k, v, { causal: true });
    const second = fusedAttention(q, k2, v2, { causal: true });
    const early = (x: tf.Tensor) => values(tf.slice(x, [0, 0, 0, 0], [B, N, cut + 1, H]));
    expect(early(second)).toEqual(early(first));
    expect(values(second)).not.toEqual(values(first));
    tf.dispose([q, k, v, k2, v2, first, second]);
  });

  it('has the composite\'s gradients (mask and causal)', () => {
    const [B, N, T, S, H, Hv] = [2, 2, 13, 13, 5, 7];
    const q = randomTensor([B, N, T, H], 13, 2);
    const k = randomTensor([B, N, S, H], 14, 2);
    const v = randomTensor([B, N, S, Hv], 15);
    const probe = randomTensor([B, N, T, Hv], 16);
    const mask = tf.tensor(randomValues(B * T * S, 17).map((x) => (x > -0.5 ? 1 : 0)), [B, 1, T, S], 'bool');
    const loss = (attend: typeof fusedAttention) => (a: tf.Tensor, b: tf.Tensor, c: tf.Tensor) => tf.sum(tf.mul(attend(a, b, c, { mask, causal: true }), probe));
    const fused = tf.grads(loss(fusedAttention))([q, k, v]);
    const composite = tf.grads(loss(dotProductAttention as typeof fusedAttention))([q, k, v]);
    fused.forEach((gradient, n) => expect(maxRelativeError(values(gradient), values(composite[n]!), 1)).toBeLessThan(1e-5));
    tf.dispose([q, k, v, probe, mask, ...fused, ...composite]);
  });

  it('rejects a mask per head with what to do', () => {
    const q = tf.zeros([1, 2, 3, 4]);
    expect(() => fusedAttention(q, q, q, { mask: tf.ones([1, 2, 3, 3], 'bool') })).toThrow(/one for every head.*dotProductAttention/);
    q.dispose();
  });
});

describe('fusedAttentionOnArrays (the JavaScript the kernel runs while its module loads)', () => {
  it('matches the float64 reference', () => {
    const shape = [2, 3, 11, 9, 5, 6] as const;
    const [B, N, T, S, H, Hv] = shape;
    const q = randomValues(B * N * T * H, 18);
    const k = randomValues(B * N * S * H, 19);
    const v = randomValues(B * N * S * Hv, 20);
    const bits = randomValues(B * T * S, 21).map((x) => (x > -0.3 ? 1 : 0));
    const additive = bits.map((bit) => (bit ? 0 : -Infinity));
    const out = fusedAttentionOnArrays(q, k, v, additive, { batchHeads: B * N, queries: T, keys: S, depth: H, valueDepth: Hv, maskBatches: B }, { causal: true, scale: 0.4, heads: N });
    expect(maxRelativeError(out, reference(q, k, v, bits, [...shape], true, 0.4, B), 1)).toBeLessThan(1e-6);
  });
});

describe('MultiHeadAttention on wasm', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    await tf.ready();
  });

  const layerOptions = [
    { label: 'softmax', options: {} },
    { label: 'causal, QK-Norm', options: { causal: true, qkNorm: true } },
  ];
  for (const { label, options } of layerOptions) {
    it(`runs the fused kernel and gives cpu's composite values and gradients (${label})`, async () => {
      const layer = new MultiHeadAttention({ numHeads: 3, keyDim: 6, valueDim: 5, ...options, kernelInitializer: 'glorotUniform', seed: 1 });
      const x = randomTensor([2, 19, 10], 22);
      const mask = tf.tensor(randomValues(2 * 19 * 19, 23).map((value) => (value > -0.6 ? 1 : 0)), [2, 19, 19]);
      const probe = randomTensor([2, 19, 10], 24);
      const run = () => {
        const output = layer.apply([x, x, x, mask]) as tf.Tensor;
        const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply([x, x, x, mask]) as tf.Tensor, probe)) as tf.Scalar, layer.trainableWeights.map((w) => w.read() as tf.Variable));
        return { output, value, grads: layer.trainableWeights.map((w) => grads[w.read().name]!) };
      };
      const profile = await tf.profile(() => { tf.dispose(tf.tidy(() => layer.apply([x, x, x, mask]) as tf.Tensor)); });
      expect(profile.kernelNames).toContain(FUSED_ATTENTION);
      const fused = run();
      await tf.setBackend('cpu');
      const composite = run();
      await tf.setBackend('wasm');
      expect(maxRelativeError(values(fused.output), values(composite.output), 1)).toBeLessThan(1e-5);
      fused.grads.forEach((gradient, n) => expect(maxRelativeError(values(gradient), values(composite.grads[n]!), 1)).toBeLessThan(1e-4));
      tf.dispose([x, mask, probe, fused.output, fused.value, ...fused.grads, composite.output, composite.value, ...composite.grads]);
      layer.dispose();
    });
  }

  it('keeps the composite for dropout in training', async () => {
    const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 4, dropout: 0.5, seed: 3 });
    const x = randomTensor([1, 5, 8], 25);
    layer.apply(x);
    // tf.profile returns one object it reuses: the names are copied before the next profile.
    const training = [...(await tf.profile(() => { tf.dispose(tf.tidy(() => layer.apply(x, { training: true }) as tf.Tensor)); })).kernelNames];
    const inference = [...(await tf.profile(() => { tf.dispose(tf.tidy(() => layer.apply(x) as tf.Tensor)); })).kernelNames];
    expect(training).not.toContain(FUSED_ATTENTION);
    expect(inference).toContain(FUSED_ATTENTION);
    x.dispose();
    layer.dispose();
  });
});
