// The catalog's test oracles for the trainable and parametric activations
// (shared/catalog/activations.md): closed-form values, limits and the cheap paper claims, on the
// cpu backend. The conformance suite checks every spec against its float64 reference on every
// backend; these pin the references and the layers to the catalog.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  Apa, apa, crrelu, expandedGating, gelu, leakyRelu, lipswish, pdelu, prelu, Prelu, rational, Rational, Sau, sau, silu, srs, Srs,
} from '../index.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

type Op = (x: tf.Tensor, options?: never) => tf.Tensor;
const at = (op: unknown, values: number[], options: object = {}) =>
  Array.from(tf.tidy(() => (op as Op)(tf.tensor1d(values), options as never).dataSync()));
const slopeAt = (op: unknown, values: number[], options: object = {}) =>
  Array.from(tf.tidy(() => tf.grad((x: tf.Tensor) => (op as Op)(x, options as never))(tf.tensor1d(values)).dataSync()));
const close = (got: number[], want: number[], digits = 6) => got.forEach((g, i) => expect(g, `[${i}]`).toBeCloseTo(want[i], digits));
const grid = (from: number, to: number, count: number) => Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
/** d(sum of op)/d(param) with the param as a [1] tensor, broadcast over x. */
const paramGradient = (op: unknown, values: number[], name: string, value: number, options: object = {}) =>
  tf.tidy(() => tf.grad((p: tf.Tensor) => tf.sum((op as Op)(tf.tensor1d(values), { ...options, [name]: p } as never)))(tf.tensor1d([value])).dataSync()[0]);

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  return tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
}

