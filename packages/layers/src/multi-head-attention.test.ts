// MultiHeadAttention against a float64 transcription of Keras 3's layer (einsum projections,
// query scaled by 1/√keyDim, masked softmax whose fully masked rows are zero, output
// projection), the causal mask, the score maps, QK-Norm, gradients, save/load, fit and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tfl from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attentionWeights, causalMask, dotProductAttention, kerpleBias, MultiHeadAttention, reluAttention } from '@layerkit/layers';
import { finiteDifferences, matMul64, maxRelativeError, randomTensor, randomValues, roundTrip, values } from './test-utils.js';

interface Reference {
  numHeads: number; keyDim: number; valueDim: number; outputDim: number;
  scoreMap?: 'softmax' | 'relu' | 'rela' | 'sparsemax'; causal?: boolean; mask?: number[] | null; qkNorm?: false | 'rms' | 'layer'; epsilon?: number;
  positionBias?: 'kerple-log' | 'kerple-power' | null;
}

/** sparsemax in float64 over the kept entries of a row (the rest 0): sort, find the support, subtract τ. */
function sparsemax64(scores: Float64Array, kept: boolean[]): Float64Array {
  const sorted = [...scores.filter((_, s) => kept[s])].sort((a, b) => b - a);
  let sum = 0;
  let threshold = 0;
  sorted.forEach((z, i) => {
    sum += z;
    if (1 + (i + 1) * z > sum) threshold = (sum - 1) / (i + 1);
  });
  return scores.map((z, s) => (kept[s] ? Math.max(z - threshold, 0) : 0));
}

/** Keras 3's MultiHeadAttention in float64 for [batch, positions, features] inputs; weights by name. */
function reference(
  query: ArrayLike<number>, value: ArrayLike<number>, key: ArrayLike<number>,
  shapes: { B: number; T: number; S: number; Dq: number; Dv: number; Dk: number },
  weights: Record<string, ArrayLike<number>>, options: Reference,
): Float64Array {
  const { B, T, S, Dq, Dv, Dk } = shapes;
  const { numHeads: N, keyDim: H, valueDim: Hv, outputDim: Do } = options;
  const project = (x: ArrayLike<number>, rows: number, features: number, name: string, size: number) => {
    const out = matMul64(x, weights[`${name}/kernel`]!, rows, features, N * size);
    const bias = weights[`${name}/bias`];
    if (bias) for (let r = 0; r < rows; r++) for (let c = 0; c < N * size; c++) out[r * N * size + c] += bias[c]!;
    return out;
  };
  const normalize = (x: Float64Array, name: string) => {
    if (!options.qkNorm) return x;
    const gamma = weights[`${name}/gamma`]!;
    const beta = weights[`${name}/beta`];
    const epsilon = options.epsilon ?? 1e-6;
    for (let row = 0; row < x.length / H; row++) {
      const slice = x.subarray(row * H, (row + 1) * H);
      const mean = options.qkNorm === 'layer' ? slice.reduce((a, b) => a + b, 0) / H : 0;
      const second = slice.reduce((a, b) => a + (b - mean) ** 2, 0) / H;
      for (let i = 0; i < H; i++) slice[i] = ((slice[i]! - mean) / Math.sqrt(second + epsilon)) * gamma[i]! + (beta ? beta[i]! : 0);
    }
    return x;
  };
  const q = normalize(project(query, B * T, Dq, 'query', H), 'query_norm');
  const k = normalize(project(key, B * S, Dk, 'key', H), 'key_norm');
  const v = project(value, B * S, Dv, 'value', Hv);
  const combined = new Float64Array(B * T * N * Hv);
  const scale = 1 / Math.sqrt(H);
  for (let b = 0; b < B; b++) for (let n = 0; n < N; n++) for (let t = 0; t < T; t++) {
    const scores = new Float64Array(S);
    const kept: boolean[] = [];
    for (let s = 0; s < S; s++) {
      let dot = 0;
      for (let h = 0; h < H; h++) dot += q[((b * T + t) * N + n) * H + h]! * scale * k[((b * S + s) * N + n) * H + h]!;
      const r1 = weights['position_bias/r1']?.[n];
      const r2 = weights['position_bias/r2']?.[n];
      const distance = Math.abs(t - s);
      const bias = options.positionBias === 'kerple-log' ? -r1! * Math.log1p(r2! * distance) : options.positionBias === 'kerple-power' ? -r1! * distance ** r2! : 0;
      scores[s] = dot + bias;
      kept.push((options.mask ? options.mask[(b * T + t) * S + s]! > 0 : true) && (!options.causal || s <= t));
    }
    let weightsRow = new Float64Array(S);
    if (options.scoreMap === 'sparsemax') {
      weightsRow = kept.some((k) => k) ? sparsemax64(scores, kept) : weightsRow;
    } else if (options.scoreMap === 'relu' || options.scoreMap === 'rela') {
      for (let s = 0; s < S; s++) weightsRow[s] = kept[s] ? Math.max(scores[s]!, 0) / (options.scoreMap === 'relu' ? S : 1) : 0;
    } else {
      const max = Math.max(...scores.filter((_, s) => kept[s]));
      let sum = 0;
      for (let s = 0; s < S; s++) { weightsRow[s] = kept[s] ? Math.exp(scores[s]! - max) : 0; sum += weightsRow[s]!; }
      for (let s = 0; s < S; s++) weightsRow[s] = sum > 0 ? weightsRow[s]! / sum : 0;
    }
    for (let s = 0; s < S; s++) for (let h = 0; h < Hv; h++) combined[((b * T + t) * N + n) * Hv + h] += weightsRow[s]! * v[((b * S + s) * N + n) * Hv + h]!;
  }
  if (options.scoreMap === 'rela') {
    for (let row = 0; row < B * T; row++) {
      const o = combined.slice(row * N * Hv, (row + 1) * N * Hv);
      const rms = Math.sqrt(o.reduce((a, v) => a + v * v, 0) / o.length + 1e-8);
      o.forEach((v, i) => { combined[row * N * Hv + i] = (v * weights['rela_norm/scale']![i]! / rms) / (1 + Math.exp(-v * weights['rela_norm/gate']![i]!)); });
    }
  }
  const out = matMul64(combined, weights['attention_output/kernel']!, B * T, N * Hv, Do);
  const bias = weights['attention_output/bias'];
  if (bias) for (let r = 0; r < B * T; r++) for (let c = 0; c < Do; c++) out[r * Do + c] += bias[c]!;
  return out;
}

