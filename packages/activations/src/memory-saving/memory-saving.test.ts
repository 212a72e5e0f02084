// The memory-saving backwards on cpu: exact forwards, gradients that take only the saved levels,
// the catalog oracles of ReGELU2/ReSiLU2 and MobileTL, what a gradient keeps (packed codes, not
// x), layers that train, save and load, and clear errors.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { catalog } from '@layerkit/core';
import { beforeAll, expect, test } from 'vitest';
import {
  APPROX_BP_CONSTANTS, ApproxBp, approxBp, approxBpLevels, FewBitBackward, fewBitBackward, fewBitFit, gelu, hardSwish,
  leakyRelu, MobiletlBackward, mobiletlBackward, reGelu2, relu, reSilu2, silu,
} from '../index.js';
import { packCodes, packedBytes, unpackCodes } from './codes.js';
// The catalog entries come from the register module (the main entry registers only what is created).
import '../register.js';

beforeAll(async () => { await tf.setBackend('cpu'); });

const values = (t: tf.Tensor) => Array.from(t.dataSync());
const POINTS = [-120, -7, -4, -3, -2.5, -1, -0.5, -0.2, 0, 0.1, 0.45, 1, 2, 3, 5.5, 6, 7, 150];

/** dx of sum(op(x)·probe): the gradient with upstream probe. */
function gradient(op: (x: tf.Tensor) => tf.Tensor, xs: number[], probe: number[]): number[] {
  return tf.tidy(() => values(tf.grad((x: tf.Tensor) => tf.sum(tf.mul(op(x), tf.tensor1d(probe))))(tf.tensor1d(xs))));
}

test('codes pack into int32 words and unpack unchanged, for 1 to 4 bits, 24 or 11 payload bits, any length', () => {
  for (const payload of [24, 11]) {
    for (const bits of [1, 2, 3, 4]) {
      for (const size of [1, 5, 23, 24, 25, 1000]) {
        const codes = Array.from({ length: size }, (_, i) => (i * 7 + bits) % 2 ** bits);
        const words = packCodes(tf.tensor1d(codes, 'int32'), bits, payload);
        expect(words.dtype).toBe('int32');
        expect(words.size * 4).toBe(packedBytes(size, bits, payload));
        expect(Math.max(...values(words))).toBeLessThan(2 ** payload);
        expect(values(unpackCodes(words, bits, size, payload)), `${bits} bits, ${size}`).toEqual(codes);
      }
    }
  }
});

test('few-bit: forward bit-identical to the base; gradient dy·c_idx with idx the borders x exceeds', () => {
  const probe = POINTS.map((_, i) => 0.5 + i);
  for (const [base, op] of [['gelu', gelu], ['silu', silu]] as const) {
    for (const bits of [1, 2, 3, 4]) {
      const x = tf.tensor1d(POINTS);
      expect(values(fewBitBackward(x, { base, bits }))).toEqual(values(op(x)));
      const { borders, levels } = fewBitFit({ base, bits });
      const want = POINTS.map((v, i) => probe[i] * Math.fround(levels[borders.filter((t) => v > Math.fround(t)).length]));
      expect(gradient((input) => fewBitBackward(input, { base, bits }), POINTS, probe), `${base} ${bits}`).toEqual(want.map(Math.fround));
    }
  }
});

test('few-bit on piecewise-linear bases: the exact 1-bit derivative mask', () => {
  const probe = POINTS.map(() => 1);
  expect(gradient((x) => fewBitBackward(x, { base: 'relu' }), POINTS, probe)).toEqual(gradient((x) => relu(x), POINTS, probe));
  expect(gradient((x) => fewBitBackward(x, { base: 'relu6' }), POINTS, probe)).toEqual(gradient((x) => relu(x, { maxValue: 6 }), POINTS, probe));
  expect(gradient((x) => fewBitBackward(x, { base: 'leakyRelu', bits: 1 }), POINTS, probe)).toEqual(gradient((x) => leakyRelu(x), POINTS, probe));
  expect(values(fewBitBackward(tf.tensor1d(POINTS), { base: 'relu6' }))).toEqual(values(tf.relu6(tf.tensor1d(POINTS))));
});