describe('activations.prelu', () => {
  test('alpha 0 is relu, alpha 1 the identity, the default slope is the paper\'s 0.25', () => {
    const xs = [-3, -0.5, 0, 2];
    close(at(prelu, xs, { alpha: 0 }), [0, 0, 0, 2]);
    close(at(prelu, xs, { alpha: 1 }), xs);
    close(at(prelu, xs), [-0.75, -0.125, 0, 2]);
  });

  test('a tensor alpha broadcasts like tf.prelu, and its gradient is sum(dy·min(0, x)) per channel', () => {
    const x = tf.tensor2d([[-1, 2, -3], [4, -5, -6]]);
    const alpha = tf.tensor1d([0.1, 0.2, 0.3]);
    expect(Array.from(prelu(x, { alpha }).dataSync())).toEqual(Array.from(tf.prelu(x, alpha).dataSync()));
    const dy = tf.tensor2d([[1, 2, 3], [4, 5, 6]]);
    const [dx, dAlpha] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(prelu(a, { alpha: b }), dy)))([x, alpha]);
    close(Array.from(dAlpha.dataSync()), [1 * -1, 5 * -5, 3 * -3 + 6 * -6]);
    close(Array.from(dx.dataSync()), [0.1, 2, 0.9, 4, 1, 1.8]);
    // An alpha that varies along a middle axis: one value per row of each sample.
    const image = tf.tensor3d([[[-1, -2], [-3, 4]]]);
    close(Array.from(prelu(image, { alpha: tf.tensor2d([[0.5], [2]]) }).dataSync()), [-0.5, -1, -6, 4]);
    expect(() => prelu(x, { alpha: tf.tensor1d([1, 2]) })).toThrow(/prelu: expected 'alpha' to broadcast against x of shape \[2, 3\], got shape \[2\]/);
  });

  test("the Prelu layer has Keras's alpha shape with sharedAxes, starts at 0.25, and saves and loads", async () => {
    const input = tfl.input({ shape: [4, 5, 3] });
    const shared = new Prelu({ sharedAxes: [1, 2] });
    const full = new Prelu();
    const model = tfl.model({ inputs: input, outputs: [shared.apply(input) as tfl.SymbolicTensor, full.apply(input) as tfl.SymbolicTensor] });
    expect(shared.getWeights()[0].shape).toEqual([1, 1, 3]);
    expect(full.getWeights()[0].shape).toEqual([4, 5, 3]);
    expect(Array.from(shared.getWeights()[0].dataSync())).toEqual([0.25, 0.25, 0.25]);
    shared.setWeights([tf.tensor3d([[[0.1, -0.2, 0.3]]])]);
    const x = tf.randomNormal([2, 4, 5, 3], 0, 1, 'float32', 7);
    const want = (model.predict(x) as tf.Tensor[]).map((t) => Array.from(t.dataSync()));
    const expected = tf.prelu(x, tf.tensor3d([[[0.1, -0.2, 0.3]]]));
    expect(want[0]).toEqual(Array.from(expected.dataSync()));
    const loaded = await roundTrip(model);
    expect(loaded.layers[1].getConfig().sharedAxes ?? loaded.layers[2].getConfig().sharedAxes).toEqual([1, 2]);
    const got = (loaded.predict(x) as tf.Tensor[]).map((t) => Array.from(t.dataSync()));
    expect(got).toEqual(want);
  });

  test("tfjs's PReLU layer and tf.prelu keep working beside it", () => {
    const layer = tfl.layers.prelu({ alphaInitializer: 'zeros' });
    expect(layer.getClassName()).toBe('PReLU');
    expect(new Prelu().getClassName()).toBe('Prelu');
    close(Array.from((layer.apply(tf.tensor2d([[-1, 2]])) as tf.Tensor).dataSync()), [0, 2]);
  });

  test('bad sharedAxes get a clear error', () => {
    expect(() => new Prelu({ sharedAxes: [0] })).toThrow(/Prelu: sharedAxes needs learn 'element' and axes >= 1/);
    expect(() => new Prelu({ learn: 'channel', sharedAxes: [1] })).toThrow(/sharedAxes needs learn 'element'/);
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3] })] });
    expect(() => model.add(new Prelu({ sharedAxes: [4] }))).toThrow(/expected sharedAxes below the input rank 2, got 4/);
  });

  // PReLU: Yet Another Single-Layer Solution to the XOR Problem — one neuron, prelu(w1·x1 + w2·x2),
  // three parameters (w1, w2, alpha), Adam, 300 epochs, inputs in {−1, 1}. A learned alpha < 0
  // makes the unit non-monotone, which XOR needs: with alpha fixed, a monotone unit without bias
  // gets at most 3 of the 4 points, whatever it learns.
  const xor = { x: [[-1, -1], [-1, 1], [1, -1], [1, 1]], y: [[0], [1], [1], [0]] };
  async function xorAccuracy(learn: 'element' | 'none', learningRate: number, seed: number): Promise<number> {
    const neuron = tfl.layers.dense({ units: 1, inputShape: [2], useBias: false, kernelInitializer: tfl.initializers.randomUniform({ minval: -1, maxval: 1, seed }) });
    const model = tfl.sequential({ layers: [neuron, new Prelu({ learn })] });
    expect(model.countParams()).toBe(learn === 'none' ? 2 : 3);
    model.compile({ optimizer: tf.train.adam(learningRate), loss: 'meanSquaredError' });
    const [x, y] = [tf.tensor2d(xor.x), tf.tensor2d(xor.y)];
    await model.fit(x, y, { epochs: 300, batchSize: 4, verbose: 0 });
    const predicted = Array.from((model.predict(x) as tf.Tensor).dataSync());
    model.dispose();
    tf.dispose([x, y]);
    return predicted.filter((v, i) => (v > 0.5 ? 1 : 0) === xor.y[i][0]).length / 4;
  }

  test('a single PReLU neuron with 3 parameters learns XOR across learning rates 0.01 … 0.3 and seeds', async () => {
    for (const learningRate of [0.01, 0.03, 0.1, 0.3]) {
      for (const seed of [1, 2, 3, 4]) expect(await xorAccuracy('element', learningRate, seed), `lr ${learningRate}, seed ${seed}`).toBe(1);
    }
  }, 120_000);

  test('with alpha fixed (2 parameters) the same neuron does not', async () => {
    for (const seed of [1, 2, 3]) expect(await xorAccuracy('none', 0.1, seed)).toBeLessThan(1);
  }, 60_000);
});

