// LambdaLayer: a float64 einsum reference of content and local position lambdas; the content-only
// layer is equivariant to permuting positions (its lambda is invariant); scope 1 gives the position
// term (q_n·R)·V_n; fit, save/load, leaks and errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { LambdaLayer } from '@layerkit/layers';
import { maxRelativeError, randomTensor, roundTrip, values } from './test-utils.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const byName = (layer: tfl.layers.Layer) => Object.fromEntries(layer.weights.map((w) => [w.originalName.split('/').slice(1).join('/'), Array.from(w.read().dataSync())]));

/** Inference output in float64 for one image [H, W, d], u = 1. */
function reference(x: number[][][], w: Record<string, number[]>, o: { heads: number; k: number; v: number; scope: number | null }): number[] {
  const H = x.length; const W = x[0]!.length; const d = x[0]![0]!.length; const { heads, k, v } = o;
  const pixels = x.flat();
  const project = (name: string, width: number) => pixels.map((p) => Array.from({ length: width }, (_, j) => p.reduce((s, xi, i) => s + xi * w[`${name}/kernel`]![i * width + j]!, 0)));
  const bn = (rows: number[][], p: string) => rows.map((r) => r.map((val, c) => ((val - w[`${p}/moving_mean`]![c]!) / Math.sqrt(w[`${p}/moving_variance`]![c]! + 1e-3)) * w[`${p}/gamma`]![c]! + w[`${p}/beta`]![c]!));
  const q = bn(project('query', heads * k), 'query/bn');
  const keys = project('key', k);
  const vals = bn(project('value', v), 'value/bn');
  const n = H * W;
  const soft = Array.from({ length: k }, (_, kk) => { const col = keys.map((r) => r[kk]!); const m = Math.max(...col); const e = col.map((c) => Math.exp(c - m)); const t = e.reduce((a, b) => a + b, 0); return e.map((c) => c / t); });
  const content = Array.from({ length: k }, (_, kk) => Array.from({ length: v }, (_, vv) => soft[kk]!.reduce((s, sk, m) => s + sk * vals[m]![vv]!, 0)));
  const out: number[] = [];
  for (let pos = 0; pos < n; pos++) {
    const [i, j] = [Math.floor(pos / W), pos % W];
    const lambda = content.map((row) => [...row]);
    if (o.scope != null) {
      const r = o.scope; const half = (r - 1) / 2;
      for (let kk = 0; kk < k; kk++) for (let vv = 0; vv < v; vv++) for (let a = 0; a < r; a++) for (let b = 0; b < r; b++) {
        const y = i + a - half; const z = j + b - half;
        if (y >= 0 && y < H && z >= 0 && z < W) lambda[kk]![vv] += w['position/kernel']![(a * r + b) * k + kk]! * vals[y * W + z]![vv]!;
      }
    }
    for (let hh = 0; hh < heads; hh++) for (let vv = 0; vv < v; vv++) out.push(lambda.reduce((s, row, kk) => s + q[pos]![hh * k + kk]! * row[vv]!, 0));
  }
  return out;
}

describe('LambdaLayer', () => {
  it('matches a float64 reference of the content and local position lambdas within 1e-5 (+1e-6 absolute)', () => {
    const layer = new LambdaLayer({ units: 4, keyDim: 2, heads: 2, scope: 3 });
    const x = randomTensor([1, 3, 4, 3], 1);
    layer.apply(x);
    layer.setWeights(layer.weights.map((w, i) => (w.originalName.includes('moving_variance') ? tf.add(tf.abs(randomTensor(w.shape, 10 + i)), 0.5) : randomTensor(w.shape, 10 + i, 0.7))));
    const expected = reference((x.arraySync() as number[][][][])[0]!, byName(layer), { heads: 2, k: 2, v: 2, scope: 3 });
    expect(maxRelativeError(values(layer.apply(x) as tf.Tensor), expected, 0.1)).toBeLessThan(1e-5);
  });

  it('content only: permuting positions permutes the outputs; scope 1 adds (q_n·R)·V_n', () => {
    const content = new LambdaLayer({ units: 4, keyDim: 2, heads: 2, position: 'none' });
    const x = randomTensor([1, 2, 3, 3], 2);
    const order = [4, 0, 5, 2, 1, 3];
    const permute = (t: tf.Tensor) => tf.reshape(tf.gather(tf.reshape(t, [6, -1]), order), t.shape);
    expect(maxRelativeError(values(content.apply(permute(x)) as tf.Tensor), values(permute(content.apply(x) as tf.Tensor)), 0.1)).toBeLessThan(1e-6);
    const local = new LambdaLayer({ units: 4, keyDim: 2, heads: 2, scope: 1 });
    local.apply(x);
    const shared = Object.fromEntries(content.weights.map((v) => [v.originalName.split('/').slice(1).join('/'), v.read()]));
    local.setWeights(local.weights.map((v) => shared[v.originalName.split('/').slice(1).join('/')] ?? randomTensor(v.shape, 3)));
    const w = byName(local);
    const expected = reference((x.arraySync() as number[][][][])[0]!, w, { heads: 2, k: 2, v: 2, scope: 1 });
    expect(maxRelativeError(values(local.apply(x) as tf.Tensor), expected, 0.1)).toBeLessThan(1e-5);
  });

  it('trains in a model, saves and loads with identical predictions, leaks nothing; clear errors', async () => {
    const model = tfl.sequential({ layers: [new LambdaLayer({ units: 8, keyDim: 4, heads: 2, scope: 3, inputShape: [5, 5, 2] }), tfl.layers.globalAveragePooling2d({}), tfl.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.adam(0.02), loss: 'meanSquaredError' });
    const x = randomTensor([16, 5, 5, 2], 4);
    const y = tf.tidy(() => tf.reshape(tf.mean(tf.abs(x), [1, 2, 3]), [16, 1]));
    const history = await model.fit(x, y, { epochs: 15, batchSize: 8, verbose: 0 });
    expect((history.history.loss as number[]).at(-1)!).toBeLessThan((history.history.loss as number[])[0]!);
    const loaded = await roundTrip(model);
    expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
    const start = tf.memory().numTensors;
    tf.dispose(tf.grad((input: tf.Tensor) => tf.sum(model.layers[0]!.apply(input, { training: true }) as tf.Tensor))(x));
    expect(tf.memory().numTensors).toBe(start);
    expect(() => new LambdaLayer({ scope: 4 })).toThrow('LambdaLayer: expected an odd scope (centred on each position), got 4');
    expect(() => new LambdaLayer({ keydim: 4 } as never)).toThrow("LambdaLayer: unknown option 'keydim' (did you mean 'keyDim'?)");
    expect(() => new LambdaLayer({ units: 5, heads: 2, name: 'l' }).apply(tf.zeros([1, 3, 3, 2]))).toThrow("LambdaLayer 'l': expected units (5) divisible by heads = 2");
  });
});