test('ReGELU2 / ReSiLU2: the oracle levels, gradients at −4, −1, 0, 5, sums of a and a·c, exact forwards', () => {
  for (const base of ['gelu', 'silu'] as const) {
    const { a, c } = APPROX_BP_CONSTANTS[base];
    expect(Math.abs(a[0] + a[1] + a[2] - 1)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(a[0] * c[0] + a[1] * c[1] + a[2] * c[2])).toBeLessThanOrEqual(1e-15);
  }
  const close = (got: number[], want: number[]) => got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 9));
  close(approxBpLevels('gelu'), [0, -0.0492226115, 1.0487405951, 1.0]);
  close(approxBpLevels('silu'), [0, -0.0406035719, 1.0403218566, 1.0]);
  const dy = [2, 3, -1, 0.5];
  const want = [0, -0.0492226115, 1.0487405951, 1.0].map((level, i) => dy[i] * level);
  gradient((x) => reGelu2(x), [-4, -1, 0, 5], dy).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
  gradient((x) => approxBp(x), [-4, -1, 0, 5], dy).forEach((v, i) => expect(v).toBeCloseTo(want[i], 6));
  // The strict comparison: x = c_i itself takes the level below.
  const c = APPROX_BP_CONSTANTS.silu.c.map(Math.fround);
  expect(gradient((x) => reSilu2(x), [c[0], c[1], c[2], 7], [1, 1, 1, 1])).toEqual([0, -0.0406035719, 1.0403218566, 1].map((v, i) => (i === 3 ? 1 : Math.fround(approxBpLevels('silu')[i]))));
  const x = tf.tensor1d(POINTS);
  expect(values(approxBp(x, { base: 'gelu' }))).toEqual(values(gelu(x)));
  expect(values(reSilu2(x))).toEqual(values(silu(x)));
});

test('MobileTL: hardSwish forward exact with two gradient values per unit dy; relu6 the exact band mask', () => {
  const x = tf.tensor1d(POINTS);
  expect(values(mobiletlBackward(x))).toEqual(values(hardSwish(x)));
  const ones = POINTS.map(() => 1);
  expect(gradient((input) => mobiletlBackward(input), POINTS, ones)).toEqual(POINTS.map((v) => (v > 0 ? 1 : 0)));
  const custom = gradient((input) => mobiletlBackward(input, { threshold: -1.5, levels: [-0.25, 0.75] }), POINTS, ones);
  expect(new Set(custom)).toEqual(new Set([-0.25, 0.75]));
  expect(custom).toEqual(POINTS.map((v) => (v > -1.5 ? 0.75 : -0.25)));
  expect(values(mobiletlBackward(x, { base: 'relu6' }))).toEqual(values(tf.relu6(x)));
  expect(gradient((input) => mobiletlBackward(input, { base: 'relu6' }), POINTS, ones)).toEqual(POINTS.map((v) => (v > 0 && v < 6 ? 1 : 0)));
});

/** Bytes a forward adds while a gradient is being recorded: its output plus what it saves. */
function bytesKept(op: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor): number {
  let kept = 0;
  tf.grad((input: tf.Tensor) => {
    const before = tf.memory().numBytes;
    const y = op(input);
    kept = tf.memory().numBytes - before;
    return tf.sum(y);
  })(x).dispose();
  return kept;
}

test('the gradient keeps packed codes, not x: 1/6, 1/3, 1/2 or 2/3 bytes per element for 1 to 4 bits', () => {
  const size = 24 * 100;
  const x = tf.randomNormal([size], 0, 2, 'float32', 7);
  // The standard gradient keeps x (4 bytes per element) beside the output.
  expect(bytesKept((input) => gelu(input), x)).toBe(4 * size + 4 * size);
  for (const bits of [1, 2, 3, 4]) {
    expect(bytesKept((input) => fewBitBackward(input, { bits }), x), `${bits} bits`).toBe(4 * size + packedBytes(size, bits));
  }
  expect(packedBytes(size, 1)).toBe(size / 6);
  expect(packedBytes(size, 3)).toBe(size / 2);
  expect(bytesKept((input) => approxBp(input), x)).toBe(4 * size + packedBytes(size, 2));
  expect(bytesKept((input) => mobiletlBackward(input), x)).toBe(4 * size + packedBytes(size, 1));
  // Outside a gradient, nothing is saved and no codes are made.
  const before = tf.memory().numBytes;
  const y = fewBitBackward(x);
  expect(tf.memory().numBytes - before).toBe(4 * size);
  y.dispose();
  x.dispose();
});

test('no tensor leaks from a forward and backward', () => {
  const x = tf.tensor2d([[-1, 0.5], [2, -3]]);
  tf.grad((input: tf.Tensor) => tf.sum(fewBitBackward(input, { bits: 2 })))(x).dispose();
  const before = tf.memory().numTensors;
  for (const op of [(v: tf.Tensor) => fewBitBackward(v), (v: tf.Tensor) => approxBp(v, { base: 'silu' }), (v: tf.Tensor) => mobiletlBackward(v, { base: 'relu6' })]) {
    tf.grad((input: tf.Tensor) => tf.sum(op(input)))(x).dispose();
    op(x).dispose();
  }
  expect(tf.memory().numTensors).toBe(before);
});