describe('activations.lipswish', () => {
  test('betaRaw = 0.5413248546 gives beta = 1: x·σ(x)/1.1', () => {
    const xs = [-3, -1, 0, 1, 4];
    close(at(lipswish, xs), at(silu, xs).map((v) => v / 1.1));
  });
  test('the slope stays below 1 for every beta > 0 (1-Lipschitz)', () => {
    for (const betaRaw of [-4, -1, 0, 0.5413248546, 2, 6]) {
      const slopes = slopeAt(lipswish, grid(-30, 30, 6001), { betaRaw });
      expect(Math.max(...slopes.map(Math.abs)), `betaRaw ${betaRaw}`).toBeLessThan(1);
    }
    // The bound is tight: at a large beta the slope comes within 2e-3 of 1.
    expect(Math.max(...slopeAt(lipswish, grid(-1, 1, 4001), { betaRaw: 20 }))).toBeGreaterThan(0.998);
  });
});

describe('activations.crrelu', () => {
  test('crrelu(±1; eps 0.01) = ±0.0060653066 + relu, crrelu(0) = 0; eps 0 is relu', () => {
    close(at(crrelu, [1, -1, 0]), [1.0060653066, -0.0060653066, 0]);
    const xs = grid(-5, 5, 41);
    expect(at(crrelu, xs, { eps: 0 })).toEqual(xs.map((v) => Math.max(v, 0)));
  });
  test('the gradient in eps at x = 1 is exp(−1/2) = 0.6065306597', () => {
    expect(paramGradient(crrelu, [1], 'eps', 0.01)).toBeCloseTo(0.6065306597, 6);
  });
});

describe('activations.sau', () => {
  test('catalog values at (alpha, sigma) = (0.01, 1) and (0.25, 0.5)', () => {
    close(at(sau, [0, 1, -1], { alpha: 0.01, sigma: 1 }), [0.3949528576, 1.0824823159, 0.0724823159]);
    close(at(sau, [1, -1], { alpha: 0.25, sigma: 0.5 }), [1.0031840135, -0.2468159865]);
  });
  test('equals the numerical convolution of leakyRelu(alpha) with the Gaussian', () => {
    const [alpha, sigma] = [0.2, 0.7];
    const convolved = (v: number) => {
      let total = 0;
      const step = 1e-3;
      for (let t = -10; t <= 10; t += step) {
        const shifted = v - sigma * t;
        total += (shifted > 0 ? shifted : alpha * shifted) * Math.exp(-0.5 * t * t) * step;
      }
      return total / Math.sqrt(2 * Math.PI);
    };
    const xs = [-2, -0.3, 0, 0.4, 1.5];
    close(at(sau, xs, { alpha, sigma }), xs.map(convolved), 5);
  });
  test('a Sau layer learning alpha keeps its fixed sigma', () => {
    const layer = new Sau({ sigma: 0.5, alpha: 0.25 });
    close(at((x: tf.Tensor) => layer.apply(x) as tf.Tensor, [-1, 1]), [-0.2468159865, 1.0031840135]);
    expect(layer.trainableWeights.map((w) => w.originalName.split('/').pop())).toEqual(['alpha']);
  });
  test('sigma → 0 tends to leakyRelu(alpha)', () => {
    const xs = [-2, -0.5, 0.5, 2];
    close(at(sau, xs, { alpha: 0.15, sigma: 1e-6 }), at(leakyRelu, xs, { alpha: 0.15 }));
  });
});