/** The layer's weights by their Keras names (the part after the layer's own name). */
function weightsByName(layer: tfl.layers.Layer): Record<string, Float32Array> {
  return Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(-2).join('/'), w.read().dataSync() as Float32Array]));
}

/** Random biases and norm weights, so the test sees them (the initializers make zeros and ones). */
function randomizeWeights(layer: tfl.layers.Layer, seed: number) {
  layer.setWeights(layer.getWeights().map((w, i) => {
    const name = layer.weights[i]!.originalName;
    // Norm gains near 1; KERPLE's r1 and r2 in [0.1, 1.1], inside their clamps.
    if (/\/r[12]$/.test(name)) return tf.add(tf.abs(randomTensor(w.shape, seed + i, 1)), 0.1);
    return tf.add(randomTensor(w.shape, seed + i, 0.5), name.endsWith('gamma') ? 1 : 0);
  }));
}

const backends = ['cpu', 'wasm'] as const;
beforeAll(async () => { await tf.setBackend('cpu'); });
afterAll(async () => { await tf.setBackend('cpu'); });

describe.each(backends)('MultiHeadAttention on %s', (backend) => {
  beforeAll(async () => { await tf.setBackend(backend); });

  const cases: [string, Partial<Reference> & { numHeads: number; keyDim: number; valueDim?: number; outputShape?: number; useBias?: boolean; withMask?: boolean; cross?: boolean }][] = [
    ['self-attention, 2 heads', { numHeads: 2, keyDim: 3 }],
    ['cross-attention with a separate key, valueDim and outputShape', { numHeads: 3, keyDim: 4, valueDim: 2, outputShape: 5, cross: true }],
    ['causal, no biases', { numHeads: 2, keyDim: 4, causal: true, useBias: false }],
    ['attention mask with a fully masked row, causal', { numHeads: 2, keyDim: 3, withMask: true, causal: true }],
    ['relu score map with a mask', { numHeads: 2, keyDim: 3, scoreMap: 'relu', withMask: true, cross: true }],
    ['QK-Norm rms', { numHeads: 2, keyDim: 4, qkNorm: 'rms' }],
    ['QK-Norm layer, causal', { numHeads: 2, keyDim: 4, qkNorm: 'layer', causal: true }],
    ['ReLA (gated RMSNorm), mask', { numHeads: 2, keyDim: 3, valueDim: 2, scoreMap: 'rela', withMask: true, cross: true }],
    ['KERPLE log bias, causal', { numHeads: 2, keyDim: 3, positionBias: 'kerple-log', causal: true }],
    ['KERPLE power bias, cross-attention, relu map', { numHeads: 3, keyDim: 2, positionBias: 'kerple-power', cross: true, scoreMap: 'relu' }],
    ['sparsemax score map, cross-attention', { numHeads: 2, keyDim: 4, scoreMap: 'sparsemax', cross: true }],
    ['sparsemax score map, mask with a fully masked row, causal', { numHeads: 2, keyDim: 3, scoreMap: 'sparsemax', withMask: true, causal: true }],
  ];
  it.each(cases)('%s matches the float64 reference within 1e-5 (+1e-6 absolute)', (_, options) => {
    const B = 2; const T = 5; const S = options.cross ? 7 : T; const Dq = 6; const Dv = options.cross ? 5 : Dq; const Dk = options.cross ? 4 : Dq;
    const layer = new MultiHeadAttention({
      numHeads: options.numHeads, keyDim: options.keyDim, valueDim: options.valueDim, outputShape: options.outputShape,
      useBias: options.useBias, causal: options.causal, scoreMap: options.scoreMap, qkNorm: options.qkNorm ?? false, positionBias: options.positionBias,
    });
    const query = randomTensor([B, T, Dq], 1);
    const value = options.cross ? randomTensor([B, S, Dv], 2) : query;
    const key = options.cross ? randomTensor([B, S, Dk], 3) : query;
    const maskValues = options.withMask ? randomValues(B * T * S, 4).map((v) => (v > -0.4 ? 1 : 0)) : null;
    if (maskValues) for (let s = 0; s < S; s++) maskValues[1 * T * S + 2 * S + s] = 0; // batch 1, query 2: nothing to attend to
    const inputs = options.withMask ? [query, value, key, tf.tensor(maskValues!, [B, T, S], 'bool')] : options.cross ? [query, value, key] : [query];
    layer.apply(inputs); // builds
    randomizeWeights(layer, 10);
    const output = layer.apply(inputs) as tf.Tensor;
    expect(output.shape).toEqual([B, T, options.outputShape ?? Dq]);
    const expected = reference(query.dataSync(), value.dataSync(), key.dataSync(), { B, T, S, Dq, Dv, Dk }, weightsByName(layer), {
      numHeads: options.numHeads, keyDim: options.keyDim, valueDim: options.valueDim ?? options.keyDim, outputDim: options.outputShape ?? Dq,
      scoreMap: options.scoreMap, causal: options.causal, mask: maskValues, qkNorm: options.qkNorm ?? false, positionBias: options.positionBias,
    });
    // Relative 1e-5 plus absolute 1e-6 (|a − b| <= 1e-5·(|b| + 0.1)): outputs are O(1).
    expect(maxRelativeError(output.dataSync(), expected, 0.1)).toBeLessThan(1e-5);
    tf.dispose([output, query, value, key, ...(Array.isArray(inputs) ? inputs.slice(3) : [])]);
    layer.dispose();
  });

  it.each(['softmax', 'sparsemax'] as const)('a causal mask leaks nothing from the future (%s): changing tokens after t changes no output at or before t', (scoreMap) => {
    const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 4, causal: true, scoreMap });
    const x = randomTensor([1, 8, 6], 21);
    const changed = tf.tidy(() => tf.concat([tf.slice(x, [0, 0, 0], [1, 5, 6]), randomTensor([1, 3, 6], 22, 3)], 1));
    const a = layer.apply(x) as tf.Tensor;
    const b = layer.apply(changed) as tf.Tensor;
    expect(values(tf.slice(a, [0, 0, 0], [1, 5, 6]))).toEqual(values(tf.slice(b, [0, 0, 0], [1, 5, 6])));
    // The test can fail: the later outputs do change, and without causal the earlier ones do too.
    expect(maxRelativeError(values(tf.slice(a, [0, 5, 0], [1, 3, 6])), values(tf.slice(b, [0, 5, 0], [1, 3, 6])))).toBeGreaterThan(1e-3);
    const open = new MultiHeadAttention({ numHeads: 2, keyDim: 4, scoreMap });
    open.apply(x);
    open.setWeights(layer.getWeights());
    const c = open.apply(x) as tf.Tensor;
    const d = open.apply(changed) as tf.Tensor;
    expect(maxRelativeError(values(tf.slice(c, [0, 0, 0], [1, 5, 6])), values(tf.slice(d, [0, 0, 0], [1, 5, 6])))).toBeGreaterThan(1e-4);
    tf.dispose([x, changed, a, b, c, d]);
    layer.dispose();
    open.dispose();
  });
});