test('layers train, save and load with the same outputs and every option', async () => {
  const layers = [
    new FewBitBackward({ base: 'silu', bits: 2 }), new FewBitBackward({ base: 'relu6' }), new FewBitBackward({ base: 'Addons>gelu' }),
    new ApproxBp({ base: 'silu' }), new MobiletlBackward({ threshold: -0.5, levels: [0.1, 0.9] }), new MobiletlBackward({ base: 'relu6' }),
  ];
  const model = tfl.sequential({
    layers: layers.flatMap((layer, i) => [tfl.layers.dense({ units: 6, inputShape: i === 0 ? [4] : undefined, kernelInitializer: tfl.initializers.glorotUniform({ seed: i }) }), layer]),
  });
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  const x = tf.randomNormal([32, 4], 0, 1, 'float32', 1);
  const history = await model.fit(x, tf.randomNormal([32, 6], 0, 1, 'float32', 2), { epochs: 8, verbose: 0, shuffle: false });
  const losses = history.history.loss as number[];
  expect(losses[7]).toBeLessThan(losses[0]);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (saved) => { artifacts = saved; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  const loaded = await tfl.loadLayersModel(tf.io.fromMemory(artifacts!));
  expect(values(loaded.predict(x) as tf.Tensor)).toEqual(values(model.predict(x) as tf.Tensor));
  const configs = loaded.layers.filter((_, i) => i % 2 === 1).map((layer) => {
    const { name: _, trainable: _t, dtype: _d, ...rest } = layer.getConfig();
    return rest;
  });
  expect(configs).toEqual([
    { base: 'silu', bits: 2, domain: [-100, 100] },
    { base: 'relu6', bits: 1, domain: [-100, 100] },
    // 'Addons>gelu' would not survive snake_case: saved as its save-safe name, the tanh form.
    { base: 'geluTanh', bits: 3, domain: [-100, 100] },
    { base: 'silu' },
    { base: 'hardSwish', threshold: -0.5, levels: [0.1, 0.9] },
    { base: 'relu6', threshold: null, levels: null },
  ]);
});

test('the ops build models on symbolic tensors', () => {
  const input = tfl.input({ shape: [3] });
  const output = fewBitBackward(tfl.layers.dense({ units: 3 }).apply(input), { base: 'mish', bits: 2 });
  const model = tfl.model({ inputs: input, outputs: output as tfl.SymbolicTensor });
  expect(model.layers[2]).toBeInstanceOf(FewBitBackward);
});

test('bad options get a clear error', () => {
  expect(() => fewBitBackward([1, 2], { base: 'gleu' })).toThrow(/fewBitBackward: unknown base 'gleu' \(did you mean 'gelu'\?\) — use one of 'gelu', 'swish'/);
  expect(() => fewBitBackward([1, 2], { base: 'relu', bits: 3 })).toThrow(/fewBitBackward: 'relu' is piecewise linear .* pass bits: 1 or leave bits unset/);
  expect(() => fewBitBackward([1, 2], { bits: 0 })).toThrow(/expected option 'bits' to be an integer from 1 to 4, got 0/);
  expect(() => fewBitBackward(tf.tensor1d([1, 2], 'int32'))).toThrow(/fewBitBackward: expected 'x' to be a float32 tensor, got int32/);
  expect(() => approxBp([1], { base: 'mish' as never })).toThrow(/approxBp: unknown base 'mish' — use one of 'gelu', 'silu'/);
  expect(() => mobiletlBackward([1], { base: 'hardswish' as never })).toThrow(/mobiletlBackward: unknown base 'hardswish' \(did you mean 'hardSwish'\?\)/);
  expect(() => mobiletlBackward([1], { base: 'relu6', threshold: 1 })).toThrow(/relu6's backward is exact/);
  expect(() => mobiletlBackward([1], { levels: [1] as never })).toThrow(/expected option 'levels' to be two finite numbers/);
  expect(() => new FewBitBackward({ bits: 3, bitz: 1 } as never)).toThrow(/FewBitBackward: unknown option 'bitz'/);
  expect(() => new MobiletlBackward({ treshold: 1 } as never)).toThrow(/MobiletlBackward: unknown option 'treshold' \(did you mean 'threshold'\?\)/);
});

test('catalog entries list exports (main first) and the layer', () => {
  const want = {
    'activations.few-bit-backward': ['fewBitBackward', 'FewBitBackward'],
    'activations.approx-bp': ['approxBp', 'ApproxBp'],
    'activations.mobiletl-backward': ['mobiletlBackward', 'MobiletlBackward'],
  };
  for (const [id, [main, layer]] of Object.entries(want)) {
    const entry = catalog().find((e) => e.id === id);
    expect(entry?.exports?.[0], id).toBe(main);
    expect(entry?.layer, id).toBe(layer);
    expect(entry?.gradient).toBe('composite');
  }
});