describe('activations.pdelu', () => {
  test('pdelu(−1) = 0.9^10 − 1 = −0.6513215599; slope alpha from the left at 0, 1 from the right', () => {
    close(at(pdelu, [-1, 0, 2]), [-0.6513215599, 0, 2]);
    close(slopeAt(pdelu, [-1e-4, 1e-4], { alpha: 0.7 }), [0.7, 1], 3);
  });
  test('t → 1 tends to elu', () => {
    const xs = [-4, -1, -0.2];
    close(at(pdelu, xs, { t: 0.9999 }), xs.map(Math.expm1), 3);
  });
  test('t >= 1 gets a clear error', () => {
    expect(() => at(pdelu, [1], { t: 1 })).toThrow(/pdelu: expected option 't' < 1/);
  });
});

describe('activations.srs', () => {
  test('catalog values at (alpha, beta) = (2, 3) and (5, 3)', () => {
    close(at(srs, [0, 1, -1, 10, -3]), [0, 0.8220092581, -1.1165544068, 1.9858314921, -2.4624844021]);
    close(at(srs, [1, -3], { alpha: 5, beta: 3 }), [1.0910701996, -1.4162421448]);
  });
  test('the minimum is at x = −beta, where the slope is 0', () => {
    const xs = grid(-10, 10, 20001);
    const ys = at(srs, xs);
    expect(xs[ys.indexOf(Math.min(...ys))]).toBeCloseTo(-3, 2);
    expect(slopeAt(srs, [-3])[0]).toBeCloseTo(0, 6);
  });
  test("mode 'survey': the benchmark survey's stabilised form", () => {
    close(at(srs, [1, -1], { mode: 'survey' }), [0.8164347073, -1.1030766513]);
  });
  test('finite on [−100, 100] and bounded by alpha', () => {
    const ys = at(srs, grid(-100, 100, 2001));
    expect(ys.every(Number.isFinite)).toBe(true);
    expect(Math.max(...ys)).toBeLessThanOrEqual(2);
  });
  test('the layer learns one alpha and one beta', async () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3] }), new Srs()] });
    expect(model.layers[1].getWeights().map((w) => w.shape)).toEqual([[1], [1]]);
  });
});

describe('activations.apa', () => {
  test('kappa = lambda = 1 gives the sigmoid (apa) and SiLU (aglu)', () => {
    const xs = [-6, -1, 0, 0.5, 3];
    close(at(apa, xs, { mode: 'apa' }), at(tf.sigmoid, xs));
    close(at(apa, xs), at(silu, xs));
  });
  test('lambda → 0 gives the Gumbel gate exp(−exp(−kappa·x))', () => {
    const xs = [-1, 0, 0.5, 2];
    close(at(apa, xs, { mode: 'apa', kappa: 1.5, lambda: 1e-4 }), xs.map((v) => Math.exp(-Math.exp(-1.5 * v))), 3);
  });
  test('the gate stays in (0, 1]', () => {
    for (const [kappa, lambda] of [[0.3, 0.2], [2, 0.9], [1, 5]]) {
      const gate = at(apa, grid(-10, 10, 201), { mode: 'apa', kappa, lambda });
      expect(gate.every((g) => g >= 0 && g <= 1)).toBe(true);
    }
  });
  test('the layer draws kappa and lambda from uniform(0, 1) unless given', () => {
    // Over 100 layers: tfjs-layers' own randomUniform initializer would draw from [−0.05, 1) here
    // (it reads minval 0 as "not given"), below 0 for about one layer in ten.
    const drawn: number[] = [];
    for (let n = 0; n < 100; n++) {
      const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3] }), new Apa()] });
      drawn.push(...model.layers[1]!.getWeights().map((w) => w.dataSync()[0]!));
      model.layers.forEach((layer) => layer.dispose());
    }
    expect(drawn.filter((v) => !(v > 0 && v < 1))).toEqual([]);
    expect(Math.min(...drawn)).toBeLessThan(0.1);
    expect(Math.max(...drawn)).toBeGreaterThan(0.9);
    const given = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3] }), new Apa({ kappa: 0.5 })] });
    expect(given.layers[1]!.getWeights()[0]!.dataSync()[0]).toBe(0.5);
  });
});

