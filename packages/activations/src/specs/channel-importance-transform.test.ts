// The channel-importance transform's catalog oracle (φ_k(1) = 1/ln(2)^1.3, increasing, odd,
// → 0 at 0+) and the authors' ε form, on the op and layer derived from the spec.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { elementwiseOp } from '@layerkit/core';
import { beforeAll, expect, test } from 'vitest';
import { activationLayer } from '../index.js';
import { channelImportanceTransform as spec } from './channel-importance-transform.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const op = elementwiseOp<{ k?: number; epsilon?: number }>(spec);
const at = (xs: number[], options = {}) => Array.from(tf.tidy(() => op(tf.tensor1d(xs), options).dataSync()));

test('catalog oracle: φ_k(1) = 1/ln(2)^1.3 = 1.6103745582 (epsilon 0); φ → 0 at 0+; odd; strictly increasing', () => {
  expect(at([1], { epsilon: 0 })[0]).toBeCloseTo(1.6103745582, 6);
  expect(at([0], { epsilon: 0 })).toEqual([0]);
  expect(at([1e-30], { epsilon: 0 })[0]).toBeLessThan(0.005);
  const xs = Array.from({ length: 41 }, (_, i) => (i - 20) / 4);
  const ys = at(xs);
  ys.slice(1).forEach((y, i) => expect(y).toBeGreaterThan(ys[i]));
  ys.forEach((y, i) => expect(y).toBeCloseTo(-ys[xs.length - 1 - i], 6));
});

test("the authors' form: φ(|x| + ε) − φ(ε) with the sign of x, 0 at 0", () => {
  const phi = (t: number) => Math.log1p(1 / t) ** -1.3;
  const want = [2.5, 1, 0.01, 0, -0.3].map((v) => Math.sign(v) * (phi(Math.abs(v) + 1e-5) - phi(1e-5)));
  at([2.5, 1, 0.01, 0, -0.3]).forEach((y, i) => expect(y).toBeCloseTo(want[i], 6));
  expect(at([1])[0]).toBeCloseTo(1.5686587251, 6);
});

test('the gradient matches central differences of the reference, also near 0', () => {
  const xs = [-7, -1.5, -0.01, 0.002, 0.4, 3, 15];
  const got = Array.from(tf.grad((x: tf.Tensor) => op(x))(tf.tensor1d(xs)).dataSync());
  got.forEach((g, i) => {
    const step = 1e-7 * Math.max(1, Math.abs(xs[i]));
    const want = (spec.reference(xs[i] + step, { k: 1.3, epsilon: 1e-5 }, {}) - spec.reference(xs[i] - step, { k: 1.3, epsilon: 1e-5 }, {})) / (2 * step);
    expect(Math.abs(g - want) / Math.max(1, Math.abs(want)), `x = ${xs[i]}`).toBeLessThan(1e-4);
  });
});

test('the layer keeps k and epsilon through save and load', async () => {
  const Layer = activationLayer<{ k?: number; epsilon?: number }>({ spec, learn: 'none' });
  const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 3, inputShape: [2] }), new Layer({ k: 2, epsilon: 1e-4 })] });
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  const x = tf.tensor2d([[0.5, -2], [3, 1]]);
  expect(Array.from((loaded.predict(x) as tf.Tensor).dataSync())).toEqual(Array.from((model.predict(x) as tf.Tensor).dataSync()));
  expect(loaded.layers[1].getConfig()).toMatchObject({ k: 2, epsilon: 1e-4 });
});

test('bad options get a clear error', () => {
  expect(() => at([1], { k: 0 })).toThrow(/channelImportanceTransform: expected option 'k' > 0, got 0/);
  expect(() => at([1], { epsilon: -1 })).toThrow(/channelImportanceTransform: expected option 'epsilon' >= 0, got -1/);
  expect(() => at([1], { kk: 1 } as never)).toThrow(/channelImportanceTransform: unknown option 'kk' \(did you mean 'k'\?\)/);
});