describe('MultiHeadAttention (cpu)', () => {
  beforeAll(async () => { await tf.setBackend('cpu'); });

  it("has Keras 3's weight names, shapes and order", () => {
    const layer = new MultiHeadAttention({ numHeads: 4, keyDim: 8, valueDim: 3, outputShape: [2, 5], name: 'mha' });
    layer.apply([tfl.input({ shape: [7, 16] }), tfl.input({ shape: [9, 12] }), tfl.input({ shape: [9, 10] })]);
    expect(layer.weights.map((w) => [w.originalName, w.shape])).toEqual([
      ['mha/query/kernel', [16, 4, 8]], ['mha/query/bias', [4, 8]],
      ['mha/key/kernel', [10, 4, 8]], ['mha/key/bias', [4, 8]],
      ['mha/value/kernel', [12, 4, 3]], ['mha/value/bias', [4, 3]],
      ['mha/attention_output/kernel', [4, 3, 2, 5]], ['mha/attention_output/bias', [2, 5]],
    ]);
    expect(layer.countParams()).toBe(16 * 32 + 32 + 10 * 32 + 32 + 12 * 12 + 12 + 12 * 10 + 10);
    layer.dispose();
  });

  it('attends jointly over every inner axis by default, and over the chosen axes only with attentionAxes', () => {
    const x = randomTensor([2, 3, 4, 6], 31);
    const joint = new MultiHeadAttention({ numHeads: 2, keyDim: 3 });
    const output = joint.apply(x) as tf.Tensor;
    expect(output.shape).toEqual([2, 3, 4, 6]);
    // Default axes (1, 2) = attention over the 12 flattened positions.
    const flat = new MultiHeadAttention({ numHeads: 2, keyDim: 3 });
    flat.apply(tf.reshape(x, [2, 12, 6]));
    flat.setWeights(joint.getWeights());
    const flatOutput = flat.apply(tf.reshape(x, [2, 12, 6])) as tf.Tensor;
    expect(maxRelativeError(output.dataSync(), flatOutput.dataSync())).toBeLessThan(1e-5);
    // attentionAxes [2] (or -2): each row of 4 attends within itself, like a batch of 6 sequences.
    for (const axes of [[2], -2]) {
      const rows = new MultiHeadAttention({ numHeads: 2, keyDim: 3, attentionAxes: axes });
      const rowOutput = rows.apply(x) as tf.Tensor;
      const perRow = new MultiHeadAttention({ numHeads: 2, keyDim: 3 });
      perRow.apply(tf.reshape(x, [6, 4, 6]));
      perRow.setWeights(rows.getWeights());
      const perRowOutput = perRow.apply(tf.reshape(x, [6, 4, 6])) as tf.Tensor;
      expect(maxRelativeError(rowOutput.dataSync(), perRowOutput.dataSync())).toBeLessThan(1e-5);
      tf.dispose([rowOutput, perRowOutput]);
    }
    tf.dispose([x, output, flatOutput]);
  });

  it('softmax rows sum to 1 and a fully masked row is zero; ReLU attention of all-negative scores is zero', () => {
    const scores = randomTensor([2, 3, 4, 5], 41, 4);
    const mask = tf.tensor([1, 1, 0, 1, 0], [1, 1, 1, 5], 'bool');
    const sums = tf.sum(attentionWeights(scores, 'softmax', mask), -1);
    expect(Math.max(...values(sums).map((v) => Math.abs(v - 1)))).toBeLessThan(1e-6);
    const none = attentionWeights(scores, 'softmax', tf.zeros([1, 1, 1, 5], 'bool'));
    expect(values(none).every((v) => v === 0)).toBe(true);
    const q = tf.abs(randomTensor([1, 2, 3, 4], 42));
    const k = tf.neg(tf.abs(randomTensor([1, 2, 5, 4], 43)));
    const v = randomTensor([1, 2, 5, 4], 44);
    expect(values(reluAttention(q, k, v)).every((value) => value === 0)).toBe(true);
    tf.dispose([scores, mask, sums, none, q, k, v]);
  });

  it('ReLU attention: doubling L with duplicated keys and values leaves the output unchanged', () => {
    const q = randomTensor([1, 2, 3, 4], 51);
    const k = randomTensor([1, 2, 5, 4], 52);
    const v = randomTensor([1, 2, 5, 4], 53);
    const once = reluAttention(q, k, v);
    const twice = reluAttention(q, tf.concat([k, k], 2), tf.concat([v, v], 2));
    expect(maxRelativeError(twice.dataSync(), once.dataSync())).toBeLessThan(1e-6);
    // and the softmax map is invariant the same way, while ReLU without the 1/L would double.
    expect(maxRelativeError(values(dotProductAttention(q, tf.concat([k, k], 2), tf.concat([v, v], 2))), values(dotProductAttention(q, k, v)))).toBeLessThan(1e-5);
    tf.dispose([q, k, v, once, twice]);
  });

  it('sparsemax rows lie on the simplex with exact zeros; masked keys get 0 and a fully masked row is zero', () => {
    // Scores spread over [-6, 6]: most rows keep a few keys and drop the rest.
    const scores = randomTensor([2, 3, 4, 7], 45, 6);
    const mask = tf.tensor([1, 1, 0, 1, 1, 0, 1], [1, 1, 1, 7], 'bool');
    for (const given of [null, mask]) {
      const rows = values(attentionWeights(scores, 'sparsemax', given));
      let zeros = 0;
      for (let row = 0; row < rows.length / 7; row++) {
        const slice = rows.slice(row * 7, row * 7 + 7);
        expect(slice.every((w) => w >= 0)).toBe(true);
        expect(Math.abs(slice.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-6);
        if (given) expect([slice[2], slice[5]]).toEqual([0, 0]);
        zeros += slice.filter((w) => w === 0).length;
      }
      // The test can fail: softmax would give no exact zero at all.
      expect(zeros).toBeGreaterThan(rows.length / 4);
    }
    const none = attentionWeights(scores, 'sparsemax', tf.zeros([1, 1, 1, 7], 'bool'));
    expect(values(none).every((v) => v === 0)).toBe(true);
    // A row with one dominant score is one-hot, exactly.
    expect(values(attentionWeights(tf.tensor([[0, 5, 1, 0.5]]), 'sparsemax', null))).toEqual([0, 1, 0, 0]);
    tf.dispose([scores, mask, none]);
  });

  it('sparsemax: gradients to the query, the key and a kernel match finite differences of the float64 reference', () => {
    const B = 1; const T = 3; const S = 4; const Dq = 4; const Dk = 3; const Dv = 3;
    for (const causal of [false, true]) {
      const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 2, scoreMap: 'sparsemax', causal });
      // Larger inputs than the softmax test's, so that several weights are exactly 0.
      const query = randomTensor([B, T, Dq], 161, 3);
      const value = randomTensor([B, S, Dv], 162);
      const key = randomTensor([B, S, Dk], 163, 3);
      layer.apply([query, value, key]);
      randomizeWeights(layer, 170);
      const probe = randomValues(B * T * Dq, 164);
      const weights = weightsByName(layer);
      const shapes = { B, T, S, Dq, Dv, Dk };
      const settings = { numHeads: 2, keyDim: 2, valueDim: 2, outputDim: Dq, causal, scoreMap: 'sparsemax' as const };
      const loss64 = (q: ArrayLike<number>, k: ArrayLike<number>, w: Record<string, ArrayLike<number>>) => reference(q, value.dataSync(), k, shapes, w, settings).reduce((a, o, i) => a + o * probe[i]!, 0);
      const kernel = layer.weights.find((w) => w.originalName.endsWith('key/kernel'))!;
      const { grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply([query, value, key]) as tf.Tensor, tf.tensor(probe, [B, T, Dq]))) as tf.Scalar);
      const [dQuery, dKey] = tf.grads((q: tf.Tensor, k: tf.Tensor) => tf.sum(tf.mul(layer.apply([q, value, k]) as tf.Tensor, tf.tensor(probe, [B, T, Dq]))))([query, key]);
      const expectedQuery = finiteDifferences((q) => loss64(q, key.dataSync(), weights), query.dataSync());
      // The test can fail: the query gradient is not zero.
      expect(Math.max(...expectedQuery.map(Math.abs))).toBeGreaterThan(1e-2);
      expect(maxRelativeError(dQuery!.dataSync(), expectedQuery)).toBeLessThan(1e-3);
      expect(maxRelativeError(dKey!.dataSync(), finiteDifferences((k) => loss64(query.dataSync(), k, weights), key.dataSync()))).toBeLessThan(1e-3);
      const dKernel = grads[kernel.name]!;
      expect(maxRelativeError(dKernel.dataSync(), finiteDifferences((w) => loss64(query.dataSync(), key.dataSync(), { ...weights, 'key/kernel': w }), weights['key/kernel']!))).toBeLessThan(1e-3);
      tf.dispose([query, value, key, dQuery!, dKey!, ...Object.values(grads)]);
      layer.dispose();
    }
  });

  it('sparsemax survives save → load: the option is in the config and predictions are identical', async () => {
    const model = tfl.sequential({
      layers: [
        new MultiHeadAttention({ numHeads: 2, keyDim: 4, causal: true, scoreMap: 'sparsemax', inputShape: [5, 6] }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 1 }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    const x = randomTensor([16, 5, 6], 181, 2);
    await model.fit(x, tf.tidy(() => tf.reshape(tf.sum(x, [1, 2]), [16, 1])), { epochs: 2, verbose: 0 });
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ scoreMap: 'sparsemax', causal: true });
    const a = model.predict(x) as tf.Tensor;
    const b = loaded.predict(x) as tf.Tensor;
    expect(values(b)).toEqual(values(a));
    tf.dispose([x, a, b]);
    model.dispose();
    loaded.dispose();
  });

  it("ReLA: the catalog's one-head example gives [0.3162278, 0.6324555]; all-negative scores give exactly zero", () => {
    const layer = new MultiHeadAttention({ numHeads: 1, keyDim: 2, scoreMap: 'rela' });
    const query = tf.tensor([[[1, 0]]]);
    const value = tf.tensor([[[1, 2], [3, 4]]]);
    const key = tf.tensor([[[1, 0], [-1, 0]]]);
    layer.apply([query, value, key]);
    layer.setWeights(layer.weights.map((w) => {
      const name = w.originalName;
      if (name.endsWith('/kernel')) return tf.reshape(tf.eye(2), w.shape);
      if (name.endsWith('rela_norm/scale')) return tf.ones(w.shape);
      return tf.zeros(w.shape);
    }));
    // Scores are q·k/√keyDim: the example's scale 1 is keyDim 1; with keyDim 2, q = [√2, 0] gives the same.
    const output = layer.apply([tf.mul(query, Math.SQRT2), value, key]) as tf.Tensor;
    expect(maxRelativeError(output.dataSync(), [0.3162278, 0.6324555], 0.1)).toBeLessThan(1e-6);
    const negative = layer.apply([tf.mul(query, -1), value, tf.abs(key)]) as tf.Tensor;
    expect(values(negative)).toEqual([0, 0]);
  });

  it('KERPLE bias: 0 on the diagonal, non-increasing in |m − n|, symmetric, closed form; r1 and r2 learn and are clamped positive', async () => {
    const bias = kerpleBias('kerple-log', tf.tensor([2, 0.5]), tf.tensor([1, 3]), 4, 4);
    const rows = bias.arraySync() as number[][][];
    for (const head of rows) for (let m = 0; m < 4; m++) {
      expect(head[m]![m]).toBeCloseTo(0, 12);
      for (let n = 0; n < 4; n++) expect(head[m]![n]).toBeCloseTo(head[n]![m]!, 6);
      for (let n = m + 1; n < 3; n++) expect(head[m]![n + 1]!).toBeLessThanOrEqual(head[m]![n]!);
    }
    expect(rows[1]![0]![3]).toBeCloseTo(-0.5 * Math.log1p(3 * 3), 6);
    expect(values(kerpleBias('kerple-power', tf.tensor([1]), tf.tensor([5]), 1, 3))).toEqual([-0, -1, -4]);
    expect(values(kerpleBias('kerple-log', tf.tensor([-3]), tf.tensor([1]), 1, 2))[1]).toBeCloseTo(-0.01 * Math.log(2), 7);
    const model = tfl.sequential({ layers: [new MultiHeadAttention({ numHeads: 2, keyDim: 4, positionBias: 'kerple-log', causal: true, inputShape: [6, 4], name: 'kerple' }), tfl.layers.flatten(), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.05), loss: 'meanSquaredError' });
    const x = randomTensor([16, 6, 4], 55);
    await model.fit(x, tf.tidy(() => tf.reshape(tf.sum(x, [1, 2]), [16, 1])), { epochs: 3, verbose: 0 });
    const r = model.getLayer('kerple').weights.filter((w) => /position_bias/.test(w.originalName)).map((w) => values(w.read()));
    expect(r.flat().some((v) => v !== 1)).toBe(true);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, positionBias: 'kerple-log', name: 'k2' }).apply(tf.zeros([1, 2, 3, 4]))).toThrow("MultiHeadAttention 'k2': expected one attention axis for positionBias 'kerple-log' (distances along a sequence), got axes [1, 2]");
  });

  it('causalMask is Keras\'s lower triangle (query i sees keys j <= i)', () => {
    expect(causalMask(3, 4).arraySync()).toEqual([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0]]);
  });

  it('gradients to the query, the key and a kernel match finite differences of the float64 reference', () => {
    const B = 1; const T = 3; const S = 4; const Dq = 4; const Dk = 3; const Dv = 3;
    for (const options of [{ causal: false, qkNorm: false as const }, { causal: true, qkNorm: 'rms' as const }]) {
      const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 2, ...options });
      const query = randomTensor([B, T, Dq], 61);
      const value = randomTensor([B, S, Dv], 62);
      const key = randomTensor([B, S, Dk], 63);
      layer.apply([query, value, key]);
      randomizeWeights(layer, 70);
      const probe = randomValues(B * T * Dq, 64);
      const weights = weightsByName(layer);
      const shapes = { B, T, S, Dq, Dv, Dk };
      const settings = { numHeads: 2, keyDim: 2, valueDim: 2, outputDim: Dq, causal: options.causal, qkNorm: options.qkNorm };
      const loss64 = (q: ArrayLike<number>, k: ArrayLike<number>, w: Record<string, ArrayLike<number>>) => reference(q, value.dataSync(), k, shapes, w, settings).reduce((a, o, i) => a + o * probe[i]!, 0);
      const kernel = layer.weights.find((w) => w.originalName.endsWith('query/kernel'))!;
      const { value: _, grads } = tf.variableGrads(() => tf.sum(tf.mul(layer.apply([query, value, key]) as tf.Tensor, tf.tensor(probe, [B, T, Dq]))) as tf.Scalar);
      const [dQuery, dKey] = tf.grads((q: tf.Tensor, k: tf.Tensor) => tf.sum(tf.mul(layer.apply([q, value, k]) as tf.Tensor, tf.tensor(probe, [B, T, Dq]))))([query, key]);
      expect(maxRelativeError(dQuery!.dataSync(), finiteDifferences((q) => loss64(q, key.dataSync(), weights), query.dataSync()))).toBeLessThan(1e-3);
      expect(maxRelativeError(dKey!.dataSync(), finiteDifferences((k) => loss64(query.dataSync(), k, weights), key.dataSync()))).toBeLessThan(1e-3);
      const dKernel = grads[kernel.name]!;
      expect(maxRelativeError(dKernel.dataSync(), finiteDifferences((w) => loss64(query.dataSync(), key.dataSync(), { ...weights, 'query/kernel': w }), weights['query/kernel']!))).toBeLessThan(1e-3);
      tf.dispose([query, value, key, dQuery!, dKey!, ...Object.values(grads)]);
      layer.dispose();
    }
  });

  it('works in tf.sequential (self-attention), trains with model.fit, and survives save → load with identical predictions', async () => {
    const model = tfl.sequential({
      layers: [
        new MultiHeadAttention({ numHeads: 2, keyDim: 4, causal: true, qkNorm: 'layer', dropout: 0.1, seed: 3, inputShape: [5, 6] }),
        tfl.layers.flatten(),
        tfl.layers.dense({ units: 1 }),
      ],
    });
    model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
    const x = randomTensor([32, 5, 6], 81);
    const y = tf.tidy(() => tf.reshape(tf.sum(x, [1, 2]), [32, 1]));
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    const losses = history.history.loss as number[];
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.7);
    const loaded = await roundTrip(model);
    expect(loaded.layers[0]).toBeInstanceOf(MultiHeadAttention);
    expect(loaded.layers[0]!.getConfig()).toMatchObject({ numHeads: 2, keyDim: 4, causal: true, qkNorm: 'layer', dropout: 0.1, seed: 3 });
    const a = model.predict(x) as tf.Tensor;
    const b = loaded.predict(x) as tf.Tensor;
    expect(values(b)).toEqual(values(a));
    tf.dispose([x, y, a, b]);
    model.dispose();
    loaded.dispose();
  });

  it('works in a functional model on [query, value, key, attentionMask] and survives save → load', async () => {
    const query = tfl.input({ shape: [4, 6] });
    const context = tfl.input({ shape: [5, 3] });
    const mask = tfl.input({ shape: [4, 5] });
    const attended = new MultiHeadAttention({ numHeads: 2, keyDim: 4, scoreMap: 'relu', name: 'cross' }).apply([query, context, context, mask]) as tfl.SymbolicTensor;
    const model = tfl.model({ inputs: [query, context, mask], outputs: attended });
    const inputs = [randomTensor([3, 4, 6], 91), randomTensor([3, 5, 3], 92), tf.tensor(randomValues(60, 93).map((v) => (v > 0 ? 1 : 0)), [3, 4, 5])];
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    await model.fit(inputs, randomTensor([3, 4, 6], 94), { epochs: 2, verbose: 0 });
    const loaded = await roundTrip(model);
    const a = model.predict(inputs) as tf.Tensor;
    const b = loaded.predict(inputs) as tf.Tensor;
    expect(values(b)).toEqual(values(a));
    // The mask is used: all-ones gives another answer.
    const c = model.predict([inputs[0]!, inputs[1]!, tf.onesLike(inputs[2]!)]) as tf.Tensor;
    expect(maxRelativeError(values(c), values(a))).toBeGreaterThan(1e-4);
    tf.dispose([...inputs, a, b, c]);
    model.dispose();
    loaded.dispose();
  });

  it('leaks no tensors in a call, in a gradient and in dropout training', () => {
    const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 4, dropout: 0.5, qkNorm: true, causal: true });
    const x = randomTensor([2, 5, 6], 101);
    const mask = tf.ones([2, 5, 5]);
    layer.apply([x, x, x, mask]);
    const start = tf.memory().numTensors;
    tf.dispose(layer.apply([x, x, x, mask], { training: true }) as tf.Tensor);
    tf.dispose(layer.apply(x) as tf.Tensor);
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(layer.apply(input) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    tf.dispose([x, mask]);
    layer.dispose();
  });

  it('dropout acts in training only', () => {
    const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 4, dropout: 0.5, seed: 1 });
    const x = randomTensor([2, 5, 6], 111);
    const inference = layer.apply(x) as tf.Tensor;
    const again = layer.apply(x, { training: false }) as tf.Tensor;
    const training = layer.apply(x, { training: true }) as tf.Tensor;
    expect(values(again)).toEqual(values(inference));
    expect(maxRelativeError(values(training), values(inference))).toBeGreaterThan(1e-3);
    tf.dispose([x, inference, again, training]);
  });

  it('rejects unknown options with a suggestion, and bad options and shapes with what to do', () => {
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, numHead: 3 } as never)).toThrow("MultiHeadAttention: unknown option 'numHead' (did you mean 'numHeads'?)");
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, casual: true } as never)).toThrow("(did you mean 'causal'?)");
    expect(() => new MultiHeadAttention({ keyDim: 4 } as never)).toThrow('MultiHeadAttention: expected numHeads, got none — pass numHeads: an integer >= 1');
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 0 })).toThrow('expected keyDim to be an integer >= 1, got 0');
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, scoreMap: 'entmax' as never })).toThrow("expected scoreMap to be one of 'softmax', 'relu', 'rela', 'sparsemax', got 'entmax'");
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, dropout: 1 })).toThrow('expected dropout to be a number >= 0 < 1, got 1');
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, qkNorm: 'batch' as never })).toThrow("expected qkNorm to be false, true, 'rms' or 'layer', got 'batch'");
    const layer = new MultiHeadAttention({ numHeads: 2, keyDim: 4, name: 'attention' });
    const flat = tf.zeros([2, 6]);
    expect(() => layer.apply(flat)).toThrow("MultiHeadAttention 'attention': expected query of rank 3 or more [batch, ...positions, features], got shape [2, 6]");
    const x = tf.zeros([2, 5, 6]);
    expect(() => layer.apply([x, tf.zeros([2, 5, 6]), tf.zeros([2, 4, 6])])).toThrow('expected key and value with the same positions');
    expect(() => layer.apply([x, x, x, tf.ones([2, 5, 4])])).toThrow("expected an attention mask of shape [2, 5, 5] ([batch, query positions, key positions]), got [2, 5, 4]");
    expect(() => layer.apply([x, tf.zeros([3, 5, 6])])).toThrow('expected query, key and value to agree on axis 0 (the batch)');
    expect(() => layer.apply(tf.zeros([2, 5, 7]))).toThrow('expected query input with 6 features (as built), got shape [2, 5, 7]');
    expect(() => new MultiHeadAttention({ numHeads: 2, keyDim: 4, attentionAxes: [3] }).apply(x)).toThrow('expected attentionAxes between 1 and 1 (or -1 and -2) for inputs of rank 3, got 3');
    tf.dispose([flat, x]);
  });
});