describe('activations.expanded-gating', () => {
  test('alpha = 0 reproduces ATLU, GELU and SiLU', () => {
    const xs = [-8, -2, -0.3, 0, 0.7, 5];
    close(at(expandedGating, xs), xs.map((v) => v * (Math.atan(v) / Math.PI + 0.5)));
    close(at(expandedGating, xs, { gate: 'gelu' }), at(gelu, xs));
    close(at(expandedGating, xs, { gate: 'silu' }), at(silu, xs));
  });
  test('the gate spans [−alpha, 1 + alpha]; d/dalpha = x·(2g − 1)', () => {
    const alpha = 0.4;
    const far = at(expandedGating, [-1e6, 1e6], { alpha, gate: 'silu' });
    close([far[0] / -1e6, far[1] / 1e6], [-alpha, 1 + alpha]);
    const x = 0.8;
    const g = Math.atan(x) / Math.PI + 0.5;
    expect(paramGradient(expandedGating, [x], 'alpha', alpha)).toBeCloseTo(x * (2 * g - 1), 6);
  });
  test('the arctangent gate is accurate over many decades', () => {
    const xs = [-1e8, -1e3, -20, -2.5, -2.4, -0.42, -0.41, -1e-3, 1e-3, 0.41, 0.42, 2.4, 2.5, 20, 1e3, 1e8];
    const want = xs.map((v) => v * (v < 0 ? Math.atan(-1 / v) / Math.PI : 0.5 + Math.atan(v) / Math.PI));
    at(expandedGating, xs).forEach((got, i) => expect(Math.abs(got - want[i]), `x = ${xs[i]}`).toBeLessThanOrEqual(2e-7 * Math.abs(want[i]) + 1e-9));
  });
});

describe('activations.rational', () => {
  test('catalog values with the default leakyRelu init (version a)', () => {
    close(at(rational, [0, 1, -1, 2, -3]), [0.0297927787, 1.0007833289, -0.0106802184, 2.0002349753, -0.0418098527]);
  });
  test('max |R − leakyRelu(0.01)| on [−3, 3] is R(0) = 0.0297927787', () => {
    const xs = grid(-3, 3, 6001);
    const gap = at(rational, xs).map((v, i) => Math.abs(v - (xs[i] > 0 ? xs[i] : 0.01 * xs[i])));
    expect(Math.max(...gap)).toBeCloseTo(0.0297927787, 6);
  });
  test('b = 0 gives the numerator polynomial; any b keeps Q >= 1 (no poles)', () => {
    const coefficients = { a0: 0.5, a1: -1, a2: 0.25, a3: 0, a4: 0.1, a5: -0.02, b1: 0, b2: 0, b3: 0, b4: 0 };
    const xs = [-2, -0.5, 0, 1, 3];
    close(at(rational, xs, coefficients), xs.map((v) => 0.5 - v + 0.25 * v ** 2 + 0.1 * v ** 4 - 0.02 * v ** 5), 5);
    for (const version of ['a', 'b']) {
      const ys = at(rational, grid(-4, 4, 801), { a0: 1, a1: 0, a2: 0, a3: 0, a4: 0, a5: 0, b1: -3, b2: 1, b3: -0.5, b4: 0.2, version });
      expect(ys.every((v) => v > 0 && v <= 1), version).toBe(true);
    }
  });
  test('dR/db1 at x = 1.5 is 0.1299170040', () => {
    expect(paramGradient(rational, [1.5], 'b1', -1.1419548357285474)).toBeCloseTo(0.129917004, 5);
  });
  test('the layer holds ten trainable coefficients, one set per layer', () => {
    const model = tfl.sequential({ layers: [tfl.layers.dense({ units: 4, inputShape: [3] }), new Rational()] });
    expect(model.layers[1].trainableWeights.length).toBe(10);
    expect(model.layers[1].countParams()).toBe(10);
  });
});
